// The query nodes of the SQL AST: SELECT, set operations, VALUES, and table references.
//
// A QueryNode is a query expression; any node may carry a WITH clause, ORDER BY, LIMIT and
// OFFSET (FETCH FIRST n ROWS ONLY is stored as LIMIT). Like expressions (ast_expression.h),
// every node records its source span and 1-based line/column and prints itself back to
// canonical SQL with ToSql(). Nodes own their children through std::unique_ptr; downcast with
// As<T>() after checking `kind`.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sql/parser/ast_expression.h"

namespace sluice::sql {

class TableRef;
class QueryNode;

enum class QueryKind { kSelect, kSetOperation, kValues };

// WITH name [(columns)] AS (query).
struct CommonTableExpression {
  std::string name;
  std::vector<std::string> columns;
  std::unique_ptr<QueryNode> query;
  std::string ToSql() const;
};

class QueryNode {
 public:
  explicit QueryNode(QueryKind kind) : kind(kind) {}
  virtual ~QueryNode();
  QueryNode(const QueryNode&) = delete;
  QueryNode& operator=(const QueryNode&) = delete;

  // The canonical SQL text, including WITH, ORDER BY, LIMIT and OFFSET.
  std::string ToSql() const;
  // The text without WITH / ORDER BY / LIMIT / OFFSET.
  virtual std::string BodyToSql() const = 0;
  // True if WITH, ORDER BY, LIMIT or OFFSET is present.
  bool HasModifiers() const {
    return !with.empty() || !order_by.empty() || limit != nullptr || offset != nullptr;
  }

  template <typename T>
  const T& As() const {
    return static_cast<const T&>(*this);
  }
  template <typename T>
  T& As() {
    return static_cast<T&>(*this);
  }

  QueryKind kind;
  std::vector<CommonTableExpression> with;
  std::vector<OrderItem> order_by;
  ExpressionPtr limit;   // LIMIT n / FETCH FIRST n ROWS ONLY
  ExpressionPtr offset;  // OFFSET n [ROWS]
  size_t begin_offset = 0;
  size_t end_offset = 0;
  int line = 0;
  int column = 0;
};

using QueryPtr = std::unique_ptr<QueryNode>;

struct SelectItem {
  ExpressionPtr expression;  // may be a StarExpression
  std::string alias;         // empty when none
  std::string ToSql() const;
};

class SelectQuery : public QueryNode {
 public:
  SelectQuery();
  ~SelectQuery() override;
  std::string BodyToSql() const override;

  bool distinct = false;
  std::vector<SelectItem> items;
  std::unique_ptr<TableRef> from;  // null for SELECT without FROM
  ExpressionPtr where;
  ExpressionList group_by;  // may hold GroupingSetExpression elements
  ExpressionPtr having;
  // WINDOW name AS (spec), ...
  std::vector<std::pair<std::string, std::unique_ptr<WindowSpec>>> windows;
};

enum class SetOperator { kUnion, kIntersect, kExcept };

class SetOperationQuery : public QueryNode {
 public:
  SetOperationQuery() : QueryNode(QueryKind::kSetOperation) {}
  std::string BodyToSql() const override;

  SetOperator op = SetOperator::kUnion;
  bool all = false;  // UNION ALL; DISTINCT is the default
  QueryPtr left;
  QueryPtr right;
};

class ValuesQuery : public QueryNode {
 public:
  ValuesQuery() : QueryNode(QueryKind::kValues) {}
  std::string BodyToSql() const override;

  std::vector<ExpressionList> rows;  // each row as written; a bare value is a one-field row
};

enum class TableRefKind { kNamed, kSubquery, kJoin, kTableFunction };

class TableRef {
 public:
  explicit TableRef(TableRefKind kind) : kind(kind) {}
  virtual ~TableRef();
  TableRef(const TableRef&) = delete;
  TableRef& operator=(const TableRef&) = delete;

  // The canonical SQL text, including the alias.
  std::string ToSql() const;
  virtual std::string BodyToSql() const = 0;

  template <typename T>
  const T& As() const {
    return static_cast<const T&>(*this);
  }
  template <typename T>
  T& As() {
    return static_cast<T&>(*this);
  }

  TableRefKind kind;
  std::string alias;                        // empty when none
  std::vector<std::string> column_aliases;  // AS t(a, b)
  size_t begin_offset = 0;
  size_t end_offset = 0;
  int line = 0;
  int column = 0;
};

using TableRefPtr = std::unique_ptr<TableRef>;

// [catalog.][db.]table [FOR SYSTEM_TIME AS OF expr]
class NamedTableRef : public TableRef {
 public:
  NamedTableRef() : TableRef(TableRefKind::kNamed) {}
  std::string BodyToSql() const override;

  std::vector<std::string> name;
  ExpressionPtr system_time;  // FOR SYSTEM_TIME AS OF; null when absent
};

// [LATERAL] (query)
class SubqueryTableRef : public TableRef {
 public:
  SubqueryTableRef() : TableRef(TableRefKind::kSubquery) {}
  std::string BodyToSql() const override;

  QueryPtr query;
  bool lateral = false;
};

enum class JoinType { kInner, kLeft, kRight, kFull, kCross, kComma };

// The SQL spelling of a join type ("INNER JOIN", "LEFT JOIN", ..., "," for a comma join).
const char* JoinTypeSql(JoinType type);

class JoinTableRef : public TableRef {
 public:
  JoinTableRef() : TableRef(TableRefKind::kJoin) {}
  std::string BodyToSql() const override;

  JoinType join_type = JoinType::kInner;
  bool natural = false;
  TableRefPtr left;
  TableRefPtr right;
  ExpressionPtr condition;  // ON; null for USING, CROSS, comma and NATURAL joins
  std::vector<std::string> using_columns;
};

// A table function in FROM: f(...), TABLE(f(...)), LATERAL TABLE(f(...)), UNNEST(x).
class TableFunctionRef : public TableRef {
 public:
  TableFunctionRef() : TableRef(TableRefKind::kTableFunction) {}
  std::string BodyToSql() const override;

  std::unique_ptr<FunctionCallExpression> call;
  bool table_wrapped = false;  // written TABLE(f(...))
  bool lateral = false;
  bool with_ordinality = false;  // UNNEST(x) WITH ORDINALITY
};

}  // namespace sluice::sql
