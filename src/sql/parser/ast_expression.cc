#include "sql/parser/ast_expression.h"

#include <fmt/format.h>

#include "sql/parser/ast_query.h"
#include "sql/parser/reserved_words.h"

namespace sluice::sql {

namespace {

constexpr int kPrecOr = 1;
constexpr int kPrecAnd = 2;
constexpr int kPrecNot = 3;
constexpr int kPrecComparison = 4;
constexpr int kPrecAdditive = 5;
constexpr int kPrecMultiplicative = 6;
constexpr int kPrecUnary = 7;
constexpr int kPrecPrimary = 8;

int BinaryPrecedence(BinaryOperator op) {
  switch (op) {
    case BinaryOperator::kOr:
      return kPrecOr;
    case BinaryOperator::kAnd:
      return kPrecAnd;
    case BinaryOperator::kPlus:
    case BinaryOperator::kMinus:
    case BinaryOperator::kConcat:
      return kPrecAdditive;
    case BinaryOperator::kMultiply:
    case BinaryOperator::kDivide:
    case BinaryOperator::kModulo:
      return kPrecMultiplicative;
    default:
      return kPrecComparison;
  }
}

// `e` printed, in parentheses when it binds looser than `min_precedence`.
std::string Child(const Expression& e, int min_precedence) {
  std::string sql = e.ToSql();
  if (ExpressionPrecedence(e) < min_precedence) return "(" + sql + ")";
  return sql;
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += ".";
    out += QuoteIdentifier(names[i]);
  }
  return out;
}

std::string JoinExpressions(const ExpressionList& list) {
  std::string out;
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ", ";
    out += list[i]->ToSql();
  }
  return out;
}

// A function name part: bare when it looks like a word (reserved or not), else back-quoted.
std::string FunctionNamePart(const std::string& part) {
  std::string quoted = QuoteIdentifier(part);
  if (quoted == part || !IsReservedWord(part)) return quoted;
  return part;
}

}  // namespace

Expression::~Expression() = default;

int ExpressionPrecedence(const Expression& e) {
  switch (e.kind) {
    case ExpressionKind::kBinary:
      return BinaryPrecedence(e.As<BinaryExpression>().op);
    case ExpressionKind::kUnary:
      return e.As<UnaryExpression>().op == UnaryOperator::kNot ? kPrecNot : kPrecUnary;
    case ExpressionKind::kInList:
    case ExpressionKind::kInSubquery:
    case ExpressionKind::kBetween:
    case ExpressionKind::kLike:
    case ExpressionKind::kIs:
    case ExpressionKind::kQuantifiedComparison:
      return kPrecComparison;
    default:
      return kPrecPrimary;
  }
}

const char* TimeUnitName(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kYear:
      return "YEAR";
    case TimeUnit::kQuarter:
      return "QUARTER";
    case TimeUnit::kMonth:
      return "MONTH";
    case TimeUnit::kWeek:
      return "WEEK";
    case TimeUnit::kDay:
      return "DAY";
    case TimeUnit::kHour:
      return "HOUR";
    case TimeUnit::kMinute:
      return "MINUTE";
    case TimeUnit::kSecond:
      return "SECOND";
    case TimeUnit::kMillisecond:
      return "MILLISECOND";
    case TimeUnit::kMicrosecond:
      return "MICROSECOND";
    case TimeUnit::kNanosecond:
      return "NANOSECOND";
    case TimeUnit::kDecade:
      return "DECADE";
    case TimeUnit::kCentury:
      return "CENTURY";
    case TimeUnit::kMillennium:
      return "MILLENNIUM";
    case TimeUnit::kDow:
      return "DOW";
    case TimeUnit::kDoy:
      return "DOY";
    case TimeUnit::kIsoDow:
      return "ISODOW";
    case TimeUnit::kIsoYear:
      return "ISOYEAR";
    case TimeUnit::kEpoch:
      return "EPOCH";
  }
  return "SECOND";
}

std::optional<TimeUnit> TimeUnitFromName(std::string_view name) {
  std::string upper = ToUpper(name);
  static constexpr TimeUnit kAll[] = {
      TimeUnit::kYear,        TimeUnit::kQuarter,     TimeUnit::kMonth,      TimeUnit::kWeek,
      TimeUnit::kDay,         TimeUnit::kHour,        TimeUnit::kMinute,     TimeUnit::kSecond,
      TimeUnit::kMillisecond, TimeUnit::kMicrosecond, TimeUnit::kNanosecond, TimeUnit::kDecade,
      TimeUnit::kCentury,     TimeUnit::kMillennium,  TimeUnit::kDow,        TimeUnit::kDoy,
      TimeUnit::kIsoDow,      TimeUnit::kIsoYear,     TimeUnit::kEpoch};
  for (TimeUnit unit : kAll) {
    std::string_view unit_name = TimeUnitName(unit);
    if (upper == unit_name) return unit;
    if (unit <= TimeUnit::kNanosecond && upper.size() == unit_name.size() + 1 &&
        upper.back() == 'S' && std::string_view(upper).substr(0, unit_name.size()) == unit_name) {
      return unit;
    }
  }
  return std::nullopt;
}

