// Tests of the expression grammar (sql/parser/query_parser.h, ast_expression.h).
#include <gtest/gtest.h>

#include "sql/parser/ast_expression.h"
#include "sql/parser/ast_query.h"
#include "sql/parser/query_parser.h"

namespace sluice::sql {
namespace {

std::unique_ptr<Expression> Parse(std::string_view sql) {
  Result<std::unique_ptr<Expression>> expression = ParseStandaloneExpression(sql);
  EXPECT_TRUE(expression.ok()) << sql << ": " << expression.status().message() << " at "
                               << expression.status().line() << ":" << expression.status().column();
  return expression.ok() ? expression.MoveValue() : nullptr;
}

// Parses `sql`, checks its canonical text, and that the canonical text parses to itself.
void ExpectCanonical(std::string_view sql, std::string_view canonical) {
  std::unique_ptr<Expression> first = Parse(sql);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->ToSql(), canonical) << "from " << sql;
  std::unique_ptr<Expression> second = Parse(first->ToSql());
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->ToSql(), first->ToSql()) << "not stable: " << sql;
}

void ExpectError(std::string_view sql, std::string_view message, int line, int column) {
  Result<std::unique_ptr<Expression>> expression = ParseStandaloneExpression(sql);
  ASSERT_FALSE(expression.ok()) << sql << " parsed as " << (*expression)->ToSql();
  EXPECT_EQ(expression.status().code(), StatusCode::kUserError);
  EXPECT_EQ(expression.status().message(), message) << sql;
  EXPECT_EQ(expression.status().line(), line) << sql;
  EXPECT_EQ(expression.status().column(), column) << sql;
}

TEST(ExpressionParserTest, Literals) {
  ExpectCanonical("NULL", "NULL");
  ExpectCanonical("true", "TRUE");
  ExpectCanonical("False", "FALSE");
  ExpectCanonical("42", "42");
  ExpectCanonical("1.50", "1.50");
  ExpectCanonical(".5", ".5");
  ExpectCanonical("1e-3", "1e-3");
  ExpectCanonical("'it''s'", "'it''s'");
  ExpectCanonical("X'0aFF'", "X'0aFF'");
  auto literal = Parse("1.5");
  ASSERT_EQ(literal->kind, ExpressionKind::kLiteral);
  EXPECT_EQ(literal->As<LiteralExpression>().literal_kind, LiteralKind::kDecimal);
  EXPECT_EQ(Parse("1e5")->As<LiteralExpression>().literal_kind, LiteralKind::kApprox);
  EXPECT_EQ(Parse("'x'")->As<LiteralExpression>().text, "x");
}

TEST(ExpressionParserTest, TypedLiterals) {
  ExpectCanonical("DATE '2024-01-02'", "DATE '2024-01-02'");
  ExpectCanonical("time '12:00:00'", "TIME '12:00:00'");
  ExpectCanonical("TIMESTAMP '2024-01-02 03:04:05.123'", "TIMESTAMP '2024-01-02 03:04:05.123'");
  ExpectCanonical("TIMESTAMP_LTZ '2024-01-02 03:04:05'", "TIMESTAMP_LTZ '2024-01-02 03:04:05'");
  auto date = Parse("DATE '2024-01-02'");
  EXPECT_EQ(date->As<LiteralExpression>().literal_kind, LiteralKind::kDate);
  EXPECT_EQ(date->As<LiteralExpression>().text, "2024-01-02");
  // Without a string, the words are column names.
  EXPECT_EQ(Parse("date")->kind, ExpressionKind::kColumnRef);
  EXPECT_EQ(Parse("timestamp")->kind, ExpressionKind::kColumnRef);
}

