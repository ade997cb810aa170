// INSERT [OVERWRITE] INTO t [(columns)] query: the query's columns are matched to the sink's
// physical columns (by position, or through the column list, unlisted columns getting NULL),
// checked with Flink's assignment rules and cast to the sink's types.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <set>

#include "planner/binder/binder.h"
#include "planner/expression_builders.h"
#include "types/type_casts.h"

namespace sluice {

namespace {

std::string SchemaText(const std::vector<std::string>& names, const std::vector<LogicalType>& types) {
  std::vector<std::string> parts;
  for (size_t i = 0; i < names.size(); ++i) {
    parts.push_back(fmt::format("{}: {}", names[i], types[i].ToSummaryString()));
  }
  return fmt::format("[{}]", fmt::join(parts, ", "));
}

}  // namespace

Result<LogicalNodePtr> Binder::BindInsert(const sql::InsertStatement& insert) {
  SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id, catalog_.Qualify(insert.target));
  SLUICE_ASSIGN_OR_RETURN(auto table, catalog_.GetTable(id));
  if (!table.has_value()) {
    SLUICE_ASSIGN_OR_RETURN(auto view, catalog_.GetView(id));
    if (view.has_value()) {
      return Status::UserError(fmt::format(
          "The view '{}' cannot be used as a sink; only tables can be written", id.ToString()));
    }
    if (insert.target.size() == 1) {
      return Status::UserError(fmt::format("Object '{}' not found", insert.target[0]));
    }
    std::vector<std::string> prefix(insert.target.begin(), insert.target.end() - 1);
    return Status::UserError(fmt::format("Object '{}' not found within '{}'",
                                         insert.target.back(), fmt::join(prefix, ".")));
  }
  if (!insert.static_partitions.empty()) {
    return Status::UserError("INSERT with a static PARTITION clause is not supported yet");
  }
  if (insert.query == nullptr) return Status::InternalError("INSERT without a query");
  SLUICE_ASSIGN_OR_RETURN(Relation query, BindQueryNode(*insert.query));
  SLUICE_ASSIGN_OR_RETURN(LogicalNodePtr sink,
                          CastToSink(id, *table, insert.column_list, std::move(query)));
  auto node = std::make_shared<LogicalNode>(*sink);
  node->overwrite = insert.overwrite;
  return LogicalNodePtr(node);
}

Result<LogicalNodePtr> Binder::CastToSink(const ObjectIdentifier& id, const CatalogTable& table,
                                          const std::vector<std::string>& column_list,
                                          Relation query) {
  std::vector<std::string> sink_names;
  std::vector<LogicalType> sink_types;
  for (const TableColumn& column : table.columns) {
    if (column.kind != TableColumn::Kind::kPhysical) continue;
    sink_names.push_back(column.name);
    sink_types.push_back(column.type);
  }
  const Schema& source = query.plan->schema;
  // Which query column feeds each sink column (nullopt: NULL).
  std::vector<std::optional<size_t>> feeds(sink_names.size());
  std::vector<std::string> target_names = sink_names;
  std::vector<LogicalType> target_types = sink_types;
  if (column_list.empty()) {
    for (size_t i = 0; i < feeds.size(); ++i) feeds[i] = i;
  } else {
    std::set<std::string> seen;
    target_names.clear();
    target_types.clear();
    for (size_t q = 0; q < column_list.size(); ++q) {
      const std::string& name = column_list[q];
      auto it = std::find(sink_names.begin(), sink_names.end(), name);
      if (it == sink_names.end()) {
        return Status::UserError(fmt::format("Unknown target column '{}'", name));
      }
      if (!seen.insert(name).second) {
        return Status::UserError(fmt::format("Target column '{}' is assigned more than once", name));
      }
      size_t s = static_cast<size_t>(it - sink_names.begin());
      feeds[s] = q;
      target_names.push_back(name);
      target_types.push_back(sink_types[s]);
    }
  }
  std::string header = fmt::format("Column types of query result and sink for '{}' do not match.\n",
                                   id.ToString());
  std::string schemas = fmt::format("\n\nQuery schema: {}\nSink schema:  {}",
                                    SchemaText(source.names, source.types),
                                    SchemaText(target_names, target_types));
  if (source.size() != target_names.size()) {
    return Status::UserError(header + "Cause: Different number of columns." + schemas);
  }
  for (size_t i = 0; i < target_names.size(); ++i) {
    const LogicalType& from = source.types[i];
    // Nullability is enforced when rows are written (as Flink's NOT NULL enforcer).
    LogicalType to = target_types[i].WithNullable(true);
    if (!SupportsAssignment(from.WithNullable(true), to)) {
      return Status::UserError(
          header +
          fmt::format("Cause: Incompatible types for sink column '{}' at position {}.",
                      target_names[i], i) +
          schemas);
    }
  }
  for (size_t s = 0; s < feeds.size(); ++s) {
    if (!feeds[s] && !sink_types[s].nullable()) {
      return Status::UserError(fmt::format(
          "Column '{}' has no default value and does not allow NULLs", sink_names[s]));
    }
  }
  // The projection delivering the sink's row.
  auto project = std::make_shared<LogicalNode>();
  project->kind = LogicalNode::Kind::kProject;
  project->inputs.push_back(query.plan);
  project->produces_updates = query.plan->produces_updates;
  bool identity = source.size() == sink_names.size();
  for (size_t s = 0; s < feeds.size(); ++s) {
    BoundExpressionPtr e;
    if (feeds[s]) {
      size_t q = *feeds[s];
      e = CastExpr(MakeColumnRef(q, source.types[q], source.names[q]),
                   sink_types[s].WithNullable(source.types[q].nullable() || sink_types[s].nullable()));
      identity = identity && q == s && e->kind == BoundExpression::Kind::kColumnRef;
    } else {
      e = MakeConstant(Value::Null(sink_types[s].WithNullable(true)));
      identity = false;
    }
    project->expressions.push_back(e);
    project->schema.Add(sink_names[s], sink_types[s]);
  }
  auto sink = std::make_shared<LogicalNode>();
  sink->kind = LogicalNode::Kind::kSink;
  sink->table_id = id;
  sink->table = table;
  sink->inputs.push_back(identity && source.names == sink_names ? query.plan
                                                                : LogicalNodePtr(project));
  sink->schema = project->schema;
  sink->produces_updates = query.plan->produces_updates;
  return LogicalNodePtr(sink);
}

}  // namespace sluice