std::string IntervalQualifier::ToSql() const {
  std::string out = TimeUnitName(start);
  bool fraction_at_start = start == TimeUnit::kSecond && fractional_precision.has_value();
  if (start_precision.has_value() || fraction_at_start) {
    out += fmt::format("({}", start_precision.value_or(2));
    if (fraction_at_start) out += fmt::format(", {}", *fractional_precision);
    out += ")";
  }
  if (end.has_value()) {
    out += fmt::format(" TO {}", TimeUnitName(*end));
    if (*end == TimeUnit::kSecond && fractional_precision.has_value()) {
      out += fmt::format("({})", *fractional_precision);
    }
  }
  return out;
}

std::string LiteralExpression::ToSql() const {
  switch (literal_kind) {
    case LiteralKind::kNull:
      return "NULL";
    case LiteralKind::kBoolean:
      return bool_value ? "TRUE" : "FALSE";
    case LiteralKind::kInteger:
    case LiteralKind::kDecimal:
    case LiteralKind::kApprox:
      return text;
    case LiteralKind::kString:
      return QuoteString(text);
    case LiteralKind::kBinary:
      return "X" + QuoteString(text);
    case LiteralKind::kDate:
      return "DATE " + QuoteString(text);
    case LiteralKind::kTime:
      return "TIME " + QuoteString(text);
    case LiteralKind::kTimestamp:
      return "TIMESTAMP " + QuoteString(text);
    case LiteralKind::kTimestampLtz:
      return "TIMESTAMP_LTZ " + QuoteString(text);
    case LiteralKind::kInterval:
      return fmt::format("INTERVAL {}{} {}", negative ? "-" : "", QuoteString(text),
                         interval.ToSql());
  }
  return text;
}

std::string ColumnRefExpression::ToSql() const { return JoinNames(names); }

std::string StarExpression::ToSql() const {
  return qualifier.empty() ? "*" : JoinNames(qualifier) + ".*";
}

std::string UnaryExpression::ToSql() const {
  switch (op) {
    case UnaryOperator::kNot:
      return "NOT " + Child(*operand, kPrecNot);
    case UnaryOperator::kMinus:
      return "-" + Child(*operand, kPrecUnary + 1);
    case UnaryOperator::kPlus:
      return "+" + Child(*operand, kPrecUnary + 1);
  }
  return "";
}

const char* BinaryOperatorSql(BinaryOperator op) {
  switch (op) {
    case BinaryOperator::kOr:
      return "OR";
    case BinaryOperator::kAnd:
      return "AND";
    case BinaryOperator::kEqual:
      return "=";
    case BinaryOperator::kNotEqual:
      return "<>";
    case BinaryOperator::kLess:
      return "<";
    case BinaryOperator::kLessEqual:
      return "<=";
    case BinaryOperator::kGreater:
      return ">";
    case BinaryOperator::kGreaterEqual:
      return ">=";
    case BinaryOperator::kIsDistinctFrom:
      return "IS DISTINCT FROM";
    case BinaryOperator::kIsNotDistinctFrom:
      return "IS NOT DISTINCT FROM";
    case BinaryOperator::kPlus:
      return "+";
    case BinaryOperator::kMinus:
      return "-";
    case BinaryOperator::kConcat:
      return "||";
    case BinaryOperator::kMultiply:
      return "*";
    case BinaryOperator::kDivide:
      return "/";
    case BinaryOperator::kModulo:
      return "%";
  }
  return "?";
}

std::string BinaryExpression::ToSql() const {
  int precedence = BinaryPrecedence(op);
  return fmt::format("{} {} {}", Child(*left, precedence), BinaryOperatorSql(op),
                     Child(*right, precedence + 1));
}

std::string OrderItem::ToSql() const {
  std::string out = expression->ToSql();
  if (descending) out += " DESC";
  if (nulls_first.has_value()) out += *nulls_first ? " NULLS FIRST" : " NULLS LAST";
  return out;
}

