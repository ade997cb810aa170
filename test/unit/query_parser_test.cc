// Tests of the query grammar (sql/parser/query_parser.h, ast_query.h).
#include <gtest/gtest.h>

#include "sql/parser/ast_query.h"
#include "sql/parser/query_parser.h"

namespace sluice::sql {
namespace {

std::unique_ptr<QueryNode> Parse(std::string_view sql) {
  Result<std::unique_ptr<QueryNode>> query = ParseStandaloneQuery(sql);
  EXPECT_TRUE(query.ok()) << sql << ": " << query.status().message() << " at "
                          << query.status().line() << ":" << query.status().column();
  return query.ok() ? query.MoveValue() : nullptr;
}

// Parses `sql`, checks its canonical text, and that the canonical text parses to itself.
void ExpectCanonical(std::string_view sql, std::string_view canonical) {
  std::unique_ptr<QueryNode> first = Parse(sql);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->ToSql(), canonical) << "from " << sql;
  std::unique_ptr<QueryNode> second = Parse(first->ToSql());
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->ToSql(), first->ToSql()) << "not stable: " << sql;
}

void ExpectError(std::string_view sql, std::string_view message, int line, int column) {
  Result<std::unique_ptr<QueryNode>> query = ParseStandaloneQuery(sql);
  ASSERT_FALSE(query.ok()) << sql << " parsed as " << (*query)->ToSql();
  EXPECT_EQ(query.status().code(), StatusCode::kUserError);
  EXPECT_EQ(query.status().message(), message) << sql;
  EXPECT_EQ(query.status().line(), line) << sql;
  EXPECT_EQ(query.status().column(), column) << sql;
}

const SelectQuery& AsSelect(const std::unique_ptr<QueryNode>& query) {
  EXPECT_EQ(query->kind, QueryKind::kSelect);
  return query->As<SelectQuery>();
}

TEST(QueryParserTest, SimpleSelect) {
  ExpectCanonical("select a, b as x, c y from t", "SELECT a, b AS x, c AS y FROM t");
  auto query = Parse("SELECT a, b AS x FROM cat.db.t;");
  const SelectQuery& select = AsSelect(query);
  ASSERT_EQ(select.items.size(), 2u);
  EXPECT_EQ(select.items[1].alias, "x");
  ASSERT_NE(select.from, nullptr);
  ASSERT_EQ(select.from->kind, TableRefKind::kNamed);
  EXPECT_EQ(select.from->As<NamedTableRef>().name, (std::vector<std::string>{"cat", "db", "t"}));
}

TEST(QueryParserTest, SelectWithoutFromAndDistinct) {
  ExpectCanonical("SELECT 1 + 1", "SELECT 1 + 1");
  ExpectCanonical("SELECT DISTINCT a FROM t", "SELECT DISTINCT a FROM t");
  ExpectCanonical("SELECT ALL a FROM t", "SELECT a FROM t");
  ExpectCanonical("SELECT *, t.* FROM t", "SELECT *, t.* FROM t");
  EXPECT_TRUE(AsSelect(Parse("SELECT DISTINCT a FROM t")).distinct);
}

TEST(QueryParserTest, ColumnsNamedAfterKeywords) {
  ExpectCanonical("SELECT input, output, model, comment, `value`, key, text FROM t",
                  "SELECT input, output, model, comment, value, key, text FROM t");
  ExpectCanonical("SELECT `from` AS `select` FROM `order`",
                  "SELECT `from` AS `select` FROM `order`");
}

TEST(QueryParserTest, WhereGroupByHaving) {
  ExpectCanonical(
      "SELECT k, COUNT(*) AS c FROM t WHERE v > 0 AND s LIKE 'a%' GROUP BY k HAVING COUNT(*) > 1",
      "SELECT k, COUNT(*) AS c FROM t WHERE v > 0 AND s LIKE 'a%' GROUP BY k HAVING COUNT(*) > 1");
  auto query = Parse("SELECT k FROM t WHERE a = 1 GROUP BY k, j HAVING SUM(x) > 2");
  const SelectQuery& select = AsSelect(query);
  ASSERT_NE(select.where, nullptr);
  EXPECT_EQ(select.group_by.size(), 2u);
  ASSERT_NE(select.having, nullptr);
}

