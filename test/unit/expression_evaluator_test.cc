// ExpressionEvaluator: leaves, null propagation, lazy AND/OR/CASE/COALESCE, constant folding.
#include "exec/expression/expression_evaluator.h"

#include <gtest/gtest.h>

#include "function_test_util.h"

namespace sluice::testing {
namespace {

std::shared_ptr<const BoundScalarFunction> Fn(const std::string& name,
                                              const std::vector<LogicalType>& types) {
  const ScalarFunction* f = FunctionRegistry::Builtins().FindScalar(name);
  EXPECT_NE(f, nullptr) << name;
  Result<BoundScalarFunction> b = f->Bind(types);
  EXPECT_TRUE(b.ok()) << b.status().message();
  return std::make_shared<const BoundScalarFunction>(b.MoveValue());
}

BoundExpressionPtr Call2(const std::string& name, BoundExpressionPtr a, BoundExpressionPtr b) {
  auto f = Fn(name, {a->type, b->type});
  return MakeCall(f, {CastIfNeeded(a, f->parameter_types[0]), CastIfNeeded(b, f->parameter_types[1])});
}

BoundExpressionPtr Special(BoundExpression::Kind kind, LogicalType type,
                           std::vector<BoundExpressionPtr> children, bool has_else = false) {
  auto e = std::make_shared<BoundExpression>();
  e->kind = kind;
  e->type = std::move(type);
  e->children = std::move(children);
  e->has_else = has_else;
  return e;
}

std::vector<std::string> Texts(const ColumnPtr& c, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) out.push_back(c->ToString(i));
  return out;
}

Batch TwoIntColumns(const std::vector<std::vector<Value>>& rows) {
  return Batch::FromRows({LogicalType::Int(), LogicalType::Int()}, rows).value();
}

TEST(ExpressionEvaluatorTest, ColumnRefIsNotCopied) {
  Batch batch = TwoIntColumns({{I(1), I(2)}, {I(3), I(4)}});
  ExpressionEvaluator evaluator(MakeColumnRef(1, LogicalType::Int(), "b"));
  ColumnPtr c = evaluator.Evaluate(batch).value();
  EXPECT_EQ(c.get(), batch.column(1).get());
}

TEST(ExpressionEvaluatorTest, ArithmeticOverBatchWithNulls) {
  Batch batch = TwoIntColumns({{I(1), I(2)}, {NullOf(LogicalType::Int()), I(4)}, {I(5), I(6)}});
  auto e = Call2("+", MakeColumnRef(0, LogicalType::Int(), "a"), MakeConstant(I(10)));
  ExpressionEvaluator evaluator(e);
  ColumnPtr c = evaluator.Evaluate(batch).value();
  EXPECT_EQ(Texts(c, 3), (std::vector<std::string>{"11", "NULL", "15"}));
  // Evaluating again reuses the cached constant column and gives the same answer.
  c = evaluator.Evaluate(batch).value();
  EXPECT_EQ(Texts(c, 3), (std::vector<std::string>{"11", "NULL", "15"}));
}

TEST(ExpressionEvaluatorTest, CaseIsLazy) {
  // CASE WHEN b <> 0 THEN a / b ELSE 0 END over rows with b = 0 must not fail.
  Batch batch = TwoIntColumns({{I(10), I(2)}, {I(7), I(0)}, {I(9), I(3)}, {I(1), I(0)}});
  auto a = MakeColumnRef(0, LogicalType::Int(), "a");
  auto b = MakeColumnRef(1, LogicalType::Int(), "b");
  auto when = Call2("<>", b, MakeConstant(I(0)));
  auto then = Call2("/", a, b);
  auto e = Special(BoundExpression::Kind::kCase, LogicalType::Int(),
                   {when, then, MakeConstant(I(0))}, /*has_else=*/true);
  ExpressionEvaluator evaluator(e);
  Result<ColumnPtr> c = evaluator.Evaluate(batch);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(Texts(*c, 4), (std::vector<std::string>{"5", "0", "3", "0"}));
  // Without the guard the division fails.
  ExpressionEvaluator unguarded(then);
  EXPECT_EQ(unguarded.Evaluate(batch).status().message(), "ArithmeticException: / by zero");
}

TEST(ExpressionEvaluatorTest, CaseWithoutElseGivesNull) {
  Batch batch = TwoIntColumns({{I(1), I(0)}, {I(2), I(0)}});
  auto a = MakeColumnRef(0, LogicalType::Int(), "a");
  auto e = Special(BoundExpression::Kind::kCase, LogicalType::String(),
                   {Call2("=", a, MakeConstant(I(1))), MakeConstant(S("one"))});
  ExpressionEvaluator evaluator(e);
  EXPECT_EQ(Texts(evaluator.Evaluate(batch).value(), 2),
            (std::vector<std::string>{"one", "NULL"}));
}

TEST(ExpressionEvaluatorTest, AndOrAreLazyAndThreeValued) {
  // b <> 0 AND a / b > 1: the division only runs where b <> 0.
  Batch batch = TwoIntColumns({{I(10), I(2)}, {I(7), I(0)}, {I(1), I(1)}});
  auto a = MakeColumnRef(0, LogicalType::Int(), "a");
  auto b = MakeColumnRef(1, LogicalType::Int(), "b");
  auto guard = Call2("<>", b, MakeConstant(I(0)));
  auto test = Call2(">", Call2("/", a, b), MakeConstant(I(1)));
  ExpressionEvaluator evaluator(
      Special(BoundExpression::Kind::kAnd, LogicalType::Boolean(), {guard, test}));
  Result<ColumnPtr> c = evaluator.Evaluate(batch);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(Texts(*c, 3), (std::vector<std::string>{"TRUE", "FALSE", "FALSE"}));
  // b = 0 OR a / b > 1.
  auto zero = Call2("=", b, MakeConstant(I(0)));
  ExpressionEvaluator or_evaluator(
      Special(BoundExpression::Kind::kOr, LogicalType::Boolean(), {zero, test}));
  c = or_evaluator.Evaluate(batch);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(Texts(*c, 3), (std::vector<std::string>{"TRUE", "TRUE", "FALSE"}));
}

TEST(ExpressionEvaluatorTest, AndOrTruthTable) {
  Value t = B(true), f = B(false), n = NullOf(LogicalType::Boolean());
  std::vector<std::vector<Value>> rows;
  for (const Value& x : {t, f, n}) {
    for (const Value& y : {t, f, n}) rows.push_back({x, y});
  }
  Batch batch =
      Batch::FromRows({LogicalType::Boolean(), LogicalType::Boolean()}, rows).value();
  auto x = MakeColumnRef(0, LogicalType::Boolean(), "x");
  auto y = MakeColumnRef(1, LogicalType::Boolean(), "y");
  ExpressionEvaluator and_e(Special(BoundExpression::Kind::kAnd, LogicalType::Boolean(), {x, y}));
  ExpressionEvaluator or_e(Special(BoundExpression::Kind::kOr, LogicalType::Boolean(), {x, y}));
  EXPECT_EQ(Texts(and_e.Evaluate(batch).value(), 9),
            (std::vector<std::string>{"TRUE", "FALSE", "NULL", "FALSE", "FALSE", "FALSE", "NULL",
                                      "FALSE", "NULL"}));
  EXPECT_EQ(Texts(or_e.Evaluate(batch).value(), 9),
            (std::vector<std::string>{"TRUE", "TRUE", "TRUE", "TRUE", "FALSE", "NULL", "TRUE",
                                      "NULL", "NULL"}));
}

TEST(ExpressionEvaluatorTest, CoalesceIsLazy) {
  Batch batch = TwoIntColumns({{I(1), I(0)}, {NullOf(LogicalType::Int()), I(2)},
                               {NullOf(LogicalType::Int()), I(0)}});
  auto a = MakeColumnRef(0, LogicalType::Int(), "a");
  auto b = MakeColumnRef(1, LogicalType::Int(), "b");
  // COALESCE(a, 10 / b, -1): 10 / b only runs where a is NULL; row 3 has b = 0 -> error.
  auto e = Special(BoundExpression::Kind::kCoalesce, LogicalType::Int(),
                   {a, Call2("/", MakeConstant(I(10)), b), MakeConstant(I(-1))});
  ExpressionEvaluator evaluator(e);
  EXPECT_EQ(evaluator.Evaluate(batch).status().message(), "ArithmeticException: / by zero");
  Result<ColumnPtr> c = evaluator.Evaluate(batch, SelectionVector({0, 1}));
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c.value()->ToString(0), "1");
  EXPECT_EQ(c.value()->ToString(1), "5");
}

