// FROM items: catalog tables (a scan, plus a projection for computed and metadata columns),
// views (their stored query, parsed and bound), common table expressions, derived tables, and
// the refusal of table functions that are not implemented.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "planner/binder/binder.h"
#include "planner/expression_builders.h"
#include "sql/parser/query_parser.h"

namespace sluice {

namespace {

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

Status AtRef(Status status, const sql::TableRef& ref) {
  if (status.ok() || status.has_position() || ref.line <= 0) return status;
  return status.WithPosition(ref.line, ref.column);
}

}  // namespace

Result<Binder::Relation> Binder::BindTableRef(const sql::TableRef& ref) {
  Result<Relation> result = Status::InternalError("unbound table reference");
  switch (ref.kind) {
    case sql::TableRefKind::kNamed:
      result = BindNamedTable(ref.As<sql::NamedTableRef>());
      break;
    case sql::TableRefKind::kSubquery: {
      const auto& sub = ref.As<sql::SubqueryTableRef>();
      if (sub.lateral) return AtRef(Status::UserError("LATERAL subquery is not supported yet"), ref);
      result = BindQueryNode(*sub.query);
      if (result.ok()) result->scope.Requalify(ref.alias.empty() ? std::vector<std::string>{}
                                                                  : std::vector<std::string>{ref.alias});
      break;
    }
    case sql::TableRefKind::kJoin:
      return BindJoin(ref.As<sql::JoinTableRef>());
    case sql::TableRefKind::kTableFunction: {
      const auto& fn = ref.As<sql::TableFunctionRef>();
      std::string name = Upper(fn.call->function_name());
      if (name == "TUMBLE" || name == "HOP" || name == "CUMULATE" || name == "SESSION") {
        return AtRef(Status::UserError(fmt::format(
                         "Window table-valued function {} is not supported yet", name)),
                     ref);
      }
      if (name == "ML_PREDICT" || name == "ML_EVALUATE" || name == "UNNEST") {
        return AtRef(Status::UserError(fmt::format("{} is not supported yet", name)), ref);
      }
      return AtRef(Status::UserError(
                       fmt::format("Table function {} is not supported yet", name)),
                   ref);
    }
  }
  if (!result.ok()) return AtRef(result.status(), ref);
  Relation relation = std::move(result).value();
  SLUICE_RETURN_NOT_OK(AtRef(ApplyColumnAliases(ref, &relation), ref));
  return relation;
}

Status Binder::ApplyColumnAliases(const sql::TableRef& ref, Relation* relation) {
  if (ref.column_aliases.empty()) return Status::OK();
  std::vector<size_t> visible = *relation->scope.ExpandStar({});
  if (ref.column_aliases.size() != visible.size()) {
    return Status::UserError(fmt::format(
        "List of column aliases must have same degree as table; table has {} columns {}, whereas "
        "alias list has {} columns",
        visible.size(), ref.alias, ref.column_aliases.size()));
  }
  for (size_t i = 0; i < visible.size(); ++i) {
    relation->scope.mutable_columns()[visible[i]].name = ref.column_aliases[i];
  }
  return Status::OK();
}

Result<Binder::Relation> Binder::BindNamedTable(const sql::NamedTableRef& ref) {
  if (ref.system_time) {
    return Status::UserError("Temporal table join (FOR SYSTEM_TIME AS OF) is not supported yet");
  }
  std::vector<std::string> qualifier =
      ref.alias.empty() ? ref.name : std::vector<std::string>{ref.alias};
  // A common table expression, innermost WITH first.
  if (ref.name.size() == 1) {
    for (auto it = ctes_.rbegin(); it != ctes_.rend(); ++it) {
      auto found = it->find(ref.name[0]);
      if (found == it->end()) continue;
      const sql::CommonTableExpression& cte = *found->second;
      // The CTE sees only the WITH clauses around its definition.
      auto saved = ctes_;
      ctes_.erase(ctes_.begin() + (it.base() - ctes_.begin()), ctes_.end());
      auto bound = BindQueryNode(*cte.query);
      ctes_ = std::move(saved);
      SLUICE_RETURN_NOT_OK(bound.status());
      Relation relation = std::move(bound).value();
      if (!cte.columns.empty()) {
        if (cte.columns.size() != relation.scope.size()) {
          return Status::UserError(fmt::format(
              "List of column aliases must have same degree as table; table has {} columns {}, "
              "whereas alias list has {} columns",
              relation.scope.size(), cte.name, cte.columns.size()));
        }
        for (size_t i = 0; i < cte.columns.size(); ++i) {
          relation.scope.mutable_columns()[i].name = cte.columns[i];
        }
      }
      relation.scope.Requalify(qualifier);
      return relation;
    }
  }
  SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id, catalog_.Qualify(ref.name));
  SLUICE_ASSIGN_OR_RETURN(auto table, catalog_.GetTable(id));
  if (table.has_value()) {
    std::vector<std::string> path =
        ref.alias.empty() ? std::vector<std::string>{id.catalog, id.database, id.name} : qualifier;
    return BindCatalogTable(id, *table, path);
  }
  SLUICE_ASSIGN_OR_RETURN(auto view, catalog_.GetView(id));
  if (view.has_value()) {
    std::vector<std::string> path =
        ref.alias.empty() ? std::vector<std::string>{id.catalog, id.database, id.name} : qualifier;
    return BindView(id, *view, path);
  }
  if (ref.name.size() == 1) {
    return Status::UserError(fmt::format("Object '{}' not found", ref.name[0]));
  }
  std::vector<std::string> prefix(ref.name.begin(), ref.name.end() - 1);
  return Status::UserError(fmt::format("Object '{}' not found within '{}'", ref.name.back(),
                                       fmt::join(prefix, ".")));
}

