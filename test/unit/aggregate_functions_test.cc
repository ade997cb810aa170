// The built-in aggregate functions: result types (Flink's), values, NULL handling, DISTINCT,
// bind errors. Driven through a global HashAggregate in batch mode.
#include <gtest/gtest.h>

#include <cmath>

#include "aggregate_test_util.h"

namespace sluice::testing {
namespace {

std::vector<std::string> Global(const std::vector<LogicalType>& types,
                                const std::vector<std::vector<Value>>& rows,
                                const std::vector<Call>& calls) {
  std::vector<Batch> batches;
  if (!rows.empty()) batches.push_back(MakeBatch(types, rows));
  return RunAggregate(types, {}, calls, batches, /*streaming=*/false);
}

LogicalType ReturnType(const std::string& name, const std::vector<LogicalType>& types) {
  auto bound = BindAggregate(name, types);
  EXPECT_TRUE(bound.ok()) << bound.status().ToString();
  return bound.ok() ? (*bound)->return_type() : LogicalType::Null();
}

TEST(AggregateFunctionsTest, ResultTypesFollowFlink) {
  EXPECT_EQ(ReturnType("COUNT", {}), LogicalType::BigInt().NotNull());
  EXPECT_EQ(ReturnType("COUNT", {LogicalType::String()}), LogicalType::BigInt().NotNull());
  EXPECT_EQ(ReturnType("SUM", {LogicalType::Int().NotNull()}), LogicalType::Int());
  EXPECT_EQ(ReturnType("SUM", {LogicalType::BigInt()}), LogicalType::BigInt());
  EXPECT_EQ(ReturnType("SUM", {LogicalType::TinyInt()}), LogicalType::TinyInt());
  EXPECT_EQ(ReturnType("SUM", {LogicalType::Decimal(10, 2)}), LogicalType::Decimal(38, 2));
  EXPECT_EQ(ReturnType("AVG", {LogicalType::Int()}), LogicalType::Int());
  EXPECT_EQ(ReturnType("AVG", {LogicalType::Double()}), LogicalType::Double());
  EXPECT_EQ(ReturnType("AVG", {LogicalType::Decimal(10, 2)}), LogicalType::Decimal(38, 6));
  EXPECT_EQ(ReturnType("AVG", {LogicalType::Decimal(20, 8)}), LogicalType::Decimal(38, 8));
  EXPECT_EQ(ReturnType("MIN", {LogicalType::VarChar(10).NotNull()}), LogicalType::VarChar(10));
  EXPECT_EQ(ReturnType("MAX", {LogicalType::Date()}), LogicalType::Date());
  EXPECT_EQ(ReturnType("LISTAGG", {LogicalType::VarChar(5)}), LogicalType::String());
  EXPECT_EQ(ReturnType("$SUM0", {LogicalType::Int()}), LogicalType::Int().NotNull());
  EXPECT_EQ(ReturnType("STDDEV_POP", {LogicalType::Double()}), LogicalType::Double());
}

TEST(AggregateFunctionsTest, BindErrorsNameTheCall) {
  auto sum = BindAggregate("SUM", {LogicalType::String()});
  ASSERT_FALSE(sum.ok());
  EXPECT_EQ(sum.status().code(), StatusCode::kUserError);
  EXPECT_NE(sum.status().message().find("Cannot apply 'SUM' to arguments of type"),
            std::string::npos)
      << sum.status().message();
  EXPECT_FALSE(BindAggregate("AVG", {LogicalType::Boolean()}).ok());
  EXPECT_FALSE(BindAggregate("LISTAGG", {LogicalType::Int()}).ok());
  EXPECT_FALSE(BindAggregate("MIN", {LogicalType::Array(LogicalType::Int())}).ok());
  EXPECT_FALSE(BindAggregate("SUM", {}).ok());
}

TEST(AggregateFunctionsTest, EmptyGlobalAggregateEmitsOneRow) {
  std::vector<LogicalType> types = {LogicalType::Int()};
  auto lines = Global(
      types, {},
      {{"COUNT", {}}, {"COUNT", {0}}, {"SUM", {0}}, {"$SUM0", {0}}, {"AVG", {0}}, {"MIN", {0}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[0, 0, NULL, 0, NULL, NULL]"}));
}

TEST(AggregateFunctionsTest, CountStarAndCountColumn) {
  std::vector<LogicalType> types = {LogicalType::Int(), LogicalType::String()};
  auto lines = Global(types,
                      {{Value::Int(1), Value::String("a")},
                       {Value::Null(LogicalType::Int()), Value::String("b")},
                       {Value::Int(3), Value::Null(LogicalType::String())}},
                      {{"COUNT", {}}, {"COUNT", {0}}, {"COUNT", {1}}, {"COUNT", {0, 1}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[3, 2, 2, 1]"}));
}

TEST(AggregateFunctionsTest, SumOfIntegersKeepsTypeAndWraps) {
  std::vector<LogicalType> types = {LogicalType::Int(), LogicalType::TinyInt()};
  auto lines = Global(
      types, {{Value::Int(2147483647), Value::TinyInt(100)}, {Value::Int(1), Value::TinyInt(100)}},
      {{"SUM", {0}}, {"SUM", {1}}});
  // Java int arithmetic wraps; so does the TINYINT sum.
  EXPECT_EQ(lines, std::vector<std::string>({"+I[-2147483648, -56]"}));
}

TEST(AggregateFunctionsTest, SumIgnoresNullsAndIsNullWithoutValues) {
  std::vector<LogicalType> types = {LogicalType::BigInt(), LogicalType::BigInt()};
  auto null = Value::Null(LogicalType::BigInt());
  auto lines = Global(types, {{Value::BigInt(5), null}, {null, null}, {Value::BigInt(7), null}},
                      {{"SUM", {0}}, {"SUM", {1}}, {"$SUM0", {1}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[12, NULL, 0]"}));
}

TEST(AggregateFunctionsTest, SumAndAvgOfDecimal) {
  std::vector<LogicalType> types = {LogicalType::Decimal(10, 2)};
  auto lines = Global(
      types,
      {{Value::Decimal(100, 10, 2)}, {Value::Decimal(200, 10, 2)}, {Value::Decimal(200, 10, 2)}},
      {{"SUM", {0}}, {"AVG", {0}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[5.00, 1.666667]"}));
}

TEST(AggregateFunctionsTest, AvgOfDecimalRoundsHalfUpAwayFromZero) {
  std::vector<LogicalType> types = {LogicalType::Decimal(10, 6)};
  auto lines =
      Global(types, {{Value::Decimal(-1, 10, 6)}, {Value::Decimal(0, 10, 6)}}, {{"AVG", {0}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[-0.000001]"}));
}

TEST(AggregateFunctionsTest, AvgOfIntegersTruncatesLikeJava) {
  std::vector<LogicalType> types = {LogicalType::Int(), LogicalType::Int()};
  auto lines = Global(types, {{Value::Int(1), Value::Int(-1)}, {Value::Int(2), Value::Int(-2)}},
                      {{"AVG", {0}}, {"AVG", {1}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[1, -1]"}));
}

TEST(AggregateFunctionsTest, AvgOfDoubleAndFloat) {
  std::vector<LogicalType> types = {LogicalType::Double(), LogicalType::Float()};
  auto lines = Global(
      types, {{Value::Double(1.0), Value::Float(1.0f)}, {Value::Double(2.0), Value::Float(2.0f)}},
      {{"AVG", {0}}, {"AVG", {1}}, {"SUM", {1}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[1.5, 1.5, 3.0]"}));
}

TEST(AggregateFunctionsTest, MinMaxOfNumbersAndStrings) {
  std::vector<LogicalType> types = {LogicalType::Int(), LogicalType::String()};
  auto lines = Global(types,
                      {{Value::Int(5), Value::String("pear")},
                       {Value::Null(LogicalType::Int()), Value::String("apple")},
                       {Value::Int(-3), Value::Null(LogicalType::String())},
                       {Value::Int(9), Value::String("zebra")}},
                      {{"MIN", {0}}, {"MAX", {0}}, {"MIN", {1}}, {"MAX", {1}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[-3, 9, apple, zebra]"}));
}

TEST(AggregateFunctionsTest, MaxOfDoublesPutsNaNLast) {
  std::vector<LogicalType> types = {LogicalType::Double()};
  auto lines =
      Global(types, {{Value::Double(1.0)}, {Value::Double(std::nan(""))}, {Value::Double(-2)}},
             {{"MIN", {0}}, {"MAX", {0}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[-2.0, NaN]"}));
}

TEST(AggregateFunctionsTest, MinMaxOfBooleansAndDecimals) {
  std::vector<LogicalType> types = {LogicalType::Boolean(), LogicalType::Decimal(5, 1)};
  auto lines = Global(types,
                      {{Value::Boolean(true), Value::Decimal(-15, 5, 1)},
                       {Value::Boolean(false), Value::Decimal(20, 5, 1)}},
                      {{"MIN", {0}}, {"MAX", {0}}, {"MIN", {1}}, {"MAX", {1}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[FALSE, TRUE, -1.5, 2.0]"}));
}

TEST(AggregateFunctionsTest, FirstAndLastValueSkipNulls) {
  std::vector<LogicalType> types = {LogicalType::String()};
  auto null = Value::Null(LogicalType::String());
  auto lines = Global(types, {{null}, {Value::String("a")}, {Value::String("b")}, {null}},
                      {{"FIRST_VALUE", {0}}, {"LAST_VALUE", {0}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[a, b]"}));
}

TEST(AggregateFunctionsTest, ListAggWithDefaultAndCustomSeparator) {
  std::vector<LogicalType> types = {LogicalType::String(), LogicalType::String()};
  auto null = Value::Null(LogicalType::String());
  auto lines = Global(types,
                      {{Value::String("a"), Value::String("; ")},
                       {null, Value::String("; ")},
                       {Value::String("b"), Value::String("; ")},
                       {Value::String("c"), Value::String("; ")}},
                      {{"LISTAGG", {0}}, {"LISTAGG", {0, 1}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[a,b,c, a; b; c]"}));
}

TEST(AggregateFunctionsTest, ListAggOfOnlyNullsIsNull) {
  std::vector<LogicalType> types = {LogicalType::String()};
  auto null = Value::Null(LogicalType::String());
  auto lines = Global(types, {{null}, {null}}, {{"LISTAGG", {0}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[NULL]"}));
}

TEST(AggregateFunctionsTest, DistinctCountsSumsAndLists) {
  std::vector<LogicalType> types = {LogicalType::Int(), LogicalType::String()};
  auto lines = Global(types,
                      {{Value::Int(1), Value::String("x")},
                       {Value::Int(1), Value::String("y")},
                       {Value::Int(2), Value::String("x")},
                       {Value::Null(LogicalType::Int()), Value::String("x")}},
                      {{"COUNT", {0}, true},
                       {"SUM", {0}, true},
                       {"COUNT", {1}, true},
                       {"LISTAGG", {1}, true},
                       {"COUNT", {0, 1}, true},
                       {"AVG", {0}, true}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[2, 3, 2, x,y, 3, 1]"}));
}

TEST(AggregateFunctionsTest, DistinctTreatsNegativeZeroAsZero) {
  std::vector<LogicalType> types = {LogicalType::Double()};
  auto lines = Global(types, {{Value::Double(0.0)}, {Value::Double(-0.0)}}, {{"COUNT", {0}, true}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[1]"}));
}

TEST(AggregateFunctionsTest, FilterClauseSelectsRowsPerCall) {
  std::vector<LogicalType> types = {LogicalType::Int(), LogicalType::Boolean()};
  auto lines = Global(types,
                      {{Value::Int(1), Value::Boolean(true)},
                       {Value::Int(2), Value::Boolean(false)},
                       {Value::Int(4), Value::Null(LogicalType::Boolean())},
                       {Value::Int(8), Value::Boolean(true)}},
                      {{"SUM", {0}, false, 1}, {"COUNT", {}, false, 1}, {"SUM", {0}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[9, 2, 15]"}));
}

TEST(AggregateFunctionsTest, VarianceAndStddev) {
  std::vector<LogicalType> types = {LogicalType::Double()};
  auto lines = Global(types,
                      {{Value::Double(2)},
                       {Value::Double(4)},
                       {Value::Double(4)},
                       {Value::Double(4)},
                       {Value::Double(5)},
                       {Value::Double(5)},
                       {Value::Double(7)},
                       {Value::Double(9)}},
                      {{"VAR_POP", {0}}, {"STDDEV_POP", {0}}});
  EXPECT_EQ(lines, std::vector<std::string>({"+I[4.0, 2.0]"}));
  auto one = Global(types, {{Value::Double(3)}}, {{"VAR_SAMP", {0}}, {"VAR_POP", {0}}});
  EXPECT_EQ(one, std::vector<std::string>({"+I[NULL, 0.0]"}));
}

TEST(AggregateFunctionsTest, RetractableFunctionsUndoExactly) {
  // Drive a bound function directly: accumulate three rows, retract the smallest.
  auto min = BindAggregate("MIN", {LogicalType::Int()});
  ASSERT_TRUE(min.ok());
  const BoundAggregateFunction& f = **min;
  ASSERT_TRUE(f.SupportsRetraction());
  alignas(16) uint8_t state[64];
  ASSERT_LE(f.state_size(), sizeof(state));
  f.Initialize(state);
  Batch batch =
      MakeBatch({LogicalType::Int()}, {{Value::Int(3)}, {Value::Int(1)}, {Value::Int(2)}});
  std::vector<const Column*> args = {batch.column(0).get()};
  uint32_t groups[3] = {0, 0, 0};
  uint8_t* states[1] = {state};
  ASSERT_TRUE(f.Update(args, SelectionVector::All(3), groups, states, false).ok());
  ASSERT_TRUE(f.Update(args, SelectionVector({1}), groups, states, true).ok());
  ColumnPtr out = Column::Make(LogicalType::Int(), 1);
  out->Resize(1);
  ASSERT_TRUE(f.Finalize(state, out.get(), 0).ok());
  EXPECT_EQ(out->ToString(0), "2");
  f.Destroy(state);
  // The append-only variant is a different, smaller object.
  EXPECT_NE(f.AppendOnlyVariant(), &f);
  EXPECT_FALSE(f.AppendOnlyVariant()->SupportsRetraction());
}

}  // namespace
}  // namespace sluice::testing
