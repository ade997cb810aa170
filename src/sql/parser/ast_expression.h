// The expression nodes of the SQL AST.
//
// An Expression is a tree node owned by its parent through std::unique_ptr. Every node records
// its source span (byte offsets into the statement text, so TokenStream::Source(begin_offset,
// end_offset) is exactly what the user wrote; a parenthesised expression's span includes the
// parentheses) and the 1-based line/column of its first character, and prints itself back to
// SQL in a canonical form with ToSql(): keywords upper case, identifiers back-quoted only when
// needed, minimal parentheses, CAST(x AS type) for x::type. Parsing ToSql() again gives the same
// tree.
//
// Nodes are plain data: the binder reads the public fields. Downcast with As<T>() after checking
// `kind`. Not thread-safe to mutate; immutable trees may be read from any thread.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "types/logical_type.h"

namespace sluice::sql {

class QueryNode;

enum class ExpressionKind {
  kLiteral,
  kColumnRef,      // a, t.a, db.t.a (resolved by the binder)
  kStar,           // * or t.*
  kUnary,          // NOT x, -x, +x
  kBinary,         // arithmetic, comparison, AND/OR, ||, IS [NOT] DISTINCT FROM
  kFunctionCall,   // f(...), COUNT(*), EXTRACT(...), CURRENT_TIMESTAMP, window functions
  kCase,           // CASE [x] WHEN ... THEN ... [ELSE ...] END
  kCast,           // CAST / TRY_CAST / x::type
  kInList,         // x [NOT] IN (a, b)
  kInSubquery,     // x [NOT] IN (SELECT ...)
  kExists,         // EXISTS (SELECT ...)
  kSubquery,       // (SELECT ...) used as a value
  kBetween,        // x [NOT] BETWEEN [SYMMETRIC] a AND b
  kLike,           // x [NOT] LIKE / ILIKE / SIMILAR TO p [ESCAPE e]
  kIs,             // x IS [NOT] NULL / TRUE / FALSE / UNKNOWN / JSON [kind]
  kArray,          // ARRAY[a, b]
  kMap,            // MAP[k1, v1, k2, v2]
  kRow,            // ROW(a, b) or (a, b)
  kElementAccess,  // x[i]
  kFieldAccess,    // (x).f where x is not a plain name
  kDescriptor,     // DESCRIPTOR(a, b)
  kTableArgument,  // TABLE t [PARTITION BY ...] or TABLE (SELECT ...), a table function argument
  kModelArgument,  // MODEL m, a model function argument
  kKeyword,        // a keyword argument: a time unit (DAY), a TRIM flag (BOTH)
  kGroupingSet,    // GROUPING SETS (...), ROLLUP (...), CUBE (...) in GROUP BY
  kParameter,      // ?
  kQuantifiedComparison,  // x > ALL (SELECT ...), x = ANY / SOME (SELECT ...)
};

class Expression {
 public:
  explicit Expression(ExpressionKind kind) : kind(kind) {}
  virtual ~Expression();
  Expression(const Expression&) = delete;
  Expression& operator=(const Expression&) = delete;

  // The canonical SQL text of this expression.
  virtual std::string ToSql() const = 0;

  template <typename T>
  const T& As() const {
    return static_cast<const T&>(*this);
  }
  template <typename T>
  T& As() {
    return static_cast<T&>(*this);
  }

