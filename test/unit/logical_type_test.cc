// Tests of LogicalType: factories, printing (ToString / ToSummaryString), parsing, validation.
#include "types/logical_type.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sluice {
namespace {

using T = LogicalType;
using R = IntervalResolution;

LogicalType Parse(std::string_view text) {
  Result<LogicalType> result = ParseLogicalType(text);
  EXPECT_TRUE(result.ok()) << text << ": " << result.status().message();
  return result.ok() ? *result : T::Null();
}

// Expects a parse error whose message contains `fragment`, at `line`:`column`.
void ExpectError(std::string_view text, const std::string& fragment, int line, int column) {
  Result<LogicalType> result = ParseLogicalType(text);
  ASSERT_FALSE(result.ok()) << text << " parsed as " << result->ToString();
  EXPECT_EQ(result.status().code(), StatusCode::kUserError);
  EXPECT_NE(result.status().message().find(fragment), std::string::npos)
      << text << ": " << result.status().message();
  EXPECT_EQ(result.status().line(), line) << text << ": " << result.status().message();
  EXPECT_EQ(result.status().column(), column) << text << ": " << result.status().message();
}

LogicalType SampleRow() {
  return T::Row({T::Field("a", T::Int()), T::Field("b", T::String(), "desc")});
}

// One type of every kind, with the expected ToString and ToSummaryString.
struct Printed {
  LogicalType type;
  std::string full;
  std::string summary;
};

std::vector<Printed> AllKinds() {
  return {
      {T::Boolean(), "BOOLEAN", "BOOLEAN"},
      {T::TinyInt(), "TINYINT", "TINYINT"},
      {T::SmallInt(), "SMALLINT", "SMALLINT"},
      {T::Int(), "INT", "INT"},
      {T::Int().NotNull(), "INT NOT NULL", "INT NOT NULL"},
      {T::BigInt(), "BIGINT", "BIGINT"},
      {T::Float(), "FLOAT", "FLOAT"},
      {T::Double(), "DOUBLE", "DOUBLE"},
      {T::Decimal(), "DECIMAL(10, 0)", "DECIMAL(10, 0)"},
      {T::Decimal(10, 2), "DECIMAL(10, 2)", "DECIMAL(10, 2)"},
      {T::Decimal(38, 38).NotNull(), "DECIMAL(38, 38) NOT NULL", "DECIMAL(38, 38) NOT NULL"},
      {T::Char(), "CHAR(1)", "CHAR(1)"},
      {T::Char(5), "CHAR(5)", "CHAR(5)"},
      {T::VarChar(10), "VARCHAR(10)", "VARCHAR(10)"},
      {T::String(), "VARCHAR(2147483647)", "STRING"},
      {T::String().NotNull(), "VARCHAR(2147483647) NOT NULL", "STRING NOT NULL"},
      {T::Binary(3), "BINARY(3)", "BINARY(3)"},
      {T::VarBinary(7), "VARBINARY(7)", "VARBINARY(7)"},
      {T::Bytes(), "VARBINARY(2147483647)", "BYTES"},
      {T::Date(), "DATE", "DATE"},
      {T::Time(), "TIME(0)", "TIME(0)"},
      {T::Time(3), "TIME(3)", "TIME(3)"},
      {T::Timestamp(), "TIMESTAMP(6)", "TIMESTAMP(6)"},
      {T::Timestamp(3).NotNull(), "TIMESTAMP(3) NOT NULL", "TIMESTAMP(3) NOT NULL"},
      {T::TimestampLtz(3), "TIMESTAMP(3) WITH LOCAL TIME ZONE", "TIMESTAMP_LTZ(3)"},
      {T::TimestampLtz(9).NotNull(), "TIMESTAMP(9) WITH LOCAL TIME ZONE NOT NULL",
       "TIMESTAMP_LTZ(9) NOT NULL"},
      {T::IntervalYearMonth(R::kYear), "INTERVAL YEAR(2)", "INTERVAL YEAR(2)"},
      {T::IntervalYearMonth(R::kYearToMonth, 4), "INTERVAL YEAR(4) TO MONTH",
       "INTERVAL YEAR(4) TO MONTH"},
      {T::IntervalYearMonth(R::kMonth), "INTERVAL MONTH", "INTERVAL MONTH"},
      {T::IntervalDayTime(R::kDay, 3), "INTERVAL DAY(3)", "INTERVAL DAY(3)"},
      {T::IntervalDayTime(R::kDayToHour), "INTERVAL DAY(2) TO HOUR", "INTERVAL DAY(2) TO HOUR"},
      {T::IntervalDayTime(R::kDayToMinute), "INTERVAL DAY(2) TO MINUTE",
       "INTERVAL DAY(2) TO MINUTE"},
      {T::IntervalDayTime(R::kDayToSecond, 2, 3), "INTERVAL DAY(2) TO SECOND(3)",
       "INTERVAL DAY(2) TO SECOND(3)"},
      {T::IntervalDayTime(R::kHour), "INTERVAL HOUR", "INTERVAL HOUR"},
      {T::IntervalDayTime(R::kHourToMinute), "INTERVAL HOUR TO MINUTE", "INTERVAL HOUR TO MINUTE"},
      {T::IntervalDayTime(R::kHourToSecond, 2, 0), "INTERVAL HOUR TO SECOND(0)",
       "INTERVAL HOUR TO SECOND(0)"},
      {T::IntervalDayTime(R::kMinute), "INTERVAL MINUTE", "INTERVAL MINUTE"},
      {T::IntervalDayTime(R::kMinuteToSecond, 2, 9), "INTERVAL MINUTE TO SECOND(9)",
       "INTERVAL MINUTE TO SECOND(9)"},
      {T::IntervalDayTime(R::kSecond), "INTERVAL SECOND(6)", "INTERVAL SECOND(6)"},
      {T::Array(T::Int()), "ARRAY<INT>", "ARRAY<INT>"},
      {T::Array(T::Int().NotNull()).NotNull(), "ARRAY<INT NOT NULL> NOT NULL",
       "ARRAY<INT NOT NULL> NOT NULL"},
      {T::Array(T::String()), "ARRAY<VARCHAR(2147483647)>", "ARRAY<STRING>"},
      {T::Multiset(T::Bytes()), "MULTISET<VARBINARY(2147483647)>", "MULTISET<BYTES>"},
      {T::Map(T::String(), T::Int()), "MAP<VARCHAR(2147483647), INT>", "MAP<STRING, INT>"},
      {T::Map(T::String().NotNull(), T::Array(T::Double())),
       "MAP<VARCHAR(2147483647) NOT NULL, ARRAY<DOUBLE>>", "MAP<STRING NOT NULL, ARRAY<DOUBLE>>"},
      {T::Row({T::Field("a", T::Int()), T::Field("b", T::String())}),
       "ROW<`a` INT, `b` VARCHAR(2147483647)>", "ROW<`a` INT, `b` STRING>"},
      {SampleRow(), "ROW<`a` INT, `b` VARCHAR(2147483647) 'desc'>",
       "ROW<`a` INT, `b` STRING '...'>"},
      {T::Row({T::Field("we`ird", T::Int().NotNull(), "it's")}).NotNull(),
       "ROW<`we``ird` INT NOT NULL 'it''s'> NOT NULL", "ROW<`we``ird` INT NOT NULL '...'> NOT NULL"},
      {T::Row({}), "ROW<>", "ROW<>"},
      {T::Row({T::Field("nested", T::Row({T::Field("x", T::TimestampLtz(3))}))}),
       "ROW<`nested` ROW<`x` TIMESTAMP(3) WITH LOCAL TIME ZONE>>",
       "ROW<`nested` ROW<`x` TIMESTAMP_LTZ(3)>>"},
      {T::Null(), "NULL", "NULL"},
  };
}

TEST(LogicalTypeTest, PrintsEveryKindLikeFlink) {
  for (const Printed& p : AllKinds()) {
    EXPECT_EQ(p.type.ToString(), p.full);
    EXPECT_EQ(p.type.ToSummaryString(), p.summary);
  }
}

TEST(LogicalTypeTest, RoundTripsThroughBothPrintings) {
  for (const Printed& p : AllKinds()) {
    Result<LogicalType> full = ParseLogicalType(p.full);
    ASSERT_TRUE(full.ok()) << p.full << ": " << full.status().message();
    EXPECT_EQ(*full, p.type) << p.full << " parsed as " << full->ToString();
    Result<LogicalType> summary = ParseLogicalType(p.summary);
    ASSERT_TRUE(summary.ok()) << p.summary << ": " << summary.status().message();
    // The summary hides field descriptions, so only the description may differ.
    if (p.summary.find("'...'") == std::string::npos) {
      EXPECT_EQ(*summary, p.type) << p.summary << " parsed as " << summary->ToString();
    } else {
      EXPECT_EQ(summary->ToSummaryString(), p.summary);
    }
  }
}

TEST(LogicalTypeTest, EqualityIncludesNullabilityParametersAndFields) {
  EXPECT_EQ(T::Int(), T::Int());
  EXPECT_NE(T::Int(), T::Int().NotNull());
  EXPECT_EQ(T::Int().NotNull().WithNullable(true), T::Int());
  EXPECT_NE(T::VarChar(5), T::VarChar(6));
  EXPECT_NE(T::VarChar(5), T::Char(5));
  EXPECT_NE(T::Decimal(10, 2), T::Decimal(10, 3));
  EXPECT_NE(T::Timestamp(3), T::TimestampLtz(3));
  EXPECT_NE(T::IntervalDayTime(R::kDay), T::IntervalDayTime(R::kHour));
  EXPECT_NE(T::Array(T::Int()), T::Array(T::Int().NotNull()));
  EXPECT_NE(T::Array(T::Int()), T::Multiset(T::Int()));
  EXPECT_NE(T::Row({T::Field("a", T::Int())}), T::Row({T::Field("b", T::Int())}));
  EXPECT_NE(T::Row({T::Field("a", T::Int())}), T::Row({T::Field("a", T::Int(), "d")}));
  EXPECT_EQ(SampleRow(), SampleRow());
  // Precisions that a resolution does not show are fixed, as in Flink.
  EXPECT_EQ(T::IntervalDayTime(R::kHour, 5, 3), T::IntervalDayTime(R::kHour));
  EXPECT_EQ(T::IntervalYearMonth(R::kMonth, 4), T::IntervalYearMonth(R::kMonth));
  // NULL is always nullable.
  EXPECT_TRUE(T::Null().NotNull().nullable());
}

TEST(LogicalTypeTest, Accessors) {
  EXPECT_EQ(T::String().length(), T::kMaxLength);
  EXPECT_EQ(T::Decimal(12, 4).precision(), 12);
  EXPECT_EQ(T::Decimal(12, 4).scale(), 4);
  EXPECT_EQ(T::Map(T::Int(), T::String()).key_type(), T::Int());
  EXPECT_EQ(T::Map(T::Int(), T::String()).value_type(), T::String());
  EXPECT_EQ(T::Array(T::Date()).element_type(), T::Date());
  EXPECT_EQ(SampleRow().fields().size(), 2u);
  EXPECT_EQ(SampleRow().fields()[1].description, "desc");
  EXPECT_EQ(T::IntervalDayTime(R::kDayToSecond, 3, 4).interval_resolution(), R::kDayToSecond);
}

TEST(LogicalTypeTest, Classification) {
  EXPECT_TRUE(T::TinyInt().IsIntegral());
  EXPECT_TRUE(T::Decimal().IsNumeric());
  EXPECT_FALSE(T::Decimal().IsIntegral());
  EXPECT_TRUE(T::Float().IsApproximateNumeric());
  EXPECT_FALSE(T::String().IsNumeric());
  EXPECT_TRUE(T::Char().IsCharacterString());
  EXPECT_TRUE(T::Bytes().IsBinaryString());
  EXPECT_TRUE(T::TimestampLtz().IsTemporal());
  EXPECT_TRUE(T::Date().IsTemporal());
  EXPECT_FALSE(T::IntervalYearMonth(R::kYear).IsTemporal());
  EXPECT_TRUE(T::IntervalDayTime(R::kSecond).IsInterval());
  EXPECT_TRUE(SampleRow().IsConstructed());
  EXPECT_TRUE(T::Map(T::Int(), T::Int()).IsConstructed());
  EXPECT_FALSE(T::Null().IsConstructed());
}

TEST(LogicalTypeParserTest, Synonyms) {
  EXPECT_EQ(Parse("INTEGER"), T::Int());
  EXPECT_EQ(Parse("int"), T::Int());
  EXPECT_EQ(Parse("  BigInt  "), T::BigInt());
  EXPECT_EQ(Parse("DEC"), T::Decimal(10, 0));
  EXPECT_EQ(Parse("NUMERIC(5)"), T::Decimal(5, 0));
  EXPECT_EQ(Parse("decimal(10,2)"), T::Decimal(10, 2));
  EXPECT_EQ(Parse("DEC(38, 10)"), T::Decimal(38, 10));
  EXPECT_EQ(Parse("STRING"), T::String());
  // Flink SQL (FlinkTypeSystem): VARCHAR / VARBINARY without a length are STRING / BYTES.
  EXPECT_EQ(Parse("VARCHAR"), T::String());
  EXPECT_EQ(Parse("varbinary"), T::Bytes());
  EXPECT_EQ(Parse("ARRAY<VARCHAR>"), T::Array(T::String()));
  EXPECT_EQ(Parse("VARCHAR(1)"), T::VarChar(1));
  EXPECT_EQ(Parse("CHAR"), T::Char(1));
  EXPECT_EQ(Parse("BYTES"), T::Bytes());
  EXPECT_EQ(Parse("BINARY"), T::Binary(1));
  EXPECT_EQ(Parse("DOUBLE PRECISION"), T::Double());
  EXPECT_EQ(Parse("TIME"), T::Time(0));
  EXPECT_EQ(Parse("TIME(3) WITHOUT TIME ZONE"), T::Time(3));
  EXPECT_EQ(Parse("TIMESTAMP"), T::Timestamp(6));
  EXPECT_EQ(Parse("TIMESTAMP WITHOUT TIME ZONE"), T::Timestamp(6));
  EXPECT_EQ(Parse("TIMESTAMP(3) WITHOUT TIME ZONE"), T::Timestamp(3));
  EXPECT_EQ(Parse("TIMESTAMP_LTZ"), T::TimestampLtz(6));
  EXPECT_EQ(Parse("timestamp_ltz(3)"), T::TimestampLtz(3));
  EXPECT_EQ(Parse("TIMESTAMP WITH LOCAL TIME ZONE"), T::TimestampLtz(6));
  EXPECT_EQ(Parse("TIMESTAMP(3) WITH LOCAL TIME ZONE"), T::TimestampLtz(3));
  EXPECT_EQ(Parse("INT ARRAY"), T::Array(T::Int()));
  EXPECT_EQ(Parse("INT NOT NULL ARRAY NOT NULL"), T::Array(T::Int().NotNull()).NotNull());
  EXPECT_EQ(Parse("STRING MULTISET"), T::Multiset(T::String()));
  EXPECT_EQ(Parse("INT ARRAY ARRAY"), T::Array(T::Array(T::Int())));
  EXPECT_EQ(Parse("ROW(a INT, b STRING)"),
            T::Row({T::Field("a", T::Int()), T::Field("b", T::String())}));
  EXPECT_EQ(Parse("row<`a b` int 'the a', `c``d` string>"),
            T::Row({T::Field("a b", T::Int(), "the a"), T::Field("c`d", T::String())}));
  EXPECT_EQ(Parse("ROW()"), T::Row({}));
  EXPECT_EQ(Parse("ARRAY<ARRAY<INT>>"), T::Array(T::Array(T::Int())));
  EXPECT_EQ(Parse("MAP<STRING NOT NULL, ARRAY<INT NOT NULL> NOT NULL>"),
            T::Map(T::String().NotNull(), T::Array(T::Int().NotNull()).NotNull()));
  EXPECT_EQ(Parse("INT NULL"), T::Int());
  EXPECT_EQ(Parse("int not null"), T::Int().NotNull());
  EXPECT_EQ(Parse("NULL"), T::Null());
  EXPECT_EQ(Parse("ROW<a INT, -- a comment\n b /* block */ STRING>"),
            T::Row({T::Field("a", T::Int()), T::Field("b", T::String())}));
}

TEST(LogicalTypeParserTest, Intervals) {
  EXPECT_EQ(Parse("INTERVAL YEAR"), T::IntervalYearMonth(R::kYear, 2));
  EXPECT_EQ(Parse("INTERVAL YEAR(4)"), T::IntervalYearMonth(R::kYear, 4));
  EXPECT_EQ(Parse("INTERVAL YEAR TO MONTH"), T::IntervalYearMonth(R::kYearToMonth));
  EXPECT_EQ(Parse("INTERVAL YEAR(3) TO MONTH"), T::IntervalYearMonth(R::kYearToMonth, 3));
  EXPECT_EQ(Parse("INTERVAL MONTH"), T::IntervalYearMonth(R::kMonth));
  EXPECT_EQ(Parse("INTERVAL DAY"), T::IntervalDayTime(R::kDay));
  EXPECT_EQ(Parse("INTERVAL DAY(5)"), T::IntervalDayTime(R::kDay, 5));
  EXPECT_EQ(Parse("INTERVAL DAY TO HOUR"), T::IntervalDayTime(R::kDayToHour));
  EXPECT_EQ(Parse("INTERVAL DAY(1) TO MINUTE"), T::IntervalDayTime(R::kDayToMinute, 1));
  EXPECT_EQ(Parse("INTERVAL DAY TO SECOND"), T::IntervalDayTime(R::kDayToSecond, 2, 6));
  EXPECT_EQ(Parse("INTERVAL DAY(2) TO SECOND(3)"), T::IntervalDayTime(R::kDayToSecond, 2, 3));
  EXPECT_EQ(Parse("INTERVAL HOUR"), T::IntervalDayTime(R::kHour));
  EXPECT_EQ(Parse("INTERVAL HOUR TO MINUTE"), T::IntervalDayTime(R::kHourToMinute));
  EXPECT_EQ(Parse("INTERVAL HOUR TO SECOND(1)"), T::IntervalDayTime(R::kHourToSecond, 2, 1));
  EXPECT_EQ(Parse("INTERVAL MINUTE"), T::IntervalDayTime(R::kMinute));
  EXPECT_EQ(Parse("INTERVAL MINUTE TO SECOND"), T::IntervalDayTime(R::kMinuteToSecond));
  EXPECT_EQ(Parse("INTERVAL SECOND"), T::IntervalDayTime(R::kSecond, 2, 6));
  EXPECT_EQ(Parse("interval second(3) not null"),
            T::IntervalDayTime(R::kSecond, 2, 3).NotNull());
}

TEST(LogicalTypeParserTest, StopsAfterTheLongestType) {
  struct Case {
    std::string text;
    LogicalType type;
    size_t consumed;
  };
  const std::vector<Case> cases = {
      {"INT)", T::Int(), 3},
      {"INT", T::Int(), 3},
      {"  INT  , b STRING", T::Int(), 5},
      {"INT NOT NULL COMMENT 'x', b STRING", T::Int().NotNull(), 12},
      {"INT PRIMARY KEY NOT ENFORCED", T::Int(), 3},
      {"INT NOT ENFORCED", T::Int(), 3},
      {"STRING METADATA FROM 'k'", T::String(), 6},
      {"DECIMAL(10, 2))", T::Decimal(10, 2), 14},
      {"TIMESTAMP(3) WITH LOCAL TIME ZONE, x", T::TimestampLtz(3), 33},
      {"TIMESTAMP(3) WITH (", T::Timestamp(3), 12},
      {"INTERVAL DAY TO SECOND(3) NOT NULL;", T::IntervalDayTime(R::kDayToSecond, 2, 3).NotNull(),
       34},
      {"ARRAY<INT> NOT NULL COMMENT", T::Array(T::Int()).NotNull(), 19},
      {"ROW<a INT> -- trailing comment", T::Row({T::Field("a", T::Int())}), 10},
      {"DOUBLE, precision INT", T::Double(), 6},
      {"INT NULL DEFAULT", T::Int(), 8},
  };
  for (const Case& c : cases) {
    size_t consumed = 0;
    Result<LogicalType> result = ParseLogicalType(c.text, &consumed);
    ASSERT_TRUE(result.ok()) << c.text << ": " << result.status().message();
    EXPECT_EQ(*result, c.type) << c.text;
    EXPECT_EQ(consumed, c.consumed) << c.text;
  }
}

TEST(LogicalTypeParserTest, TrailingTextIsAnErrorWithoutConsumed) {
  ExpectError("INT)", "Invalid type: expected end of type, found ')'", 1, 4);
  ExpectError("INT NOT", "expected end of type, found 'NOT'", 1, 5);
  ExpectError("INT(11)", "found '('", 1, 4);
}

TEST(LogicalTypeParserTest, SyntaxErrorsWithPositions) {
  ExpectError("", "Invalid type: expected a type, found end of input", 1, 1);
  ExpectError("FOO", "Invalid type: unknown type 'FOO'", 1, 1);
  ExpectError("ARRAY<INT x", "Invalid type: expected '>' after ARRAY element type, found 'x'", 1,
              11);
  ExpectError("ARRAY INT", "expected '<' after ARRAY, found 'INT'", 1, 7);
  ExpectError("MAP<INT>", "expected ',' after MAP key type, found '>'", 1, 8);
  ExpectError("MAP<INT, INT", "expected '>' after MAP value type, found end of input", 1, 13);
  ExpectError("ROW<a INT,>", "expected a field name in ROW, found '>'", 1, 11);
  ExpectError("ROW<a INT b INT>", "expected '>' or ',' after ROW field, found 'b'", 1, 11);
  ExpectError("ROW(a INT>", "expected ')' or ',' after ROW field, found '>'", 1, 10);
  ExpectError("ROW a", "expected '<' or '(' after ROW, found 'a'", 1, 5);
  ExpectError("VARCHAR(x)", "expected the VARCHAR length, found 'x'", 1, 9);
  ExpectError("DECIMAL(10, )", "expected the DECIMAL scale, found ')'", 1, 13);
  ExpectError("DECIMAL(10 2)", "expected ')' after DECIMAL precision, found '2'", 1, 12);
  ExpectError("INTERVAL WEEK", "expected YEAR, MONTH, DAY, HOUR, MINUTE or SECOND after INTERVAL",
              1, 10);
  ExpectError("INTERVAL DAY TO YEAR", "expected HOUR, MINUTE or SECOND after INTERVAL DAY TO", 1,
              17);
  ExpectError("INTERVAL YEAR TO DAY", "expected MONTH after INTERVAL YEAR TO", 1, 18);
  ExpectError("TIMESTAMP WITH LOCAL ZONE", "expected TIME after WITH LOCAL, found 'ZONE'", 1, 22);
  ExpectError("TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE is not supported", 1, 1);
  ExpectError("ROW<`a INT>", "unterminated quoted identifier", 1, 5);
  ExpectError("ROW<a INT 'desc>", "unterminated string literal", 1, 11);
  ExpectError("NULL NOT NULL", "The nullability of a NULL type cannot be disabled", 1, 1);
  ExpectError("ROW<\n  a INT,\n  b FOO>", "unknown type 'FOO'", 3, 5);
  ExpectError("MAP<STRING,\n\tARRAY<INT>", "expected '>' after MAP value type", 2, 12);
}

TEST(LogicalTypeParserTest, ValidationErrorsUseFlinkWording) {
  ExpectError("DECIMAL(39, 0)", "Decimal precision must be between 1 and 38 (both inclusive).", 1,
              1);
  ExpectError("DECIMAL(0)", "Decimal precision must be between 1 and 38 (both inclusive).", 1, 1);
  ExpectError("DECIMAL(5, 6)",
              "Decimal scale must be between 0 and the precision 5 (both inclusive).", 1, 1);
  ExpectError("VARCHAR(0)",
              "Variable character string length must be between 1 and 2147483647 (both "
              "inclusive).",
              1, 1);
  ExpectError("VARCHAR(2147483648)", "Variable character string length must be between", 1, 1);
  ExpectError("CHAR(0)", "Character string length must be between 1 and 2147483647", 1, 1);
  ExpectError("BINARY(0)", "Binary string length must be between 1 and 2147483647", 1, 1);
  ExpectError("VARBINARY(0)", "Variable binary string length must be between 1 and 2147483647",
              1, 1);
  ExpectError("TIME(10)", "Time precision must be between 0 and 9 (both inclusive).", 1, 1);
  ExpectError("TIMESTAMP(10)", "Timestamp precision must be between 0 and 9 (both inclusive).", 1,
              1);
  ExpectError("TIMESTAMP_LTZ(12)",
              "Timestamp with local time zone precision must be between 0 and 9", 1, 1);
  ExpectError("ROW<a TIMESTAMP(3), b TIMESTAMP(10)>", "Timestamp precision must be", 1, 23);
  ExpectError("INTERVAL YEAR(5)",
              "Year precision of year-month intervals must be between 1 and 4 (both inclusive).",
              1, 1);
  ExpectError("INTERVAL DAY(7)",
              "Day precision of day-time intervals must be between 1 and 6 (both inclusive).", 1,
              1);
  ExpectError("INTERVAL SECOND(10)",
              "Fractional precision of day-time intervals must be between 0 and 9", 1, 1);
  ExpectError("ROW<a INT, b INT, a STRING>",
              "Field names must be unique. Found duplicates: [a]", 1, 1);
  ExpectError("ROW<` ` INT>", "Field names must contain at least one non-whitespace character.", 1,
              1);
  ExpectError("MAP<INT, ARRAY<DECIMAL(40, 2)>>", "Decimal precision must be between", 1, 16);
}

TEST(LogicalTypeTest, ValidateChecksFactoriesToo) {
  EXPECT_TRUE(T::Decimal(38, 0).Validate().ok());
  EXPECT_FALSE(T::Decimal(39, 0).Validate().ok());
  EXPECT_FALSE(T::VarChar(0).Validate().ok());
  EXPECT_FALSE(T::Array(T::Timestamp(12)).Validate().ok());
  EXPECT_FALSE(T::Row({T::Field("a", T::Int()), T::Field("a", T::Int())}).Validate().ok());
  EXPECT_TRUE(SampleRow().Validate().ok());
}

}  // namespace
}  // namespace sluice