TEST(QueryParserTest, GroupingSets) {
  ExpectCanonical("SELECT a, b FROM t GROUP BY GROUPING SETS ((a, b), (a), ())",
                  "SELECT a, b FROM t GROUP BY GROUPING SETS ((a, b), (a), ())");
  ExpectCanonical("SELECT a FROM t GROUP BY ROLLUP (a, b)",
                  "SELECT a FROM t GROUP BY ROLLUP (a, b)");
  ExpectCanonical("SELECT a FROM t GROUP BY CUBE (a, b), c",
                  "SELECT a FROM t GROUP BY CUBE (a, b), c");
  auto query = Parse("SELECT a FROM t GROUP BY ROLLUP (a, b)");
  ASSERT_EQ(AsSelect(query).group_by[0]->kind, ExpressionKind::kGroupingSet);
}

TEST(QueryParserTest, GroupWindowFunctions) {
  ExpectCanonical(
      "SELECT TUMBLE_START(ts, INTERVAL '1' HOUR), COUNT(*) FROM t GROUP BY TUMBLE(ts, INTERVAL "
      "'1' HOUR)",
      "SELECT TUMBLE_START(ts, INTERVAL '1' HOUR), COUNT(*) FROM t GROUP BY TUMBLE(ts, INTERVAL "
      "'1' HOUR)");
}

TEST(QueryParserTest, OrderByLimitOffsetFetch) {
  ExpectCanonical("SELECT a FROM t ORDER BY a DESC NULLS LAST, b ASC, c NULLS FIRST LIMIT 10",
                  "SELECT a FROM t ORDER BY a DESC NULLS LAST, b, c NULLS FIRST LIMIT 10");
  ExpectCanonical("SELECT a FROM t LIMIT 10 OFFSET 5", "SELECT a FROM t LIMIT 10 OFFSET 5");
  ExpectCanonical("SELECT a FROM t ORDER BY a OFFSET 5 ROWS FETCH FIRST 3 ROWS ONLY",
                  "SELECT a FROM t ORDER BY a LIMIT 3 OFFSET 5");
  ExpectCanonical("SELECT a FROM t FETCH NEXT ROW ONLY", "SELECT a FROM t LIMIT 1");
  auto query = Parse("SELECT a FROM t ORDER BY a DESC LIMIT 3");
  ASSERT_EQ(query->order_by.size(), 1u);
  EXPECT_TRUE(query->order_by[0].descending);
  EXPECT_FALSE(query->order_by[0].nulls_first.has_value());
  ASSERT_NE(query->limit, nullptr);
  EXPECT_EQ(query->limit->ToSql(), "3");
}

TEST(QueryParserTest, WithClauses) {
  ExpectCanonical("WITH a AS (SELECT 1 AS x), b (y) AS (SELECT x FROM a) SELECT y FROM b",
                  "WITH a AS (SELECT 1 AS x), b (y) AS (SELECT x FROM a) SELECT y FROM b");
  auto query = Parse("WITH a AS (SELECT 1) SELECT * FROM a");
  ASSERT_EQ(query->with.size(), 1u);
  EXPECT_EQ(query->with[0].name, "a");
  EXPECT_EQ(query->begin_offset, 0u);
}

TEST(QueryParserTest, SetOperations) {
  ExpectCanonical("SELECT a FROM t UNION ALL SELECT a FROM u",
                  "SELECT a FROM t UNION ALL SELECT a FROM u");
  ExpectCanonical("SELECT 1 UNION DISTINCT SELECT 2", "SELECT 1 UNION SELECT 2");
  ExpectCanonical("SELECT 1 EXCEPT SELECT 2", "SELECT 1 EXCEPT SELECT 2");
  ExpectCanonical("SELECT 1 MINUS SELECT 2", "SELECT 1 EXCEPT SELECT 2");
  // INTERSECT binds tighter than UNION.
  auto query = Parse("SELECT 1 UNION SELECT 2 INTERSECT SELECT 3");
  ASSERT_EQ(query->kind, QueryKind::kSetOperation);
  const auto& set = query->As<SetOperationQuery>();
  EXPECT_EQ(set.op, SetOperator::kUnion);
  EXPECT_EQ(set.right->As<SetOperationQuery>().op, SetOperator::kIntersect);
  ExpectCanonical("SELECT 1 UNION SELECT 2 INTERSECT SELECT 3",
                  "SELECT 1 UNION SELECT 2 INTERSECT SELECT 3");
  ExpectCanonical("(SELECT 1 UNION SELECT 2) INTERSECT SELECT 3",
                  "(SELECT 1 UNION SELECT 2) INTERSECT SELECT 3");
  ExpectCanonical("SELECT 1 UNION (SELECT 2 UNION SELECT 3)",
                  "SELECT 1 UNION (SELECT 2 UNION SELECT 3)");
}

