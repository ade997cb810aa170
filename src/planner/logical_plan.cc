// EXPLAIN text of logical plans, in the style of Flink's (Calcite's) logical plans:
//   LogicalProject(a=[$0], b=[+($1, 1)])
//     LogicalFilter(condition=[>($1, 0)])
//       LogicalTableScan(table=[[default_catalog, default_database, t]])
#include "planner/logical_plan.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "planner/expression_builders.h"

namespace sluice {

namespace {

const char* JoinTypeName(JoinType type) {
  switch (type) {
    case JoinType::kInner: return "inner";
    case JoinType::kLeft: return "left";
    case JoinType::kRight: return "right";
    case JoinType::kFull: return "full";
    case JoinType::kCross: return "cross";
  }
  return "inner";
}

std::string SortText(const std::vector<SortKey>& keys) {
  std::vector<std::string> parts;
  for (size_t i = 0; i < keys.size(); ++i) {
    parts.push_back(fmt::format("sort{}=[${}]", i, keys[i].column));
  }
  for (size_t i = 0; i < keys.size(); ++i) {
    const SortKey& k = keys[i];
    std::string dir = k.ascending ? "ASC" : "DESC";
    if (k.nulls_first != k.ascending) dir += k.nulls_first ? "-nulls-first" : "-nulls-last";
    parts.push_back(fmt::format("dir{}=[{}]", i, dir));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string NodeText(const LogicalNode& node) {
  switch (node.kind) {
    case LogicalNode::Kind::kScan: {
      std::string text = fmt::format("LogicalTableScan(table=[[{}, {}, {}]]", node.table_id.catalog,
                                     node.table_id.database, node.table_id.name);
      size_t physical = 0;
      for (const auto& c : node.table.columns) {
        if (c.kind == TableColumn::Kind::kPhysical) ++physical;
      }
      bool all = node.projected_columns.size() == physical;
      for (size_t i = 0; all && i < node.projected_columns.size(); ++i) {
        all = node.projected_columns[i] == i;
      }
      if (!all) text += fmt::format(", project=[{}]", fmt::join(node.schema.names, ", "));
      if (!node.pushed_filters.empty()) {
        std::vector<std::string> filters;
        for (const auto& f : node.pushed_filters) filters.push_back(ExplainExpression(*f));
        text += fmt::format(", filter=[{}]", fmt::join(filters, ", "));
      }
      return text + ")";
    }
    case LogicalNode::Kind::kValues: {
      std::vector<std::string> rows;
      for (const auto& row : node.rows) {
        std::vector<std::string> values;
        for (const auto& v : row) {
          values.push_back(v.is_null() ? "null" : v.ToSqlLiteral());
        }
        rows.push_back(fmt::format("{{ {} }}", fmt::join(values, ", ")));
      }
      if (node.schema.empty() && node.rows.size() == 1) return "LogicalValues(tuples=[[{ 0 }]])";
      return fmt::format("LogicalValues(tuples=[[{}]])", fmt::join(rows, ", "));
    }
    case LogicalNode::Kind::kProject: {
      std::vector<std::string> parts;
      for (size_t i = 0; i < node.expressions.size(); ++i) {
        std::string name = i < node.schema.size() ? node.schema.names[i] : fmt::format("${}", i);
        parts.push_back(fmt::format("{}=[{}]", name, ExplainExpression(*node.expressions[i])));
      }
      return fmt::format("LogicalProject({})", fmt::join(parts, ", "));
    }
    case LogicalNode::Kind::kFilter:
      return fmt::format("LogicalFilter(condition=[{}])", ExplainExpression(*node.predicate));
    case LogicalNode::Kind::kAggregate: {
      std::vector<std::string> parts;
      parts.push_back(fmt::format("group=[{{{}}}]", fmt::join(node.group_keys, ", ")));
      for (size_t i = 0; i < node.aggregates.size(); ++i) {
        const AggregateCall& call = node.aggregates[i];
        std::string name = node.group_keys.size() + i < node.schema.size()
                               ? node.schema.names[node.group_keys.size() + i]
                               : fmt::format("agg#{}", i);
        std::string text = call.name;
        if (call.filter_column) text += fmt::format(" FILTER ${}", *call.filter_column);
        parts.push_back(fmt::format("{}=[{}]", name, text));
      }
      return fmt::format("LogicalAggregate({})", fmt::join(parts, ", "));
    }
    case LogicalNode::Kind::kJoin: {
      size_t left_size = node.inputs.empty() ? 0 : node.inputs[0]->schema.size();
      std::vector<std::string> conditions;
      for (size_t i = 0; i < node.left_keys.size(); ++i) {
        conditions.push_back(
            fmt::format("=(${}, ${})", node.left_keys[i], left_size + node.right_keys[i]));
      }
      if (node.predicate) conditions.push_back(ExplainExpression(*node.predicate));
      std::string condition = conditions.empty()    ? "true"
                              : conditions.size() == 1 ? conditions[0]
                                                       : fmt::format("AND({})", fmt::join(conditions, ", "));
      return fmt::format("LogicalJoin(condition=[{}], joinType=[{}])", condition,
                         JoinTypeName(node.join_type));
    }
    case LogicalNode::Kind::kSort: {
      std::string text = SortText(node.sort_keys);
      if (node.offset > 0) text += fmt::format(", offset=[{}]", node.offset);
      if (node.fetch) text += fmt::format(", fetch=[{}]", *node.fetch);
      return fmt::format("LogicalSort({})", text);
    }
    case LogicalNode::Kind::kLimit: {
      std::vector<std::string> parts;
      if (node.offset > 0) parts.push_back(fmt::format("offset=[{}]", node.offset));
      if (node.fetch) parts.push_back(fmt::format("fetch=[{}]", *node.fetch));
      return fmt::format("LogicalLimit({})", fmt::join(parts, ", "));
    }
    case LogicalNode::Kind::kUnion:
      return "LogicalUnion(all=[true])";
    case LogicalNode::Kind::kSetOperation:
      return fmt::format("{}(all=[{}])", node.is_intersect ? "LogicalIntersect" : "LogicalMinus",
                         node.all ? "true" : "false");
    case LogicalNode::Kind::kSink:
      return fmt::format("LogicalSink(table=[{}], fields=[{}]{})", node.table_id.ToString(),
                         fmt::join(node.schema.names, ", "),
                         node.overwrite ? ", overwrite=[true]" : "");
  }
  return "?";
}

}  // namespace

std::string LogicalNode::Explain(int indent) const {
  std::string out(static_cast<size_t>(indent), ' ');
  out += NodeText(*this);
  out += "\n";
  for (const auto& input : inputs) out += input->Explain(indent + 2);
  return out;
}

}  // namespace sluice
