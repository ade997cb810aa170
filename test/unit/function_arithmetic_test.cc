// Arithmetic, comparison and logical built-ins.
#include <gtest/gtest.h>

#include <cmath>

#include "function_test_util.h"

namespace sluice::testing {
namespace {

TEST(FunctionArithmeticTest, IntegerArithmetic) {
  EXPECT_EQ(Call("+", {I(1), I(2)}), "3");
  EXPECT_EQ(Call("-", {I(1), I(5)}), "-4");
  EXPECT_EQ(Call("*", {I(6), I(7)}), "42");
  EXPECT_EQ(Call("/", {I(7), I(2)}), "3");
  EXPECT_EQ(Call("/", {I(-7), I(2)}), "-3");
  EXPECT_EQ(Call("%", {I(7), I(3)}), "1");
  EXPECT_EQ(Call("%", {I(-7), I(3)}), "-1");
  EXPECT_EQ(Call("-", {I(5)}), "-5");
  EXPECT_EQ(Call("+", {I(1), NullOf(LogicalType::Int())}), "NULL");
}

TEST(FunctionArithmeticTest, ResultTypes) {
  EXPECT_EQ(ReturnType("+", {LogicalType::Int().NotNull(), LogicalType::BigInt().NotNull()}),
            "BIGINT NOT NULL");
  EXPECT_EQ(ReturnType("+", {LogicalType::Int(), LogicalType::Double()}), "DOUBLE");
  EXPECT_EQ(ReturnType("+", {LogicalType::Decimal(10, 2), LogicalType::Decimal(5, 3)}),
            "DECIMAL(12, 3)");
  EXPECT_EQ(ReturnType("*", {LogicalType::Decimal(10, 2), LogicalType::Decimal(5, 3)}),
            "DECIMAL(15, 5)");
  EXPECT_EQ(ReturnType("/", {LogicalType::Decimal(10, 2), LogicalType::Decimal(5, 3)}),
            "DECIMAL(19, 8)");
  EXPECT_EQ(ReturnType("+", {LogicalType::Int(), LogicalType::Decimal(5, 2)}), "DECIMAL(13, 2)");
  EXPECT_EQ(ReturnType("%", {LogicalType::BigInt(), LogicalType::Int()}), "INT");
  EXPECT_NE(ReturnType("+", {LogicalType::Int(), LogicalType::String()}).find("Invalid function"),
            std::string::npos);
}

TEST(FunctionArithmeticTest, OverflowWrapsAsJava) {
  EXPECT_EQ(Call("+", {I(2147483647), I(1)}), "-2147483648");
  EXPECT_EQ(Call("*", {L(4611686018427387904LL), L(2)}), "-9223372036854775808");
  EXPECT_EQ(Call("-", {I(-2147483647 - 1)}), "-2147483648");
  EXPECT_EQ(Call("/", {I(-2147483647 - 1), I(-1)}), "-2147483648");
  EXPECT_EQ(Call("+", {Value::TinyInt(127), Value::TinyInt(1)}), "-128");
}

TEST(FunctionArithmeticTest, DivisionByZero) {
  EXPECT_EQ(Call("/", {I(1), I(0)}), "ERROR: ArithmeticException: / by zero");
  EXPECT_EQ(Call("%", {I(1), I(0)}), "ERROR: ArithmeticException: / by zero");
  EXPECT_EQ(Call("/", {D(1), D(0)}), "Infinity");
  EXPECT_EQ(Call("/", {D(-1), D(0)}), "-Infinity");
  EXPECT_EQ(Call("/", {D(0), D(0)}), "NaN");
  EXPECT_EQ(Call("/", {Dec("1.00", 5, 2), Dec("0", 5, 0)}),
            "ERROR: ArithmeticException: Division by zero");
}

TEST(FunctionArithmeticTest, DecimalArithmetic) {
  EXPECT_EQ(Call("+", {Dec("1.25", 5, 2), Dec("2.125", 6, 3)}), "3.375");
  EXPECT_EQ(Call("-", {Dec("1.25", 5, 2), Dec("2.125", 6, 3)}), "-0.875");
  EXPECT_EQ(Call("*", {Dec("1.5", 3, 1), Dec("-2.25", 4, 2)}), "-3.375");
  EXPECT_EQ(Call("/", {Dec("1", 3, 0), Dec("3", 3, 0)}), "0.333333");
  EXPECT_EQ(Call("/", {Dec("2", 3, 0), Dec("3", 3, 0)}), "0.666667");
  EXPECT_EQ(Call("%", {Dec("7.5", 3, 1), Dec("2", 3, 0)}), "1.5");
  EXPECT_EQ(Call("+", {I(1), Dec("0.5", 2, 1)}), "1.5");
  EXPECT_EQ(Call("+", {D(0.5), Dec("0.25", 3, 2)}), "0.75");
  // Overflow of DECIMAL(38, 0) gives NULL, as Flink.
  EXPECT_EQ(Call("*", {Dec("99999999999999999999999999999999999999", 38, 0),
                       Dec("10", 2, 0)}),
            "NULL");
}

TEST(FunctionArithmeticTest, TemporalArithmetic) {
  Value date = ParseValue("2024-01-31", LogicalType::Date()).value();
  Value ts = ParseValue("2024-01-31 10:00:00", LogicalType::Timestamp(3)).value();
  EXPECT_EQ(Call("+", {date, Value::IntervalYearMonth(1)}), "2024-02-29");
  EXPECT_EQ(Call("+", {date, Value::IntervalDayTime(86400000LL * 2)}), "2024-02-02");
  EXPECT_EQ(Call("-", {ts, Value::IntervalDayTime(3600000)}), "2024-01-31 09:00:00.000");
  EXPECT_EQ(Call("+", {Value::IntervalDayTime(60000), ts}), "2024-01-31 10:01:00.000");
  EXPECT_EQ(Call("+", {ts, Value::IntervalYearMonth(13)}), "2025-02-28 10:00:00.000");
  EXPECT_EQ(Call("+", {Value::IntervalYearMonth(2), Value::IntervalYearMonth(3)}), "+0-05");
}

TEST(FunctionComparisonTest, Numbers) {
  EXPECT_EQ(Call("=", {I(1), L(1)}), "TRUE");
  EXPECT_EQ(Call("<>", {I(1), D(1.5)}), "TRUE");
  EXPECT_EQ(Call("<", {I(1), D(1.5)}), "TRUE");
  EXPECT_EQ(Call(">=", {Dec("1.50", 5, 2), D(1.5)}), "TRUE");
  EXPECT_EQ(Call("=", {Dec("1.50", 5, 2), Dec("1.5", 3, 1)}), "TRUE");
  EXPECT_EQ(Call(">", {L(-1), I(0)}), "FALSE");
  EXPECT_EQ(Call("<=", {I(3), I(3)}), "TRUE");
  EXPECT_EQ(Call("=", {I(1), NullOf(LogicalType::Int())}), "NULL");
  EXPECT_EQ(Call("=", {D(std::nan("")), D(std::nan(""))}), "FALSE");
}

TEST(FunctionComparisonTest, StringsAndTemporals) {
  EXPECT_EQ(Call("<", {S("abc"), S("abd")}), "TRUE");
  EXPECT_EQ(Call("<", {S("Z"), S("a")}), "TRUE");
  EXPECT_EQ(Call("<", {S("z"), S("é")}), "TRUE");  // bytewise (UTF-8)
  EXPECT_EQ(Call("=", {Value::Char("ab"), S("ab")}), "TRUE");
  Value d1 = ParseValue("2024-01-01", LogicalType::Date()).value();
  Value d2 = ParseValue("2024-02-01", LogicalType::Date()).value();
  EXPECT_EQ(Call("<", {d1, d2}), "TRUE");
  EXPECT_EQ(Call("=", {B(true), B(true)}), "TRUE");
}

TEST(FunctionComparisonTest, DistinctBetweenIn) {
  Value null_int = NullOf(LogicalType::Int());
  EXPECT_EQ(Call("IS DISTINCT FROM", {I(1), null_int}), "TRUE");
  EXPECT_EQ(Call("IS DISTINCT FROM", {null_int, null_int}), "FALSE");
  EXPECT_EQ(Call("IS NOT DISTINCT FROM", {null_int, null_int}), "TRUE");
  EXPECT_EQ(Call("IS NOT DISTINCT FROM", {I(2), I(2)}), "TRUE");
  EXPECT_EQ(Call("BETWEEN", {I(2), I(1), I(3)}), "TRUE");
  EXPECT_EQ(Call("BETWEEN", {I(5), I(1), I(3)}), "FALSE");
  EXPECT_EQ(Call("BETWEEN", {I(5), null_int, I(3)}), "FALSE");
  EXPECT_EQ(Call("BETWEEN", {I(2), null_int, I(3)}), "NULL");
  EXPECT_EQ(Call("IN", {I(2), I(1), I(2), I(3)}), "TRUE");
  EXPECT_EQ(Call("IN", {I(5), I(1), I(2), I(3)}), "FALSE");
  EXPECT_EQ(Call("IN", {I(5), I(1), null_int}), "NULL");
  EXPECT_EQ(Call("IN", {I(1), I(1), null_int}), "TRUE");
  EXPECT_EQ(Call("IN", {null_int, I(1)}), "NULL");
  // Long constant lists use a hash set.
  std::vector<Value> long_list{L(42)};
  for (int k = 0; k < 20; ++k) long_list.push_back(L(k * 3));
  EXPECT_EQ(Call("IN", long_list), "TRUE");
  long_list[0] = L(43);
  EXPECT_EQ(Call("IN", long_list), "FALSE");
  std::vector<Value> strings{S("pear"), S("apple"), S("pear"), S("fig"), S("kiwi"), S("plum")};
  EXPECT_EQ(Call("IN", strings), "TRUE");
}

TEST(FunctionLogicalTest, TruthTables) {
  Value t = B(true);
  Value f = B(false);
  Value n = NullOf(LogicalType::Boolean());
  EXPECT_EQ(Call("NOT", {t}), "FALSE");
  EXPECT_EQ(Call("NOT", {n}), "NULL");
  EXPECT_EQ(Call("AND", {t, n}), "NULL");
  EXPECT_EQ(Call("AND", {f, n}), "FALSE");
  EXPECT_EQ(Call("OR", {t, n}), "TRUE");
  EXPECT_EQ(Call("OR", {f, n}), "NULL");
  EXPECT_EQ(Call("IS TRUE", {n}), "FALSE");
  EXPECT_EQ(Call("IS NOT TRUE", {n}), "TRUE");
  EXPECT_EQ(Call("IS FALSE", {f}), "TRUE");
  EXPECT_EQ(Call("IS NOT FALSE", {n}), "TRUE");
  EXPECT_EQ(Call("IS NULL", {NullOf(LogicalType::String())}), "TRUE");
  EXPECT_EQ(Call("IS NOT NULL", {S("x")}), "TRUE");
}

TEST(FunctionRegistryTest, LookupAndList) {
  const FunctionRegistry& registry = FunctionRegistry::Builtins();
  EXPECT_NE(registry.FindScalar("upper"), nullptr);
  EXPECT_NE(registry.FindScalar("Upper"), nullptr);
  EXPECT_EQ(registry.FindScalar("NO_SUCH_FUNCTION"), nullptr);
  std::vector<FunctionDescription> all = registry.List();
  EXPECT_GT(all.size(), 150u);
  for (size_t k = 1; k < all.size(); ++k) EXPECT_LE(all[k - 1].name, all[k].name);
  for (const FunctionDescription& d : all) {
    EXPECT_FALSE(d.signature.empty()) << d.name;
    EXPECT_FALSE(d.description.empty()) << d.name;
  }
}

}  // namespace
}  // namespace sluice::testing