TEST(QueryParserTest, OrderByAppliesToTheWholeSetOperation) {
  auto query = Parse("SELECT a FROM t UNION ALL SELECT a FROM u ORDER BY a LIMIT 2");
  ASSERT_EQ(query->kind, QueryKind::kSetOperation);
  EXPECT_EQ(query->order_by.size(), 1u);
  EXPECT_TRUE(query->As<SetOperationQuery>().right->order_by.empty());
  ExpectCanonical("(SELECT a FROM t ORDER BY a LIMIT 1) UNION ALL SELECT b FROM u",
                  "(SELECT a FROM t ORDER BY a LIMIT 1) UNION ALL SELECT b FROM u");
  ExpectCanonical("(SELECT a FROM t LIMIT 5) ORDER BY a",
                  "SELECT * FROM (SELECT a FROM t LIMIT 5) ORDER BY a");
}

TEST(QueryParserTest, Values) {
  ExpectCanonical("VALUES (1, 'a'), (2, 'b')", "VALUES (1, 'a'), (2, 'b')");
  ExpectCanonical("VALUES 1, 2", "VALUES (1), (2)");
  auto query = Parse("VALUES (1, 'a'), (2, 'b')");
  ASSERT_EQ(query->kind, QueryKind::kValues);
  EXPECT_EQ(query->As<ValuesQuery>().rows.size(), 2u);
  ExpectCanonical("SELECT * FROM (VALUES (1, 2)) AS t (a, b)",
                  "SELECT * FROM (VALUES (1, 2)) AS t (a, b)");
}

TEST(QueryParserTest, ParenthesizedQueries) {
  ExpectCanonical("((SELECT 1))", "SELECT 1");
  auto query = Parse("  (SELECT 1)");
  EXPECT_EQ(query->begin_offset, 2u);
  EXPECT_EQ(query->end_offset, 12u);
}

TEST(QueryParserTest, TableAliases) {
  ExpectCanonical("SELECT * FROM t AS x", "SELECT * FROM t AS x");
  ExpectCanonical("SELECT * FROM t x", "SELECT * FROM t AS x");
  ExpectCanonical("SELECT * FROM t AS x (a, b)", "SELECT * FROM t AS x (a, b)");
  ExpectCanonical("SELECT * FROM (SELECT 1 AS a) s", "SELECT * FROM (SELECT 1 AS a) AS s");
  auto query = Parse("SELECT * FROM t AS x(a, b)");
  const TableRef& ref = *AsSelect(query).from;
  EXPECT_EQ(ref.alias, "x");
  EXPECT_EQ(ref.column_aliases, (std::vector<std::string>{"a", "b"}));
}

TEST(QueryParserTest, Joins) {
  ExpectCanonical("SELECT * FROM a JOIN b ON a.k = b.k",
                  "SELECT * FROM a INNER JOIN b ON a.k = b.k");
  ExpectCanonical("SELECT * FROM a LEFT OUTER JOIN b ON a.k = b.k RIGHT JOIN c USING (k)",
                  "SELECT * FROM a LEFT JOIN b ON a.k = b.k RIGHT JOIN c USING (k)");
  ExpectCanonical("SELECT * FROM a FULL JOIN b ON TRUE CROSS JOIN c",
                  "SELECT * FROM a FULL JOIN b ON TRUE CROSS JOIN c");
  ExpectCanonical("SELECT * FROM a NATURAL JOIN b", "SELECT * FROM a NATURAL INNER JOIN b");
  ExpectCanonical("SELECT * FROM a, b, c WHERE a.x = b.x", "SELECT * FROM a, b, c WHERE a.x = b.x");
  ExpectCanonical("SELECT * FROM a JOIN (b JOIN c ON b.x = c.x) ON a.x = b.x",
                  "SELECT * FROM a INNER JOIN (b INNER JOIN c ON b.x = c.x) ON a.x = b.x");
  auto query = Parse("SELECT * FROM a LEFT JOIN b ON a.k = b.k");
  const TableRef& from = *AsSelect(query).from;
  ASSERT_EQ(from.kind, TableRefKind::kJoin);
  const auto& join = from.As<JoinTableRef>();
  EXPECT_EQ(join.join_type, JoinType::kLeft);
  ASSERT_NE(join.condition, nullptr);
}