TEST(ExpressionParserTest, IntervalLiterals) {
  ExpectCanonical("INTERVAL '1' DAY", "INTERVAL '1' DAY");
  ExpectCanonical("interval '1:30' hour to minute", "INTERVAL '1:30' HOUR TO MINUTE");
  ExpectCanonical("INTERVAL -'5' SECOND", "INTERVAL -'5' SECOND");
  ExpectCanonical("INTERVAL '10' MINUTES", "INTERVAL '10' MINUTE");
  ExpectCanonical("INTERVAL '1 02:03:04.5' DAY(3) TO SECOND(3)",
                  "INTERVAL '1 02:03:04.5' DAY(3) TO SECOND(3)");
  auto interval = Parse("INTERVAL '1:30' HOUR TO MINUTE");
  const auto& literal = interval->As<LiteralExpression>();
  EXPECT_EQ(literal.literal_kind, LiteralKind::kInterval);
  EXPECT_EQ(literal.text, "1:30");
  EXPECT_EQ(literal.interval.start, TimeUnit::kHour);
  EXPECT_EQ(literal.interval.end, TimeUnit::kMinute);
}

TEST(ExpressionParserTest, IntervalWithoutQualifierIsAnError) {
  ExpectError("INTERVAL '1'",
              "Syntax error: unexpected end of input, expected an interval qualifier", 1, 13);
  ExpectError("INTERVAL '1' FOO", "Syntax error: expected an interval qualifier but found 'FOO'", 1,
              14);
}

TEST(ExpressionParserTest, ColumnReferencesAndStars) {
  auto column = Parse("cat.db.t.`my col`");
  ASSERT_EQ(column->kind, ExpressionKind::kColumnRef);
  EXPECT_EQ(column->As<ColumnRefExpression>().names,
            (std::vector<std::string>{"cat", "db", "t", "my col"}));
  ExpectCanonical("cat.db.t.`my col`", "cat.db.t.`my col`");
  ExpectCanonical("`select`", "`select`");
  ExpectCanonical("m$2", "m$2");
  ExpectCanonical("*", "*");
  ExpectCanonical("t.*", "t.*");
  EXPECT_EQ(Parse("t.*")->As<StarExpression>().qualifier, std::vector<std::string>{"t"});
  // Non-reserved keywords are ordinary names.
  ExpectCanonical("model + input + output + comment + `value`",
                  "model + input + output + comment + value");
}

TEST(ExpressionParserTest, ArithmeticPrecedence) {
  auto e = Parse("a + b * c");
  ASSERT_EQ(e->kind, ExpressionKind::kBinary);
  EXPECT_EQ(e->As<BinaryExpression>().op, BinaryOperator::kPlus);
  EXPECT_EQ(e->As<BinaryExpression>().right->As<BinaryExpression>().op, BinaryOperator::kMultiply);
  ExpectCanonical("a + b * c", "a + b * c");
  ExpectCanonical("(a + b) * c", "(a + b) * c");
  ExpectCanonical("a - (b - c)", "a - (b - c)");
  ExpectCanonical("(a - b) - c", "a - b - c");
  ExpectCanonical("a % 3 / 2", "a % 3 / 2");
  ExpectCanonical("a || 'x' || b", "a || 'x' || b");
}

TEST(ExpressionParserTest, ConcatHasAdditivePrecedence) {
  auto e = Parse("a || b * c");
  EXPECT_EQ(e->As<BinaryExpression>().op, BinaryOperator::kConcat);
  auto f = Parse("a + b || c");
  EXPECT_EQ(f->As<BinaryExpression>().op, BinaryOperator::kConcat);
  EXPECT_EQ(f->As<BinaryExpression>().left->As<BinaryExpression>().op, BinaryOperator::kPlus);
}

TEST(ExpressionParserTest, UnaryOperators) {
  auto e = Parse("-a * b");
  ASSERT_EQ(e->kind, ExpressionKind::kBinary);
  EXPECT_EQ(e->As<BinaryExpression>().left->kind, ExpressionKind::kUnary);
  ExpectCanonical("-a * b", "-a * b");
  ExpectCanonical("-(a * b)", "-(a * b)");
  ExpectCanonical("- -1", "-(-1)");
  ExpectCanonical("+a", "+a");
  ExpectCanonical("a - -b", "a - -b");
}

