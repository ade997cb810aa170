// Optimizer rules: filter and projection push-down, constant folding, merging and removal of
// projections.
#include "binder_test_util.h"

namespace sluice {
namespace {

using OptimizerTest = BinderFixture;

// A folder for tests: folds `+` of two integer constants and casts of integer constants to
// DOUBLE; anything else is "not foldable".
Result<Value> TestFolder(const BoundExpression& e) {
  if (e.kind == BoundExpression::Kind::kCall && e.function->name == "+" &&
      e.children.size() == 2 && e.children[0]->kind == BoundExpression::Kind::kConstant &&
      e.children[1]->kind == BoundExpression::Kind::kConstant) {
    return Value::FromInt64(e.type, e.children[0]->constant.GetInt64() +
                                        e.children[1]->constant.GetInt64());
  }
  if (e.kind == BoundExpression::Kind::kCast && e.type.id() == TypeId::kDouble &&
      e.children[0]->kind == BoundExpression::Kind::kConstant &&
      e.children[0]->type.IsIntegral()) {
    return Value::Double(static_cast<double>(e.children[0]->constant.GetInt64()));
  }
  if (e.kind == BoundExpression::Kind::kCall && e.function->name == "=" &&
      e.children[0]->kind == BoundExpression::Kind::kConstant &&
      e.children[1]->kind == BoundExpression::Kind::kConstant) {
    return Value::Boolean(e.children[0]->constant == e.children[1]->constant);
  }
  return Status::UserError("not foldable");
}

TEST_F(OptimizerTest, FiltersAndProjectionsGoIntoTheScan) {
  EXPECT_EQ(Optimized("SELECT a + 1 AS x FROM t WHERE c > 1.5 AND b = 'q'"),
            "LogicalProject(x=[+($0, 1)])\n"
            "  LogicalTableScan(table=[[default_catalog, default_database, t]], "
            "filter=[>($2, CAST(1.5):DOUBLE), =($1, CAST('q' AS STRING))])\n");
}

TEST_F(OptimizerTest, PushedFiltersAreRemappedToProjectedColumns) {
  auto plan = Bind("SELECT c FROM t WHERE b = 'q'");
  ASSERT_TRUE(plan.ok());
  auto optimized = Optimize(*plan, OptimizerOptions{});
  ASSERT_TRUE(optimized.ok());
  const LogicalNode* node = optimized->get();
  while (node->kind != LogicalNode::Kind::kScan) node = node->inputs[0].get();
  EXPECT_EQ(node->projected_columns, (std::vector<size_t>{1, 2}));
  EXPECT_EQ(ExplainExpression(*node->pushed_filters[0]), "=($0, CAST('q' AS STRING))");
  EXPECT_EQ((*optimized)->schema.ToString(), "(c DOUBLE)");
}

TEST_F(OptimizerTest, AggregateInputsArePruned) {
  EXPECT_EQ(Optimized("SELECT b, SUM(d) FROM t JOIN u ON t.a = u.a GROUP BY b"),
            "LogicalAggregate(group=[{0}], EXPR$1=[SUM($1)])\n"
            "  LogicalProject(b=[$1], d=[$3])\n"
            "    LogicalJoin(condition=[=($0, $2)], joinType=[inner])\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, t]], "
            "project=[a, b])\n"
            "      LogicalTableScan(table=[[default_catalog, default_database, u]])\n");
}

TEST_F(OptimizerTest, ComputedColumnsMergeIntoOneProjection) {
  EXPECT_EQ(Optimized("SELECT v2 FROM events"),
            "LogicalProject(v2=[*($0, 2)])\n"
            "  LogicalTableScan(table=[[default_catalog, default_database, events]], "
            "project=[v])\n");
}

TEST_F(OptimizerTest, TrivialProjectionsDisappear) {
  EXPECT_EQ(Optimized("SELECT * FROM (SELECT a, b, c FROM t)"),
            "LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
  EXPECT_EQ(Optimized("SELECT * FROM v"),
            "LogicalProject(va=[$0], b=[$1])\n"
            "  LogicalTableScan(table=[[default_catalog, default_database, t]], project=[a, b], "
            "filter=[>($0, 1)])\n");
}

TEST_F(OptimizerTest, ConstantFoldingThroughTheInjectedFolder) {
  OptimizerOptions options;
  options.fold_constant = TestFolder;
  EXPECT_EQ(Optimized("SELECT a, 1 + 2 AS three FROM t WHERE c > 1", options),
            "LogicalProject(a=[$0], three=[3])\n"
            "  LogicalTableScan(table=[[default_catalog, default_database, t]], project=[a, c], "
            "filter=[>($1, 1.0E0)])\n");
}

TEST_F(OptimizerTest, AlwaysTrueAndAlwaysFalseFilters) {
  OptimizerOptions options;
  options.fold_constant = TestFolder;
  EXPECT_EQ(Optimized("SELECT a FROM t WHERE 1 = 1", options),
            "LogicalTableScan(table=[[default_catalog, default_database, t]], project=[a])\n");
  EXPECT_EQ(Optimized("SELECT a FROM t WHERE 1 = 2", options),
            "LogicalProject(a=[$0])\n"
            "  LogicalValues(tuples=[[]])\n");
}

TEST_F(OptimizerTest, FoldingLeavesFailuresAlone) {
  OptimizerOptions options;
  options.fold_constant = [](const BoundExpression&) -> Result<Value> {
    return Status::UserError("Division by zero");
  };
  EXPECT_EQ(Optimized("SELECT a, 1 + 2 FROM t", options),
            "LogicalProject(a=[$0], EXPR$1=[+(1, 2)])\n"
            "  LogicalTableScan(table=[[default_catalog, default_database, t]], project=[a])\n");
}

}  // namespace
}  // namespace sluice
