// Joins: INNER / LEFT / RIGHT / FULL / CROSS and comma joins, ON conditions split into
// equi-join keys and a residual predicate, and USING.
#include <fmt/format.h>

#include "planner/binder/binder.h"
#include "planner/expression_builders.h"

namespace sluice {

namespace {

JoinType ToJoinType(sql::JoinType type) {
  switch (type) {
    case sql::JoinType::kInner: return JoinType::kInner;
    case sql::JoinType::kLeft: return JoinType::kLeft;
    case sql::JoinType::kRight: return JoinType::kRight;
    case sql::JoinType::kFull: return JoinType::kFull;
    case sql::JoinType::kCross:
    case sql::JoinType::kComma: return JoinType::kCross;
  }
  return JoinType::kInner;
}

// Which sides a predicate reads: bit 1 = left, bit 2 = right.
int Sides(const BoundExpression& expression, size_t left_size) {
  std::vector<bool> used;
  CollectColumns(expression, &used);
  int sides = 0;
  for (size_t i = 0; i < used.size(); ++i) {
    if (used[i]) sides |= i < left_size ? 1 : 2;
  }
  return sides;
}

// Appends `expression` to a side's extra key columns unless it is a plain column; returns the
// key position in the side's (extended) row.
size_t KeyColumn(const BoundExpressionPtr& expression, size_t offset, size_t side_size,
                 std::vector<BoundExpressionPtr>* extra) {
  if (expression->kind == BoundExpression::Kind::kColumnRef) {
    return expression->column_index - offset;
  }
  std::vector<size_t> mapping;
  // Rebase the expression onto the side's own row.
  auto rebased = RewriteColumns(expression, [&](const BoundExpression& c) {
    return MakeColumnRef(c.column_index - offset, c.type, c.column_name);
  });
  extra->push_back(rebased);
  return side_size + extra->size() - 1;
}

// Input with extra computed columns appended (a projection), or the input unchanged.
LogicalNodePtr Extend(const LogicalNodePtr& input, const std::vector<BoundExpressionPtr>& extra) {
  if (extra.empty()) return input;
  auto project = std::make_shared<LogicalNode>();
  project->kind = LogicalNode::Kind::kProject;
  project->inputs.push_back(input);
  project->produces_updates = input->produces_updates;
  for (size_t i = 0; i < input->schema.size(); ++i) {
    project->expressions.push_back(
        MakeColumnRef(i, input->schema.types[i], input->schema.names[i]));
    project->schema.Add(input->schema.names[i], input->schema.types[i]);
  }
  for (size_t i = 0; i < extra.size(); ++i) {
    project->expressions.push_back(extra[i]);
    project->schema.Add(fmt::format("$k{}", i), extra[i]->type);
  }
  return project;
}

}  // namespace

Result<Binder::Relation> Binder::BindJoin(const sql::JoinTableRef& join) {
  if (join.natural) return Status::UserError("NATURAL JOIN is not supported yet");
  SLUICE_ASSIGN_OR_RETURN(Relation left, BindTableRef(*join.left));
  SLUICE_ASSIGN_OR_RETURN(Relation right, BindTableRef(*join.right));
  JoinType type = ToJoinType(join.join_type);
  size_t left_size = left.scope.size();
  size_t right_size = right.scope.size();

  // The combined scope; outer joins make the other side nullable.
  Scope combined;
  for (ScopeColumn column : left.scope.columns()) {
    if (type == JoinType::kRight || type == JoinType::kFull) {
      column.type = column.type.WithNullable(true);
    }
    combined.Add(std::move(column));
  }
  for (ScopeColumn column : right.scope.columns()) {
    if (type == JoinType::kLeft || type == JoinType::kFull) {
      column.type = column.type.WithNullable(true);
    }
    combined.Add(std::move(column));
  }

  std::vector<BoundExpressionPtr> conjuncts;
  if (join.condition) {
    ExprContext ctx;
    ctx.scope = &combined;
    ctx.clause = "ON";
    // Key expressions see the input types (before outer-join nullability).
    Scope input_scope;
    for (const auto& c : left.scope.columns()) input_scope.Add(c);
    for (const auto& c : right.scope.columns()) input_scope.Add(c);
    ctx.scope = &input_scope;
    SLUICE_ASSIGN_OR_RETURN(auto condition, BindExpr(*join.condition, ctx));
    if (condition->type.id() != TypeId::kBoolean && condition->type.id() != TypeId::kNull) {
      return Status::UserError("ON clause must be a condition");
    }
    SplitConjuncts(condition, &conjuncts);
  }
  int using_group_base = 0;
  for (const auto& c : combined.columns()) using_group_base = std::max(using_group_base, c.using_group + 1);
  for (size_t u = 0; u < join.using_columns.size(); ++u) {
    const std::string& name = join.using_columns[u];
    auto l = left.scope.Resolve({name});
    auto r = right.scope.Resolve({name});
    if (!l.ok() || !r.ok()) {
      return Status::UserError(fmt::format("Column '{}' not found in {} table", name,
                                           l.ok() ? "right" : "left"));
    }
    size_t li = l->index;
    size_t ri = left_size + r->index;
    auto& columns = combined.mutable_columns();
    columns[li].using_group = using_group_base + static_cast<int>(u);
    columns[ri].using_group = using_group_base + static_cast<int>(u);
    columns[ri].hidden_from_star = true;
    BoundExpressionPtr lref = MakeColumnRef(li, left.scope.columns()[l->index].type, name);
    BoundExpressionPtr rref = MakeColumnRef(ri, right.scope.columns()[r->index].type, name);
    SLUICE_ASSIGN_OR_RETURN(auto equal, MakeFunctionCall("=", {lref, rref}));
    conjuncts.push_back(equal);
  }

  // Equi-join keys: `=` conjuncts whose sides read one input each.
  std::vector<BoundExpressionPtr> residual;
  std::vector<BoundExpressionPtr> left_extra;
  std::vector<BoundExpressionPtr> right_extra;
  std::vector<size_t> left_keys;
  std::vector<size_t> right_keys;
  for (const auto& conjunct : conjuncts) {
    if (conjunct->kind == BoundExpression::Kind::kCall && conjunct->function->name == "=" &&
        conjunct->children.size() == 2 && IsDeterministicTree(*conjunct)) {
      const auto& a = conjunct->children[0];
      const auto& b = conjunct->children[1];
      int sa = Sides(*a, left_size);
      int sb = Sides(*b, left_size);
      const BoundExpressionPtr* lhs = nullptr;
      const BoundExpressionPtr* rhs = nullptr;
      if (sa == 1 && sb == 2) {
        lhs = &a;
        rhs = &b;
      } else if (sa == 2 && sb == 1) {
        lhs = &b;
        rhs = &a;
      }
      if (lhs != nullptr) {
        left_keys.push_back(KeyColumn(*lhs, 0, left_size, &left_extra));
        right_keys.push_back(KeyColumn(*rhs, left_size, right_size, &right_extra));
        continue;
      }
    }
    residual.push_back(conjunct);
  }
  if (type == JoinType::kCross && (!left_keys.empty() || !residual.empty())) type = JoinType::kInner;
  if (type != JoinType::kCross && left_keys.empty() && residual.empty() &&
      join.join_type == sql::JoinType::kInner) {
    type = JoinType::kCross;
  }

  LogicalNodePtr left_input = Extend(left.plan, left_extra);
  LogicalNodePtr right_input = Extend(right.plan, right_extra);
  size_t left_width = left_size + left_extra.size();
  auto node = std::make_shared<LogicalNode>();
  node->kind = LogicalNode::Kind::kJoin;
  node->join_type = type;
  node->inputs = {left_input, right_input};
  node->left_keys = left_keys;
  node->right_keys = right_keys;
  for (size_t i = 0; i < left_input->schema.size(); ++i) {
    LogicalType t = left_input->schema.types[i];
    if (type == JoinType::kRight || type == JoinType::kFull) t = t.WithNullable(true);
    node->schema.Add(left_input->schema.names[i], t);
  }
  for (size_t i = 0; i < right_input->schema.size(); ++i) {
    LogicalType t = right_input->schema.types[i];
    if (type == JoinType::kLeft || type == JoinType::kFull) t = t.WithNullable(true);
    node->schema.Add(right_input->schema.names[i], t);
  }
  // The residual reads the extended rows: right columns move by the left extras.
  std::vector<size_t> mapping(left_size + right_size);
  for (size_t i = 0; i < left_size; ++i) mapping[i] = i;
  for (size_t i = 0; i < right_size; ++i) mapping[left_size + i] = left_width + i;
  std::vector<BoundExpressionPtr> remapped;
  for (const auto& r : residual) remapped.push_back(RemapColumns(r, mapping));
  node->predicate = CombineConjuncts(std::move(remapped));
  node->produces_updates =
      streaming_ && (left.plan->produces_updates || right.plan->produces_updates ||
                     type == JoinType::kLeft || type == JoinType::kRight ||
                     type == JoinType::kFull);

  Relation relation;
  relation.scope = combined;
  // Time attributes do not survive a regular join (Flink materializes them).
  for (auto& c : relation.scope.mutable_columns()) c.time_attribute = false;
  if (left_extra.empty() && right_extra.empty()) {
    relation.plan = node;
    return relation;
  }
  auto project = std::make_shared<LogicalNode>();
  project->kind = LogicalNode::Kind::kProject;
  project->inputs.push_back(node);
  project->produces_updates = node->produces_updates;
  for (size_t i = 0; i < left_size + right_size; ++i) {
    size_t from = mapping[i];
    project->expressions.push_back(
        MakeColumnRef(from, node->schema.types[from], node->schema.names[from]));
    project->schema.Add(node->schema.names[from], node->schema.types[from]);
  }
  relation.plan = project;
  return relation;
}

}  // namespace sluice
