// SetOperationOperator: INTERSECT [ALL] and EXCEPT [ALL] (LogicalNode::kSetOperation), over two
// inputs (0 = left, 1 = right) of equal column types.
//
// Rows compare as whole rows with NULLs equal to each other (IS NOT DISTINCT FROM), as SQL set
// operations do. Per distinct row the operator counts its occurrences on each side. Batch mode
// emits once both inputs have finished, in order of first appearance:
//   INTERSECT      the row once if it occurs on both sides;
//   INTERSECT ALL  min(left, right) copies;
//   EXCEPT         the row once if it occurs on the left and not on the right;
//   EXCEPT ALL     max(left - right, 0) copies.
// Streaming mode keeps the same counts and, after each input batch, emits the difference for
// every row whose number of result copies changed: +I for each copy gained, -D for each copy
// lost. Input rows +I/+U count up, -U/-D count down. Folding that changelog gives the batch
// result over the net input.
//
// Thread-safety: one instance per task (Operator contract).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "exec/operator.h"
#include "exec/operators/aggregate/group_hash_table.h"
#include "planner/logical_plan.h"

namespace sluice {

class SetOperationOperator : public Operator {
 public:
  SetOperationOperator(std::vector<LogicalType> types, bool is_intersect, bool all);
  static Result<std::unique_ptr<SetOperationOperator>> Make(const LogicalNode& node);

  std::string Name() const override;
  Status Open(ExecContext* context) override;
  Status Push(int input, Batch batch) override;
  Status Finish(int input) override;

 private:
  Status EmitResult();
  int64_t Copies(uint32_t group) const;
  Status EmitStreamingChanges(const std::vector<uint32_t>& touched,
                              const std::vector<int64_t>& before);

  std::vector<LogicalType> types_;
  bool is_intersect_;
  bool all_;
  bool streaming_ = false;
  GroupHashTable table_;
  std::vector<int64_t> counts_[2];  // per distinct row: occurrences in each input
  bool finished_[2] = {false, false};
  std::vector<uint32_t> groups_;
  std::vector<uint8_t> touched_mark_;  // streaming: groups already seen in the current batch
};

}  // namespace sluice
