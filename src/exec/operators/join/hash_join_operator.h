// HashJoinOperator: LogicalNode::kJoin with equi keys (INNER, LEFT, RIGHT, FULL, CROSS), an
// optional residual condition over the joined row, and output = left columns then right ones.
// Input 0 is the left side, input 1 the right side.
//
// Batch mode (ExecContext::streaming == false) runs BatchHashJoin (right side built, left
// probed); streaming mode runs StreamingJoin (Flink's regular join, with state on both sides
// and exact retractions). The operator calls EmitFinish once both inputs have finished.
//
// Thread-safety: one instance per task (Operator contract).
#pragma once

#include <memory>
#include <string>

#include "exec/operator.h"
#include "exec/operators/join/batch_hash_join.h"
#include "exec/operators/join/join_spec.h"
#include "exec/operators/join/streaming_join.h"

namespace sluice {

class HashJoinOperator : public Operator {
 public:
  explicit HashJoinOperator(JoinSpec spec);
  // From a kJoin node (inputs[0] left, inputs[1] right).
  static Result<std::unique_ptr<HashJoinOperator>> Make(const LogicalNode& node);

  std::string Name() const override { return "HashJoin"; }
  Status Open(ExecContext* context) override;
  Status Push(int input, Batch batch) override;
  Status Finish(int input) override;

  std::vector<LogicalType> output_types() const { return spec_.OutputTypes(); }

 private:
  JoinSpec spec_;
  std::unique_ptr<BatchHashJoin> batch_;
  std::unique_ptr<StreamingJoin> streaming_;
  bool finished_[2] = {false, false};
};

}  // namespace sluice