TEST(ExpressionParserTest, BooleanPrecedence) {
  // OR < AND < NOT < comparison.
  auto e = Parse("a OR b AND NOT c = d");
  const auto& or_node = e->As<BinaryExpression>();
  EXPECT_EQ(or_node.op, BinaryOperator::kOr);
  const auto& and_node = or_node.right->As<BinaryExpression>();
  EXPECT_EQ(and_node.op, BinaryOperator::kAnd);
  const auto& not_node = and_node.right->As<UnaryExpression>();
  EXPECT_EQ(not_node.op, UnaryOperator::kNot);
  EXPECT_EQ(not_node.operand->As<BinaryExpression>().op, BinaryOperator::kEqual);
  ExpectCanonical("a OR b AND NOT c = d", "a OR b AND NOT c = d");
  ExpectCanonical("(a OR b) AND c", "(a OR b) AND c");
  ExpectCanonical("NOT (a AND b)", "NOT (a AND b)");
  ExpectCanonical("NOT NOT a", "NOT NOT a");
}

TEST(ExpressionParserTest, Comparisons) {
  ExpectCanonical("a = 1", "a = 1");
  ExpectCanonical("a <> 1", "a <> 1");
  ExpectCanonical("a != 1", "a <> 1");
  ExpectCanonical("a < 1 AND b <= 2 AND c > 3 AND d >= 4", "a < 1 AND b <= 2 AND c > 3 AND d >= 4");
  ExpectCanonical("a + 1 = b * 2", "a + 1 = b * 2");
}

TEST(ExpressionParserTest, IsPredicates) {
  ExpectCanonical("a IS NULL", "a IS NULL");
  ExpectCanonical("a is not null", "a IS NOT NULL");
  ExpectCanonical("a IS TRUE OR b IS NOT FALSE", "a IS TRUE OR b IS NOT FALSE");
  ExpectCanonical("a IS UNKNOWN", "a IS UNKNOWN");
  ExpectCanonical("a IS DISTINCT FROM b", "a IS DISTINCT FROM b");
  ExpectCanonical("a IS NOT DISTINCT FROM b + 1", "a IS NOT DISTINCT FROM b + 1");
  ExpectCanonical("s IS JSON", "s IS JSON");
  ExpectCanonical("s IS NOT JSON OBJECT", "s IS NOT JSON OBJECT");
  auto e = Parse("a = b IS NULL");
  ASSERT_EQ(e->kind, ExpressionKind::kIs);
  EXPECT_EQ(e->As<IsExpression>().operand->kind, ExpressionKind::kBinary);
  ExpectError("a IS 1",
              "Syntax error: expected 'NULL', 'TRUE', 'FALSE', 'UNKNOWN', 'JSON' or "
              "'DISTINCT FROM' but found '1'",
              1, 6);
}

TEST(ExpressionParserTest, InLists) {
  ExpectCanonical("a IN (1, 2, 3)", "a IN (1, 2, 3)");
  ExpectCanonical("a NOT IN ('x')", "a NOT IN ('x')");
  auto e = Parse("a + 1 NOT IN (1, b)");
  ASSERT_EQ(e->kind, ExpressionKind::kInList);
  EXPECT_TRUE(e->As<InListExpression>().negated);
  EXPECT_EQ(e->As<InListExpression>().values.size(), 2u);
  ExpectCanonical("(a, b) IN ((1, 2), (3, 4))", "(a, b) IN ((1, 2), (3, 4))");
}

TEST(ExpressionParserTest, Subqueries) {
  ExpectCanonical("a IN (SELECT x FROM t)", "a IN (SELECT x FROM t)");
  ExpectCanonical("a NOT IN (SELECT x FROM t WHERE y > 1)",
                  "a NOT IN (SELECT x FROM t WHERE y > 1)");
  ExpectCanonical("EXISTS (SELECT 1 FROM t)", "EXISTS (SELECT 1 FROM t)");
  ExpectCanonical("NOT EXISTS (SELECT 1 FROM t)", "NOT EXISTS (SELECT 1 FROM t)");
  ExpectCanonical("(SELECT MAX(x) FROM t) + 1", "(SELECT MAX(x) FROM t) + 1");
  EXPECT_EQ(Parse("a IN (SELECT x FROM t)")->kind, ExpressionKind::kInSubquery);
  EXPECT_EQ(Parse("(SELECT 1)")->kind, ExpressionKind::kSubquery);
  // A parenthesised expression that starts with a subquery.
  ExpectCanonical("((SELECT 1) + 1)", "(SELECT 1) + 1");
}

