// Binder: SELECT, FROM, WHERE, name resolution, ORDER BY / LIMIT, set operations, VALUES.
#include "binder_test_util.h"

namespace sluice {
namespace {

using BinderSelectTest = BinderFixture;

TEST_F(BinderSelectTest, ProjectAndFilter) {
  EXPECT_EQ(Explain("SELECT a + 1 AS x, c FROM t WHERE a > 2"),
            "LogicalProject(x=[+($0, 1)], c=[$2])\n"
            "  LogicalFilter(condition=[>($0, 2)])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
}

TEST_F(BinderSelectTest, StarSkipsVirtualMetadataAndBindsComputedColumns) {
  EXPECT_EQ(Explain("SELECT * FROM events"),
            "LogicalProject(id=[$0], ts=[$1], v=[$2], v2=[$3])\n"
            "  LogicalProject(id=[$0], ts=[$1], v=[$2], v2=[*($2, 2)], part=[null:INT])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, events]])\n");
}

TEST_F(BinderSelectTest, QualifiedStarAndColumns) {
  EXPECT_EQ(Explain("SELECT t.*, u.d FROM t JOIN u ON t.a = u.a"),
            "LogicalProject(a=[$0], b=[$1], c=[$2], d=[$4])\n"
            "  LogicalJoin(condition=[=($0, $3)], joinType=[inner])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, t]])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, u]])\n");
  EXPECT_EQ(Error("SELECT default_database.t.a, default_catalog.default_database.t.b FROM t"), "");
}

TEST_F(BinderSelectTest, NameResolutionErrors) {
  EXPECT_EQ(Error("SELECT zz FROM t"), "Column 'zz' not found in any table");
  EXPECT_EQ(Error("SELECT a FROM t JOIN u ON t.a = u.a"), "Column 'a' is ambiguous");
  EXPECT_EQ(Error("SELECT x.a FROM t"), "Table 'x' not found");
  EXPECT_EQ(Error("SELECT t.zz FROM t"), "Column 'zz' not found in table 't'");
  EXPECT_EQ(Error("SELECT * FROM nope"), "Object 'nope' not found");
  EXPECT_EQ(Error("SELECT * FROM default_database.nope"),
            "Object 'nope' not found within 'default_database'");
  EXPECT_EQ(Error("SELECT x.* FROM t"), "Unknown identifier 'x'");
  EXPECT_EQ(Error("SELECT *"), "SELECT * requires a FROM clause");
}

TEST_F(BinderSelectTest, ErrorsCarryPositions) {
  auto plan = Bind("SELECT a,\n  zz FROM t");
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.status().line(), 2);
  EXPECT_EQ(plan.status().column(), 3);
}

TEST_F(BinderSelectTest, WhereMustBeACondition) {
  EXPECT_EQ(Error("SELECT a FROM t WHERE a + 1"), "WHERE clause must be a condition");
  EXPECT_EQ(Error("SELECT a FROM t WHERE SUM(a) > 1"),
            "Aggregate expression is illegal in WHERE clause");
}

TEST_F(BinderSelectTest, ResultNames) {
  auto plan = Bind("SELECT a, a, a + 1, b AS bee FROM t");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ((*plan)->schema.ToString(), "(a INT, a0 INT, EXPR$2 INT, bee STRING)");
}

TEST_F(BinderSelectTest, ViewsCtesAndDerivedTables) {
  EXPECT_EQ(Explain("SELECT * FROM v"),
            "LogicalProject(va=[$0], b=[$1])\n"
            "  LogicalProject(va=[$0], b=[$1])\n"
            "    LogicalFilter(condition=[>($0, 1)])\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
  EXPECT_EQ(Explain("WITH w AS (SELECT a FROM t) SELECT w.a FROM w"),
            "LogicalProject(a=[$0])\n"
            "  LogicalProject(a=[$0])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
  auto plan = Bind("SELECT y.p FROM (SELECT a FROM t) AS y(p)");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ((*plan)->schema.ToString(), "(p INT)");
  EXPECT_EQ(Error("WITH w(x, y) AS (SELECT a FROM t) SELECT * FROM w"),
            "List of column aliases must have same degree as table; table has 1 columns w, "
            "whereas alias list has 2 columns");
}

TEST_F(BinderSelectTest, OrderByPositionAliasAndHiddenExpression) {
  EXPECT_EQ(Explain("SELECT a AS x, b FROM t ORDER BY 2, x DESC"),
            "LogicalSort(sort0=[$1], sort1=[$0], dir0=[ASC], dir1=[DESC])\n"
            "  LogicalProject(x=[$0], b=[$1])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
  EXPECT_EQ(Explain("SELECT a FROM t ORDER BY c NULLS LAST"),
            "LogicalProject(a=[$0])\n"
            "  LogicalSort(sort0=[$1], dir0=[ASC-nulls-last])\n"
            "    LogicalProject(a=[$0], EXPR$1=[$2])\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
  EXPECT_EQ(Error("SELECT a FROM t ORDER BY 3"), "Ordinal out of range");
  EXPECT_EQ(Error("SELECT DISTINCT a FROM t ORDER BY c"),
            "Expression 'c' is not in the select clause");
}

TEST_F(BinderSelectTest, LimitOffset) {
  EXPECT_EQ(Explain("SELECT a FROM t LIMIT 10 OFFSET 5"),
            "LogicalLimit(offset=[5], fetch=[10])\n"
            "  LogicalProject(a=[$0])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
}

TEST_F(BinderSelectTest, StreamingSortRules) {
  EXPECT_EQ(Error("SELECT a FROM t ORDER BY a", true),
            "Sort on a non-time-attribute field is not supported.");
  EXPECT_EQ(Error("SELECT ts, v FROM events ORDER BY ts", true), "");
  EXPECT_EQ(Error("SELECT ts, v FROM events ORDER BY ts DESC", true),
            "Sort: Primary sort order of a streaming table must be ascending on time.");
  EXPECT_EQ(Error("SELECT a FROM t ORDER BY a LIMIT 3", true),
            "ORDER BY with LIMIT (Top-N) in streaming mode is not supported yet");
  EXPECT_EQ(Error("SELECT a FROM t ORDER BY a", false), "");
  EXPECT_EQ(Error("SELECT a FROM t LIMIT 3", true), "");
}

TEST_F(BinderSelectTest, UnionAllMergesTypes) {
  auto plan = Bind("SELECT a, b FROM t UNION ALL SELECT d, 'x' FROM u");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ((*plan)->kind, LogicalNode::Kind::kUnion);
  EXPECT_EQ((*plan)->schema.ToString(), "(a BIGINT, b STRING)");
  EXPECT_EQ((*plan)->inputs.size(), 2u);
}

TEST_F(BinderSelectTest, UnionChainsFlattenAndDistinctUnionAggregates) {
  auto plan = Bind("SELECT a FROM t UNION ALL SELECT a FROM u UNION ALL SELECT 1");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ((*plan)->inputs.size(), 3u);
  EXPECT_EQ(Explain("SELECT a FROM t UNION SELECT a FROM u"),
            "LogicalAggregate(group=[{0}])\n"
            "  LogicalUnion(all=[true])\n"
            "    LogicalProject(a=[$0])\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, t]])\n"
            "    LogicalProject(a=[$0])\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, u]])\n");
}

TEST_F(BinderSelectTest, SetOperationErrors) {
  EXPECT_EQ(Error("SELECT a, b FROM t UNION ALL SELECT a FROM u"), "Column count mismatch in UNION");
  EXPECT_EQ(Error("SELECT a FROM t UNION ALL SELECT TRUE"),
            "Type mismatch in column 1 of UNION");
  EXPECT_EQ(Error("SELECT a FROM t INTERSECT SELECT a FROM u", true),
            "INTERSECT in streaming mode is not supported yet");
  EXPECT_EQ(Error("SELECT a FROM t EXCEPT SELECT a FROM u", true),
            "EXCEPT in streaming mode is not supported yet");
  EXPECT_EQ(Explain("SELECT a FROM t EXCEPT ALL SELECT a FROM u ORDER BY 1"),
            "LogicalSort(sort0=[$0], dir0=[ASC])\n"
            "  LogicalMinus(all=[true])\n"
            "    LogicalProject(a=[$0])\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, t]])\n"
            "    LogicalProject(a=[$0])\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, u]])\n");
}

TEST_F(BinderSelectTest, ValuesOfConstantsAndExpressions) {
  auto plan = Bind("VALUES (1, 'a'), (2, 'bc'), (3000000000, NULL)");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ((*plan)->kind, LogicalNode::Kind::kValues);
  EXPECT_EQ((*plan)->schema.ToString(), "(EXPR$0 BIGINT NOT NULL, EXPR$1 VARCHAR(2))");
  EXPECT_EQ((*plan)->rows.size(), 3u);
  EXPECT_EQ(Explain("VALUES (1 + 1)"),
            "LogicalProject(EXPR$0=[+(1, 1)])\n"
            "  LogicalValues(tuples=[[{ 0 }]])\n");
  EXPECT_EQ(Error("VALUES (1), ('a')"),
            "Values passed to VALUES operator must have compatible types");
}

TEST_F(BinderSelectTest, UnsupportedConstructsAreNamed) {
  EXPECT_EQ(Error("SELECT (SELECT 1) FROM t"), "Scalar subquery is not supported yet");
  EXPECT_EQ(Error("SELECT a FROM t WHERE a IN (SELECT a FROM u)"),
            "IN subquery is not supported yet");
  EXPECT_EQ(Error("SELECT a FROM t WHERE EXISTS (SELECT a FROM u)"),
            "EXISTS subquery is not supported yet");
  EXPECT_EQ(Error("SELECT SUM(a) OVER (PARTITION BY b) FROM t"), "OVER windows are not supported yet");
  EXPECT_EQ(Error("SELECT * FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '1' MINUTE))"),
            "Window table-valued function TUMBLE is not supported yet");
  EXPECT_EQ(Error("SELECT * FROM t NATURAL JOIN u"), "NATURAL JOIN is not supported yet");
  EXPECT_EQ(Error("SELECT b, COUNT(*) FROM t GROUP BY ROLLUP (b)"),
            "GROUPING SETS, ROLLUP and CUBE are not supported yet");
}

}  // namespace
}  // namespace sluice