Result<Binder::Relation> Binder::BindCatalogTable(const ObjectIdentifier& id,
                                                  const CatalogTable& table,
                                                  const std::vector<std::string>& qualifier) {
  auto scan = std::make_shared<LogicalNode>();
  scan->kind = LogicalNode::Kind::kScan;
  scan->table_id = id;
  scan->table = table;
  Scope physical;
  bool needs_project = false;
  for (const TableColumn& column : table.columns) {
    if (column.kind != TableColumn::Kind::kPhysical) {
      needs_project = true;
      continue;
    }
    scan->projected_columns.push_back(scan->schema.size());
    scan->schema.Add(column.name, column.type);
    ScopeColumn sc;
    sc.qualifier = qualifier;
    sc.name = column.name;
    sc.type = column.type;
    physical.Add(sc);
  }
  std::string rowtime = table.watermark ? table.watermark->column : "";
  Relation relation;
  if (!needs_project) {
    relation.plan = scan;
    relation.scope = physical;
    for (ScopeColumn& c : relation.scope.mutable_columns()) c.time_attribute = c.name == rowtime;
    return relation;
  }
  // Computed columns are expressions over the physical columns; metadata columns are NULL for
  // now (no connector exposes metadata yet).
  auto project = std::make_shared<LogicalNode>();
  project->kind = LogicalNode::Kind::kProject;
  project->inputs.push_back(scan);
  size_t physical_index = 0;
  for (const TableColumn& column : table.columns) {
    BoundExpressionPtr expression;
    ScopeColumn sc;
    sc.qualifier = qualifier;
    sc.name = column.name;
    switch (column.kind) {
      case TableColumn::Kind::kPhysical:
        expression = MakeColumnRef(physical_index, column.type, column.name);
        ++physical_index;
        break;
      case TableColumn::Kind::kComputed: {
        auto parsed = sql::ParseStandaloneExpression(column.expression);
        if (!parsed.ok()) {
          return parsed.status().WithPrefix(
              fmt::format("Invalid expression for computed column '{}': ", column.name));
        }
        ExprContext ctx;
        ctx.scope = &physical;
        ctx.clause = "SELECT";
        auto bound = BindExpr(**parsed, ctx);
        if (!bound.ok()) {
          return Status::UserError(fmt::format("Invalid expression for computed column '{}': {}",
                                               column.name, bound.status().message()));
        }
        expression = *bound;
        if (expression->kind == BoundExpression::Kind::kCall &&
            expression->function->name == "PROCTIME") {
          sc.time_attribute = true;
        }
        break;
      }
      case TableColumn::Kind::kMetadata:
        expression = MakeConstant(Value::Null(column.type.WithNullable(true)));
        sc.hidden_from_star = column.is_virtual;
        break;
    }
    sc.type = expression->type;
    sc.time_attribute = sc.time_attribute || column.name == rowtime;
    project->expressions.push_back(expression);
    project->schema.Add(column.name, expression->type);
    relation.scope.Add(std::move(sc));
  }
  relation.plan = project;
  return relation;
}

Result<Binder::Relation> Binder::BindView(const ObjectIdentifier& id, const CatalogView& view,
                                          const std::vector<std::string>& qualifier) {
  if (view_depth_ > 32) {
    return Status::UserError(fmt::format("View '{}' is defined recursively", id.ToString()));
  }
  auto parsed = sql::ParseStandaloneQuery(view.query);
  if (!parsed.ok()) {
    return Status::UserError(fmt::format("Invalid query of view '{}': {}", id.ToString(),
                                         parsed.status().message()));
  }
  // The view's query resolves names from the catalog only, not from the caller's WITH.
  auto saved = std::move(ctes_);
  ctes_.clear();
  ++view_depth_;
  auto bound = BindQueryNode(**parsed);
  --view_depth_;
  ctes_ = std::move(saved);
  SLUICE_RETURN_NOT_OK(bound.status());
  Relation relation = std::move(bound).value();
  for (size_t i = 0; i < view.column_names.size() && i < relation.scope.size(); ++i) {
    if (!view.column_names[i].empty()) relation.scope.mutable_columns()[i].name = view.column_names[i];
  }
  relation.scope.Requalify(qualifier);
  return relation;
}

}  // namespace sluice