TEST(ExpressionParserTest, Between) {
  ExpectCanonical("a BETWEEN 1 AND 2", "a BETWEEN 1 AND 2");
  ExpectCanonical("a NOT BETWEEN SYMMETRIC b - 1 AND b + 1 AND c",
                  "a NOT BETWEEN SYMMETRIC b - 1 AND b + 1 AND c");
  ExpectCanonical("a BETWEEN ASYMMETRIC 1 AND 2", "a BETWEEN 1 AND 2");
  auto e = Parse("a BETWEEN 1 AND 2 AND c");
  ASSERT_EQ(e->kind, ExpressionKind::kBinary);
  EXPECT_EQ(e->As<BinaryExpression>().left->kind, ExpressionKind::kBetween);
  ExpectError("a BETWEEN 1 OR 2", "Syntax error: expected 'AND' but found 'OR'", 1, 13);
}

TEST(ExpressionParserTest, LikeAndSimilar) {
  ExpectCanonical("a LIKE 'x%'", "a LIKE 'x%'");
  ExpectCanonical("a NOT LIKE 'x!%' ESCAPE '!'", "a NOT LIKE 'x!%' ESCAPE '!'");
  ExpectCanonical("a SIMILAR TO '[a-z]+'", "a SIMILAR TO '[a-z]+'");
  ExpectCanonical("a NOT SIMILAR TO 'b' ESCAPE 'c'", "a NOT SIMILAR TO 'b' ESCAPE 'c'");
  ExpectCanonical("a ILIKE 'X%'", "a ILIKE 'X%'");
  auto e = Parse("a NOT LIKE 'x'");
  EXPECT_TRUE(e->As<LikeExpression>().negated);
}

TEST(ExpressionParserTest, FunctionCalls) {
  ExpectCanonical("upper(name)", "upper(name)");
  ExpectCanonical("COUNT(*)", "COUNT(*)");
  ExpectCanonical("count(DISTINCT a)", "count(DISTINCT a)");
  ExpectCanonical("f()", "f()");
  ExpectCanonical("cat.db.f(a, 1 + 2)", "cat.db.f(a, 1 + 2)");
  ExpectCanonical("COUNT(ALL a)", "COUNT(a)");
  ExpectCanonical("LEFT(s, 2) || RIGHT(s, 1)", "LEFT(s, 2) || RIGHT(s, 1)");
  auto count = Parse("COUNT(*)");
  const auto& call = count->As<FunctionCallExpression>();
  EXPECT_EQ(call.function_name(), "COUNT");
  ASSERT_EQ(call.arguments.size(), 1u);
  EXPECT_EQ(call.arguments[0].value->kind, ExpressionKind::kStar);
}

TEST(ExpressionParserTest, NamedArguments) {
  ExpectCanonical("f(a => 1, b => 'x')", "f(a => 1, b => 'x')");
  auto e = Parse("f(x, `my arg` => 2)");
  const auto& call = e->As<FunctionCallExpression>();
  ASSERT_EQ(call.arguments.size(), 2u);
  EXPECT_EQ(call.arguments[0].name, "");
  EXPECT_EQ(call.arguments[1].name, "my arg");
}

TEST(ExpressionParserTest, TableModelAndDescriptorArguments) {
  ExpectCanonical("ML_PREDICT(TABLE t, MODEL m$2, DESCRIPTOR(a, b))",
                  "ML_PREDICT(TABLE t, MODEL m$2, DESCRIPTOR(a, b))");
  ExpectCanonical("f(TABLE cat.db.t PARTITION BY k ORDER BY ts)",
                  "f(TABLE cat.db.t PARTITION BY k ORDER BY ts)");
  ExpectCanonical("f(TABLE (SELECT * FROM t))", "f(TABLE (SELECT * FROM t))");
  auto e = Parse("f(MODEL cat.db.m)");
  const auto& model = e->As<FunctionCallExpression>().arguments[0].value;
  ASSERT_EQ(model->kind, ExpressionKind::kModelArgument);
  EXPECT_EQ(model->As<ModelArgumentExpression>().model_name,
            (std::vector<std::string>{"cat", "db", "m"}));
  // Outside of arguments a column may be called `model`.
  EXPECT_EQ(Parse("model")->kind, ExpressionKind::kColumnRef);
}