TEST(ExpressionEvaluatorTest, FilterSelection) {
  Batch batch = TwoIntColumns({{I(1), I(0)}, {I(5), I(0)}, {NullOf(LogicalType::Int()), I(0)},
                               {I(7), I(0)}});
  auto e = Call2(">", MakeColumnRef(0, LogicalType::Int(), "a"), MakeConstant(I(2)));
  ExpressionEvaluator evaluator(e);
  SelectionVector rows = evaluator.EvaluateFilter(batch).value();
  EXPECT_EQ(rows.indices(), (std::vector<uint32_t>{1, 3}));
}

TEST(ExpressionEvaluatorTest, CastsAndPassThrough) {
  Batch batch = Batch::FromRows({LogicalType::VarChar(5)}, {{Value::VarChar("12", 5)}}).value();
  auto col = MakeColumnRef(0, LogicalType::VarChar(5), "s");
  ExpressionEvaluator to_string(MakeCast(col, LogicalType::String(), false));
  EXPECT_EQ(to_string.Evaluate(batch).value().get(), batch.column(0).get());
  ExpressionEvaluator to_int(MakeCast(col, LogicalType::Int(), false));
  EXPECT_EQ(to_int.Evaluate(batch).value()->ToString(0), "12");
  ExpressionEvaluator bad(MakeCast(col, LogicalType::Array(LogicalType::Int()), false));
  EXPECT_FALSE(bad.Prepare().ok());
}