  ExpressionKind kind;
  size_t begin_offset = 0;
  size_t end_offset = 0;
  int line = 0;
  int column = 0;
};

using ExpressionPtr = std::unique_ptr<Expression>;
using ExpressionList = std::vector<ExpressionPtr>;

enum class LiteralKind {
  kNull,
  kBoolean,
  kInteger,       // text: the digits as written
  kDecimal,       // text: as written (1.5, .5, 1.)
  kApprox,        // text: as written (1e5)
  kString,        // text: the unescaped content
  kBinary,        // X'0AFF': text holds the hex digits
  kDate,          // DATE '2024-01-01': text holds the string content
  kTime,          // TIME '12:00:00'
  kTimestamp,     // TIMESTAMP '2024-01-01 12:00:00'
  kTimestampLtz,  // TIMESTAMP_LTZ '...'
  kInterval,      // INTERVAL [-]'1:30' HOUR TO MINUTE
};

// A time unit of an interval qualifier or of EXTRACT / FLOOR / TIMESTAMPADD.
enum class TimeUnit {
  kYear,
  kQuarter,
  kMonth,
  kWeek,
  kDay,
  kHour,
  kMinute,
  kSecond,
  kMillisecond,
  kMicrosecond,
  kNanosecond,
  kDecade,
  kCentury,
  kMillennium,
  kDow,
  kDoy,
  kIsoDow,
  kIsoYear,
  kEpoch,
};

// The upper-case SQL name of a time unit.
const char* TimeUnitName(TimeUnit unit);
// Parses a time unit name ignoring case; plural forms (DAYS) are accepted.
std::optional<TimeUnit> TimeUnitFromName(std::string_view name);

// INTERVAL '...' <start> [(precision)] [TO <end> [(fractional precision)]].
struct IntervalQualifier {
  TimeUnit start = TimeUnit::kSecond;
  std::optional<int> start_precision;
  std::optional<TimeUnit> end;
  std::optional<int> fractional_precision;  // of SECOND, at the start or the end
  std::string ToSql() const;
};

class LiteralExpression : public Expression {
 public:
  LiteralExpression() : Expression(ExpressionKind::kLiteral) {}
  std::string ToSql() const override;

  LiteralKind literal_kind = LiteralKind::kNull;
  bool bool_value = false;     // kBoolean
  std::string text;            // see LiteralKind
  bool negative = false;       // kInterval: INTERVAL -'1' DAY
  IntervalQualifier interval;  // kInterval
};

class ColumnRefExpression : public Expression {
 public:
  ColumnRefExpression() : Expression(ExpressionKind::kColumnRef) {}
  std::string ToSql() const override;

  std::vector<std::string> names;  // 1..n parts as written (case kept)
};

class StarExpression : public Expression {
 public:
  StarExpression() : Expression(ExpressionKind::kStar) {}
  std::string ToSql() const override;

  std::vector<std::string> qualifier;  // empty for a bare *
};

enum class UnaryOperator { kNot, kMinus, kPlus };

class UnaryExpression : public Expression {
 public:
  UnaryExpression() : Expression(ExpressionKind::kUnary) {}
  std::string ToSql() const override;

  UnaryOperator op = UnaryOperator::kNot;
  ExpressionPtr operand;
};

enum class BinaryOperator {
  kOr,
  kAnd,
  kEqual,
  kNotEqual /* <> and != */,
  kLess,
  kLessEqual,
  kGreater,
  kGreaterEqual,
  kIsDistinctFrom,
  kIsNotDistinctFrom,
  kPlus,
  kMinus,
  kConcat,
  kMultiply,
  kDivide,
  kModulo,
};

// The SQL spelling of an operator ("AND", "<>", "IS DISTINCT FROM", "||").
const char* BinaryOperatorSql(BinaryOperator op);

class BinaryExpression : public Expression {
 public:
  BinaryExpression() : Expression(ExpressionKind::kBinary) {}
  std::string ToSql() const override;

  BinaryOperator op = BinaryOperator::kEqual;
  ExpressionPtr left;
  ExpressionPtr right;
};

// ORDER BY item, shared by queries and window specifications.
struct OrderItem {
  ExpressionPtr expression;
  bool descending = false;
  std::optional<bool> nulls_first;  // unset when NULLS FIRST/LAST was not written
  std::string ToSql() const;
};

enum class FrameBoundKind {
  kUnboundedPreceding,
  kPreceding,
  kCurrentRow,
  kFollowing,
  kUnboundedFollowing
};

struct FrameBound {
  FrameBoundKind kind = FrameBoundKind::kCurrentRow;
  ExpressionPtr offset;  // kPreceding / kFollowing
  std::string ToSql() const;
};

// OVER ( [PARTITION BY ...] [ORDER BY ...] [ROWS|RANGE BETWEEN a AND b] ) or OVER name.
struct WindowSpec {
  std::string name;  // OVER w: a named window, the other fields empty
  ExpressionList partition_by;
  std::vector<OrderItem> order_by;
  bool has_frame = false;
  bool rows = true;  // ROWS, else RANGE
  FrameBound frame_start;
  std::optional<FrameBound> frame_end;  // unset for "ROWS x PRECEDING" without BETWEEN
  std::string ToSql() const;
};

// How a function call is written, so that ToSql prints it back the same way.
enum class FunctionSyntax {
  kNormal,     // f(a, b)
  kNoParens,   // CURRENT_TIMESTAMP
  kExtract,    // EXTRACT(unit FROM x): arguments [kKeyword unit, x]
  kPosition,   // POSITION(a IN b): arguments [a, b]
  kTrim,       // TRIM(BOTH|LEADING|TRAILING chars FROM x): arguments [kKeyword flag, chars, x]
  kFloorCeil,  // FLOOR(x TO unit): arguments [x, kKeyword unit]
  kOverlay,    // OVERLAY(s PLACING x FROM n [FOR m]): arguments [s, x, n (, m)]
};

struct FunctionArgument {
  std::string name;  // empty for a positional argument; else the name of `name => value`
  ExpressionPtr value;
};

class FunctionCallExpression : public Expression {
 public:
  FunctionCallExpression() : Expression(ExpressionKind::kFunctionCall) {}
  ~FunctionCallExpression() override;
  std::string ToSql() const override;