TEST(ExpressionParserTest, CaseExpressions) {
  ExpectCanonical("CASE WHEN a > 1 THEN 'x' WHEN a > 0 THEN 'y' ELSE 'z' END",
                  "CASE WHEN a > 1 THEN 'x' WHEN a > 0 THEN 'y' ELSE 'z' END");
  ExpectCanonical("case a when 1 then 'one' end", "CASE a WHEN 1 THEN 'one' END");
  auto e = Parse("CASE a WHEN 1 THEN 2 END");
  const auto& node = e->As<CaseExpression>();
  EXPECT_NE(node.operand, nullptr);
  EXPECT_EQ(node.when_clauses.size(), 1u);
  EXPECT_EQ(node.else_result, nullptr);
  ExpectError("CASE END", "Syntax error: expected 'WHEN' but found 'END'", 1, 6);
  ExpectError("CASE WHEN a THEN b", "Syntax error: unexpected end of input, expected 'END'", 1, 19);
}

TEST(ExpressionParserTest, Casts) {
  ExpectCanonical("CAST(a AS INT)", "CAST(a AS INT)");
  ExpectCanonical("TRY_CAST(a AS DECIMAL(10, 2))", "TRY_CAST(a AS DECIMAL(10, 2))");
  ExpectCanonical("a::BIGINT + 1", "CAST(a AS BIGINT) + 1");
  auto e = Parse("CAST(x AS STRING)");
  ASSERT_EQ(e->kind, ExpressionKind::kCast);
  EXPECT_EQ(e->As<CastExpression>().target, LogicalType::String());
  EXPECT_FALSE(e->As<CastExpression>().try_cast);
  ExpectError("CAST(a INT)", "Syntax error: expected 'AS' but found 'INT'", 1, 8);
  // Flink SQL: VARCHAR / VARBINARY without a length are STRING / BYTES; CHAR stays CHAR(1).
  EXPECT_EQ(Parse("CAST(x AS VARCHAR)")->As<CastExpression>().target, LogicalType::String());
  EXPECT_EQ(Parse("x::VARBINARY")->As<CastExpression>().target, LogicalType::Bytes());
  EXPECT_EQ(Parse("CAST(x AS CHAR)")->As<CastExpression>().target, LogicalType::Char(1));
  ExpectCanonical("CAST(x AS VARCHAR)", "CAST(x AS VARCHAR(2147483647))");
}

TEST(ExpressionParserTest, CastTypeErrorIsPositionedInTheStatement) {
  Result<std::unique_ptr<Expression>> e = ParseStandaloneExpression("a +\n  CAST(b AS ARRAY<INT)");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().line(), 2);
  EXPECT_GE(e.status().column(), 15);
}

TEST(ExpressionParserTest, Constructors) {
  ExpectCanonical("ARRAY[1, 2, 3]", "ARRAY[1, 2, 3]");
  ExpectCanonical("ARRAY[]", "ARRAY[]");
  ExpectCanonical("MAP['a', 1, 'b', 2]", "MAP['a', 1, 'b', 2]");
  ExpectCanonical("ROW(a, 'x')", "ROW(a, 'x')");
  ExpectCanonical("(a, 'x')", "(a, 'x')");
  auto row = Parse("(a, b)");
  ASSERT_EQ(row->kind, ExpressionKind::kRow);
  EXPECT_TRUE(row->As<RowExpression>().implicit);
}

TEST(ExpressionParserTest, ElementAndFieldAccess) {
  ExpectCanonical("arr[1]", "arr[1]");
  ExpectCanonical("m['k'][2]", "m['k'][2]");
  ExpectCanonical("f(x).field", "f(x).field");
  ExpectCanonical("(r).f", "(r).f");
  ExpectCanonical("arr[1].name", "arr[1].name");
  auto e = Parse("-arr[1]");
  ASSERT_EQ(e->kind, ExpressionKind::kUnary);
  EXPECT_EQ(e->As<UnaryExpression>().operand->kind, ExpressionKind::kElementAccess);
  auto field = Parse("f(x).a");
  ASSERT_EQ(field->kind, ExpressionKind::kFieldAccess);
  EXPECT_EQ(field->As<FieldAccessExpression>().field, "a");
}