std::string FrameBound::ToSql() const {
  switch (kind) {
    case FrameBoundKind::kUnboundedPreceding:
      return "UNBOUNDED PRECEDING";
    case FrameBoundKind::kPreceding:
      return offset->ToSql() + " PRECEDING";
    case FrameBoundKind::kCurrentRow:
      return "CURRENT ROW";
    case FrameBoundKind::kFollowing:
      return offset->ToSql() + " FOLLOWING";
    case FrameBoundKind::kUnboundedFollowing:
      return "UNBOUNDED FOLLOWING";
  }
  return "";
}

std::string WindowSpec::ToSql() const {
  if (!name.empty()) return QuoteIdentifier(name);
  std::vector<std::string> parts;
  if (!partition_by.empty()) parts.push_back("PARTITION BY " + JoinExpressions(partition_by));
  if (!order_by.empty()) {
    std::string items;
    for (size_t i = 0; i < order_by.size(); ++i) {
      if (i > 0) items += ", ";
      items += order_by[i].ToSql();
    }
    parts.push_back("ORDER BY " + items);
  }
  if (has_frame) {
    std::string frame = rows ? "ROWS " : "RANGE ";
    if (frame_end.has_value()) {
      frame += fmt::format("BETWEEN {} AND {}", frame_start.ToSql(), frame_end->ToSql());
    } else {
      frame += frame_start.ToSql();
    }
    parts.push_back(frame);
  }
  return "(" + fmt::format("{}", fmt::join(parts, " ")) + ")";
}

FunctionCallExpression::~FunctionCallExpression() = default;

std::string FunctionCallExpression::ToSql() const {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    if (i > 0) out += ".";
    out += FunctionNamePart(name[i]);
  }
  auto arg = [&](size_t i) { return arguments.at(i).value->ToSql(); };
  switch (syntax) {
    case FunctionSyntax::kNoParens:
      return out;
    case FunctionSyntax::kExtract:
      return fmt::format("{}({} FROM {})", out, arg(0), arg(1));
    case FunctionSyntax::kPosition:
      return fmt::format("{}({} IN {})", out, arg(0), arg(1));
    case FunctionSyntax::kTrim:
      return fmt::format("{}({} {} FROM {})", out, arg(0), arg(1), arg(2));
    case FunctionSyntax::kFloorCeil:
      return fmt::format("{}({} TO {})", out, arg(0), arg(1));
    case FunctionSyntax::kOverlay:
      return fmt::format("{}({} PLACING {} FROM {}{})", out, arg(0), arg(1), arg(2),
                         arguments.size() > 3 ? " FOR " + arg(3) : "");
    case FunctionSyntax::kNormal:
      break;
  }
  out += "(";
  if (distinct) out += "DISTINCT ";
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (i > 0) out += ", ";
    if (!arguments[i].name.empty()) out += QuoteIdentifier(arguments[i].name) + " => ";
    out += arguments[i].value->ToSql();
  }
  if (returning_type.has_value()) out += " RETURNING " + returning_type->ToString();
  if (!trailing_clauses.empty()) out += " " + trailing_clauses;
  out += ")";
  if (filter != nullptr) out += " FILTER (WHERE " + filter->ToSql() + ")";
  if (over != nullptr) out += " OVER " + over->ToSql();
  return out;
}

std::string CaseExpression::ToSql() const {
  std::string out = "CASE";
  if (operand != nullptr) out += " " + operand->ToSql();
  for (const WhenClause& when : when_clauses) {
    out += fmt::format(" WHEN {} THEN {}", when.condition->ToSql(), when.result->ToSql());
  }
  if (else_result != nullptr) out += " ELSE " + else_result->ToSql();
  return out + " END";
}

std::string CastExpression::ToSql() const {
  return fmt::format("{}({} AS {})", try_cast ? "TRY_CAST" : "CAST", operand->ToSql(),
                     target.ToString());
}

std::string InListExpression::ToSql() const {
  return fmt::format("{} {}IN ({})", Child(*operand, kPrecComparison), negated ? "NOT " : "",
                     JoinExpressions(values));
}

InSubqueryExpression::InSubqueryExpression() : Expression(ExpressionKind::kInSubquery) {}
InSubqueryExpression::~InSubqueryExpression() = default;

std::string InSubqueryExpression::ToSql() const {
  return fmt::format("{} {}IN ({})", Child(*operand, kPrecComparison), negated ? "NOT " : "",
                     query->ToSql());
}

QuantifiedComparisonExpression::QuantifiedComparisonExpression()
    : Expression(ExpressionKind::kQuantifiedComparison) {}
QuantifiedComparisonExpression::~QuantifiedComparisonExpression() = default;

std::string QuantifiedComparisonExpression::ToSql() const {
  const char* word = quantifier == Quantifier::kAll   ? "ALL"
                     : quantifier == Quantifier::kAny ? "ANY"
                                                      : "SOME";
  return fmt::format("{} {} {} ({})", Child(*operand, kPrecComparison), BinaryOperatorSql(op),
                     word, query->ToSql());
}

