// Constant folding through the injected evaluator, plus the boolean simplifications that make
// a filter disappear (TRUE) or become an empty VALUES (FALSE / NULL).
#include "planner/expression_builders.h"
#include "planner/optimizer/optimizer.h"

namespace sluice {

namespace {

bool IsBoolConstant(const BoundExpression& e, bool value) {
  return e.kind == BoundExpression::Kind::kConstant && !e.constant.is_null() &&
         e.type.id() == TypeId::kBoolean && e.constant.GetBool() == value;
}

bool IsNullOrFalse(const BoundExpression& e) {
  return e.kind == BoundExpression::Kind::kConstant &&
         (e.constant.is_null() || IsBoolConstant(e, false));
}

BoundExpressionPtr Fold(const BoundExpressionPtr& e, const ConstantFolder& folder) {
  if (!e || e->kind == BoundExpression::Kind::kConstant ||
      e->kind == BoundExpression::Kind::kColumnRef) {
    return e;
  }
  if (IsConstantTree(*e)) {
    auto value = folder(*e);
    if (value.ok()) {
      return MakeConstant(value->is_null() ? Value::Null(e->type.WithNullable(true))
                                           : value->WithType(e->type));
    }
  }
  std::vector<BoundExpressionPtr> children;
  bool changed = false;
  for (const auto& child : e->children) {
    children.push_back(Fold(child, folder));
    changed = changed || children.back() != child;
  }
  // AND / OR with constant operands.
  if (e->kind == BoundExpression::Kind::kAnd || e->kind == BoundExpression::Kind::kOr) {
    bool is_and = e->kind == BoundExpression::Kind::kAnd;
    std::vector<BoundExpressionPtr> kept;
    for (const auto& c : children) {
      if (IsBoolConstant(*c, !is_and)) return MakeConstant(c->constant);  // FALSE / TRUE decides
      if (IsBoolConstant(*c, is_and)) {
        changed = true;
        continue;
      }
      kept.push_back(c);
    }
    if (kept.empty()) return MakeConstant(Value::Boolean(is_and).WithType(e->type));
    if (kept.size() == 1) return kept[0];
    children = std::move(kept);
  }
  if (!changed) return e;
  return WithChildren(*e, std::move(children));
}

}  // namespace

LogicalNodePtr FoldConstants(const LogicalNodePtr& plan, const ConstantFolder& folder) {
  std::vector<LogicalNodePtr> inputs;
  for (const auto& input : plan->inputs) inputs.push_back(FoldConstants(input, folder));
  auto node = std::make_shared<LogicalNode>(*plan);
  node->inputs = std::move(inputs);
  for (auto& e : node->expressions) e = Fold(e, folder);
  for (auto& e : node->pushed_filters) e = Fold(e, folder);
  if (node->predicate) node->predicate = Fold(node->predicate, folder);
  if (node->kind == LogicalNode::Kind::kFilter) {
    if (IsBoolConstant(*node->predicate, true)) return node->inputs[0];
    if (IsNullOrFalse(*node->predicate)) {
      auto empty = std::make_shared<LogicalNode>();
      empty->kind = LogicalNode::Kind::kValues;
      empty->schema = node->schema;
      return empty;
    }
  }
  if (node->kind == LogicalNode::Kind::kJoin && node->predicate &&
      IsBoolConstant(*node->predicate, true)) {
    node->predicate = nullptr;
  }
  return node;
}

}  // namespace sluice
