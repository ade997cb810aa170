#include "exec/operators/calc/calc_operator.h"

#include <utility>

#include "exec/expression/expression_evaluator.h"

namespace sluice {

CalcOperator::CalcOperator(std::vector<BoundExpressionPtr> predicates,
                           std::optional<std::vector<BoundExpressionPtr>> projections)
    : predicates_(std::move(predicates)), projections_(std::move(projections)) {}

CalcOperator::~CalcOperator() = default;

Status CalcOperator::Open(ExecContext* context) {
  SLUICE_RETURN_NOT_OK(Operator::Open(context));
  predicate_evaluators_.clear();
  projection_evaluators_.clear();
  for (const BoundExpressionPtr& predicate : predicates_) {
    SLUICE_ASSIGN_OR_RETURN(auto evaluator,
                            ExpressionEvaluator::Make(predicate, context->kernel_context));
    predicate_evaluators_.push_back(std::move(evaluator));
  }
  if (projections_.has_value()) {
    for (const BoundExpressionPtr& projection : *projections_) {
      if (projection->kind == BoundExpression::Kind::kColumnRef) {
        projection_evaluators_.push_back(nullptr);
      } else {
        SLUICE_ASSIGN_OR_RETURN(auto evaluator,
                                ExpressionEvaluator::Make(projection, context->kernel_context));
        projection_evaluators_.push_back(std::move(evaluator));
      }
    }
  }
  return Status::OK();
}

Result<bool> CalcOperator::Filter(Batch* batch) {
  if (predicate_evaluators_.empty()) return true;
  const size_t rows = batch->num_rows();
  SLUICE_ASSIGN_OR_RETURN(SelectionVector selection,
                          predicate_evaluators_[0]->EvaluateFilter(*batch));
  // Each further predicate runs only on the rows the previous ones kept.
  for (size_t i = 1; i < predicate_evaluators_.size() && !selection.empty(); ++i) {
    SLUICE_ASSIGN_OR_RETURN(selection, predicate_evaluators_[i]->EvaluateFilter(*batch, selection));
  }
  if (selection.empty()) return false;
  if (selection.size() < rows) *batch = batch->Take(selection);
  return true;
}

Status CalcOperator::Push(int /*input*/, Batch batch) {
  if (context_ != nullptr && context_->IsCancelled()) {
    return Status::Cancelled("The query was cancelled.");
  }
  if (batch.num_rows() == 0) return Status::OK();
  SLUICE_ASSIGN_OR_RETURN(bool any, Filter(&batch));
  if (!any) return Status::OK();
  if (!projections_.has_value()) return Emit(std::move(batch));

  std::vector<ColumnPtr> columns;
  columns.reserve(projections_->size());
  for (size_t i = 0; i < projections_->size(); ++i) {
    if (projection_evaluators_[i] == nullptr) {
      columns.push_back(batch.column((*projections_)[i]->column_index));
    } else {
      SLUICE_ASSIGN_OR_RETURN(ColumnPtr column, projection_evaluators_[i]->Evaluate(batch));
      columns.push_back(std::move(column));
    }
  }
  Batch out(std::move(columns), batch.num_rows(), std::move(batch.mutable_row_kinds()));
  return Emit(std::move(out));
}

std::string CalcOperator::Describe(
    const std::vector<BoundExpressionPtr>& predicates,
    const std::optional<std::vector<BoundExpressionPtr>>& projections) {
  std::string text = "Calc(";
  bool first = true;
  if (projections.has_value()) {
    text += "select=[";
    for (size_t i = 0; i < projections->size(); ++i) {
      if (i > 0) text += ", ";
      text += (*projections)[i]->ToString();
    }
    text += "]";
    first = false;
  }
  if (!predicates.empty()) {
    if (!first) text += ", ";
    text += "where=[";
    for (size_t i = 0; i < predicates.size(); ++i) {
      if (i > 0) text += " AND ";
      text += predicates[i]->ToString();
    }
    text += "]";
  }
  return text + ")";
}

}  // namespace sluice
