// Query nodes and SELECT: FROM, WHERE, grouping, HAVING, the select list with `*` expansion,
// DISTINCT, and ORDER BY items that may name FROM columns not in the select list.
#include <fmt/format.h>

#include <set>

#include "planner/binder/binder.h"
#include "planner/expression_builders.h"

namespace sluice {

namespace {

Status At(Status status, const sql::Expression& e) {
  if (status.ok() || status.has_position() || e.line <= 0) return status;
  return status.WithPosition(e.line, e.column);
}

// Calcite makes result names unique by suffixing 0, 1, ...
void Uniquify(std::vector<std::string>* names) {
  std::set<std::string> seen;
  for (auto& name : *names) {
    if (seen.insert(name).second) continue;
    for (int i = 0;; ++i) {
      std::string candidate = name + std::to_string(i);
      if (seen.insert(candidate).second) {
        name = candidate;
        break;
      }
    }
  }
}

std::string DerivedName(const sql::Expression& e) {
  if (e.kind == sql::ExpressionKind::kColumnRef) {
    return e.As<sql::ColumnRefExpression>().names.back();
  }
  if (e.kind == sql::ExpressionKind::kFieldAccess) return e.As<sql::FieldAccessExpression>().field;
  return "";
}

}  // namespace

Result<LogicalNodePtr> Binder::BindQuery(const sql::QueryNode& query) {
  SLUICE_ASSIGN_OR_RETURN(Relation relation, BindQueryNode(query));
  return relation.plan;
}

Result<Binder::Relation> Binder::BindQueryNode(const sql::QueryNode& query) {
  bool pushed = false;
  if (!query.with.empty()) {
    std::map<std::string, const sql::CommonTableExpression*> frame;
    ctes_.push_back(frame);
    pushed = true;
    for (const auto& cte : query.with) {
      // Each CTE sees the ones before it.
      ctes_.back()[cte.name] = &cte;
    }
  }
  Result<Relation> result = Status::InternalError("unbound query");
  switch (query.kind) {
    case sql::QueryKind::kSelect:
      result = BindSelect(query.As<sql::SelectQuery>());
      break;
    case sql::QueryKind::kSetOperation:
      result = BindSetOperation(query.As<sql::SetOperationQuery>());
      if (result.ok()) result = BindOutputOrderLimit(std::move(result).value(), query);
      break;
    case sql::QueryKind::kValues:
      result = BindValues(query.As<sql::ValuesQuery>());
      if (result.ok()) result = BindOutputOrderLimit(std::move(result).value(), query);
      break;
  }
  if (pushed) ctes_.pop_back();
  return result;
}

Result<Binder::Relation> Binder::BindSelect(const sql::SelectQuery& select) {
  // FROM
  Relation input;
  if (select.from) {
    SLUICE_ASSIGN_OR_RETURN(input, BindTableRef(*select.from));
  } else {
    auto values = std::make_shared<LogicalNode>();
    values->kind = LogicalNode::Kind::kValues;
    values->rows.push_back({});
    input.plan = values;
  }
  // WHERE
  if (select.where) {
    if (ContainsAggregate(*select.where)) {
      return At(Status::UserError("Aggregate expression is illegal in WHERE clause"),
                *select.where);
    }
    ExprContext ctx;
    ctx.scope = &input.scope;
    ctx.clause = "WHERE";
    SLUICE_ASSIGN_OR_RETURN(auto predicate, BindExpr(*select.where, ctx));
    if (predicate->type.id() == TypeId::kNull) predicate = CastExpr(predicate, LogicalType::Boolean());
    if (predicate->type.id() != TypeId::kBoolean) {
      return At(Status::UserError("WHERE clause must be a condition"), *select.where);
    }
    auto filter = std::make_shared<LogicalNode>();
    filter->kind = LogicalNode::Kind::kFilter;
    filter->schema = input.plan->schema;
    filter->inputs.push_back(input.plan);
    filter->predicate = predicate;
    filter->produces_updates = input.plan->produces_updates;
    input.plan = filter;
  }
  for (const auto& g : select.group_by) {
    if (ContainsAggregate(*g)) {
      return At(Status::UserError("Aggregate expression is illegal in GROUP BY clause"), *g);
    }
  }
  if (!select.windows.empty()) return Status::UserError("WINDOW clause is not supported yet");

  // Grouping.
  bool aggregating = !select.group_by.empty() || select.having != nullptr;
  for (const auto& item : select.items) aggregating = aggregating || ContainsAggregate(*item.expression);
  for (const auto& item : select.order_by) aggregating = aggregating || ContainsAggregate(*item.expression);
  AggregateScope agg;
  Relation current = input;  // the rows the select list reads
  ExprContext ctx;
  ctx.scope = &input.scope;
  ctx.clause = "SELECT";
  if (aggregating) {
    SLUICE_ASSIGN_OR_RETURN(current.plan, BuildAggregate(select, input, &agg));
    current.scope = Scope::FromSchema(current.plan->schema);
    ctx.scope = &current.scope;
    ctx.aggregate = &agg;
    if (select.having) {
      ExprContext having_ctx = ctx;
      having_ctx.clause = "HAVING";
      SLUICE_ASSIGN_OR_RETURN(auto predicate, BindExpr(*select.having, having_ctx));
      if (predicate->type.id() != TypeId::kBoolean) {
        return At(Status::UserError("HAVING clause must be a condition"), *select.having);
      }
      auto filter = std::make_shared<LogicalNode>();
      filter->kind = LogicalNode::Kind::kFilter;
      filter->schema = current.plan->schema;
      filter->inputs.push_back(current.plan);
      filter->predicate = predicate;
      filter->produces_updates = current.plan->produces_updates;
      current.plan = filter;
    }
  }

  // The select list.
  std::vector<BoundExpressionPtr> expressions;
  std::vector<std::string> names;
  std::vector<bool> time_attributes;
  for (const auto& item : select.items) {
    if (item.expression->kind == sql::ExpressionKind::kStar) {
      const auto& star = item.expression->As<sql::StarExpression>();
      if (!select.from) {
        return At(Status::UserError("SELECT * requires a FROM clause"), *item.expression);
      }
      auto positions = input.scope.ExpandStar(star.qualifier);
      if (!positions.ok()) return At(positions.status(), *item.expression);
      for (size_t p : *positions) {
        const ScopeColumn& column = input.scope.columns()[p];
        if (aggregating) {
          std::string text = fmt::format("${}", p);
          bool found = false;
          for (size_t k = 0; k < agg.key_texts.size() && !found; ++k) {
            if (agg.key_texts[k] == text) {
              expressions.push_back(MakeColumnRef(k, agg.output_types[k], column.name));
              found = true;
            }
          }
          if (!found) {
            return At(Status::UserError(
                          fmt::format("Expression '{}' is not being grouped", column.name)),
                      *item.expression);
          }
          time_attributes.push_back(false);
        } else {
          expressions.push_back(MakeColumnRef(p, column.type, column.name));
          time_attributes.push_back(column.time_attribute);
        }
        names.push_back(column.name);
      }
      continue;
    }
    SLUICE_ASSIGN_OR_RETURN(auto bound, BindExpr(*item.expression, ctx));
    std::string name = item.alias.empty() ? DerivedName(*item.expression) : item.alias;
    if (name.empty()) name = fmt::format("EXPR${}", expressions.size());
    bool time_attribute = !aggregating && bound->kind == BoundExpression::Kind::kColumnRef &&
                          input.scope.columns()[bound->column_index].time_attribute;
    expressions.push_back(bound);
    names.push_back(name);
    time_attributes.push_back(time_attribute);
  }
  Uniquify(&names);
  size_t visible = expressions.size();

  // ORDER BY items: positions, result names, or expressions (hidden columns when new).
  std::vector<SortKey> keys;
  for (const auto& item : select.order_by) {
    const sql::Expression& e = *item.expression;
    std::optional<size_t> column;
    if (e.kind == sql::ExpressionKind::kLiteral &&
        e.As<sql::LiteralExpression>().literal_kind == sql::LiteralKind::kInteger) {
      int64_t ordinal = std::stoll(e.As<sql::LiteralExpression>().text);
      if (ordinal < 1 || ordinal > static_cast<int64_t>(visible)) {
        return At(Status::UserError("Ordinal out of range"), e);
      }
      column = static_cast<size_t>(ordinal - 1);
    } else if (e.kind == sql::ExpressionKind::kColumnRef &&
               e.As<sql::ColumnRefExpression>().names.size() == 1) {
      const std::string& name = e.As<sql::ColumnRefExpression>().names[0];
      for (size_t i = 0; i < visible && !column; ++i) {
        if (names[i] == name) column = i;
      }
    }
    if (!column) {
      ExprContext order_ctx = ctx;
      order_ctx.clause = "ORDER BY";
      SLUICE_ASSIGN_OR_RETURN(auto bound, BindExpr(e, order_ctx));
      std::string text = ExplainExpression(*bound);
      for (size_t i = 0; i < expressions.size() && !column; ++i) {
        if (ExplainExpression(*expressions[i]) == text) column = i;
      }
      if (!column) {
        if (select.distinct) {
          return At(Status::UserError(
                        fmt::format("Expression '{}' is not in the select clause", e.ToSql())),
                    e);
        }
        column = expressions.size();
        bool time_attribute = !aggregating && bound->kind == BoundExpression::Kind::kColumnRef &&
                              input.scope.columns()[bound->column_index].time_attribute;
        expressions.push_back(bound);
        names.push_back(fmt::format("EXPR${}", *column));
        time_attributes.push_back(time_attribute);
      }
    }
    SLUICE_ASSIGN_OR_RETURN(SortKey key, SortKeyFor(item, *column));
    keys.push_back(key);
  }

  auto project = std::make_shared<LogicalNode>();
  project->kind = LogicalNode::Kind::kProject;
  project->inputs.push_back(current.plan);
  project->expressions = expressions;
  project->produces_updates = current.plan->produces_updates;
  Relation result;
  for (size_t i = 0; i < expressions.size(); ++i) {
    project->schema.Add(names[i], expressions[i]->type);
    ScopeColumn sc;
    sc.name = names[i];
    sc.type = expressions[i]->type;
    sc.time_attribute = time_attributes[i];
    result.scope.Add(sc);
  }
  result.plan = project;

  if (select.distinct) {
    auto distinct = std::make_shared<LogicalNode>();
    distinct->kind = LogicalNode::Kind::kAggregate;
    distinct->inputs.push_back(result.plan);
    distinct->schema = result.plan->schema;
    for (size_t i = 0; i < visible; ++i) distinct->group_keys.push_back(i);
    // Flink: a DISTINCT over an insert-only input only ever inserts.
    distinct->produces_updates = result.plan->produces_updates;
    result.plan = distinct;
    for (auto& c : result.scope.mutable_columns()) c.time_attribute = false;
  }
  return ApplyOrderLimit(std::move(result), keys, select, visible);
}

}  // namespace sluice
