// Merging adjacent filters and projections.
#include "planner/expression_builders.h"
#include "planner/optimizer/optimizer.h"

namespace sluice {

namespace {

bool IsSimple(const BoundExpression& e) {
  return e.kind == BoundExpression::Kind::kColumnRef || e.kind == BoundExpression::Kind::kConstant;
}

void CountUses(const BoundExpression& e, std::vector<int>* uses) {
  if (e.kind == BoundExpression::Kind::kColumnRef) {
    if (e.column_index < uses->size()) ++(*uses)[e.column_index];
  }
  for (const auto& c : e.children) CountUses(*c, uses);
}

}  // namespace

LogicalNodePtr MergeFiltersAndProjects(const LogicalNodePtr& plan) {
  std::vector<LogicalNodePtr> inputs;
  for (const auto& input : plan->inputs) inputs.push_back(MergeFiltersAndProjects(input));
  LogicalNodePtr node = WithInputs(*plan, std::move(inputs));
  if (node->inputs.size() != 1) return node;
  const LogicalNodePtr& child = node->inputs[0];
  if (node->kind == LogicalNode::Kind::kFilter && child->kind == LogicalNode::Kind::kFilter) {
    std::vector<BoundExpressionPtr> conjuncts;
    SplitConjuncts(child->predicate, &conjuncts);
    SplitConjuncts(node->predicate, &conjuncts);
    auto merged = std::make_shared<LogicalNode>(*child);
    merged->predicate = CombineConjuncts(std::move(conjuncts));
    return merged;
  }
  if (node->kind == LogicalNode::Kind::kProject && child->kind == LogicalNode::Kind::kProject) {
    std::vector<int> uses(child->expressions.size(), 0);
    for (const auto& e : node->expressions) CountUses(*e, &uses);
    for (size_t i = 0; i < uses.size(); ++i) {
      const BoundExpression& inner = *child->expressions[i];
      if (uses[i] > 1 && !IsSimple(inner)) return node;
      if (uses[i] > 0 && !IsDeterministicTree(inner)) return node;
    }
    auto merged = std::make_shared<LogicalNode>(*node);
    merged->inputs = child->inputs;
    for (auto& e : merged->expressions) {
      e = RewriteColumns(e, [&](const BoundExpression& column) {
        return child->expressions[column.column_index];
      });
    }
    return merged;
  }
  return node;
}

LogicalNodePtr RemoveTrivialProjects(const LogicalNodePtr& plan) {
  std::vector<LogicalNodePtr> inputs;
  for (const auto& input : plan->inputs) inputs.push_back(RemoveTrivialProjects(input));
  LogicalNodePtr node = WithInputs(*plan, std::move(inputs));
  if (node->kind != LogicalNode::Kind::kProject) return node;
  const LogicalNodePtr& child = node->inputs[0];
  if (node->expressions.size() != child->schema.size()) return node;
  for (size_t i = 0; i < node->expressions.size(); ++i) {
    const BoundExpression& e = *node->expressions[i];
    if (e.kind != BoundExpression::Kind::kColumnRef || e.column_index != i) return node;
  }
  if (node->schema.names != child->schema.names) return node;
  return child;
}

}  // namespace sluice
