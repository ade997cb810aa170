#include "sql/parser/ast_query.h"

#include <fmt/format.h>

#include "sql/parser/reserved_words.h"

namespace sluice::sql {

namespace {

std::string JoinNames(const std::vector<std::string>& names, const char* separator) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += separator;
    out += QuoteIdentifier(names[i]);
  }
  return out;
}

int SetPrecedence(const QueryNode& query) {
  if (query.kind != QueryKind::kSetOperation) return 3;
  return query.As<SetOperationQuery>().op == SetOperator::kIntersect ? 2 : 1;
}

// A set-operation operand, in parentheses when it binds looser than `min_precedence` or has
// its own WITH / ORDER BY / LIMIT.
std::string SetOperand(const QueryNode& query, int min_precedence) {
  std::string sql = query.ToSql();
  if (query.HasModifiers() || SetPrecedence(query) < min_precedence) return "(" + sql + ")";
  return sql;
}

}  // namespace

std::string CommonTableExpression::ToSql() const {
  std::string out = QuoteIdentifier(name);
  if (!columns.empty()) out += " (" + JoinNames(columns, ", ") + ")";
  return out + " AS (" + query->ToSql() + ")";
}

QueryNode::~QueryNode() = default;

std::string QueryNode::ToSql() const {
  std::string out;
  if (!with.empty()) {
    out = "WITH ";
    for (size_t i = 0; i < with.size(); ++i) {
      if (i > 0) out += ", ";
      out += with[i].ToSql();
    }
    out += " ";
  }
  out += BodyToSql();
  if (!order_by.empty()) {
    out += " ORDER BY ";
    for (size_t i = 0; i < order_by.size(); ++i) {
      if (i > 0) out += ", ";
      out += order_by[i].ToSql();
    }
  }
  if (limit != nullptr) out += " LIMIT " + limit->ToSql();
  if (offset != nullptr) out += " OFFSET " + offset->ToSql();
  return out;
}

std::string SelectItem::ToSql() const {
  std::string out = expression->ToSql();
  if (!alias.empty()) out += " AS " + QuoteIdentifier(alias);
  return out;
}

SelectQuery::SelectQuery() : QueryNode(QueryKind::kSelect) {}
SelectQuery::~SelectQuery() = default;

std::string SelectQuery::BodyToSql() const {
  std::string out = distinct ? "SELECT DISTINCT " : "SELECT ";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += items[i].ToSql();
  }
  if (from != nullptr) out += " FROM " + from->ToSql();
  if (where != nullptr) out += " WHERE " + where->ToSql();
  if (!group_by.empty()) {
    out += " GROUP BY ";
    for (size_t i = 0; i < group_by.size(); ++i) {
      if (i > 0) out += ", ";
      out += group_by[i]->ToSql();
    }
  }
  if (having != nullptr) out += " HAVING " + having->ToSql();
  if (!windows.empty()) {
    out += " WINDOW ";
    for (size_t i = 0; i < windows.size(); ++i) {
      if (i > 0) out += ", ";
      out += QuoteIdentifier(windows[i].first) + " AS " + windows[i].second->ToSql();
    }
  }
  return out;
}

std::string SetOperationQuery::BodyToSql() const {
  const char* op_sql = op == SetOperator::kUnion       ? "UNION"
                       : op == SetOperator::kIntersect ? "INTERSECT"
                                                       : "EXCEPT";
  int precedence = op == SetOperator::kIntersect ? 2 : 1;
  return fmt::format("{} {}{} {}", SetOperand(*left, precedence), op_sql, all ? " ALL" : "",
                     SetOperand(*right, precedence + 1));
}

std::string ValuesQuery::BodyToSql() const {
  std::string out = "VALUES ";
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i > 0) out += ", ";
    out += "(";
    for (size_t j = 0; j < rows[i].size(); ++j) {
      if (j > 0) out += ", ";
      out += rows[i][j]->ToSql();
    }
    out += ")";
  }
  return out;
}

TableRef::~TableRef() = default;

std::string TableRef::ToSql() const {
  std::string out = BodyToSql();
  if (!alias.empty()) out += " AS " + QuoteIdentifier(alias);
  if (!column_aliases.empty()) out += " (" + JoinNames(column_aliases, ", ") + ")";
  return out;
}

std::string NamedTableRef::BodyToSql() const {
  std::string out = JoinNames(name, ".");
  if (system_time != nullptr) out += " FOR SYSTEM_TIME AS OF " + system_time->ToSql();
  return out;
}

std::string SubqueryTableRef::BodyToSql() const {
  return (lateral ? "LATERAL (" : "(") + query->ToSql() + ")";
}

const char* JoinTypeSql(JoinType type) {
  switch (type) {
    case JoinType::kInner:
      return "INNER JOIN";
    case JoinType::kLeft:
      return "LEFT JOIN";
    case JoinType::kRight:
      return "RIGHT JOIN";
    case JoinType::kFull:
      return "FULL JOIN";
    case JoinType::kCross:
      return "CROSS JOIN";
    case JoinType::kComma:
      return ",";
  }
  return "JOIN";
}

std::string JoinTableRef::BodyToSql() const {
  std::string left_sql = left->ToSql();
  if (left->kind == TableRefKind::kJoin && !left->alias.empty()) left_sql = "(" + left_sql + ")";
  std::string right_sql = right->ToSql();
  if (right->kind == TableRefKind::kJoin) right_sql = "(" + right_sql + ")";
  std::string out = left_sql;
  if (join_type == JoinType::kComma) {
    out += ", " + right_sql;
  } else {
    out += fmt::format(" {}{} {}", natural ? "NATURAL " : "", JoinTypeSql(join_type), right_sql);
  }
  if (condition != nullptr) out += " ON " + condition->ToSql();
  if (!using_columns.empty()) out += " USING (" + JoinNames(using_columns, ", ") + ")";
  return out;
}

std::string TableFunctionRef::BodyToSql() const {
  std::string out = lateral ? "LATERAL " : "";
  if (table_wrapped) {
    out += "TABLE(" + call->ToSql() + ")";
  } else {
    out += call->ToSql();
  }
  if (with_ordinality) out += " WITH ORDINALITY";
  return out;
}

}  // namespace sluice::sql
