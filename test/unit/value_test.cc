#include "types/value.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <unordered_set>

namespace sluice {
namespace {

std::string Display(const Value& v) { return v.ToDisplayString(); }

std::string Parsed(std::string_view text, const LogicalType& type) {
  Result<Value> r = ParseValue(text, type);
  if (!r.ok()) return "ERROR: " + r.status().message();
  return r->ToDisplayString();
}

TEST(ValueTest, DefaultIsNullOfNullType) {
  Value v;
  EXPECT_TRUE(v.is_null());
  EXPECT_EQ(v.type().id(), TypeId::kNull);
  EXPECT_EQ(v.ToDisplayString(), "NULL");
  EXPECT_EQ(v.ToSqlLiteral(), "NULL");
}

TEST(ValueTest, FactoriesSetTypes) {
  EXPECT_EQ(Value::Int(3).type(), LogicalType::Int());
  EXPECT_EQ(Value::BigInt(3).type(), LogicalType::BigInt());
  EXPECT_EQ(Value::String("x").type(), LogicalType::String());
  EXPECT_EQ(Value::Char("abc").type(), LogicalType::Char(3));
  EXPECT_EQ(Value::Decimal(1230, 10, 2).type(), LogicalType::Decimal(10, 2));
  EXPECT_EQ(Value::Timestamp(0, 3).type(), LogicalType::Timestamp(3));
  EXPECT_EQ(Value::Null(LogicalType::Int()).type(), LogicalType::Int());
  EXPECT_TRUE(Value::Null(LogicalType::Int()).is_null());
  EXPECT_EQ(Value::Int(-7).GetInt64(), -7);
}

TEST(ValueTest, DisplayBooleanAndIntegers) {
  EXPECT_EQ(Display(Value::Boolean(true)), "TRUE");
  EXPECT_EQ(Display(Value::Boolean(false)), "FALSE");
  EXPECT_EQ(Display(Value::TinyInt(-128)), "-128");
  EXPECT_EQ(Display(Value::BigInt(std::numeric_limits<int64_t>::min())), "-9223372036854775808");
}

TEST(ValueTest, JavaDoubleToString) {
  EXPECT_EQ(FormatJavaDouble(1.0), "1.0");
  EXPECT_EQ(FormatJavaDouble(0.1), "0.1");
  EXPECT_EQ(FormatJavaDouble(-2.5), "-2.5");
  EXPECT_EQ(FormatJavaDouble(100.0), "100.0");
  EXPECT_EQ(FormatJavaDouble(1234567.0), "1234567.0");
  EXPECT_EQ(FormatJavaDouble(1e7), "1.0E7");
  EXPECT_EQ(FormatJavaDouble(1e10), "1.0E10");
  EXPECT_EQ(FormatJavaDouble(12345678.9), "1.23456789E7");
  EXPECT_EQ(FormatJavaDouble(0.001), "0.001");
  EXPECT_EQ(FormatJavaDouble(0.0001), "1.0E-4");
  EXPECT_EQ(FormatJavaDouble(1.2345e-5), "1.2345E-5");
  EXPECT_EQ(FormatJavaDouble(0.0), "0.0");
  EXPECT_EQ(FormatJavaDouble(-0.0), "-0.0");
  EXPECT_EQ(FormatJavaDouble(std::nan("")), "NaN");
  EXPECT_EQ(FormatJavaDouble(std::numeric_limits<double>::infinity()), "Infinity");
  EXPECT_EQ(FormatJavaDouble(-std::numeric_limits<double>::infinity()), "-Infinity");
  EXPECT_EQ(FormatJavaDouble(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(FormatJavaDouble(1.7976931348623157e308), "1.7976931348623157E308");
  EXPECT_EQ(FormatJavaDouble(4.9e-324), "4.9E-324");
  EXPECT_EQ(FormatJavaDouble(123.456), "123.456");
}

TEST(ValueTest, JavaFloatToString) {
  EXPECT_EQ(FormatJavaFloat(1.0f), "1.0");
  EXPECT_EQ(FormatJavaFloat(0.1f), "0.1");
  EXPECT_EQ(FormatJavaFloat(3.14f), "3.14");
  EXPECT_EQ(FormatJavaFloat(1e10f), "1.0E10");
  EXPECT_EQ(FormatJavaFloat(1.1f), "1.1");
  EXPECT_EQ(Display(Value::Float(2.5f)), "2.5");
}

TEST(ValueTest, DisplayDecimal) {
  EXPECT_EQ(Display(Value::Decimal(1230, 10, 2)), "12.30");
  EXPECT_EQ(Display(Value::Decimal(-5, 10, 2)), "-0.05");
  EXPECT_EQ(Display(Value::Decimal(0, 10, 3)), "0.000");
  EXPECT_EQ(Display(Value::Decimal(42, 10, 0)), "42");
  Int128 big = 1;
  for (int i = 0; i < 37; ++i) big *= 10;
  EXPECT_EQ(Display(Value::Decimal(big, 38, 0)), "1" + std::string(37, '0'));
}

TEST(ValueTest, DisplayTemporals) {
  EXPECT_EQ(Display(Value::Date(0)), "1970-01-01");
  EXPECT_EQ(Display(Value::Date(19753)), "2024-01-31");
  EXPECT_EQ(Display(Value::Date(-1)), "1969-12-31");
  int64_t noon = (12 * 3600 + 34 * 60 + 56) * 1000000000LL + 123456789;
  EXPECT_EQ(Display(Value::Time(noon, 0)), "12:34:56");
  EXPECT_EQ(Display(Value::Time(noon, 3)), "12:34:56.123");
  int64_t micros = 19753LL * 86400000000LL + (12 * 3600 + 34 * 60 + 56) * 1000000LL + 123000;
  EXPECT_EQ(Display(Value::Timestamp(micros, 3)), "2024-01-31 12:34:56.123");
  EXPECT_EQ(Display(Value::Timestamp(micros, 0)), "2024-01-31 12:34:56");
  EXPECT_EQ(Display(Value::Timestamp(micros, 6)), "2024-01-31 12:34:56.123000");
  EXPECT_EQ(Display(Value::Timestamp(-1, 6)), "1969-12-31 23:59:59.999999");
  EXPECT_EQ(Value::TimestampLtz(micros, 3).ToDisplayString("+08:00"), "2024-01-31 20:34:56.123");
  EXPECT_EQ(Value::TimestampLtz(micros, 3).ToDisplayString(), "2024-01-31 12:34:56.123");
}

TEST(ValueTest, DisplayIntervals) {
  EXPECT_EQ(Display(Value::IntervalYearMonth(14)), "+1-02");
  EXPECT_EQ(Display(Value::IntervalYearMonth(-14)), "-1-02");
  EXPECT_EQ(Display(Value::IntervalYearMonth(0)), "+0-00");
  EXPECT_EQ(Display(Value::IntervalDayTime(86400000)), "+1 00:00:00.000");
  EXPECT_EQ(Display(Value::IntervalDayTime(93784005)), "+1 02:03:04.005");
  EXPECT_EQ(Display(Value::IntervalDayTime(-5000)), "-0 00:00:05.000");
}

TEST(ValueTest, DisplayStringsAndBytes) {
  EXPECT_EQ(Display(Value::String("héllo")), "héllo");
  EXPECT_EQ(Display(Value::Bytes(std::string("\x0a\x0b\xff", 3))), "x'0a0bff'");
  EXPECT_EQ(Display(Value::Bytes("")), "x''");
}

TEST(ValueTest, DisplayConstructed) {
  Value arr = Value::Array(LogicalType::Int(),
                           {Value::Int(1), Value::Int(2), Value::Null(LogicalType::Int())});
  EXPECT_EQ(Display(arr), "[1, 2, NULL]");
  Value map = Value::Map(LogicalType::String(), LogicalType::Int(),
                         {{Value::String("a"), Value::Int(1)}, {Value::String("b"), Value::Int(2)}});
  EXPECT_EQ(Display(map), "{a=1, b=2}");
  LogicalType row_type = LogicalType::Row(
      {LogicalType::Field("x", LogicalType::Int()), LogicalType::Field("y", LogicalType::String())});
  EXPECT_EQ(Display(Value::Row(row_type, {Value::Int(1), Value::String("abc")})), "(1, abc)");
  EXPECT_EQ(Display(Value::Array(LogicalType::Int(), {})), "[]");
}

TEST(ValueTest, SqlLiterals) {
  EXPECT_EQ(Value::Int(5).ToSqlLiteral(), "5");
  EXPECT_EQ(Value::TinyInt(5).ToSqlLiteral(), "CAST(5 AS TINYINT)");
  EXPECT_EQ(Value::BigInt(5).ToSqlLiteral(), "CAST(5 AS BIGINT)");
  EXPECT_EQ(Value::BigInt(5000000000LL).ToSqlLiteral(), "5000000000");
  EXPECT_EQ(Value::Double(1.5).ToSqlLiteral(), "1.5E0");
  EXPECT_EQ(Value::Double(1e10).ToSqlLiteral(), "1.0E10");
  EXPECT_EQ(Value::Decimal(1230, 4, 2).ToSqlLiteral(), "12.30");
  EXPECT_EQ(Value::Decimal(1230, 10, 2).ToSqlLiteral(), "CAST(12.30 AS DECIMAL(10, 2))");
  EXPECT_EQ(Value::Char("it's").ToSqlLiteral(), "'it''s'");
  EXPECT_EQ(Value::String("x").ToSqlLiteral(), "CAST('x' AS STRING)");
  EXPECT_EQ(Value::Binary(std::string("\x0a\x0b", 2)).ToSqlLiteral(), "X'0A0B'");
  EXPECT_EQ(Value::Date(19753).ToSqlLiteral(), "DATE '2024-01-31'");
  EXPECT_EQ(Value::IntervalYearMonth(14).ToSqlLiteral(), "INTERVAL '1-02' YEAR TO MONTH");
  EXPECT_EQ(Value::Null(LogicalType::Int()).ToSqlLiteral(), "CAST(NULL AS INT)");
  EXPECT_EQ(Value::Array(LogicalType::Int(), {Value::Int(1), Value::Int(2)}).ToSqlLiteral(),
            "ARRAY[1, 2]");
  EXPECT_EQ(Value::Boolean(true).ToSqlLiteral(), "TRUE");
}

TEST(ValueTest, CompareNullsFirst) {
  Value null_int = Value::Null(LogicalType::Int());
  EXPECT_LT(Value::Compare(null_int, Value::Int(-100)), 0);
  EXPECT_GT(Value::Compare(Value::Int(-100), null_int), 0);
  EXPECT_EQ(Value::Compare(null_int, Value::Null(LogicalType::String())), 0);
  EXPECT_TRUE(null_int == Value());
}

TEST(ValueTest, CompareNumbersAcrossTypes) {
  EXPECT_EQ(Value::Int(1), Value::Double(1.0));
  EXPECT_EQ(Value::Int(1), Value::Decimal(100, 10, 2));
  EXPECT_EQ(Value::Decimal(150, 10, 2), Value::Decimal(15, 10, 1));
  EXPECT_LT(Value::Decimal(149, 10, 2), Value::Decimal(15, 10, 1));
  EXPECT_LT(Value::Int(1), Value::BigInt(2));
  EXPECT_LT(Value::Decimal(-150, 10, 2), Value::Int(-1));
  EXPECT_EQ(Value::Double(0.0), Value::Double(-0.0));
  EXPECT_EQ(Value::Double(std::nan("")), Value::Double(std::nan("")));
  EXPECT_GT(Value::Compare(Value::Double(std::nan("")),
                           Value::Double(std::numeric_limits<double>::infinity())),
            0);
}

TEST(ValueTest, CompareStringsAndLists) {
  EXPECT_LT(Value::String("abc"), Value::String("abd"));
  EXPECT_LT(Value::String("ab"), Value::String("abc"));
  EXPECT_LT(Value::String("Z"), Value::String("a"));
  EXPECT_LT(Value::String("a"), Value::String("\xc3\xa9"));  // unsigned bytes
  Value a = Value::Array(LogicalType::Int(), {Value::Int(1), Value::Int(2)});
  Value b = Value::Array(LogicalType::Int(), {Value::Int(1), Value::Int(3)});
  Value c = Value::Array(LogicalType::Int(), {Value::Int(1)});
  EXPECT_LT(a, b);
  EXPECT_LT(c, a);
  EXPECT_EQ(a, Value::Array(LogicalType::Int(), {Value::Int(1), Value::Int(2)}));
}

TEST(ValueTest, HashConsistentWithEquality) {
  std::vector<std::pair<Value, Value>> equal_pairs = {
      {Value::Int(1), Value::BigInt(1)},
      {Value::Int(1), Value::Double(1.0)},
      {Value::Int(1), Value::Decimal(100, 10, 2)},
      {Value::Decimal(150, 10, 2), Value::Double(1.5)},
      {Value::Decimal(150, 10, 2), Value::Decimal(15, 5, 1)},
      {Value::Double(0.0), Value::Double(-0.0)},
      {Value::Float(0.5f), Value::Double(0.5)},
      {Value::String("x"), Value::Char("x")},
      {Value::Null(LogicalType::Int()), Value()},
  };
  for (const auto& [a, b] : equal_pairs) {
    EXPECT_EQ(a, b) << a.ToDisplayString() << " vs " << b.ToDisplayString();
    EXPECT_EQ(a.Hash(), b.Hash()) << a.ToDisplayString() << " vs " << b.ToDisplayString();
  }
  EXPECT_NE(Value::Int(1).Hash(), Value::Int(2).Hash());
  std::unordered_set<Value, ValueHash> set = {Value::Int(1), Value::BigInt(1), Value::String("a")};
  EXPECT_EQ(set.size(), 2u);
  ValueRowHash row_hash;
  EXPECT_EQ(row_hash({Value::Int(1), Value::String("a")}),
            row_hash({Value::BigInt(1), Value::String("a")}));
}

TEST(ValueTest, ParseIntegers) {
  EXPECT_EQ(Parsed(" 42 ", LogicalType::Int()), "42");
  EXPECT_EQ(Parsed("-7", LogicalType::BigInt()), "-7");
  EXPECT_EQ(Parsed("+7", LogicalType::SmallInt()), "7");
  EXPECT_EQ(Parsed("12.9", LogicalType::Int()), "12");
  EXPECT_EQ(Parsed("127", LogicalType::TinyInt()), "127");
  EXPECT_EQ(Parsed("300", LogicalType::TinyInt()), "ERROR: Value 300 is out of range for TINYINT.");
  EXPECT_EQ(Parsed("9223372036854775807", LogicalType::BigInt()), "9223372036854775807");
  EXPECT_EQ(Parsed("-9223372036854775808", LogicalType::BigInt()), "-9223372036854775808");
  EXPECT_EQ(Parsed("9223372036854775808", LogicalType::BigInt()),
            "ERROR: Value 9223372036854775808 is out of range for BIGINT.");
  EXPECT_EQ(Parsed("abc", LogicalType::Int()), "ERROR: Cannot parse 'abc' as INT.");
  EXPECT_EQ(Parsed("", LogicalType::Int()), "ERROR: Cannot parse '' as INT.");
  EXPECT_EQ(Parsed("1 2", LogicalType::Int()), "ERROR: Cannot parse '1 2' as INT.");
}

TEST(ValueTest, ParseFloating) {
  EXPECT_EQ(Parsed("1.5", LogicalType::Double()), "1.5");
  EXPECT_EQ(Parsed(" 1e10 ", LogicalType::Double()), "1.0E10");
  EXPECT_EQ(Parsed("NaN", LogicalType::Double()), "NaN");
  EXPECT_EQ(Parsed("-Infinity", LogicalType::Double()), "-Infinity");
  EXPECT_EQ(Parsed("0.1", LogicalType::Float()), "0.1");
  EXPECT_EQ(Parsed(".5", LogicalType::Double()), "0.5");
  EXPECT_EQ(Parsed("x1", LogicalType::Double()), "ERROR: Cannot parse 'x1' as DOUBLE.");
}

TEST(ValueTest, ParseDecimal) {
  EXPECT_EQ(Parsed("12.345", LogicalType::Decimal(10, 2)), "12.35");
  EXPECT_EQ(Parsed("-12.345", LogicalType::Decimal(10, 2)), "-12.35");
  EXPECT_EQ(Parsed("12.344", LogicalType::Decimal(10, 2)), "12.34");
  EXPECT_EQ(Parsed("12", LogicalType::Decimal(10, 2)), "12.00");
  EXPECT_EQ(Parsed("1.5e2", LogicalType::Decimal(10, 1)), "150.0");
  EXPECT_EQ(Parsed("0.005", LogicalType::Decimal(3, 2)), "0.01");
  EXPECT_EQ(Parsed("99.999", LogicalType::Decimal(4, 2)),
            "ERROR: Value 99.999 is out of range for DECIMAL(4, 2).");
  EXPECT_EQ(Parsed("123", LogicalType::Decimal(4, 2)),
            "ERROR: Value 123 is out of range for DECIMAL(4, 2).");
  EXPECT_EQ(Parsed("1.2.3", LogicalType::Decimal(4, 2)),
            "ERROR: Cannot parse '1.2.3' as DECIMAL(4, 2).");
}

TEST(ValueTest, ParseBoolean) {
  EXPECT_EQ(Parsed("TRUE", LogicalType::Boolean()), "TRUE");
  EXPECT_EQ(Parsed(" false ", LogicalType::Boolean()), "FALSE");
  EXPECT_EQ(Parsed("yes", LogicalType::Boolean()), "TRUE");
  EXPECT_EQ(Parsed("0", LogicalType::Boolean()), "FALSE");
  EXPECT_EQ(Parsed("maybe", LogicalType::Boolean()), "ERROR: Cannot parse 'maybe' as BOOLEAN.");
}

TEST(ValueTest, ParseDateAndTime) {
  EXPECT_EQ(Parsed("2024-01-31", LogicalType::Date()), "2024-01-31");
  EXPECT_EQ(Parsed("2024-1-5", LogicalType::Date()), "2024-01-05");
  EXPECT_EQ(Parsed("2024-02-29", LogicalType::Date()), "2024-02-29");
  EXPECT_EQ(Parsed("2023-02-29", LogicalType::Date()),
            "ERROR: Cannot parse '2023-02-29' as DATE.");
  EXPECT_EQ(Parsed("2024-13-01", LogicalType::Date()),
            "ERROR: Cannot parse '2024-13-01' as DATE.");
  EXPECT_EQ(Parsed("12:34:56", LogicalType::Time()), "12:34:56");
  EXPECT_EQ(Parsed("12:34:56.789", LogicalType::Time(3)), "12:34:56.789");
  EXPECT_EQ(Parsed("25:00:00", LogicalType::Time()), "ERROR: Cannot parse '25:00:00' as TIME(0).");
}

TEST(ValueTest, ParseTimestamp) {
  EXPECT_EQ(Parsed("2024-01-31 12:34:56.123", LogicalType::Timestamp(3)),
            "2024-01-31 12:34:56.123");
  EXPECT_EQ(Parsed("2024-01-31T12:34:56.123456789", LogicalType::Timestamp(6)),
            "2024-01-31 12:34:56.123456");
  EXPECT_EQ(Parsed("2024-01-31 12:34:56.129", LogicalType::Timestamp(2)),
            "2024-01-31 12:34:56.12");
  EXPECT_EQ(Parsed("2024-01-31", LogicalType::Timestamp(0)), "2024-01-31 00:00:00");
  EXPECT_EQ(Parsed("2024-01-31 12:34", LogicalType::Timestamp(0)), "2024-01-31 12:34:00");
  EXPECT_EQ(Parsed("1969-12-31 23:59:59.5", LogicalType::Timestamp(1)), "1969-12-31 23:59:59.5");
  EXPECT_EQ(Parsed("2024-01-31 12:34:56", LogicalType::TimestampLtz(0)), "2024-01-31 12:34:56");
  EXPECT_EQ(Parsed("2024-01-31X", LogicalType::Timestamp(3)),
            "ERROR: Cannot parse '2024-01-31X' as TIMESTAMP(3).");
}

TEST(ValueTest, ParseIntervalsAndStrings) {
  LogicalType ym = LogicalType::IntervalYearMonth(IntervalResolution::kYearToMonth);
  LogicalType dt = LogicalType::IntervalDayTime(IntervalResolution::kDayToSecond, 2, 3);
  EXPECT_EQ(Parsed("+1-02", ym), "+1-02");
  EXPECT_EQ(Parsed("-1-02", ym), "-1-02");
  EXPECT_EQ(Parsed("14", ym), "+1-02");
  EXPECT_EQ(Parsed("+1 02:03:04.005", dt), "+1 02:03:04.005");
  EXPECT_EQ(Parsed("-1 00:00:00.000", dt), "-1 00:00:00.000");
  EXPECT_EQ(Parsed(" abc ", LogicalType::String()), " abc ");
  EXPECT_EQ(ParseValue("ab", LogicalType::Bytes())->GetString(), "ab");
  EXPECT_FALSE(ParseValue("[1]", LogicalType::Array(LogicalType::Int())).ok());
}

TEST(ValueTest, RoundTripDisplayThroughParse) {
  std::vector<Value> values = {
      Value::Int(-5),          Value::Double(0.1),        Value::Decimal(-1234, 6, 3),
      Value::Date(-1000),      Value::Time(3723000000000LL, 0),
      Value::Timestamp(1706704496123000LL, 3),            Value::Boolean(true),
      Value::IntervalYearMonth(-26), Value::IntervalDayTime(93784005)};
  for (const Value& v : values) {
    Result<Value> back = ParseValue(v.ToDisplayString(), v.type());
    ASSERT_TRUE(back.ok()) << v.ToDisplayString() << ": " << back.status().message();
    EXPECT_EQ(*back, v) << v.ToDisplayString();
  }
}

TEST(ValueTest, CivilDays) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
  int64_t y;
  unsigned m, d;
  CivilFromDays(-719162, &y, &m, &d);  // 0001-01-01
  EXPECT_EQ(y, 1);
  EXPECT_EQ(m, 1u);
  EXPECT_EQ(d, 1u);
}

}  // namespace
}  // namespace sluice
