// CAST / TRY_CAST kernels (MakeCastKernel) across type pairs.
#include <gtest/gtest.h>

#include "function/cast_functions.h"
#include "function_test_util.h"

namespace sluice::testing {
namespace {

std::string Cast(const Value& v, const LogicalType& target, bool try_cast = false,
                 const std::string& zone = "UTC") {
  KernelContext context;
  context.session_time_zone = zone;
  BoundExpressionPtr e = MakeCast(MakeColumnRef(0, v.type(), "v"), target, try_cast);
  return Show(EvalOneRow(e, {v}, context));
}

TEST(FunctionCastTest, NumericToNumeric) {
  EXPECT_EQ(Cast(I(300), LogicalType::TinyInt()), "44");  // wraps as Java's (byte)
  EXPECT_EQ(Cast(L(1LL << 40), LogicalType::Int()), "0");
  EXPECT_EQ(Cast(D(3.99), LogicalType::Int()), "3");
  EXPECT_EQ(Cast(D(-3.99), LogicalType::Int()), "-3");
  EXPECT_EQ(Cast(D(1e20), LogicalType::BigInt()), "9223372036854775807");
  EXPECT_EQ(Cast(D(std::numeric_limits<double>::quiet_NaN()), LogicalType::Int()), "0");
  EXPECT_EQ(Cast(I(7), LogicalType::Double()), "7.0");
  EXPECT_EQ(Cast(I(1), LogicalType::Boolean()), "TRUE");
  EXPECT_EQ(Cast(B(true), LogicalType::Int()), "1");
}

TEST(FunctionCastTest, Decimals) {
  EXPECT_EQ(Cast(Dec("12.345", 5, 3), LogicalType::Decimal(4, 2)), "12.35");
  EXPECT_EQ(Cast(Dec("-12.345", 5, 3), LogicalType::Decimal(4, 2)), "-12.35");
  EXPECT_EQ(Cast(Dec("123.4", 4, 1), LogicalType::Decimal(3, 1)), "NULL");  // overflow
  EXPECT_EQ(Cast(I(1000), LogicalType::Decimal(3, 0)), "NULL");
  EXPECT_EQ(Cast(I(12), LogicalType::Decimal(5, 2)), "12.00");
  EXPECT_EQ(Cast(D(0.1), LogicalType::Decimal(5, 3)), "0.100");
  EXPECT_EQ(Cast(D(2.675), LogicalType::Decimal(5, 2)), "2.68");
  EXPECT_EQ(Cast(Dec("-7.9", 3, 1), LogicalType::Int()), "-7");
  EXPECT_EQ(Cast(Dec("2.5", 3, 1), LogicalType::Double()), "2.5");
}

TEST(FunctionCastTest, ToString) {
  EXPECT_EQ(Cast(I(-12), LogicalType::String()), "-12");
  EXPECT_EQ(Cast(D(1.0), LogicalType::String()), "1.0");
  EXPECT_EQ(Cast(D(1e10), LogicalType::String()), "1.0E10");
  EXPECT_EQ(Cast(B(false), LogicalType::String()), "FALSE");
  EXPECT_EQ(Cast(Dec("1.50", 3, 2), LogicalType::String()), "1.50");
  EXPECT_EQ(Cast(S("hello"), LogicalType::VarChar(3)), "hel");
  EXPECT_EQ(Cast(S("héllo"), LogicalType::VarChar(2)), "hé");
  EXPECT_EQ(Cast(S("ab"), LogicalType::Char(4)), "ab  ");
  Value ts = ParseValue("2024-01-31 12:34:56.789", LogicalType::Timestamp(3)).value();
  EXPECT_EQ(Cast(ts, LogicalType::String()), "2024-01-31 12:34:56.789");
  Value date = ParseValue("2024-01-31", LogicalType::Date()).value();
  EXPECT_EQ(Cast(date, LogicalType::String()), "2024-01-31");
  Value arr = Value::Array(LogicalType::Int(), {I(1), I(2)});
  EXPECT_EQ(Cast(arr, LogicalType::String()), "[1, 2]");
}

TEST(FunctionCastTest, FromString) {
  EXPECT_EQ(Cast(S(" 42 "), LogicalType::Int()), "42");
  EXPECT_EQ(Cast(S("-7"), LogicalType::TinyInt()), "-7");
  EXPECT_EQ(Cast(S("1.5"), LogicalType::Double()), "1.5");
  EXPECT_EQ(Cast(S("1.005"), LogicalType::Decimal(5, 2)), "1.01");
  EXPECT_EQ(Cast(S("true"), LogicalType::Boolean()), "TRUE");
  EXPECT_EQ(Cast(S("2024-02-29"), LogicalType::Date()), "2024-02-29");
  EXPECT_EQ(Cast(S("2024-02-29 10:11:12"), LogicalType::Timestamp(3)), "2024-02-29 10:11:12.000");
  EXPECT_NE(Cast(S("abc"), LogicalType::Int()).find("ERROR: Cannot cast 'abc'"), std::string::npos);
  EXPECT_NE(Cast(S("300"), LogicalType::TinyInt()).find("ERROR"), std::string::npos);
  EXPECT_NE(Cast(S("2024-13-01"), LogicalType::Date()).find("ERROR"), std::string::npos);
  EXPECT_EQ(Cast(S("abc"), LogicalType::Int(), /*try_cast=*/true), "NULL");
  EXPECT_EQ(Cast(S("2024-02-30"), LogicalType::Date(), true), "NULL");
  EXPECT_EQ(Cast(S("12"), LogicalType::Int(), true), "12");
  EXPECT_EQ(Cast(S("hi"), LogicalType::Bytes()), "x'6869'");
}

TEST(FunctionCastTest, Temporal) {
  Value date = ParseValue("2024-01-31", LogicalType::Date()).value();
  Value ts = ParseValue("2024-01-31 23:30:00.123456", LogicalType::Timestamp(6)).value();
  EXPECT_EQ(Cast(date, LogicalType::Timestamp(3)), "2024-01-31 00:00:00.000");
  EXPECT_EQ(Cast(ts, LogicalType::Date()), "2024-01-31");
  EXPECT_EQ(Cast(ts, LogicalType::Time(0)), "23:30:00");
  EXPECT_EQ(Cast(ts, LogicalType::Timestamp(3)), "2024-01-31 23:30:00.123");
  // TIMESTAMP -> TIMESTAMP_LTZ interprets the local time in the session zone.
  EXPECT_EQ(Cast(ts, LogicalType::TimestampLtz(0), false, "+08:00"), "2024-01-31 15:30:00");
  EXPECT_EQ(Cast(ts, LogicalType::TimestampLtz(0), false, "UTC"), "2024-01-31 23:30:00");
  Value ltz = Value::TimestampLtz(0, 3);
  EXPECT_EQ(Cast(ltz, LogicalType::Timestamp(3), false, "+08:00"), "1970-01-01 08:00:00.000");
  EXPECT_EQ(Cast(L(86400), LogicalType::TimestampLtz(3)), "1970-01-02 00:00:00.000");
}

TEST(FunctionCastTest, UnsupportedAndNull) {
  Result<ScalarKernel> k = MakeCastKernel(LogicalType::Date(), LogicalType::Boolean(), false);
  ASSERT_FALSE(k.ok());
  EXPECT_EQ(k.status().message(),
            "Cast function cannot convert value of type DATE to type BOOLEAN.");
  EXPECT_EQ(Cast(NullOf(LogicalType::Int()), LogicalType::String()), "NULL");
  EXPECT_EQ(Cast(Value(), LogicalType::Int()), "NULL");
  EXPECT_TRUE(IsIdentityCast(LogicalType::VarChar(3), LogicalType::String()));
  EXPECT_FALSE(IsIdentityCast(LogicalType::String(), LogicalType::VarChar(3)));
}

TEST(FunctionCastTest, Nested) {
  Value arr = Value::Array(LogicalType::Int(), {I(1), NullOf(LogicalType::Int()), I(3)});
  EXPECT_EQ(Cast(arr, LogicalType::Array(LogicalType::BigInt())), "[1, NULL, 3]");
  EXPECT_EQ(Cast(arr, LogicalType::Array(LogicalType::String())), "[1, NULL, 3]");
}

}  // namespace
}  // namespace sluice::testing