  // The function's name parts as written (cat.db.f has three); upper-cased for built-in
  // special forms (EXTRACT, TRIM, CURRENT_TIMESTAMP, ...).
  std::vector<std::string> name;
  FunctionSyntax syntax = FunctionSyntax::kNormal;
  bool distinct = false;                    // COUNT(DISTINCT x)
  std::vector<FunctionArgument> arguments;  // COUNT(*) has one StarExpression
  // JSON_VALUE(... RETURNING type ...): the type, and the other clauses after the arguments
  // (ON EMPTY / ON ERROR / WRAPPER ...) as canonical text.
  std::optional<LogicalType> returning_type;
  std::string trailing_clauses;
  ExpressionPtr filter;              // agg(x) FILTER (WHERE cond)
  std::unique_ptr<WindowSpec> over;  // window function

  // The last name part.
  const std::string& function_name() const { return name.back(); }
};

class CaseExpression : public Expression {
 public:
  CaseExpression() : Expression(ExpressionKind::kCase) {}
  std::string ToSql() const override;

  ExpressionPtr operand;  // null for a searched CASE
  struct WhenClause {
    ExpressionPtr condition;
    ExpressionPtr result;
  };
  std::vector<WhenClause> when_clauses;
  ExpressionPtr else_result;  // null when there is no ELSE
};

class CastExpression : public Expression {
 public:
  explicit CastExpression(LogicalType target) : Expression(ExpressionKind::kCast), target(target) {}
  std::string ToSql() const override;

  ExpressionPtr operand;
  LogicalType target;
  bool try_cast = false;
};

class InListExpression : public Expression {
 public:
  InListExpression() : Expression(ExpressionKind::kInList) {}
  std::string ToSql() const override;

  ExpressionPtr operand;
  ExpressionList values;
  bool negated = false;
};

class InSubqueryExpression : public Expression {
 public:
  InSubqueryExpression();
  ~InSubqueryExpression() override;
  std::string ToSql() const override;

  ExpressionPtr operand;
  std::unique_ptr<QueryNode> query;
  bool negated = false;
};

enum class Quantifier { kAll, kAny, kSome };

// x <op> ALL | ANY | SOME (SELECT ...): `op` is one of the six comparison operators.
// ANY and SOME mean the same; the one written is kept for printing.
class QuantifiedComparisonExpression : public Expression {
 public:
  QuantifiedComparisonExpression();
  ~QuantifiedComparisonExpression() override;
  std::string ToSql() const override;

  BinaryOperator op = BinaryOperator::kEqual;
  Quantifier quantifier = Quantifier::kAll;
  ExpressionPtr operand;
  std::unique_ptr<QueryNode> query;
};

class ExistsExpression : public Expression {
 public:
  ExistsExpression();
  ~ExistsExpression() override;
  std::string ToSql() const override;

  std::unique_ptr<QueryNode> query;
};

class SubqueryExpression : public Expression {
 public:
  SubqueryExpression();
  ~SubqueryExpression() override;
  std::string ToSql() const override;

  std::unique_ptr<QueryNode> query;
};

class BetweenExpression : public Expression {
 public:
  BetweenExpression() : Expression(ExpressionKind::kBetween) {}
  std::string ToSql() const override;

