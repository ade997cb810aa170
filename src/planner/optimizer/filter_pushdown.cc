// Filter push-down into scans: the deterministic conjuncts of a filter directly above a scan
// become the scan's pushed_filters (the scan applies them, so the filter goes away).
#include "planner/expression_builders.h"
#include "planner/optimizer/optimizer.h"

namespace sluice {

LogicalNodePtr PushFiltersIntoScans(const LogicalNodePtr& plan) {
  std::vector<LogicalNodePtr> inputs;
  for (const auto& input : plan->inputs) inputs.push_back(PushFiltersIntoScans(input));
  LogicalNodePtr node = WithInputs(*plan, std::move(inputs));
  if (node->kind != LogicalNode::Kind::kFilter ||
      node->inputs[0]->kind != LogicalNode::Kind::kScan) {
    return node;
  }
  std::vector<BoundExpressionPtr> conjuncts;
  SplitConjuncts(node->predicate, &conjuncts);
  auto scan = std::make_shared<LogicalNode>(*node->inputs[0]);
  std::vector<BoundExpressionPtr> remaining;
  for (const auto& c : conjuncts) {
    if (IsDeterministicTree(*c)) {
      scan->pushed_filters.push_back(c);
    } else {
      remaining.push_back(c);
    }
  }
  if (remaining.empty()) return scan;
  auto filter = std::make_shared<LogicalNode>(*node);
  filter->inputs = {scan};
  filter->predicate = CombineConjuncts(std::move(remaining));
  return filter;
}

}  // namespace sluice