TEST(ExpressionParserTest, SpecialFunctionSyntax) {
  ExpectCanonical("EXTRACT(day FROM ts)", "EXTRACT(DAY FROM ts)");
  ExpectCanonical("POSITION('a' IN s)", "POSITION('a' IN s)");
  ExpectCanonical("TRIM(s)", "TRIM(BOTH ' ' FROM s)");
  ExpectCanonical("TRIM(LEADING 'x' FROM s)", "TRIM(LEADING 'x' FROM s)");
  ExpectCanonical("TRIM(TRAILING FROM s)", "TRIM(TRAILING ' ' FROM s)");
  ExpectCanonical("SUBSTRING(s FROM 2 FOR 3)", "SUBSTRING(s, 2, 3)");
  ExpectCanonical("substring(s, 2)", "SUBSTRING(s, 2)");
  ExpectCanonical("FLOOR(ts TO HOUR)", "FLOOR(ts TO HOUR)");
  ExpectCanonical("CEIL(x)", "CEIL(x)");
  ExpectCanonical("TIMESTAMPADD(DAY, 1, ts)", "TIMESTAMPADD(DAY, 1, ts)");
  ExpectCanonical("TIMESTAMPDIFF(SECOND, a, b)", "TIMESTAMPDIFF(SECOND, a, b)");
  auto extract = Parse("EXTRACT(YEAR FROM d)");
  const auto& call = extract->As<FunctionCallExpression>();
  EXPECT_EQ(call.syntax, FunctionSyntax::kExtract);
  EXPECT_EQ(call.arguments[0].value->As<KeywordExpression>().keyword, "YEAR");
}

TEST(ExpressionParserTest, NiladicFunctions) {
  ExpectCanonical("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP");
  ExpectCanonical("current_date + 1", "CURRENT_DATE + 1");
  ExpectCanonical("LOCALTIMESTAMP", "LOCALTIMESTAMP");
  ExpectCanonical("CURRENT_WATERMARK(ts)", "CURRENT_WATERMARK(ts)");
  auto e = Parse("CURRENT_TIMESTAMP");
  ASSERT_EQ(e->kind, ExpressionKind::kFunctionCall);
  EXPECT_EQ(e->As<FunctionCallExpression>().syntax, FunctionSyntax::kNoParens);
}

TEST(ExpressionParserTest, JsonFunctionsAreTolerated) {
  ExpectCanonical("JSON_VALUE(j, '$.a' RETURNING INT DEFAULT 0 ON EMPTY NULL ON ERROR)",
                  "JSON_VALUE(j, '$.a' RETURNING INT DEFAULT 0 ON EMPTY NULL ON ERROR)");
  ExpectCanonical("JSON_QUERY(j, '$.a' WITH ARRAY WRAPPER)",
                  "JSON_QUERY(j, '$.a' WITH ARRAY WRAPPER)");
  auto e = Parse("JSON_VALUE(j, '$.a' RETURNING DOUBLE)");
  const auto& call = e->As<FunctionCallExpression>();
  ASSERT_TRUE(call.returning_type.has_value());
  EXPECT_EQ(*call.returning_type, LogicalType::Double());
}

TEST(ExpressionParserTest, WindowFunctions) {
  ExpectCanonical("ROW_NUMBER() OVER (PARTITION BY a ORDER BY ts DESC)",
                  "ROW_NUMBER() OVER (PARTITION BY a ORDER BY ts DESC)");
  ExpectCanonical(
      "SUM(x) OVER (PARTITION BY k ORDER BY ts RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND "
      "CURRENT ROW)",
      "SUM(x) OVER (PARTITION BY k ORDER BY ts RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND "
      "CURRENT ROW)");
  ExpectCanonical("COUNT(*) OVER w", "COUNT(*) OVER w");
  ExpectCanonical("COUNT(*) FILTER (WHERE x > 1)", "COUNT(*) FILTER (WHERE x > 1)");
  ExpectCanonical("SUM(x) OVER (ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)",
                  "SUM(x) OVER (ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)");
}