TEST(QueryParserTest, CommaBindsLooserThanJoin) {
  auto query = Parse("SELECT * FROM a, b JOIN c ON b.x = c.x");
  const auto& join = AsSelect(query).from->As<JoinTableRef>();
  EXPECT_EQ(join.join_type, JoinType::kComma);
  EXPECT_EQ(join.right->kind, TableRefKind::kJoin);
}

TEST(QueryParserTest, TemporalJoin) {
  ExpectCanonical("SELECT * FROM o JOIN r FOR SYSTEM_TIME AS OF o.ts AS rr ON o.c = rr.c",
                  "SELECT * FROM o INNER JOIN r FOR SYSTEM_TIME AS OF o.ts AS rr ON o.c = rr.c");
}

TEST(QueryParserTest, LateralTableFunctions) {
  ExpectCanonical("SELECT * FROM t, LATERAL TABLE(split(s)) AS T(w)",
                  "SELECT * FROM t, LATERAL TABLE(split(s)) AS T (w)");
  ExpectCanonical("SELECT * FROM t LEFT JOIN LATERAL TABLE(split(s)) AS x(w) ON TRUE",
                  "SELECT * FROM t LEFT JOIN LATERAL TABLE(split(s)) AS x (w) ON TRUE");
  ExpectCanonical("SELECT * FROM t CROSS JOIN UNNEST(tags) AS x (tag)",
                  "SELECT * FROM t CROSS JOIN UNNEST(tags) AS x (tag)");
  ExpectCanonical("SELECT * FROM t, LATERAL (SELECT * FROM u WHERE u.k = t.k)",
                  "SELECT * FROM t, LATERAL (SELECT * FROM u WHERE u.k = t.k)");
  auto query = Parse("SELECT * FROM t, LATERAL TABLE(split(s)) AS T(w)");
  const auto& right = AsSelect(query).from->As<JoinTableRef>().right;
  ASSERT_EQ(right->kind, TableRefKind::kTableFunction);
  EXPECT_TRUE(right->As<TableFunctionRef>().lateral);
  EXPECT_TRUE(right->As<TableFunctionRef>().table_wrapped);
}

TEST(QueryParserTest, WindowTableFunctions) {
  ExpectCanonical(
      "SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' "
      "MINUTE)) GROUP BY window_start, window_end",
      "SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' "
      "MINUTE)) GROUP BY window_start, window_end");
  ExpectCanonical(
      "SELECT * FROM TABLE(HOP(DATA => TABLE t, TIMECOL => DESCRIPTOR(ts), SLIDE => INTERVAL "
      "'5' MINUTE, SIZE => INTERVAL '10' MINUTE))",
      "SELECT * FROM TABLE(HOP(DATA => TABLE t, TIMECOL => DESCRIPTOR(ts), SLIDE => INTERVAL "
      "'5' MINUTE, SIZE => INTERVAL '10' MINUTE))");
}

