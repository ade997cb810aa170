#include "planner/optimizer/optimizer.h"

namespace sluice {

LogicalNodePtr WithInputs(const LogicalNode& node, std::vector<LogicalNodePtr> inputs) {
  auto copy = std::make_shared<LogicalNode>(node);
  copy->inputs = std::move(inputs);
  return copy;
}

Result<LogicalNodePtr> Optimize(LogicalNodePtr plan, const OptimizerOptions& options) {
  if (!plan) return Status::InternalError("Optimize: no plan");
  if (options.fold_constant) plan = FoldConstants(plan, options.fold_constant);
  if (options.merge_nodes) plan = MergeFiltersAndProjects(plan);
  if (options.push_filters) plan = PushFiltersIntoScans(plan);
  if (options.push_projections) plan = PushProjectionsIntoScans(plan);
  if (options.merge_nodes) {
    plan = MergeFiltersAndProjects(plan);
    plan = RemoveTrivialProjects(plan);
  }
  return plan;
}

}  // namespace sluice
