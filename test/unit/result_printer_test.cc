#include "client/result_printer.h"

#include <gtest/gtest.h>

namespace sluice {
namespace {

ResultTable NamesAndCounts() {
  ResultTable table;
  table.column_names = {"name", "cnt"};
  table.column_types = {LogicalType::String(), LogicalType::Int()};
  table.rows = {{std::string("Alice"), std::string("3")},
                {std::nullopt, std::string("12")},
                {std::string("你好世界"), std::nullopt}};
  return table;
}

TEST(ResultPrinterTest, DisplayWidth) {
  EXPECT_EQ(DisplayWidth(""), 0);
  EXPECT_EQ(DisplayWidth("abc"), 3);
  EXPECT_EQ(DisplayWidth("é"), 1);
  EXPECT_EQ(DisplayWidth("你好"), 4);
  EXPECT_EQ(DisplayWidth("ｶ"), 1);   // halfwidth katakana
  EXPECT_EQ(DisplayWidth("Ａ"), 2);  // fullwidth latin
  EXPECT_EQ(DisplayWidth("한국"), 4);
  EXPECT_EQ(DisplayWidth("\xff"), 1);  // invalid UTF-8
}

TEST(ResultPrinterTest, TableauWithNullAndWideCharacters) {
  EXPECT_EQ(FormatTableau(NamesAndCounts()),
            "+----------+--------+\n"
            "|     name |    cnt |\n"
            "+----------+--------+\n"
            "|    Alice |      3 |\n"
            "|   <NULL> |     12 |\n"
            "| 你好世界 | <NULL> |\n"
            "+----------+--------+\n"
            "3 rows in set\n");
}

TEST(ResultPrinterTest, TableauOneRowAndEmpty) {
  ResultTable table;
  table.column_names = {"catalog name"};
  table.column_types = {LogicalType::String()};
  table.rows = {{std::string("default_catalog")}};
  EXPECT_EQ(FormatTableau(table),
            "+-----------------+\n"
            "|    catalog name |\n"
            "+-----------------+\n"
            "| default_catalog |\n"
            "+-----------------+\n"
            "1 row in set\n");
  table.rows.clear();
  EXPECT_EQ(FormatTableau(table), "Empty set\n");
}

TEST(ResultPrinterTest, TableauMultiLineCellIsPrintedAsIs) {
  ResultTable table;
  table.column_names = {"result"};
  table.column_types = {LogicalType::String()};
  table.rows = {{std::string("CREATE TABLE t (\n  a INT\n)")}};
  EXPECT_EQ(FormatTableau(table),
            "+----------------------------+\n"
            "|                     result |\n"
            "+----------------------------+\n"
            "| CREATE TABLE t (\n  a INT\n) |\n"
            "+----------------------------+\n"
            "1 row in set\n");
}

TEST(ResultPrinterTest, TableauStreamingHasOpColumnAndTotal) {
  ResultTable table;
  table.column_names = {"word", "cnt"};
  table.column_types = {LogicalType::String(), LogicalType::BigInt()};
  table.rows = {{std::string("a"), std::string("1")},
                {std::string("a"), std::string("1")},
                {std::string("a"), std::string("2")}};
  table.row_kinds = {"+I", "-U", "+U"};
  EXPECT_EQ(FormatTableau(table),
            "+----+------+-----+\n"
            "| op | word | cnt |\n"
            "+----+------+-----+\n"
            "| +I |    a |   1 |\n"
            "| -U |    a |   1 |\n"
            "| +U |    a |   2 |\n"
            "+----+------+-----+\n"
            "Received a total of 3 rows\n");
  table.rows.resize(1);
  table.row_kinds.resize(1);
  EXPECT_NE(FormatTableau(table).find("Received a total of 1 row\n"), std::string::npos);
}

TEST(ResultPrinterTest, CsvQuotesAndNulls) {
  ResultTable table;
  table.column_names = {"id", "text"};
  table.column_types = {LogicalType::Int(), LogicalType::String()};
  table.rows = {{std::string("1"), std::string("plain")},
                {std::string("2"), std::string("a,b")},
                {std::string("3"), std::string("say \"hi\"")},
                {std::string("4"), std::string("two\nlines")},
                {std::string("5"), std::nullopt},
                {std::string("6"), std::string("")},
                {std::string("7"), std::string(" padded")}};
  EXPECT_EQ(FormatCsv(table),
            "id,text\n"
            "1,plain\n"
            "2,\"a,b\"\n"
            "3,\"say \"\"hi\"\"\"\n"
            "4,\"two\nlines\"\n"
            "5,\n"
            "6,\"\"\n"
            "7,\" padded\"\n");
}

TEST(ResultPrinterTest, CsvEmptyResultHasHeader) {
  ResultTable table;
  table.column_names = {"a", "b,c"};
  EXPECT_EQ(FormatCsv(table), "a,\"b,c\"\n");
}

TEST(ResultPrinterTest, JsonTypes) {
  ResultTable table;
  table.column_names = {"name", "cnt", "score", "ok", "price", "tags", "ratio"};
  table.column_types = {LogicalType::String(),       LogicalType::Int(),
                        LogicalType::Double(),       LogicalType::Boolean(),
                        LogicalType::Decimal(10, 2), LogicalType::Array(LogicalType::String()),
                        LogicalType::Double()};
  table.rows = {{std::string("x"), std::string("3"), std::string("1.5E-4"), std::string("TRUE"),
                 std::string("10.50"), std::string("[a, b]"), std::string("NaN")},
                {std::string("q\"\\\n\t"), std::nullopt, std::string("-2.0"), std::string("FALSE"),
                 std::nullopt, std::nullopt, std::string("Infinity")}};
  EXPECT_EQ(FormatJson(table),
            "{\"name\":\"x\",\"cnt\":3,\"score\":1.5E-4,\"ok\":true,\"price\":10.50,"
            "\"tags\":\"[a, b]\",\"ratio\":\"NaN\"}\n"
            "{\"name\":\"q\\\"\\\\\\n\\t\",\"cnt\":null,\"score\":-2.0,\"ok\":false,"
            "\"price\":null,\"tags\":null,\"ratio\":\"Infinity\"}\n");
}

TEST(ResultPrinterTest, JsonStreamingHasOpField) {
  ResultTable table;
  table.column_names = {"n"};
  table.column_types = {LogicalType::BigInt()};
  table.rows = {{std::string("7")}};
  table.row_kinds = {"-D"};
  EXPECT_EQ(FormatJson(table), "{\"op\":\"-D\",\"n\":7}\n");
}

TEST(ResultPrinterTest, JsonWithoutTypesQuotesEverything) {
  ResultTable table;
  table.column_names = {"a"};
  table.rows = {{std::string("1")}};
  EXPECT_EQ(FormatJson(table), "{\"a\":\"1\"}\n");
  EXPECT_EQ(JsonQuote(std::string("\x01", 1)), "\"\\u0001\"");
}

TEST(ResultPrinterTest, InfoWarningAndFormats) {
  EXPECT_EQ(FormatInfo("Execute statement succeeded."), "[INFO] Execute statement succeeded.\n");
  EXPECT_EQ(FormatWarning("careful"), "[WARNING] careful\n");
  EXPECT_EQ(*ParseOutputFormat("CSV"), OutputFormat::kCsv);
  EXPECT_EQ(*ParseOutputFormat("tableau"), OutputFormat::kTableau);
  EXPECT_EQ(*ParseOutputFormat("json"), OutputFormat::kJson);
  EXPECT_FALSE(ParseOutputFormat("xml").ok());
  EXPECT_EQ(FormatResultTable(NamesAndCounts(), OutputFormat::kCsv),
            "name,cnt\nAlice,3\n,12\n你好世界,\n");
}

}  // namespace
}  // namespace sluice