TEST(ExpressionParserTest, SourceSpansAndPositions) {
  std::string_view sql = "a +\n  f(b,  c) * (d)";
  auto e = Parse(sql);
  const auto& plus = e->As<BinaryExpression>();
  EXPECT_EQ(sql.substr(e->begin_offset, e->end_offset - e->begin_offset), sql);
  const auto& times = *plus.right;
  EXPECT_EQ(times.line, 2);
  EXPECT_EQ(times.column, 3);
  EXPECT_EQ(sql.substr(times.begin_offset, times.end_offset - times.begin_offset),
            "f(b,  c) * (d)");
  const auto& paren = *times.As<BinaryExpression>().right;
  EXPECT_EQ(sql.substr(paren.begin_offset, paren.end_offset - paren.begin_offset), "(d)");
}

TEST(ExpressionParserTest, SyntaxErrors) {
  ExpectError("(1 + 2", "Syntax error: unexpected end of input, expected ')'", 1, 7);
  ExpectError("1 +", "Syntax error: unexpected end of input, expected an expression", 1, 4);
  ExpectError("a + FROM", "Syntax error: expected an expression but found 'FROM'", 1, 5);
  ExpectError("f(a,)", "Syntax error: expected an expression but found ')'", 1, 5);
  ExpectError("a b", "Syntax error: expected end of input but found 'b'", 1, 3);
  ExpectError("ARRAY[1, 2", "Syntax error: unexpected end of input, expected ']'", 1, 11);
  ExpectError("EXTRACT(foo FROM x)", "Syntax error: expected a time unit but found 'foo'", 1, 9);
  ExpectError("'abc", "Syntax error: unterminated string literal", 1, 1);
}

TEST(ExpressionParserTest, ParameterMarker) {
  ExpectCanonical("a = ?", "a = ?");
  EXPECT_EQ(Parse("?")->kind, ExpressionKind::kParameter);
}

TEST(ExpressionParserTest, ReservedWordAfterDotNeedsQuotes) {
  ExpectError("r.from", "Syntax error: expected a field name but found 'from'", 1, 3);
  ExpectError("f(x).select", "Syntax error: expected a field name but found 'select'", 1, 6);
  ExpectError("r.", "Syntax error: unexpected end of input, expected a field name", 1, 3);
  ExpectCanonical("r.`from`", "r.`from`");
  ExpectCanonical("f(x).`from`", "f(x).`from`");
  auto column = Parse("r.`from`");
  ASSERT_EQ(column->kind, ExpressionKind::kColumnRef);
  EXPECT_EQ(column->As<ColumnRefExpression>().names, (std::vector<std::string>{"r", "from"}));
}

TEST(ExpressionParserTest, NotMustStartANegatedPredicate) {
  ExpectError("a NOT",
              "Syntax error: unexpected end of input, expected 'IN', 'LIKE', 'ILIKE', 'SIMILAR TO' "
              "or 'BETWEEN'",
              1, 6);
  ExpectError("a NOT b",
              "Syntax error: expected 'IN', 'LIKE', 'ILIKE', 'SIMILAR TO' or 'BETWEEN' but found "
              "'b'",
              1, 7);
  ExpectCanonical("a NOT IN (1, 2)", "a NOT IN (1, 2)");
  ExpectCanonical("a NOT LIKE 'x%'", "a NOT LIKE 'x%'");
  ExpectCanonical("a NOT BETWEEN 1 AND 2", "a NOT BETWEEN 1 AND 2");
  ExpectCanonical("a::INT NOT IN (1)", "CAST(a AS INT) NOT IN (1)");
}

