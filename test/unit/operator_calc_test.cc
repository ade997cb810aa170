// CalcOperator: filter + projection over batches, with NULL predicates and row kinds.
#include <gtest/gtest.h>

#include "exec/operators/calc/calc_operator.h"
#include "function/function_registry.h"
#include "runtime_test_util.h"

namespace sluice {
namespace {

// A call of the built-in scalar function `name` (e.g. ">", "+"); the arguments must already
// have the overload's parameter types.
BoundExpressionPtr Call(const std::string& name, std::vector<BoundExpressionPtr> args) {
  const ScalarFunction* function = FunctionRegistry::Builtins().FindScalar(name);
  EXPECT_NE(function, nullptr) << name;
  std::vector<LogicalType> types;
  for (const auto& arg : args) types.push_back(arg->type);
  Result<BoundScalarFunction> bound = function->Bind(types);
  EXPECT_TRUE(bound.ok()) << bound.status().ToString();
  return MakeCall(std::make_shared<const BoundScalarFunction>(bound.MoveValue()), std::move(args));
}


using testing::CaptureOperator;
using testing::Col;
using testing::MakeBatch;

const std::vector<LogicalType> kTypes = {LogicalType::BigInt(), LogicalType::String()};

Batch Sample(const std::vector<RowKind>& kinds = {}) {
  return MakeBatch(kTypes,
                   {{Value::BigInt(1), Value::String("a")},
                    {Value::BigInt(5), Value::String("b")},
                    {Value::Null(LogicalType::BigInt()), Value::String("c")},
                    {Value::BigInt(7), Value::Null(LogicalType::String())}},
                   kinds);
}

std::vector<std::string> RunCalc(std::vector<BoundExpressionPtr> predicates,
                                 std::optional<std::vector<BoundExpressionPtr>> projections,
                                 const Batch& input, Status* status = nullptr) {
  CalcOperator calc(std::move(predicates), std::move(projections));
  CaptureOperator capture;
  calc.SetOutput(&capture, 0);
  ExecContext context;
  Status opened = calc.Open(&context);
  EXPECT_TRUE(opened.ok()) << opened.ToString();
  Status pushed = calc.Push(0, input);
  if (status != nullptr) {
    *status = pushed;
  } else {
    EXPECT_TRUE(pushed.ok()) << pushed.ToString();
  }
  EXPECT_TRUE(calc.Finish(0).ok());
  EXPECT_EQ(capture.finished.size(), 1u);
  return capture.Rows();
}

BoundExpressionPtr GreaterThan(int64_t bound) {
  return Call(">", {Col(0), MakeConstant(Value::BigInt(bound))});
}

TEST(CalcOperatorTest, FilterDropsFalseAndNullRows) {
  auto rows = RunCalc({GreaterThan(2)}, std::nullopt, Sample());
  EXPECT_EQ(rows, (std::vector<std::string>{"+I[5, b]", "+I[7, NULL]"}));
}

TEST(CalcOperatorTest, AllPredicatesMustHold) {
  auto rows = RunCalc({GreaterThan(2), Call("<", {Col(0), MakeConstant(Value::BigInt(6))})},
                      std::nullopt, Sample());
  EXPECT_EQ(rows, (std::vector<std::string>{"+I[5, b]"}));
}

TEST(CalcOperatorTest, NothingPassesEmitsNothing) {
  auto rows = RunCalc({GreaterThan(100)}, std::nullopt, Sample());
  EXPECT_TRUE(rows.empty());
}

TEST(CalcOperatorTest, ProjectionReordersComputesAndSharesColumns) {
  std::vector<BoundExpressionPtr> projections = {
      Col(1, LogicalType::String()), Call("+", {Col(0), MakeConstant(Value::BigInt(10))}),
      MakeConstant(Value::Int(42))};
  auto rows = RunCalc({}, projections, Sample());
  EXPECT_EQ(rows, (std::vector<std::string>{"+I[a, 11, 42]", "+I[b, 15, 42]", "+I[c, NULL, 42]",
                                            "+I[NULL, 17, 42]"}));
}

TEST(CalcOperatorTest, FilterThenProjectKeepsRowKinds) {
  Batch input = Sample({RowKind::kInsert, RowKind::kUpdateBefore, RowKind::kUpdateAfter,
                        RowKind::kDelete});
  auto rows = RunCalc({GreaterThan(2)}, std::vector<BoundExpressionPtr>{Col(0)}, input);
  EXPECT_EQ(rows, (std::vector<std::string>{"-U[5]", "-D[7]"}));
}

TEST(CalcOperatorTest, ProjectionToNoColumnsKeepsRowCount) {
  CalcOperator calc({GreaterThan(2)}, std::vector<BoundExpressionPtr>{});
  CaptureOperator capture;
  calc.SetOutput(&capture, 0);
  ExecContext context;
  ASSERT_TRUE(calc.Open(&context).ok());
  ASSERT_TRUE(calc.Push(0, Sample()).ok());
  ASSERT_EQ(capture.batches.size(), 1u);
  EXPECT_EQ(capture.batches[0].num_columns(), 0u);
  EXPECT_EQ(capture.batches[0].num_rows(), 2u);
}

TEST(CalcOperatorTest, Describe) {
  EXPECT_EQ(CalcOperator::Describe({}, std::vector<BoundExpressionPtr>{Col(1)}),
            "Calc(select=[" + Col(1)->ToString() + "])");
  EXPECT_NE(CalcOperator::Describe({GreaterThan(2)}, std::nullopt).find("where=["),
            std::string::npos);
}

}  // namespace
}  // namespace sluice