ExistsExpression::ExistsExpression() : Expression(ExpressionKind::kExists) {}
ExistsExpression::~ExistsExpression() = default;

std::string ExistsExpression::ToSql() const { return "EXISTS (" + query->ToSql() + ")"; }

SubqueryExpression::SubqueryExpression() : Expression(ExpressionKind::kSubquery) {}
SubqueryExpression::~SubqueryExpression() = default;

std::string SubqueryExpression::ToSql() const { return "(" + query->ToSql() + ")"; }

std::string BetweenExpression::ToSql() const {
  return fmt::format("{} {}BETWEEN {}{} AND {}", Child(*operand, kPrecComparison),
                     negated ? "NOT " : "", symmetric ? "SYMMETRIC " : "",
                     Child(*low, kPrecAdditive), Child(*high, kPrecAdditive));
}

std::string LikeExpression::ToSql() const {
  const char* op_sql = op == LikeOperator::kLike    ? "LIKE"
                       : op == LikeOperator::kILike ? "ILIKE"
                                                    : "SIMILAR TO";
  std::string out = fmt::format("{} {}{} {}", Child(*operand, kPrecComparison),
                                negated ? "NOT " : "", op_sql, Child(*pattern, kPrecAdditive));
  if (escape != nullptr) out += " ESCAPE " + Child(*escape, kPrecAdditive);
  return out;
}

std::string IsExpression::ToSql() const {
  std::string out = Child(*operand, kPrecComparison) + (negated ? " IS NOT " : " IS ");
  switch (test) {
    case IsTest::kNull:
      return out + "NULL";
    case IsTest::kTrue:
      return out + "TRUE";
    case IsTest::kFalse:
      return out + "FALSE";
    case IsTest::kUnknown:
      return out + "UNKNOWN";
    case IsTest::kJson:
      break;
  }
  out += "JSON";
  switch (json_type) {
    case JsonTypeTest::kAny:
      return out;
    case JsonTypeTest::kValue:
      return out + " VALUE";
    case JsonTypeTest::kArray:
      return out + " ARRAY";
    case JsonTypeTest::kObject:
      return out + " OBJECT";
    case JsonTypeTest::kScalar:
      return out + " SCALAR";
  }
  return out;
}

std::string ArrayExpression::ToSql() const { return "ARRAY[" + JoinExpressions(elements) + "]"; }

std::string MapExpression::ToSql() const { return "MAP[" + JoinExpressions(keys_and_values) + "]"; }

std::string RowExpression::ToSql() const {
  return (implicit ? "(" : "ROW(") + JoinExpressions(fields) + ")";
}

std::string ElementAccessExpression::ToSql() const {
  return Child(*base, kPrecPrimary) + "[" + index->ToSql() + "]";
}

std::string FieldAccessExpression::ToSql() const {
  std::string base_sql =
      base->kind == ExpressionKind::kColumnRef || ExpressionPrecedence(*base) < kPrecPrimary
          ? "(" + base->ToSql() + ")"
          : base->ToSql();
  return base_sql + "." + QuoteIdentifier(field);
}

std::string DescriptorExpression::ToSql() const {
  std::string out = "DESCRIPTOR(";
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) out += ", ";
    out += QuoteIdentifier(columns[i]);
  }
  return out + ")";
}

TableArgumentExpression::TableArgumentExpression() : Expression(ExpressionKind::kTableArgument) {}
TableArgumentExpression::~TableArgumentExpression() = default;

std::string TableArgumentExpression::ToSql() const {
  std::string out =
      query != nullptr ? "TABLE (" + query->ToSql() + ")" : "TABLE " + JoinNames(table_name);
  if (!partition_by.empty()) out += " PARTITION BY " + JoinExpressions(partition_by);
  if (!order_by.empty()) {
    out += " ORDER BY ";
    for (size_t i = 0; i < order_by.size(); ++i) {
      if (i > 0) out += ", ";
      out += order_by[i].ToSql();
    }
  }
  return out;
}

std::string ModelArgumentExpression::ToSql() const { return "MODEL " + JoinNames(model_name); }

std::string KeywordExpression::ToSql() const { return keyword; }

std::string GroupingSetExpression::ToSql() const {
  const char* prefix = grouping_kind == GroupingSetKind::kGroupingSets ? "GROUPING SETS"
                       : grouping_kind == GroupingSetKind::kRollup     ? "ROLLUP"
                                                                       : "CUBE";
  return fmt::format("{} ({})", prefix, JoinExpressions(elements));
}

std::string ParameterExpression::ToSql() const { return "?"; }

}  // namespace sluice::sql