TEST(ExpressionParserTest, IntervalRangeQualifiersAreChecked) {
  ExpectError("INTERVAL '1' MINUTE TO HOUR",
              "Syntax error: expected SECOND after MINUTE TO but found 'HOUR'", 1, 24);
  ExpectError("INTERVAL '1' YEAR TO DAY",
              "Syntax error: expected MONTH after YEAR TO but found 'DAY'", 1, 22);
  ExpectError("INTERVAL '1' DAY TO MONTH",
              "Syntax error: expected HOUR, MINUTE or SECOND after DAY TO but found 'MONTH'", 1,
              21);
  ExpectError("INTERVAL '1' HOUR TO HOUR",
              "Syntax error: expected MINUTE or SECOND after HOUR TO but found 'HOUR'", 1, 22);
  ExpectError("INTERVAL '1' SECOND TO MINUTE",
              "Syntax error: SECOND cannot start a range interval qualifier (... TO ...)", 1, 21);
  ExpectCanonical("INTERVAL '1-2' YEAR TO MONTH", "INTERVAL '1-2' YEAR TO MONTH");
  ExpectCanonical("INTERVAL '1 2' DAY TO HOUR", "INTERVAL '1 2' DAY TO HOUR");
  ExpectCanonical("INTERVAL '1:2' MINUTE TO SECOND", "INTERVAL '1:2' MINUTE TO SECOND");
}

TEST(ExpressionParserTest, QuantifiedComparisons) {
  ExpectCanonical("a > ALL (SELECT b FROM u)", "a > ALL (SELECT b FROM u)");
  ExpectCanonical("a = any (SELECT b FROM u)", "a = ANY (SELECT b FROM u)");
  ExpectCanonical("a <> SOME (VALUES 1, 2)", "a <> SOME (VALUES (1), (2))");
  ExpectCanonical("a + 1 <= ALL (SELECT b FROM u) AND c",
                  "a + 1 <= ALL (SELECT b FROM u) AND c");
  auto e = Parse("x >= SOME (SELECT y FROM t)");
  ASSERT_EQ(e->kind, ExpressionKind::kQuantifiedComparison);
  const auto& q = e->As<QuantifiedComparisonExpression>();
  EXPECT_EQ(q.op, BinaryOperator::kGreaterEqual);
  EXPECT_EQ(q.quantifier, Quantifier::kSome);
  EXPECT_EQ(q.operand->ToSql(), "x");
  ASSERT_NE(q.query, nullptr);
  EXPECT_EQ(e->begin_offset, 0u);
  EXPECT_EQ(e->end_offset, 27u);
  ExpectError("a > ALL (1, 2)", "Syntax error: expected a query but found '1'", 1, 10);
  ExpectError("a > ALL b", "Syntax error: expected '(' but found 'b'", 1, 9);
  ExpectError("a > ALL (SELECT 1", "Syntax error: unexpected end of input, expected ')'", 1, 18);
}

TEST(ExpressionParserTest, Overlay) {
  ExpectCanonical("overlay(s PLACING 'x' FROM 2 FOR 1)", "OVERLAY(s PLACING 'x' FROM 2 FOR 1)");
  ExpectCanonical("OVERLAY(s PLACING 'y' FROM 3)", "OVERLAY(s PLACING 'y' FROM 3)");
  auto e = Parse("OVERLAY(s PLACING 'x' FROM 2 FOR 1)");
  ASSERT_EQ(e->kind, ExpressionKind::kFunctionCall);
  const auto& call = e->As<FunctionCallExpression>();
  EXPECT_EQ(call.function_name(), "OVERLAY");
  EXPECT_EQ(call.syntax, FunctionSyntax::kOverlay);
  EXPECT_EQ(call.arguments.size(), 4u);
  ExpectError("OVERLAY(s, 'x', 2)", "Syntax error: expected 'PLACING' but found ','", 1, 10);
  ExpectError("OVERLAY(s PLACING 'x')", "Syntax error: expected 'FROM' but found ')'", 1, 22);
}

TEST(ExpressionParserTest, UnknownIsANullBoolean) {
  ExpectCanonical("UNKNOWN", "CAST(NULL AS BOOLEAN)");
  ExpectCanonical("a IS UNKNOWN", "a IS UNKNOWN");
  ExpectCanonical("unknown OR a", "CAST(NULL AS BOOLEAN) OR a");
  auto e = Parse("UNKNOWN");
  ASSERT_EQ(e->kind, ExpressionKind::kCast);
  EXPECT_EQ(e->As<CastExpression>().target, LogicalType::Boolean());
  EXPECT_EQ(e->end_offset, 7u);
}

}  // namespace
}  // namespace sluice::sql
