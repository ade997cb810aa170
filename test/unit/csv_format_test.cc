// The csv format: parsing into typed columns (quotes, CRLF, comments, nulls, bad rows) and
// writing (quoting, Flink's value texts).
#include <gtest/gtest.h>

#include <chrono>

#include "formats/csv/csv_decoder.h"
#include "formats/csv/csv_encoder.h"

namespace sluice {
namespace {

struct Parsed {
  Status status;
  std::vector<std::vector<Value>> rows;
  int64_t skipped = 0;
};

Parsed Parse(const std::string& text, std::vector<LogicalType> types, CsvOptions options = {},
             size_t chunk = 0) {
  std::vector<size_t> projection;
  for (size_t i = 0; i < types.size(); ++i) projection.push_back(i);
  CsvDecoder decoder(options, types.size(), projection);
  decoder.StartFile("t.csv");
  std::vector<ColumnPtr> columns;
  for (const auto& type : types) columns.push_back(Column::Make(type));
  Parsed parsed;
  size_t total = 0;
  // Feed the text in growing prefixes of `chunk` bytes to exercise incomplete records.
  size_t offset = 0;
  size_t available = chunk == 0 ? text.size() : std::min(chunk, text.size());
  while (true) {
    bool eof = available == text.size();
    size_t added = 0;
    auto consumed = decoder.Decode(text.data() + offset, available - offset, eof, &columns,
                                   1 << 20, &added);
    if (!consumed.ok()) {
      parsed.status = consumed.status();
      break;
    }
    total += added;
    offset += *consumed;
    if (eof && offset == text.size()) break;
    if (eof && *consumed == 0) break;
    if (!eof) available = std::min(text.size(), available + std::max<size_t>(chunk, 1));
  }
  Batch batch(columns, total);
  for (size_t i = 0; i < total; ++i) parsed.rows.push_back(batch.GetRow(i));
  parsed.skipped = decoder.skipped_rows();
  return parsed;
}

TEST(CsvParseTest, TypedColumns) {
  auto parsed = Parse("1,abc,2.5,true\n2,de,-1e3,FALSE\n",
                      {LogicalType::Int(), LogicalType::String(), LogicalType::Double(),
                       LogicalType::Boolean()});
  ASSERT_TRUE(parsed.status.ok()) << parsed.status.message();
  ASSERT_EQ(parsed.rows.size(), 2u);
  EXPECT_EQ(parsed.rows[0][0].GetInt64(), 1);
  EXPECT_EQ(parsed.rows[0][1].GetString(), "abc");
  EXPECT_EQ(parsed.rows[1][2].GetDouble(), -1000.0);
  EXPECT_FALSE(parsed.rows[1][3].GetBool());
}

TEST(CsvParseTest, QuotesEscapedQuotesAndNewlinesInside) {
  auto parsed = Parse("\"a,b\",\"say \"\"hi\"\"\"\n\"line1\nline2\",x\n",
                      {LogicalType::String(), LogicalType::String()});
  ASSERT_TRUE(parsed.status.ok()) << parsed.status.message();
  ASSERT_EQ(parsed.rows.size(), 2u);
  EXPECT_EQ(parsed.rows[0][0].GetString(), "a,b");
  EXPECT_EQ(parsed.rows[0][1].GetString(), "say \"hi\"");
  EXPECT_EQ(parsed.rows[1][0].GetString(), "line1\nline2");
}

TEST(CsvParseTest, CrlfAndMissingFinalNewline) {
  auto parsed = Parse("1,a\r\n2,b", {LogicalType::Int(), LogicalType::String()});
  ASSERT_TRUE(parsed.status.ok());
  ASSERT_EQ(parsed.rows.size(), 2u);
  EXPECT_EQ(parsed.rows[0][1].GetString(), "a");
  EXPECT_EQ(parsed.rows[1][1].GetString(), "b");
}

TEST(CsvParseTest, IncrementalChunksGiveTheSameRows) {
  std::string text = "1,\"x,\ny\"\n22,plain\n333,\"q\"\"\"\n";
  auto whole = Parse(text, {LogicalType::Int(), LogicalType::String()});
  auto chunked = Parse(text, {LogicalType::Int(), LogicalType::String()}, {}, 3);
  ASSERT_TRUE(chunked.status.ok()) << chunked.status.message();
  ASSERT_EQ(whole.rows.size(), 3u);
  EXPECT_EQ(whole.rows, chunked.rows);
}

TEST(CsvParseTest, CommentsOnlyWhenAllowed) {
  CsvOptions options;
  options.allow_comments = true;
  auto parsed = Parse("# header\n1\n#2\n3\n", {LogicalType::Int()}, options);
  ASSERT_TRUE(parsed.status.ok());
  EXPECT_EQ(parsed.rows.size(), 2u);
  auto strict = Parse("# header\n1\n", {LogicalType::Int()});
  EXPECT_FALSE(strict.status.ok());
}

TEST(CsvParseTest, NullLiteralAndEmptyFields) {
  CsvOptions options;
  options.null_literal = "N/A";
  auto parsed = Parse("N/A,,\n1,,x\n", {LogicalType::Int(), LogicalType::Int(),
                                       LogicalType::String()}, options);
  ASSERT_TRUE(parsed.status.ok()) << parsed.status.message();
  EXPECT_TRUE(parsed.rows[0][0].is_null());
  EXPECT_TRUE(parsed.rows[0][1].is_null());         // empty non-string field
  EXPECT_EQ(parsed.rows[0][2].GetString(), "");     // empty string field
  EXPECT_EQ(parsed.rows[1][2].GetString(), "x");
}

TEST(CsvParseTest, BadRowFailsWithFileAndLine) {
  auto parsed = Parse("1,a\n2,b\n\"multi\nline\",c\nx,d\n", {LogicalType::String(),
                                                            LogicalType::String()});
  ASSERT_TRUE(parsed.status.ok());
  auto bad = Parse("1,a\n2,b\nthree,c\n", {LogicalType::Int(), LogicalType::String()});
  ASSERT_FALSE(bad.status.ok());
  EXPECT_EQ(bad.status.code(), StatusCode::kUserError);
  EXPECT_EQ(bad.status.message(),
            "Failed to parse CSV row at t.csv:3: Field 'three': Cannot parse 'three' as INT.");
}

TEST(CsvParseTest, LineNumbersCountQuotedNewlines) {
  auto bad = Parse("\"a\nb\",1\nx,y\n", {LogicalType::String(), LogicalType::Int()});
  ASSERT_FALSE(bad.status.ok());
  EXPECT_NE(bad.status.message().find("t.csv:3:"), std::string::npos) << bad.status.message();
}

TEST(CsvParseTest, WrongFieldCount) {
  auto bad = Parse("1,2,3\n", {LogicalType::Int(), LogicalType::Int()});
  EXPECT_EQ(bad.status.message(), "Failed to parse CSV row at t.csv:1: Expected 2 fields but found 3");
}

TEST(CsvParseTest, IgnoreParseErrorsSkipsAndCounts) {
  CsvOptions options;
  options.ignore_parse_errors = true;
  auto parsed = Parse("1\nx\n3\n99999999999\n\"open\n", {LogicalType::Int()}, options);
  ASSERT_TRUE(parsed.status.ok()) << parsed.status.message();
  ASSERT_EQ(parsed.rows.size(), 2u);
  EXPECT_EQ(parsed.rows[1][0].GetInt64(), 3);
  EXPECT_EQ(parsed.skipped, 3);
}

TEST(CsvParseTest, OtherDelimiterAndTypes) {
  CsvOptions options;
  options.field_delimiter = '|';
  auto parsed = Parse("2024-01-31|2024-01-31 12:34:56.5|12.30| 7 \n",
                      {LogicalType::Date(), LogicalType::Timestamp(3), LogicalType::Decimal(5, 2),
                       LogicalType::BigInt()},
                      options);
  ASSERT_TRUE(parsed.status.ok()) << parsed.status.message();
  EXPECT_EQ(parsed.rows[0][0].ToDisplayString(), "2024-01-31");
  EXPECT_EQ(parsed.rows[0][1].ToDisplayString(), "2024-01-31 12:34:56.500");
  EXPECT_EQ(parsed.rows[0][2].ToDisplayString(), "12.30");
  EXPECT_EQ(parsed.rows[0][3].GetInt64(), 7);
}

TEST(CsvParseTest, ProjectionDecodesOnlyListedColumns) {
  CsvDecoder decoder(CsvOptions{}, 3, {2, 0});
  decoder.StartFile("p.csv");
  std::vector<ColumnPtr> columns = {Column::Make(LogicalType::String()),
                                    Column::Make(LogicalType::Int())};
  std::string text = "1,not-an-int,c\n";
  size_t added = 0;
  auto consumed = decoder.Decode(text.data(), text.size(), true, &columns, 10, &added);
  ASSERT_TRUE(consumed.ok()) << consumed.status().message();
  ASSERT_EQ(added, 1u);
  EXPECT_EQ(columns[0]->GetString(0), "c");
  EXPECT_EQ(columns[1]->Get<int32_t>(0), 1);
}

TEST(CsvWriteTest, QuotingAndValueTexts) {
  auto batch = Batch::FromRows(
      {LogicalType::Int(), LogicalType::String(), LogicalType::Boolean(), LogicalType::Double(),
       LogicalType::Timestamp(3)},
      {{Value::Int(1), Value::String("a,b"), Value::Boolean(true), Value::Double(0.5),
        Value::Timestamp(1706704496123000LL, 3)},
       {Value::Null(LogicalType::Int()), Value::String("say \"hi\""), Value::Boolean(false),
        Value::Double(1e10), Value::Timestamp(1706704440000000LL, 3)}});
  ASSERT_TRUE(batch.ok());
  CsvEncoder encoder(CsvOptions{});
  std::string out;
  encoder.Encode(*batch, &out);
  EXPECT_EQ(out,
            "1,\"a,b\",true,0.5,2024-01-31 12:34:56.123\n"
            ",\"say \"\"hi\"\"\",false,1.0E10,2024-01-31 12:34:00\n");
}

TEST(CsvWriteTest, WrittenTextParsesBack) {
  auto batch = Batch::FromRows(
      {LogicalType::String(), LogicalType::BigInt()},
      {{Value::String("multi\nline"), Value::BigInt(-5)}, {Value::String(""), Value::BigInt(7)},
       {Value::String("#not a comment"), Value::BigInt(8)}});
  ASSERT_TRUE(batch.ok());
  CsvOptions options;
  options.allow_comments = true;
  CsvEncoder encoder(options);
  std::string out;
  encoder.Encode(*batch, &out);
  auto parsed = Parse(out, {LogicalType::String(), LogicalType::BigInt()}, options);
  ASSERT_TRUE(parsed.status.ok()) << parsed.status.message();
  ASSERT_EQ(parsed.rows.size(), 3u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(parsed.rows[i], batch->GetRow(i));
}

TEST(CsvParseTest, ThroughputOfSimpleRows) {
  // Not a timed assertion (see bench/): prints MB/s for an INT,BIGINT,DOUBLE,STRING file.
  std::string text;
  for (int i = 0; i < 400000; ++i) {
    text += std::to_string(i) + "," + std::to_string(i * 7919LL) + "," +
            std::to_string(i * 0.25) + ",name" + std::to_string(i % 1000) + "\n";
  }
  CsvDecoder decoder(CsvOptions{}, 4, {0, 1, 2, 3});
  decoder.StartFile("bench.csv");
  auto start = std::chrono::steady_clock::now();
  size_t offset = 0;
  size_t total = 0;
  while (offset < text.size()) {
    std::vector<ColumnPtr> columns = {
        Column::Make(LogicalType::Int(), 4096), Column::Make(LogicalType::BigInt(), 4096),
        Column::Make(LogicalType::Double(), 4096), Column::Make(LogicalType::String(), 4096)};
    size_t added = 0;
    auto consumed = decoder.Decode(text.data() + offset, text.size() - offset, true, &columns,
                                   4096, &added);
    ASSERT_TRUE(consumed.ok());
    offset += *consumed;
    total += added;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(total, 400000u);
  std::printf("csv parse: %.0f MB/s\n", text.size() / seconds / 1e6);
}

}  // namespace
}  // namespace sluice
