// Binder: literals, operators, function calls, special forms and their types.
#include "binder_test_util.h"

namespace sluice {
namespace {

using BinderExpressionTest = BinderFixture;

TEST_F(BinderExpressionTest, LiteralTypes) {
  auto plan = Bind(
      "SELECT 1, 2147483648, 1.50, 'ab', TRUE, NULL, DATE '2024-01-01', INTERVAL '2' DAY, "
      "TIMESTAMP '2024-01-01 00:00:00.12', -2147483648, 1e3, X'0aff'");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ((*plan)->schema.ToString(),
            "(EXPR$0 INT NOT NULL, EXPR$1 BIGINT NOT NULL, EXPR$2 DECIMAL(3, 2) NOT NULL, "
            "EXPR$3 CHAR(2) NOT NULL, EXPR$4 BOOLEAN NOT NULL, EXPR$5 NULL, EXPR$6 DATE NOT NULL, "
            "EXPR$7 INTERVAL DAY(2) NOT NULL, EXPR$8 TIMESTAMP(2) NOT NULL, EXPR$9 INT NOT NULL, "
            "EXPR$10 DOUBLE NOT NULL, EXPR$11 BINARY(2) NOT NULL)");
}

TEST_F(BinderExpressionTest, IntervalLiteralValues) {
  auto plan = Bind("SELECT INTERVAL '1 02:03:04.5' DAY TO SECOND, INTERVAL '1-2' YEAR TO MONTH, "
                   "INTERVAL -'5' SECOND");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  const auto& exprs = (*plan)->expressions;
  EXPECT_EQ(exprs[0]->constant.GetInt64(), 86400000 + 2 * 3600000 + 3 * 60000 + 4500);
  EXPECT_EQ(exprs[1]->constant.GetInt64(), 14);
  EXPECT_EQ(exprs[2]->constant.GetInt64(), -5000);
  EXPECT_NE(Error("SELECT INTERVAL '1:2' DAY"), "");
}

TEST_F(BinderExpressionTest, CastsAndTheirErrors) {
  EXPECT_EQ(Explain("SELECT CAST(a AS BIGINT), TRY_CAST(b AS INT), CAST(b AS DATE) FROM t"),
            "LogicalProject(EXPR$0=[CAST($0):BIGINT], EXPR$1=[TRY_CAST($1):INT], "
            "EXPR$2=[CAST($1):DATE])\n"
            "  LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
  EXPECT_EQ(Error("SELECT CAST(a AS DATE) FROM t"),
            "Cast function cannot convert value of type INT to type DATE");
  auto plan = Bind("SELECT CAST(id AS INT), CAST(NULL AS STRING) FROM events");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ((*plan)->schema.ToString(), "(EXPR$0 INT NOT NULL, EXPR$1 STRING)");
}

TEST_F(BinderExpressionTest, CaseCoalesceIf) {
  EXPECT_EQ(Explain("SELECT CASE WHEN a > 1 THEN a ELSE c END, COALESCE(a, 0) FROM t"),
            "LogicalProject(EXPR$0=[CASE(>($0, 1), CAST($0):DOUBLE, $2)], "
            "EXPR$1=[COALESCE($0, 0)])\n"
            "  LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
  auto plan = Bind("SELECT COALESCE(a, 0), CASE a WHEN 1 THEN 'x' END, IF(a > 1, 1, 2.5) FROM t");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ((*plan)->schema.ToString(),
            "(EXPR$0 INT NOT NULL, EXPR$1 CHAR(1), EXPR$2 DECIMAL(11, 1) NOT NULL)");
  EXPECT_EQ(Error("SELECT CASE WHEN a > 1 THEN a ELSE TRUE END FROM t"),
            "Illegal mixing of types in CASE or COALESCE statement");
}

TEST_F(BinderExpressionTest, PredicatesUseTheRegistryForms) {
  EXPECT_EQ(Explain("SELECT a IN (1, 2), a BETWEEN 1 AND 3, b IS NULL, a NOT IN (3), "
                    "b IS NOT NULL FROM t"),
            "LogicalProject(EXPR$0=[IN($0, 1, 2)], EXPR$1=[BETWEEN($0, 1, 3)], "
            "EXPR$2=[IS NULL($1)], EXPR$3=[NOT(IN($0, 3))], EXPR$4=[IS NOT NULL($1)])\n"
            "  LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
  EXPECT_EQ(Error("SELECT b LIKE 'x%', b NOT LIKE 'y', a BETWEEN SYMMETRIC 3 AND 1 FROM t"), "");
}

TEST_F(BinderExpressionTest, LogicalOperatorsFlattenAndCheckTypes) {
  EXPECT_EQ(Explain("SELECT a FROM t WHERE a > 1 AND c > 2 AND b = 'x' OR a IS NULL"),
            "LogicalProject(a=[$0])\n"
            "  LogicalFilter(condition=[OR(AND(>($0, 1), >($2, CAST(2):DOUBLE), =($1, "
            "CAST('x' AS STRING))), IS NULL($0))])\n"
            "    LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
  EXPECT_EQ(Error("SELECT a FROM t WHERE a AND TRUE"),
            "Cannot apply 'AND' to arguments of type '<INT> AND <BOOLEAN>'. Supported form(s): "
            "'<BOOLEAN> AND <BOOLEAN>'");
}

TEST_F(BinderExpressionTest, FunctionCallsAndErrors) {
  EXPECT_EQ(Explain("SELECT UPPER(b), ABS(a) FROM t"),
            "LogicalProject(EXPR$0=[UPPER($1)], EXPR$1=[ABS($0)])\n"
            "  LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
  EXPECT_EQ(Error("SELECT no_such_fn(a, b) FROM t"),
            "No match found for function signature no_such_fn(<INT>, <STRING>)");
  std::string message = Error("SELECT UPPER(a) FROM t");
  EXPECT_EQ(message.rfind("Invalid function call:", 0), 0u) << message;
}

TEST_F(BinderExpressionTest, NegativeLiteralsAreLiterals) {
  EXPECT_EQ(Explain("SELECT -1, -a FROM t"),
            "LogicalProject(EXPR$0=[-1], EXPR$1=[-($0)])\n"
            "  LogicalTableScan(table=[[default_catalog, default_database, t]])\n");
}

TEST_F(BinderExpressionTest, ScalarExpressionAgainstAScope) {
  Scope scope = Scope::FromSchema(Schema({"x", "y"}, {LogicalType::Int(), LogicalType::BigInt()}));
  auto expr = sql::ParseStandaloneExpression("x + y");
  ASSERT_TRUE(expr.ok());
  Binder binder(*catalog_, FunctionRegistry::Builtins(), false);
  auto bound = binder.BindScalarExpression(**expr, scope);
  ASSERT_TRUE(bound.ok()) << bound.status().message();
  EXPECT_EQ(ExplainExpression(**bound), "+(CAST($0):BIGINT, $1)");
  EXPECT_EQ((*bound)->type, LogicalType::BigInt());
}

}  // namespace
}  // namespace sluice