TEST(QueryParserTest, MlPredictPositionalArguments) {
  std::string sql =
      "SELECT * FROM ML_PREDICT(TABLE cat.db.t, MODEL m$2, DESCRIPTOR(a, b), MAP['async', "
      "'true'])";
  ExpectCanonical(sql, sql);
  ExpectCanonical("SELECT * FROM TABLE(ML_PREDICT(TABLE t, MODEL m, DESCRIPTOR(x)))",
                  "SELECT * FROM TABLE(ML_PREDICT(TABLE t, MODEL m, DESCRIPTOR(x)))");
  auto query = Parse(sql);
  const TableRef& from = *AsSelect(query).from;
  ASSERT_EQ(from.kind, TableRefKind::kTableFunction);
  const auto& function = from.As<TableFunctionRef>();
  EXPECT_FALSE(function.table_wrapped);
  const FunctionCallExpression& call = *function.call;
  EXPECT_EQ(call.function_name(), "ML_PREDICT");
  ASSERT_EQ(call.arguments.size(), 4u);
  EXPECT_EQ(call.arguments[0].value->kind, ExpressionKind::kTableArgument);
  EXPECT_EQ(call.arguments[0].value->As<TableArgumentExpression>().table_name,
            (std::vector<std::string>{"cat", "db", "t"}));
  EXPECT_EQ(call.arguments[1].value->kind, ExpressionKind::kModelArgument);
  EXPECT_EQ(call.arguments[1].value->As<ModelArgumentExpression>().model_name,
            std::vector<std::string>{"m$2"});
  EXPECT_EQ(call.arguments[2].value->kind, ExpressionKind::kDescriptor);
  EXPECT_EQ(call.arguments[3].value->kind, ExpressionKind::kMap);
}

TEST(QueryParserTest, MlPredictNamedArguments) {
  std::string sql =
      "SELECT id, prediction FROM ML_PREDICT(INPUT => TABLE t, MODEL => MODEL m, ARGS => "
      "DESCRIPTOR(f1, f2), CONFIG => MAP['max-concurrent-operations', '4'])";
  ExpectCanonical(sql, sql);
  auto query = Parse(sql);
  const auto& call = *AsSelect(query).from->As<TableFunctionRef>().call;
  ASSERT_EQ(call.arguments.size(), 4u);
  EXPECT_EQ(call.arguments[0].name, "INPUT");
  EXPECT_EQ(call.arguments[1].name, "MODEL");
  EXPECT_EQ(call.arguments[1].value->kind, ExpressionKind::kModelArgument);
  EXPECT_EQ(call.arguments[2].name, "ARGS");
  EXPECT_EQ(call.arguments[3].name, "CONFIG");
}

TEST(QueryParserTest, MlEvaluateWithAlias) {
  ExpectCanonical(
      "SELECT * FROM ML_EVALUATE(TABLE test_data, MODEL m, DESCRIPTOR(label), DESCRIPTOR(x, y)) "
      "AS e",
      "SELECT * FROM ML_EVALUATE(TABLE test_data, MODEL m, DESCRIPTOR(label), DESCRIPTOR(x, y)) "
      "AS e");
}

TEST(QueryParserTest, TableFunctionWithSubqueryArgument) {
  auto query = Parse(
      "SELECT * FROM ML_PREDICT((SELECT a, b FROM t WHERE a > 0), MODEL m, "
      "DESCRIPTOR(a))");
  const auto& call = *AsSelect(query).from->As<TableFunctionRef>().call;
  ASSERT_EQ(call.arguments[0].value->kind, ExpressionKind::kTableArgument);
  ASSERT_NE(call.arguments[0].value->As<TableArgumentExpression>().query, nullptr);
  ExpectCanonical("SELECT * FROM ML_PREDICT((SELECT a FROM t), MODEL m, DESCRIPTOR(a))",
                  "SELECT * FROM ML_PREDICT(TABLE (SELECT a FROM t), MODEL m, DESCRIPTOR(a))");
  ExpectCanonical(
      "SELECT * FROM TABLE(TUMBLE(TABLE(SELECT * FROM t), DESCRIPTOR(ts), "
      "INTERVAL '1' MINUTE))",
      "SELECT * FROM TABLE(TUMBLE(TABLE (SELECT * FROM t), DESCRIPTOR(ts), "
      "INTERVAL '1' MINUTE))");
}

TEST(QueryParserTest, WindowClauseAndOverAggregates) {
  ExpectCanonical(
      "SELECT k, SUM(v) OVER w FROM t WINDOW w AS (PARTITION BY k ORDER BY ts ROWS BETWEEN 2 "
      "PRECEDING AND CURRENT ROW)",
      "SELECT k, SUM(v) OVER w FROM t WINDOW w AS (PARTITION BY k ORDER BY ts ROWS BETWEEN 2 "
      "PRECEDING AND CURRENT ROW)");
  ExpectCanonical(
      "SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts DESC) AS rn FROM "
      "t) WHERE rn <= 3",
      "SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts DESC) AS rn FROM "
      "t) WHERE rn <= 3");
}

