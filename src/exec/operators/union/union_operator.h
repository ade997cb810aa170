// UnionOperator: UNION ALL of N inputs with equal column types (LogicalNode::kUnion).
//
// Batches from any input pass through unchanged (with their row kinds), in arrival order. The
// output finishes once every input has finished.
#pragma once

#include <string>
#include <vector>

#include "exec/operator.h"

namespace sluice {

class UnionOperator : public Operator {
 public:
  explicit UnionOperator(int num_inputs);

  std::string Name() const override { return "Union"; }
  Status Push(int input, Batch batch) override;
  Status Finish(int input) override;

 private:
  std::vector<bool> finished_;
  int remaining_;
};

}  // namespace sluice
