// ExpressionEvaluator: evaluates a BoundExpression over whole batches, a column at a time.
//
// Leaves: constants are materialized once per batch length and shared (never copied per row);
// column references return the input column itself (no copy). Calls run their kernel once per
// batch over the active rows; for null-propagating functions the evaluator removes rows with a
// NULL argument from the selection and marks them NULL itself. Casts use MakeCastKernel and
// pass a column through untouched when the representation does not change.
//
// Special forms are lazy, so that errors in rows a query does not need never happen:
//   AND / OR   three-valued logic; the right side is evaluated only on rows the left side does
//              not decide (AND: left TRUE or NULL; OR: left FALSE or NULL);
//   CASE       each WHEN only on rows no earlier WHEN took, each THEN only on the rows its WHEN
//              selected, ELSE only on the rest (CASE WHEN b <> 0 THEN a / b END never divides
//              by zero);
//   COALESCE   each argument only on rows where all earlier ones were NULL.
//
// Results: a column of input.num_rows() rows whose values are defined at the evaluated rows
// (all rows, or the given selection); other rows hold unspecified values. The result may be
// shared with the input batch or with the evaluator's constant cache: treat it as immutable
// (Clone() before mutating).
//
// Thread-safety: an evaluator belongs to one task (it caches constant columns); build one per
// task from the shared, immutable BoundExpression.
#pragma once

#include <memory>
#include <vector>

#include "common/status.h"
#include "function/scalar_function.h"
#include "planner/bound_expression.h"
#include "types/value.h"
#include "vector/batch.h"
#include "vector/column.h"
#include "vector/selection_vector.h"

namespace sluice {

class ExpressionEvaluator {
 public:
  // Prepares `expression` (cast kernels are created here). A preparation error (an unsupported
  // cast) is returned by Prepare() and by every Evaluate call.
  ExpressionEvaluator(BoundExpressionPtr expression, KernelContext context = {});
  ~ExpressionEvaluator();
  ExpressionEvaluator(const ExpressionEvaluator&) = delete;
  ExpressionEvaluator& operator=(const ExpressionEvaluator&) = delete;

  // The factory form: fails when the expression cannot be prepared.
  static Result<std::unique_ptr<ExpressionEvaluator>> Make(BoundExpressionPtr expression,
                                                           KernelContext context = {});

  const Status& Prepare() const { return prepare_status_; }
  const LogicalType& type() const { return expression_->type; }
  const BoundExpression& expression() const { return *expression_; }
  const KernelContext& context() const { return context_; }

  // Evaluates on every row of `input`.
  Result<ColumnPtr> Evaluate(const Batch& input);
  // Evaluates on the rows of `rows` only (see "Results").
  Result<ColumnPtr> Evaluate(const Batch& input, const SelectionVector& rows);

  // For a BOOLEAN predicate: the rows (of all rows, or of `rows`) where it is TRUE (NULL and
  // FALSE rows are dropped), ascending.
  Result<SelectionVector> EvaluateFilter(const Batch& input);
  Result<SelectionVector> EvaluateFilter(const Batch& input, const SelectionVector& rows);

  struct Node;

 private:
  BoundExpressionPtr expression_;
  KernelContext context_;
  Status prepare_status_;
  std::unique_ptr<Node> root_;
};

// Evaluates an expression without column references (constant folding, VALUES): a one-row
// evaluation. Errors are those the query would raise (e.g. "/ by zero").
Result<Value> EvaluateConstant(const BoundExpression& expression,
                               const KernelContext& context = {});

}  // namespace sluice
