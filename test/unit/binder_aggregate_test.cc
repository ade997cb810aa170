// Binder: GROUP BY, aggregates, HAVING, DISTINCT and changelog inference.
#include "binder_test_util.h"

namespace sluice {
namespace {

using BinderAggregateTest = BinderFixture;

TEST_F(BinderAggregateTest, GroupByWithAggregates) {
  EXPECT_EQ(Explain("SELECT b, COUNT(*), SUM(a) FROM t GROUP BY b"),
            "LogicalProject(b=[$0], EXPR$1=[$1], EXPR$2=[$2])\n"
            "  LogicalAggregate(group=[{0}], EXPR$1=[COUNT()], EXPR$2=[SUM($1)])\n"
            "    LogicalProject(b=[$1], a=[$0])\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
}

TEST_F(BinderAggregateTest, HavingOrderByAndLimit) {
  EXPECT_EQ(Explain("SELECT b, COUNT(*) AS n FROM t GROUP BY b HAVING SUM(a) > 1 "
                    "ORDER BY n DESC LIMIT 5"),
            "LogicalLimit(fetch=[5])\n"
            "  LogicalSort(sort0=[$1], dir0=[DESC])\n"
            "    LogicalProject(b=[$0], n=[$1])\n"
            "      LogicalFilter(condition=[>($2, 1)])\n"
            "        LogicalAggregate(group=[{0}], EXPR$1=[COUNT()], EXPR$2=[SUM($1)])\n"
            "          LogicalProject(b=[$1], a=[$0])\n"
            "            LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
}

TEST_F(BinderAggregateTest, DistinctAggregatesFiltersAndExpressionsOfKeys) {
  EXPECT_EQ(Explain("SELECT a + 1, COUNT(DISTINCT b), MAX(c) FILTER (WHERE c > 0) FROM t "
                    "GROUP BY a"),
            "LogicalProject(EXPR$0=[+($0, 1)], EXPR$1=[$1], EXPR$2=[$2])\n"
            "  LogicalAggregate(group=[{0}], EXPR$1=[COUNT(DISTINCT $1)], "
            "EXPR$2=[MAX($2) FILTER $3])\n"
            "    LogicalProject(a=[$0], b=[$1], c=[$2], $f3=[>($2, CAST(0):DOUBLE)])\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
}

TEST_F(BinderAggregateTest, GroupingErrors) {
  EXPECT_EQ(Error("SELECT a, COUNT(*) FROM t GROUP BY b"), "Expression 'a' is not being grouped");
  EXPECT_EQ(Error("SELECT * FROM t GROUP BY a"), "Expression 'b' is not being grouped");
  EXPECT_EQ(Error("SELECT SUM(COUNT(a)) FROM t"), "Aggregate expressions cannot be nested");
  EXPECT_EQ(Error("SELECT COUNT(*) FROM t GROUP BY SUM(a)"),
            "Aggregate expression is illegal in GROUP BY clause");
  EXPECT_EQ(Error("SELECT b FROM t GROUP BY b HAVING a > 1"),
            "Expression 'a' is not being grouped");
  EXPECT_EQ(Error("SELECT b, SUM(a) FROM t JOIN u ON t.a = u.a GROUP BY b"),
            "Column 'a' is ambiguous");
}

TEST_F(BinderAggregateTest, GlobalAggregateAndDistinct) {
  EXPECT_EQ(Explain("SELECT COUNT(*) FROM t"),
            "LogicalProject(EXPR$0=[$0])\n"
            "  LogicalAggregate(group=[{}], EXPR$0=[COUNT()])\n"
            "    LogicalProject()\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
  EXPECT_EQ(Explain("SELECT DISTINCT b FROM t"),
            "LogicalAggregate(group=[{0}])\n"
            "  LogicalProject(b=[$1])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
}

TEST_F(BinderAggregateTest, ChangelogInference) {
  auto streaming = Bind("SELECT b, COUNT(*) FROM t GROUP BY b", true);
  ASSERT_TRUE(streaming.ok());
  EXPECT_TRUE((*streaming)->produces_updates);
  auto batch = Bind("SELECT b, COUNT(*) FROM t GROUP BY b", false);
  ASSERT_TRUE(batch.ok());
  EXPECT_FALSE((*batch)->produces_updates);
  auto distinct = Bind("SELECT DISTINCT b FROM t", true);
  ASSERT_TRUE(distinct.ok());
  EXPECT_FALSE((*distinct)->produces_updates);
  auto append = Bind("SELECT a FROM t WHERE a > 1", true);
  ASSERT_TRUE(append.ok());
  EXPECT_FALSE((*append)->produces_updates);
}

}  // namespace
}  // namespace sluice