TEST(QueryParserTest, SourceSpansOfNodes) {
  std::string_view sql = "SELECT a  +  1 AS x,\n  b FROM  t  AS u WHERE c";
  auto query = Parse(sql);
  const SelectQuery& select = AsSelect(query);
  const Expression& item = *select.items[0].expression;
  EXPECT_EQ(sql.substr(item.begin_offset, item.end_offset - item.begin_offset), "a  +  1");
  EXPECT_EQ(select.items[1].expression->line, 2);
  EXPECT_EQ(select.items[1].expression->column, 3);
  const TableRef& from = *select.from;
  EXPECT_EQ(sql.substr(from.begin_offset, from.end_offset - from.begin_offset), "t  AS u");
  EXPECT_EQ(sql.substr(query->begin_offset, query->end_offset - query->begin_offset), sql);
}

TEST(QueryParserTest, PeekQueryStart) {
  for (const char* sql :
       {"SELECT 1", "with a as (select 1) select 2", "VALUES (1)", "((SELECT 1))"}) {
    Result<TokenStream> tokens = TokenStream::Create(sql);
    ASSERT_TRUE(tokens.ok());
    EXPECT_TRUE(PeekQueryStart(*tokens)) << sql;
  }
  for (const char* sql : {"(1 + 2)", "INSERT INTO t SELECT 1", "CREATE MODEL m", ""}) {
    Result<TokenStream> tokens = TokenStream::Create(sql);
    ASSERT_TRUE(tokens.ok());
    EXPECT_FALSE(PeekQueryStart(*tokens)) << sql;
  }
}

TEST(QueryParserTest, ParseQueryStopsAtTheEndOfTheQuery) {
  Result<TokenStream> tokens = TokenStream::Create("SELECT a FROM t) rest");
  ASSERT_TRUE(tokens.ok());
  Result<std::unique_ptr<QueryNode>> query = ParseQuery(*tokens);
  ASSERT_TRUE(query.ok());
  EXPECT_TRUE(tokens->PeekSymbol(")"));
}

TEST(QueryParserTest, MissingTableReference) {
  ExpectError("SELECT a FROM", "Syntax error: unexpected end of input, expected a table reference",
              1, 14);
  ExpectError("SELECT a FROM WHERE", "Syntax error: expected a table reference but found 'WHERE'",
              1, 15);
}

TEST(QueryParserTest, UnclosedParenthesis) {
  ExpectError("SELECT (1 + 2", "Syntax error: unexpected end of input, expected ')'", 1, 14);
  ExpectError("SELECT (1 + 2 FROM t", "Syntax error: expected ')' but found 'FROM'", 1, 15);
}

TEST(QueryParserTest, UnterminatedStringInQuery) {
  ExpectError("SELECT a\nFROM t WHERE s = 'abc", "Syntax error: unterminated string literal", 2,
              18);
}

TEST(QueryParserTest, OtherSyntaxErrors) {
  ExpectError("SELECT FROM t", "Syntax error: expected an expression but found 'FROM'", 1, 8);
  ExpectError("SELECT a, FROM t", "Syntax error: expected an expression but found 'FROM'", 1, 11);
  ExpectError("SELECT a FROM t JOIN u",
              "Syntax error: unexpected end of input, expected 'ON' or "
              "'USING'",
              1, 23);
  ExpectError("SELECT a FROM t LEFT OUTER u ON TRUE", "Syntax error: expected 'JOIN' but found 'u'",
              1, 28);
  ExpectError("SELECT a FROM t WHERE",
              "Syntax error: unexpected end of input, expected an "
              "expression",
              1, 22);
  ExpectError("SELECT a FROM t GROUP a", "Syntax error: expected 'BY' but found 'a'", 1, 23);
  ExpectError("SELECT a AS FROM t", "Syntax error: expected an alias but found 'FROM'", 1, 13);
  ExpectError("SELECT * FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts))",
              "Syntax error: unexpected end of input, expected ')'", 1, 52);
  ExpectError("WITH a AS SELECT 1 SELECT 2", "Syntax error: expected '(' but found 'SELECT'", 1,
              11);
  ExpectError("DELETE FROM t", "Syntax error: expected a query but found 'DELETE'", 1, 1);
  ExpectError("SELECT 1; SELECT 2", "Syntax error: expected end of input but found 'SELECT'", 1,
              11);
}

