// The prepared form of a BoundExpression inside ExpressionEvaluator, shared by the files that
// implement leaves/calls (expression_evaluator.cc) and the lazy special forms (special_forms.cc).
#pragma once

#include <memory>
#include <vector>

#include "exec/expression/expression_evaluator.h"

namespace sluice {

struct ExpressionEvaluator::Node {
  const BoundExpression* expression = nullptr;
  std::vector<std::unique_ptr<Node>> children;
  ScalarKernel cast_kernel;   // kCast, unless pass_through
  bool pass_through = false;  // kCast whose column can be used as is
  ColumnPtr constant_column;  // kConstant: cached for the last batch length
};

namespace evaluator_internal {

using Node = ExpressionEvaluator::Node;

// Evaluates `node` at the rows `rows` of a batch of `num_rows` rows.
Result<ColumnPtr> EvaluateNode(Node& node, const Batch& input, const SelectionVector& rows,
                               const KernelContext& context);

Result<ColumnPtr> EvaluateAndOr(Node& node, const Batch& input, const SelectionVector& rows,
                                const KernelContext& context);
Result<ColumnPtr> EvaluateCase(Node& node, const Batch& input, const SelectionVector& rows,
                               const KernelContext& context);
Result<ColumnPtr> EvaluateCoalesce(Node& node, const Batch& input, const SelectionVector& rows,
                                   const KernelContext& context);

// Copies rows `rows` of `source` into `target` (same physical type; both num_rows long),
// values and validity.
void CopyRows(const Column& source, const SelectionVector& rows, Column* target);

// A fresh result column of `type` with `num_rows` valid rows.
ColumnPtr NewResult(const LogicalType& type, size_t num_rows);

}  // namespace evaluator_internal
}  // namespace sluice
