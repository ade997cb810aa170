#include "planner/expression_builders.h"

#include <fmt/format.h>

#include "types/type_casts.h"

namespace sluice {

namespace {

bool SameIgnoringNullability(const LogicalType& a, const LogicalType& b) {
  return a.WithNullable(true) == b.WithNullable(true);
}

}  // namespace

BoundExpressionPtr CastExpr(BoundExpressionPtr input, const LogicalType& target, bool try_cast) {
  const LogicalType& source = input->type;
  if (!try_cast && (SameIgnoringNullability(source, target) ||
                    (source.id() == target.id() && SupportsAvoidingCast(source, target)))) {
    return input;
  }
  if (input->kind == BoundExpression::Kind::kConstant) {
    const Value& value = input->constant;
    LogicalType typed = target.WithNullable(value.is_null() || target.nullable());
    if (value.is_null()) return MakeConstant(Value::Null(target.WithNullable(true)));
    if (!try_cast && source.IsIntegral() && target.IsIntegral()) {
      // Widening keeps the stored int64; narrowing must go through the cast's range check.
      auto rank = [](TypeId id) { return static_cast<int>(id); };
      if (rank(source.id()) <= rank(target.id())) return MakeConstant(value.WithType(typed));
    }
    if (!try_cast && source.IsCharacterString() && target.id() == TypeId::kVarChar &&
        static_cast<int64_t>(value.GetString().size()) <= target.length()) {
      return MakeConstant(value.WithType(typed));
    }
  }
  auto node = std::make_shared<BoundExpression>();
  node->kind = BoundExpression::Kind::kCast;
  node->type = try_cast ? target.WithNullable(true) : target;
  node->try_cast = try_cast;
  node->children.push_back(std::move(input));
  return node;
}

BoundExpressionPtr WithChildren(const BoundExpression& node,
                                std::vector<BoundExpressionPtr> children) {
  auto copy = std::make_shared<BoundExpression>(node);
  copy->children = std::move(children);
  return copy;
}

bool IsConstantTree(const BoundExpression& expression) {
  if (expression.kind == BoundExpression::Kind::kColumnRef) return false;
  if (expression.kind == BoundExpression::Kind::kCall && !expression.function->deterministic) {
    return false;
  }
  for (const auto& child : expression.children) {
    if (!IsConstantTree(*child)) return false;
  }
  return true;
}

bool IsDeterministicTree(const BoundExpression& expression) {
  if (expression.kind == BoundExpression::Kind::kCall && !expression.function->deterministic) {
    return false;
  }
  for (const auto& child : expression.children) {
    if (!IsDeterministicTree(*child)) return false;
  }
  return true;
}

void CollectColumns(const BoundExpression& expression, std::vector<bool>* used) {
  if (expression.kind == BoundExpression::Kind::kColumnRef) {
    if (expression.column_index >= used->size()) used->resize(expression.column_index + 1);
    (*used)[expression.column_index] = true;
  }
  for (const auto& child : expression.children) CollectColumns(*child, used);
}

BoundExpressionPtr RewriteColumns(
    const BoundExpressionPtr& expression,
    const std::function<BoundExpressionPtr(const BoundExpression& column)>& replace) {
  if (expression->kind == BoundExpression::Kind::kColumnRef) return replace(*expression);
  if (expression->children.empty()) return expression;
  std::vector<BoundExpressionPtr> children;
  bool changed = false;
  for (const auto& child : expression->children) {
    children.push_back(RewriteColumns(child, replace));
    changed = changed || children.back() != child;
  }
  if (!changed) return expression;
  return WithChildren(*expression, std::move(children));
}

BoundExpressionPtr RemapColumns(const BoundExpressionPtr& expression,
                                const std::vector<size_t>& mapping) {
  return RewriteColumns(expression, [&](const BoundExpression& column) -> BoundExpressionPtr {
    return MakeColumnRef(mapping.at(column.column_index), column.type, column.column_name);
  });
}

void SplitConjuncts(const BoundExpressionPtr& expression, std::vector<BoundExpressionPtr>* out) {
  if (!expression) return;
  if (expression->kind == BoundExpression::Kind::kAnd) {
    for (const auto& child : expression->children) SplitConjuncts(child, out);
    return;
  }
  out->push_back(expression);
}

BoundExpressionPtr CombineConjuncts(std::vector<BoundExpressionPtr> conjuncts) {
  if (conjuncts.empty()) return nullptr;
  if (conjuncts.size() == 1) return conjuncts[0];
  auto node = std::make_shared<BoundExpression>();
  node->kind = BoundExpression::Kind::kAnd;
  bool nullable = false;
  for (const auto& c : conjuncts) nullable = nullable || c->type.nullable();
  node->type = LogicalType::Boolean().WithNullable(nullable);
  node->children = std::move(conjuncts);
  return node;
}

namespace {

std::string JoinChildren(const BoundExpression& expression) {
  std::string out;
  for (size_t i = 0; i < expression.children.size(); ++i) {
    if (i > 0) out += ", ";
    out += ExplainExpression(*expression.children[i]);
  }
  return out;
}

}  // namespace

std::string ExplainExpression(const BoundExpression& expression) {
  switch (expression.kind) {
    case BoundExpression::Kind::kConstant:
      if (expression.constant.is_null()) {
        return fmt::format("null:{}", expression.type.ToSummaryString());
      }
      return expression.constant.ToSqlLiteral();
    case BoundExpression::Kind::kColumnRef:
      return fmt::format("${}", expression.column_index);
    case BoundExpression::Kind::kCall:
      return fmt::format("{}({})", expression.function->name, JoinChildren(expression));
    case BoundExpression::Kind::kCast:
      return fmt::format("{}({}):{}", expression.try_cast ? "TRY_CAST" : "CAST",
                         ExplainExpression(*expression.children[0]),
                         expression.type.ToSummaryString());
    case BoundExpression::Kind::kAnd:
      return fmt::format("AND({})", JoinChildren(expression));
    case BoundExpression::Kind::kOr:
      return fmt::format("OR({})", JoinChildren(expression));
    case BoundExpression::Kind::kCase:
      return fmt::format("CASE({})", JoinChildren(expression));
    case BoundExpression::Kind::kCoalesce:
      return fmt::format("COALESCE({})", JoinChildren(expression));
  }
  return "?";
}

}  // namespace sluice