  ExpressionPtr operand;
  ExpressionPtr low;
  ExpressionPtr high;
  bool negated = false;
  bool symmetric = false;
};

enum class LikeOperator { kLike, kILike, kSimilarTo };

class LikeExpression : public Expression {
 public:
  LikeExpression() : Expression(ExpressionKind::kLike) {}
  std::string ToSql() const override;

  LikeOperator op = LikeOperator::kLike;
  ExpressionPtr operand;
  ExpressionPtr pattern;
  ExpressionPtr escape;  // null when there is no ESCAPE
  bool negated = false;
};

enum class IsTest { kNull, kTrue, kFalse, kUnknown, kJson };
enum class JsonTypeTest { kAny, kValue, kArray, kObject, kScalar };

class IsExpression : public Expression {
 public:
  IsExpression() : Expression(ExpressionKind::kIs) {}
  std::string ToSql() const override;

  ExpressionPtr operand;
  IsTest test = IsTest::kNull;
  JsonTypeTest json_type = JsonTypeTest::kAny;  // IS JSON [VALUE|ARRAY|OBJECT|SCALAR]
  bool negated = false;
};

class ArrayExpression : public Expression {
 public:
  ArrayExpression() : Expression(ExpressionKind::kArray) {}
  std::string ToSql() const override;

  ExpressionList elements;
};

class MapExpression : public Expression {
 public:
  MapExpression() : Expression(ExpressionKind::kMap) {}
  std::string ToSql() const override;

  ExpressionList keys_and_values;  // k1, v1, k2, v2, ...
};

class RowExpression : public Expression {
 public:
  RowExpression() : Expression(ExpressionKind::kRow) {}
  std::string ToSql() const override;

  ExpressionList fields;
  bool implicit = false;  // written (a, b) without ROW
};

class ElementAccessExpression : public Expression {
 public:
  ElementAccessExpression() : Expression(ExpressionKind::kElementAccess) {}
  std::string ToSql() const override;

  ExpressionPtr base;
  ExpressionPtr index;
};

class FieldAccessExpression : public Expression {
 public:
  FieldAccessExpression() : Expression(ExpressionKind::kFieldAccess) {}
  std::string ToSql() const override;

  ExpressionPtr base;
  std::string field;
};

class DescriptorExpression : public Expression {
 public:
  DescriptorExpression() : Expression(ExpressionKind::kDescriptor) {}
  std::string ToSql() const override;

  std::vector<std::string> columns;
};

// A table argument of a table function. In FROM, a `(SELECT ...)` argument of a table
// function is turned into a TableArgumentExpression holding the query.
class TableArgumentExpression : public Expression {
 public:
  TableArgumentExpression();
  ~TableArgumentExpression() override;
  std::string ToSql() const override;

  std::vector<std::string> table_name;  // TABLE t; empty when `query` is set
  std::unique_ptr<QueryNode> query;     // TABLE (SELECT ...) / (SELECT ...)
  ExpressionList partition_by;          // TABLE t PARTITION BY k
  std::vector<OrderItem> order_by;      // TABLE t ... ORDER BY ts
};

class ModelArgumentExpression : public Expression {
 public:
  ModelArgumentExpression() : Expression(ExpressionKind::kModelArgument) {}
  std::string ToSql() const override;

  std::vector<std::string> model_name;  // 1..3 parts; the last may carry a version, m$2
};

class KeywordExpression : public Expression {
 public:
  KeywordExpression() : Expression(ExpressionKind::kKeyword) {}
  std::string ToSql() const override;

  std::string keyword;  // upper case
};

enum class GroupingSetKind { kGroupingSets, kRollup, kCube };

class GroupingSetExpression : public Expression {
 public:
  GroupingSetExpression() : Expression(ExpressionKind::kGroupingSet) {}
  std::string ToSql() const override;

  GroupingSetKind grouping_kind = GroupingSetKind::kGroupingSets;
  // Each element is an expression or an implicit RowExpression for (a, b) and ().
  ExpressionList elements;
};

class ParameterExpression : public Expression {
 public:
  ParameterExpression() : Expression(ExpressionKind::kParameter) {}
  std::string ToSql() const override;

  int index = 0;  // 0-based, in order of appearance
};

// The printing precedence of an expression: higher binds tighter (used to add parentheses).
int ExpressionPrecedence(const Expression& expression);

}  // namespace sluice::sql