TEST(QueryParserTest, ReservedWordAfterDotInSelectList) {
  ExpectError("SELECT r. FROM t", "Syntax error: expected a field name but found 'FROM'", 1, 11);
  ExpectError("SELECT r.from FROM t", "Syntax error: expected a field name but found 'from'", 1,
              10);
  ExpectCanonical("SELECT r.`from` FROM t", "SELECT r.`from` FROM t");
  ExpectCanonical("SELECT t.* FROM t", "SELECT t.* FROM t");
}

TEST(QueryParserTest, LimitTakesACountOrAll) {
  ExpectError("SELECT * FROM t LIMIT 'x'",
              "Syntax error: expected an unsigned integer, '?' or 'ALL' but found ''x''", 1, 23);
  ExpectError("SELECT * FROM t LIMIT 1 + 1",
              "Syntax error: expected end of input but found '+'", 1, 25);
  ExpectError("SELECT * FROM t LIMIT -1",
              "Syntax error: expected an unsigned integer, '?' or 'ALL' but found '-'", 1, 23);
  ExpectError("SELECT * FROM t OFFSET a",
              "Syntax error: expected an unsigned integer or '?' but found 'a'", 1, 24);
  ExpectError("SELECT * FROM t FETCH FIRST x ROWS ONLY",
              "Syntax error: expected an unsigned integer or '?' but found 'x'", 1, 29);
  auto all = Parse("SELECT * FROM t ORDER BY a LIMIT ALL");
  ASSERT_NE(all, nullptr);
  EXPECT_EQ(all->limit, nullptr);
  EXPECT_EQ(all->ToSql(), "SELECT * FROM t ORDER BY a");
  ExpectCanonical("SELECT * FROM t LIMIT ALL OFFSET 2", "SELECT * FROM t OFFSET 2");
  ExpectCanonical("SELECT * FROM t LIMIT ?", "SELECT * FROM t LIMIT ?");
}

TEST(QueryParserTest, ClauseKeywordErrorsNameTheMissingWord) {
  ExpectError("SELECT * FROM t ORDER a", "Syntax error: expected 'BY' but found 'a'", 1, 23);
  ExpectError("SELECT * FROM t ORDER BY a NULLS",
              "Syntax error: unexpected end of input, expected 'FIRST' or 'LAST'", 1, 33);
  ExpectError("SELECT * FROM t ORDER BY a NULLS a",
              "Syntax error: expected 'FIRST' or 'LAST' but found 'a'", 1, 34);
  ExpectError("SELECT a FROM t WHERE a NOT",
              "Syntax error: unexpected end of input, expected 'IN', 'LIKE', 'ILIKE', "
              "'SIMILAR TO' or 'BETWEEN'",
              1, 28);
}

TEST(QueryParserTest, MissingParenthesisAfterSubqueryInFrom) {
  ExpectError("SELECT * FROM (SELECT a FROM t",
              "Syntax error: unexpected end of input, expected ')'", 1, 31);
  ExpectError("SELECT * FROM (SELECT a FROM t WHERE) x",
              "Syntax error: expected an expression but found ')'", 1, 37);
  ExpectError("SELECT * FROM (SELECT a FROM t x WHERE TRUE x",
              "Syntax error: expected ')' but found 'x'", 1, 45);
  // A parenthesised join that starts with a subquery is still a join.
  ExpectCanonical("SELECT * FROM ((SELECT a FROM t) x JOIN u ON x.a = u.a)",
                  "SELECT * FROM (SELECT a FROM t) AS x INNER JOIN u ON x.a = u.a");
}

TEST(QueryParserTest, QuantifiedComparisonInWhere) {
  ExpectCanonical(
      "SELECT * FROM t WHERE a > ALL (SELECT b FROM u) OR a = ANY (SELECT c FROM v) OR a < SOME "
      "(SELECT d FROM w)",
      "SELECT * FROM t WHERE a > ALL (SELECT b FROM u) OR a = ANY (SELECT c FROM v) OR a < SOME "
      "(SELECT d FROM w)");
}

}  // namespace
}  // namespace sluice::sql