TEST(ExpressionEvaluatorTest, EvaluateConstant) {
  auto e = Call2("*", MakeConstant(I(6)), MakeConstant(I(7)));
  EXPECT_TRUE(e->IsConstant());
  EXPECT_EQ(EvaluateConstant(*e).value().ToDisplayString(), "42");
  EXPECT_EQ(e->ToString(), "(6 * 7)");
  auto div = Call2("/", MakeConstant(I(1)), MakeConstant(I(0)));
  EXPECT_EQ(EvaluateConstant(*div).status().message(), "ArithmeticException: / by zero");
  EXPECT_FALSE(Call2("+", MakeColumnRef(0, LogicalType::Int(), "a"), MakeConstant(I(1)))
                   ->IsConstant());
  auto null_sum = Call2("+", MakeConstant(NullOf(LogicalType::Int())), MakeConstant(I(1)));
  EXPECT_TRUE(EvaluateConstant(*null_sum).value().is_null());
}

TEST(ExpressionEvaluatorTest, ToStringForms) {
  auto a = MakeColumnRef(0, LogicalType::Int(), "a");
  EXPECT_EQ(MakeCast(a, LogicalType::BigInt(), false)->ToString(), "CAST(a AS BIGINT)");
  EXPECT_EQ(MakeColumnRef(3, LogicalType::Int(), "")->ToString(), "$3");
  auto isnull = MakeCall(Fn("IS NULL", {LogicalType::Int()}), {a});
  EXPECT_EQ(isnull->ToString(), "(a IS NULL)");
  auto upper = MakeCall(Fn("UPPER", {LogicalType::String()}), {MakeConstant(S("x"))});
  EXPECT_EQ(upper->ToString(), "UPPER(CAST('x' AS STRING))");
}

}  // namespace
}  // namespace sluice::testing
