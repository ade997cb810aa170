// ORDER BY, LIMIT / FETCH and OFFSET, with Flink's streaming restriction on sorting.
#include <fmt/format.h>

#include "planner/binder/binder.h"
#include "planner/expression_builders.h"

namespace sluice {

Result<SortKey> Binder::SortKeyFor(const sql::OrderItem& item, size_t column) const {
  SortKey key;
  key.column = column;
  key.ascending = !item.descending;
  // Flink's default: NULLS FIRST for ASC, NULLS LAST for DESC.
  key.nulls_first = item.nulls_first.value_or(key.ascending);
  return key;
}

Result<int64_t> Binder::BindCount(const sql::Expression& expression, const char* clause) {
  ExprContext ctx;
  Scope empty;
  ctx.scope = &empty;
  ctx.clause = clause;
  SLUICE_ASSIGN_OR_RETURN(auto bound, BindExpr(expression, ctx));
  if (bound->kind != BoundExpression::Kind::kConstant || !bound->type.IsIntegral() ||
      bound->constant.is_null()) {
    return Status::UserError(fmt::format("{} must be a non-negative integer constant", clause))
        .WithPosition(expression.line, expression.column);
  }
  int64_t value = bound->constant.GetInt64();
  if (value < 0) {
    return Status::UserError(fmt::format("{} must be a non-negative integer constant", clause))
        .WithPosition(expression.line, expression.column);
  }
  return value;
}

Status Binder::CheckStreamingSort(const Relation& relation, const std::vector<SortKey>& keys,
                                  bool has_limit) const {
  if (!streaming_ || keys.empty()) return Status::OK();
  if (has_limit) {
    return Status::UserError("ORDER BY with LIMIT (Top-N) in streaming mode is not supported yet");
  }
  const SortKey& first = keys[0];
  if (!relation.scope.columns()[first.column].time_attribute) {
    return Status::UserError("Sort on a non-time-attribute field is not supported.");
  }
  if (!first.ascending) {
    return Status::UserError(
        "Sort: Primary sort order of a streaming table must be ascending on time.");
  }
  return Status::OK();
}

Result<Binder::Relation> Binder::ApplyOrderLimit(Relation relation,
                                                 const std::vector<SortKey>& keys,
                                                 const sql::QueryNode& query, size_t visible) {
  bool has_limit = query.limit != nullptr || query.offset != nullptr;
  Status check = CheckStreamingSort(relation, keys, has_limit);
  if (!check.ok()) {
    if (!query.order_by.empty() && query.order_by[0].expression->line > 0) {
      check = check.WithPosition(query.order_by[0].expression->line,
                                 query.order_by[0].expression->column);
    }
    return check;
  }
  if (!keys.empty()) {
    auto sort = std::make_shared<LogicalNode>();
    sort->kind = LogicalNode::Kind::kSort;
    sort->inputs.push_back(relation.plan);
    sort->schema = relation.plan->schema;
    sort->sort_keys = keys;
    sort->produces_updates = relation.plan->produces_updates;
    relation.plan = sort;
  }
  if (has_limit) {
    auto limit = std::make_shared<LogicalNode>();
    limit->kind = LogicalNode::Kind::kLimit;
    limit->inputs.push_back(relation.plan);
    limit->schema = relation.plan->schema;
    if (query.offset) {
      SLUICE_ASSIGN_OR_RETURN(limit->offset, BindCount(*query.offset, "OFFSET"));
    }
    if (query.limit) {
      SLUICE_ASSIGN_OR_RETURN(int64_t fetch, BindCount(*query.limit, "LIMIT"));
      limit->fetch = fetch;
    }
    limit->produces_updates = relation.plan->produces_updates;
    relation.plan = limit;
  }
  if (relation.scope.size() > visible) {
    auto project = std::make_shared<LogicalNode>();
    project->kind = LogicalNode::Kind::kProject;
    project->inputs.push_back(relation.plan);
    project->produces_updates = relation.plan->produces_updates;
    for (size_t i = 0; i < visible; ++i) {
      project->expressions.push_back(MakeColumnRef(i, relation.plan->schema.types[i],
                                                relation.plan->schema.names[i]));
      project->schema.Add(relation.plan->schema.names[i], relation.plan->schema.types[i]);
    }
    relation.plan = project;
    relation.scope.mutable_columns().resize(visible);
  }
  return relation;
}

Result<Binder::Relation> Binder::BindOutputOrderLimit(Relation relation,
                                                      const sql::QueryNode& query) {
  std::vector<SortKey> keys;
  for (const auto& item : query.order_by) {
    const sql::Expression& e = *item.expression;
    std::optional<size_t> column;
    if (e.kind == sql::ExpressionKind::kLiteral &&
        e.As<sql::LiteralExpression>().literal_kind == sql::LiteralKind::kInteger) {
      int64_t ordinal = std::stoll(e.As<sql::LiteralExpression>().text);
      if (ordinal < 1 || ordinal > static_cast<int64_t>(relation.scope.size())) {
        return Status::UserError("Ordinal out of range").WithPosition(e.line, e.column);
      }
      column = static_cast<size_t>(ordinal - 1);
    } else {
      ExprContext ctx;
      ctx.scope = &relation.scope;
      ctx.clause = "ORDER BY";
      SLUICE_ASSIGN_OR_RETURN(auto bound, BindExpr(e, ctx));
      if (bound->kind != BoundExpression::Kind::kColumnRef) {
        return Status::UserError(
                   fmt::format("Only result columns may be used in ORDER BY of a set operation "
                               "or VALUES: '{}'",
                               e.ToSql()))
            .WithPosition(e.line, e.column);
      }
      column = bound->column_index;
    }
    SLUICE_ASSIGN_OR_RETURN(SortKey key, SortKeyFor(item, *column));
    keys.push_back(key);
  }
  size_t visible = relation.scope.size();
  return ApplyOrderLimit(std::move(relation), keys, query, visible);
}

}  // namespace sluice
