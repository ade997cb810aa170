// Binder: joins (keys, residuals, USING, nullability, changelog) and INSERT INTO.
#include "binder_test_util.h"

namespace sluice {
namespace {

using BinderJoinInsertTest = BinderFixture;

TEST_F(BinderJoinInsertTest, OuterJoinResidualAndNullability) {
  EXPECT_EQ(Explain("SELECT * FROM t LEFT JOIN u ON t.a = u.a AND t.c > 1"),
            "LogicalProject(a=[$0], b=[$1], c=[$2], a0=[$3], d=[$4])\n"
            "  LogicalJoin(condition=[AND(=($0, $3), >($2, CAST(1):DOUBLE))], joinType=[left])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, t]])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, u]])\n");
  auto plan = Bind("SELECT e.id, t.a FROM events e RIGHT JOIN t ON e.v = t.a");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ((*plan)->schema.ToString(), "(id BIGINT, a INT)");
}

TEST_F(BinderJoinInsertTest, KeysOnExpressionsAreComputedBelowTheJoin) {
  auto plan = Bind("SELECT t.b FROM t JOIN u ON t.a + 1 = u.d");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ((*plan)->Explain(),
            "LogicalProject(b=[$1])\n"
            "  LogicalProject(a=[$0], b=[$1], c=[$2], a=[$4], d=[$5])\n"
            "    LogicalJoin(condition=[=($3, $5)], joinType=[inner])\n"
            "      LogicalProject(a=[$0], b=[$1], c=[$2], $k0=[CAST(+($0, 1)):BIGINT])\n"
            "        LogicalTableScan(table=[[default_catalog, default_database, t]])\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, u]])\n");
}

TEST_F(BinderJoinInsertTest, UsingAndCommaJoins) {
  EXPECT_EQ(Explain("SELECT * FROM t JOIN u USING (a)"),
            "LogicalProject(a=[$0], b=[$1], c=[$2], d=[$4])\n"
            "  LogicalJoin(condition=[=($0, $3)], joinType=[inner])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, t]])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, u]])\n");
  EXPECT_EQ(Error("SELECT a, d FROM t JOIN u USING (a)"), "");
  EXPECT_EQ(Error("SELECT * FROM t JOIN u USING (zz)"), "Column 'zz' not found in left table");
  EXPECT_EQ(Explain("SELECT t.a FROM t, u"),
            "LogicalProject(a=[$0])\n"
            "  LogicalJoin(condition=[true], joinType=[cross])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, t]])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, u]])\n");
}

TEST_F(BinderJoinInsertTest, JoinChangelog) {
  auto inner = Bind("SELECT * FROM t JOIN u ON t.a = u.a", true);
  ASSERT_TRUE(inner.ok());
  EXPECT_FALSE((*inner)->produces_updates);
  auto left = Bind("SELECT * FROM t LEFT JOIN u ON t.a = u.a", true);
  ASSERT_TRUE(left.ok());
  EXPECT_TRUE((*left)->produces_updates);
  auto over_aggregate =
      Bind("SELECT * FROM t JOIN (SELECT a, COUNT(*) AS n FROM u GROUP BY a) g ON t.a = g.a", true);
  ASSERT_TRUE(over_aggregate.ok()) << over_aggregate.status().message();
  EXPECT_TRUE((*over_aggregate)->produces_updates);
}

TEST_F(BinderJoinInsertTest, InsertCastsToTheSink) {
  auto plan = BindInsertSql("INSERT INTO sink SELECT a, b FROM t");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ((*plan)->Explain(),
            "LogicalSink(table=[default_catalog.default_database.sink], fields=[x, y])\n"
            "  LogicalProject(x=[CAST($0):BIGINT], y=[$1])\n"
            "    LogicalProject(a=[$0], b=[$1])\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
  EXPECT_EQ((*plan)->kind, LogicalNode::Kind::kSink);
}

TEST_F(BinderJoinInsertTest, InsertColumnListFillsNulls) {
  auto plan = BindInsertSql("INSERT INTO sink (y) SELECT b FROM t");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ((*plan)->Explain(),
            "LogicalSink(table=[default_catalog.default_database.sink], fields=[x, y])\n"
            "  LogicalProject(x=[null:BIGINT], y=[$0])\n"
            "    LogicalProject(b=[$1])\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
  auto overwrite = BindInsertSql("INSERT OVERWRITE sink SELECT d, 'x' FROM u");
  ASSERT_TRUE(overwrite.ok()) << overwrite.status().message();
  EXPECT_TRUE((*overwrite)->overwrite);
}

TEST_F(BinderJoinInsertTest, InsertErrors) {
  EXPECT_EQ(BindInsertSql("INSERT INTO sink SELECT a FROM t").status().message(),
            "Column types of query result and sink for 'default_catalog.default_database.sink' "
            "do not match.\n"
            "Cause: Different number of columns.\n\n"
            "Query schema: [a: INT]\n"
            "Sink schema:  [x: BIGINT, y: STRING]");
  EXPECT_EQ(BindInsertSql("INSERT INTO sink SELECT b, a FROM t").status().message(),
            "Column types of query result and sink for 'default_catalog.default_database.sink' "
            "do not match.\n"
            "Cause: Incompatible types for sink column 'x' at position 0.\n\n"
            "Query schema: [b: STRING, a: INT]\n"
            "Sink schema:  [x: BIGINT, y: STRING]");
  EXPECT_EQ(BindInsertSql("INSERT INTO sink (zz) SELECT a FROM t").status().message(),
            "Unknown target column 'zz'");
  EXPECT_EQ(BindInsertSql("INSERT INTO sink (x, x) SELECT a, a FROM t").status().message(),
            "Target column 'x' is assigned more than once");
  EXPECT_EQ(BindInsertSql("INSERT INTO strict_sink (y) SELECT b FROM t").status().message(),
            "Column 'x' has no default value and does not allow NULLs");
  EXPECT_EQ(BindInsertSql("INSERT INTO nowhere SELECT a FROM t").status().message(),
            "Object 'nowhere' not found");
}

}  // namespace
}  // namespace sluice
