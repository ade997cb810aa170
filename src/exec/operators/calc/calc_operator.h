// CalcOperator: Flink's Calc, a filter and a projection fused into one operator
// (LogicalNode::kFilter, kProject, and a scan's pushed filters).
//
// For each input batch it evaluates the predicates (all must be TRUE; FALSE and NULL drop the
// row), compacts the surviving rows with Batch::Take, then evaluates the projection expressions
// over the compacted rows. Column references in the projection share the input column instead
// of copying it. Row kinds pass through unchanged, so the operator works on changelogs.
//
// Expressions are evaluated a column at a time by ExpressionEvaluator; evaluation errors (a bad
// cast, division by zero) stop the job.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "exec/operator.h"
#include "planner/bound_expression.h"

namespace sluice {

class ExpressionEvaluator;

class CalcOperator : public Operator {
 public:
  // `predicates` may be empty (no filter). `projections` nullopt passes every input column.
  CalcOperator(std::vector<BoundExpressionPtr> predicates,
               std::optional<std::vector<BoundExpressionPtr>> projections);
  ~CalcOperator() override;

  std::string Name() const override { return "Calc"; }
  Status Open(ExecContext* context) override;
  Status Push(int input, Batch batch) override;
  Status Finish(int input) override { return EmitFinish(); }

  // "Calc(where=[...], select=[...])" for EXPLAIN.
  static std::string Describe(const std::vector<BoundExpressionPtr>& predicates,
                              const std::optional<std::vector<BoundExpressionPtr>>& projections);

 private:
  // Applies the predicates; returns false when no row survives.
  Result<bool> Filter(Batch* batch);

  std::vector<BoundExpressionPtr> predicates_;
  std::optional<std::vector<BoundExpressionPtr>> projections_;
  std::vector<std::unique_ptr<ExpressionEvaluator>> predicate_evaluators_;
  // One per projection; null where the projection is a plain column reference.
  std::vector<std::unique_ptr<ExpressionEvaluator>> projection_evaluators_;
};

}  // namespace sluice
