// Projection push-down: walks the plan from the root with the set of columns each node's
// parent reads, drops the others from projections, and narrows scans to the physical columns
// still needed (LogicalNode::projected_columns). Nodes whose every column matters (VALUES,
// UNION, set operations, sinks, aggregate outputs) keep their schema.
#include "planner/expression_builders.h"
#include "planner/optimizer/optimizer.h"

namespace sluice {

namespace {

constexpr size_t kDropped = static_cast<size_t>(-1);

struct Pruned {
  LogicalNodePtr node;
  std::vector<size_t> mapping;  // old output position -> new position (kDropped when gone)
};

std::vector<size_t> Identity(size_t n) {
  std::vector<size_t> m(n);
  for (size_t i = 0; i < n; ++i) m[i] = i;
  return m;
}

void Mark(const BoundExpressionPtr& e, std::vector<bool>* used) {
  if (e) CollectColumns(*e, used);
}

Pruned Prune(const LogicalNodePtr& plan, std::vector<bool> required);

Pruned KeepAll(const LogicalNodePtr& plan) {
  std::vector<LogicalNodePtr> inputs;
  for (const auto& input : plan->inputs) {
    inputs.push_back(Prune(input, std::vector<bool>(input->schema.size(), true)).node);
  }
  return {WithInputs(*plan, std::move(inputs)), Identity(plan->schema.size())};
}

Pruned Prune(const LogicalNodePtr& plan, std::vector<bool> required) {
  required.resize(plan->schema.size());
  switch (plan->kind) {
    case LogicalNode::Kind::kScan: {
      std::vector<bool> keep = required;
      for (const auto& f : plan->pushed_filters) Mark(f, &keep);
      keep.resize(plan->schema.size());
      bool any = false;
      for (bool k : keep) any = any || k;
      if (!any && !keep.empty()) keep[0] = true;  // a scan delivers at least one column
      auto scan = std::make_shared<LogicalNode>(*plan);
      scan->projected_columns.clear();
      scan->schema = Schema();
      std::vector<size_t> mapping(plan->schema.size(), kDropped);
      for (size_t i = 0; i < keep.size(); ++i) {
        if (!keep[i]) continue;
        mapping[i] = scan->schema.size();
        scan->projected_columns.push_back(plan->projected_columns[i]);
        scan->schema.Add(plan->schema.names[i], plan->schema.types[i]);
      }
      for (auto& f : scan->pushed_filters) f = RemapColumns(f, mapping);
      return {scan, mapping};
    }
    case LogicalNode::Kind::kProject: {
      std::vector<bool> child_required;
      for (size_t i = 0; i < plan->expressions.size(); ++i) {
        if (required[i]) Mark(plan->expressions[i], &child_required);
      }
      Pruned child = Prune(plan->inputs[0], child_required);
      auto project = std::make_shared<LogicalNode>(*plan);
      project->inputs = {child.node};
      project->expressions.clear();
      project->schema = Schema();
      std::vector<size_t> mapping(plan->expressions.size(), kDropped);
      for (size_t i = 0; i < plan->expressions.size(); ++i) {
        if (!required[i]) continue;
        mapping[i] = project->expressions.size();
        project->expressions.push_back(RemapColumns(plan->expressions[i], child.mapping));
        project->schema.Add(plan->schema.names[i], plan->schema.types[i]);
      }
      return {project, mapping};
    }
    case LogicalNode::Kind::kFilter: {
      std::vector<bool> child_required = required;
      Mark(plan->predicate, &child_required);
      Pruned child = Prune(plan->inputs[0], child_required);
      auto filter = std::make_shared<LogicalNode>(*plan);
      filter->inputs = {child.node};
      filter->predicate = RemapColumns(plan->predicate, child.mapping);
      filter->schema = child.node->schema;
      return {filter, child.mapping};
    }
    case LogicalNode::Kind::kSort:
    case LogicalNode::Kind::kLimit: {
      std::vector<bool> child_required = required;
      for (const auto& k : plan->sort_keys) {
        if (k.column >= child_required.size()) child_required.resize(k.column + 1);
        child_required[k.column] = true;
      }
      Pruned child = Prune(plan->inputs[0], child_required);
      auto node = std::make_shared<LogicalNode>(*plan);
      node->inputs = {child.node};
      for (auto& k : node->sort_keys) k.column = child.mapping[k.column];
      node->schema = child.node->schema;
      return {node, child.mapping};
    }
    case LogicalNode::Kind::kAggregate: {
      std::vector<bool> child_required(plan->inputs[0]->schema.size(), false);
      for (size_t k : plan->group_keys) child_required[k] = true;
      for (const auto& call : plan->aggregates) {
        for (size_t a : call.arguments) child_required[a] = true;
        if (call.filter_column) child_required[*call.filter_column] = true;
      }
      Pruned child = Prune(plan->inputs[0], child_required);
      auto node = std::make_shared<LogicalNode>(*plan);
      node->inputs = {child.node};
      for (auto& k : node->group_keys) k = child.mapping[k];
      for (auto& call : node->aggregates) {
        for (auto& a : call.arguments) a = child.mapping[a];
        if (call.filter_column) call.filter_column = child.mapping[*call.filter_column];
      }
      return {node, Identity(plan->schema.size())};
    }
    case LogicalNode::Kind::kJoin: {
      size_t left_size = plan->inputs[0]->schema.size();
      size_t right_size = plan->inputs[1]->schema.size();
      std::vector<bool> all = required;
      Mark(plan->predicate, &all);
      all.resize(left_size + right_size);
      std::vector<bool> left_required(all.begin(), all.begin() + left_size);
      std::vector<bool> right_required(all.begin() + left_size, all.end());
      for (size_t k : plan->left_keys) left_required[k] = true;
      for (size_t k : plan->right_keys) right_required[k] = true;
      Pruned left = Prune(plan->inputs[0], left_required);
      Pruned right = Prune(plan->inputs[1], right_required);
      size_t new_left = left.node->schema.size();
      std::vector<size_t> mapping(left_size + right_size, kDropped);
      for (size_t i = 0; i < left_size; ++i) mapping[i] = left.mapping[i];
      for (size_t i = 0; i < right_size; ++i) {
        mapping[left_size + i] = right.mapping[i] == kDropped ? kDropped : new_left + right.mapping[i];
      }
      auto node = std::make_shared<LogicalNode>(*plan);
      node->inputs = {left.node, right.node};
      for (auto& k : node->left_keys) k = left.mapping[k];
      for (auto& k : node->right_keys) k = right.mapping[k];
      if (node->predicate) node->predicate = RemapColumns(node->predicate, mapping);
      node->schema = Schema();
      for (size_t i = 0; i < left_size + right_size; ++i) {
        if (mapping[i] != kDropped) node->schema.Add(plan->schema.names[i], plan->schema.types[i]);
      }
      return {node, mapping};
    }
    default:
      return KeepAll(plan);
  }
}

}  // namespace

LogicalNodePtr PushProjectionsIntoScans(const LogicalNodePtr& plan) {
  return Prune(plan, std::vector<bool>(plan->schema.size(), true)).node;
}

}  // namespace sluice
