// Time built-ins.
#include <gtest/gtest.h>

#include "function_test_util.h"

namespace sluice::testing {
namespace {

Value Ts(const std::string& text, int precision = 3) {
  return ParseValue(text, LogicalType::Timestamp(precision)).value();
}
Value Date(const std::string& text) { return ParseValue(text, LogicalType::Date()).value(); }

TEST(FunctionTimeTest, CurrentTime) {
  KernelContext context;
  context.statement_start_micros = Ts("2024-03-01 23:30:00.123456", 6).GetInt64();
  context.session_time_zone = "+02:00";
  EXPECT_EQ(Call("CURRENT_TIMESTAMP", {}, context), "2024-03-01 23:30:00.123");
  EXPECT_EQ(Call("LOCALTIMESTAMP", {}, context), "2024-03-02 01:30:00.123");
  EXPECT_EQ(Call("CURRENT_DATE", {}, context), "2024-03-02");
  EXPECT_EQ(Call("CURRENT_TIME", {}, context), "01:30:00");
  EXPECT_EQ(Call("UNIX_TIMESTAMP", {}, context), std::to_string(context.statement_start_micros / 1000000));
  Result<BoundExpressionPtr> e = BindCall("NOW", {}, false);
  ASSERT_TRUE(e.ok());
  EXPECT_FALSE((*e)->IsConstant());
}

TEST(FunctionTimeTest, DateFormatAndParsing) {
  Value ts = Ts("2024-03-05 07:08:09.123");
  EXPECT_EQ(Call("DATE_FORMAT", {ts, S("yyyy-MM-dd HH:mm:ss")}), "2024-03-05 07:08:09");
  EXPECT_EQ(Call("DATE_FORMAT", {ts, S("yy/M/d h:mm a")}), "24/3/5 7:08 AM");
  EXPECT_EQ(Call("DATE_FORMAT", {ts, S("EEE, MMM dd ''yy 'at' HH.SSS")}),
            "Tue, Mar 05 '24 at 07.123");
  EXPECT_EQ(Call("DATE_FORMAT", {S("2024-03-05 07:08:09"), S("yyyyMMdd")}), "20240305");
  EXPECT_EQ(Call("DATE_FORMAT", {ts, S("yyyy-qq")}),
            "ERROR: Illegal pattern character 'q' in date format 'yyyy-qq'.");
  EXPECT_EQ(Call("TO_TIMESTAMP", {S("2024-03-05 07:08:09")}), "2024-03-05 07:08:09.000");
  EXPECT_EQ(Call("TO_TIMESTAMP", {S("05/03/2024 07:08"), S("dd/MM/yyyy HH:mm")}),
            "2024-03-05 07:08:00.000");
  EXPECT_EQ(Call("TO_TIMESTAMP", {S("20240305"), S("yyyyMMdd")}), "2024-03-05 00:00:00.000");
  EXPECT_EQ(Call("TO_TIMESTAMP", {S("not a date")}), "NULL");
  EXPECT_EQ(Call("TO_DATE", {S("2024-02-29")}), "2024-02-29");
  EXPECT_EQ(Call("TO_DATE", {S("2023-02-29")}), "NULL");
  EXPECT_EQ(Call("TO_DATE", {S("03.05.2024"), S("MM.dd.yyyy")}), "2024-03-05");
  EXPECT_EQ(Call("UNIX_TIMESTAMP", {S("1970-01-02 00:00:00")}), "86400");
  KernelContext plus_one;
  plus_one.session_time_zone = "+01:00";
  EXPECT_EQ(Call("UNIX_TIMESTAMP", {S("1970-01-02 00:00:00")}, plus_one), "82800");
  EXPECT_EQ(Call("FROM_UNIXTIME", {L(86400)}), "1970-01-02 00:00:00");
  EXPECT_EQ(Call("FROM_UNIXTIME", {L(86400), S("yyyy/MM/dd")}, plus_one), "1970/01/02");
}

TEST(FunctionTimeTest, ExtractAndFields) {
  Value ts = Ts("2024-03-05 07:08:09.123");
  EXPECT_EQ(Call("EXTRACT", {S("YEAR"), ts}), "2024");
  EXPECT_EQ(Call("EXTRACT", {S("MONTH"), ts}), "3");
  EXPECT_EQ(Call("EXTRACT", {S("DAY"), ts}), "5");
  EXPECT_EQ(Call("EXTRACT", {S("HOUR"), ts}), "7");
  EXPECT_EQ(Call("EXTRACT", {S("MILLISECOND"), ts}), "9123");
  EXPECT_EQ(Call("EXTRACT", {S("DOW"), ts}), "3");     // Tuesday
  EXPECT_EQ(Call("EXTRACT", {S("ISODOW"), ts}), "2");
  EXPECT_EQ(Call("EXTRACT", {S("DOY"), ts}), "65");
  EXPECT_EQ(Call("EXTRACT", {S("QUARTER"), ts}), "1");
  EXPECT_EQ(Call("EXTRACT", {S("CENTURY"), ts}), "21");
  EXPECT_EQ(Call("EXTRACT", {S("EPOCH"), Ts("1970-01-02 00:00:00")}), "86400");
  EXPECT_EQ(Call("EXTRACT", {S("FORTNIGHT"), ts}), "ERROR: Unknown time unit 'FORTNIGHT' for EXTRACT.");
  EXPECT_EQ(Call("YEAR", {Date("1999-12-31")}), "1999");
  EXPECT_EQ(Call("QUARTER", {Date("1999-12-31")}), "4");
  EXPECT_EQ(Call("WEEK", {Date("2021-01-03")}), "53");  // ISO week of the previous year
  EXPECT_EQ(Call("WEEK", {Date("2024-01-01")}), "1");
  EXPECT_EQ(Call("DAYOFWEEK", {Date("2024-03-03")}), "1");  // Sunday
  EXPECT_EQ(Call("DAYOFYEAR", {Date("2024-12-31")}), "366");
  EXPECT_EQ(Call("DAYOFMONTH", {Date("2024-12-31")}), "31");
  EXPECT_EQ(Call("HOUR", {ts}), "7");
  EXPECT_EQ(Call("MINUTE", {ts}), "8");
  EXPECT_EQ(Call("SECOND", {ts}), "9");
  EXPECT_EQ(Call("YEAR", {NullOf(LogicalType::Date())}), "NULL");
  EXPECT_EQ(Call("EXTRACT", {S("DAY"), Value::IntervalDayTime(3 * 86400000LL + 5)}), "3");
}

TEST(FunctionTimeTest, TimestampAddDiffFloorCeil) {
  Value ts = Ts("2024-01-31 10:20:30.000");
  EXPECT_EQ(Call("TIMESTAMPADD", {S("MONTH"), I(1), ts}), "2024-02-29 10:20:30.000");
  EXPECT_EQ(Call("TIMESTAMPADD", {S("DAY"), I(-31), ts}), "2023-12-31 10:20:30.000");
  EXPECT_EQ(Call("TIMESTAMPADD", {S("HOUR"), I(14), ts}), "2024-02-01 00:20:30.000");
  EXPECT_EQ(Call("TIMESTAMPADD", {S("WEEK"), I(1), Date("2024-01-31")}), "2024-02-07");
  EXPECT_EQ(Call("TIMESTAMPDIFF", {S("DAY"), Ts("2024-01-01 00:00:00"), Ts("2024-03-01 12:00:00")}),
            "60");
  EXPECT_EQ(Call("TIMESTAMPDIFF", {S("MONTH"), Date("2024-01-31"), Date("2024-02-29")}), "0");
  EXPECT_EQ(Call("TIMESTAMPDIFF", {S("MONTH"), Date("2024-01-15"), Date("2024-03-15")}), "2");
  EXPECT_EQ(Call("TIMESTAMPDIFF", {S("YEAR"), Date("2024-03-15"), Date("2020-03-16")}), "-3");
  EXPECT_EQ(Call("TIMESTAMPDIFF", {S("HOUR"), Ts("2024-01-01 10:00:00"), Ts("2024-01-01 07:30:00")}),
            "-2");
  EXPECT_EQ(Call("FLOOR", {ts, S("DAY")}), "2024-01-31 00:00:00.000");
  EXPECT_EQ(Call("FLOOR", {ts, S("MONTH")}), "2024-01-01 00:00:00.000");
  EXPECT_EQ(Call("FLOOR", {ts, S("HOUR")}), "2024-01-31 10:00:00.000");
  EXPECT_EQ(Call("CEIL", {ts, S("HOUR")}), "2024-01-31 11:00:00.000");
  EXPECT_EQ(Call("CEIL", {ts, S("YEAR")}), "2025-01-01 00:00:00.000");
  EXPECT_EQ(Call("CEIL", {Ts("2024-01-01 00:00:00"), S("DAY")}), "2024-01-01 00:00:00.000");
  EXPECT_EQ(Call("FLOOR", {Date("2024-05-17"), S("QUARTER")}), "2024-04-01");
}

}  // namespace
}  // namespace sluice::testing
