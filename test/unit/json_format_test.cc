// The json format: JSON-lines decoding into typed columns and encoding, timestamp standards.
#include <gtest/gtest.h>

#include "formats/json/json_decoder.h"
#include "formats/json/json_encoder.h"

namespace sluice {
namespace {

Schema TestSchema() {
  Schema schema;
  schema.Add("id", LogicalType::BigInt());
  schema.Add("name", LogicalType::String());
  schema.Add("ts", LogicalType::Timestamp(3));
  return schema;
}

Result<std::vector<std::vector<Value>>> Decode(const std::string& text, JsonOptions options,
                                               int64_t* skipped = nullptr) {
  Schema schema = TestSchema();
  JsonDecoder decoder(options, schema);
  decoder.StartFile("t.json");
  std::vector<ColumnPtr> columns;
  for (const auto& type : schema.types) columns.push_back(Column::Make(type));
  size_t added = 0;
  SLUICE_ASSIGN_OR_RETURN(size_t consumed,
                          decoder.Decode(text.data(), text.size(), true, &columns, 1000, &added));
  (void)consumed;
  if (skipped) *skipped = decoder.skipped_rows();
  Batch batch(columns, added);
  std::vector<std::vector<Value>> rows;
  for (size_t i = 0; i < added; ++i) rows.push_back(batch.GetRow(i));
  return rows;
}

TEST(JsonDecodeTest, FieldsByNameAndMissingAsNull) {
  auto rows = Decode(
      "{\"name\":\"a\",\"id\":1,\"ts\":\"2024-01-31 12:34:56.5\"}\n\n{\"id\":\"2\"}\n", {});
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0][0].GetInt64(), 1);
  EXPECT_EQ((*rows)[0][1].GetString(), "a");
  EXPECT_EQ((*rows)[0][2].ToDisplayString(), "2024-01-31 12:34:56.500");
  EXPECT_EQ((*rows)[1][0].GetInt64(), 2);  // numbers may come as strings
  EXPECT_TRUE((*rows)[1][1].is_null());
}

TEST(JsonDecodeTest, NonStringValuesIntoStringColumns) {
  auto rows = Decode("{\"id\":1,\"name\":{\"a\":[1,2]}}\n", {});
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0][1].GetString(), "{\"a\":[1,2]}");
}

TEST(JsonDecodeTest, FailOnMissingField) {
  JsonOptions options;
  options.fail_on_missing_field = true;
  auto rows = Decode("{\"id\":1,\"name\":\"a\"}\n", options);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().message(),
            "Failed to parse JSON row at t.json:1: Could not find field with name 'ts'.");
}

TEST(JsonDecodeTest, MalformedLineFailsWithLine) {
  auto rows = Decode("{\"id\":1}\n{\"id\":\n", {});
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().message(), "Failed to parse JSON row at t.json:2: Malformed JSON");
}

TEST(JsonDecodeTest, IgnoreParseErrorsSkipsAndCounts) {
  JsonOptions options;
  options.ignore_parse_errors = true;
  int64_t skipped = 0;
  auto rows = Decode("{\"id\":1}\nnot json\n{\"id\":\"x\"}\n{\"id\":4}\n", options, &skipped);
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(rows->size(), 2u);
  EXPECT_EQ(skipped, 2);
}

TEST(JsonDecodeTest, TimestampStandards) {
  auto sql = Decode("{\"ts\":\"2024-01-31T12:34:56\"}\n", {});
  ASSERT_FALSE(sql.ok());
  EXPECT_NE(sql.status().message().find("SQL timestamp format"), std::string::npos);
  JsonOptions iso;
  iso.timestamp_style = TimestampStyle::kIso8601;
  auto rows = Decode("{\"ts\":\"2024-01-31T12:34:56.123\"}\n", iso);
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  EXPECT_EQ((*rows)[0][2].ToDisplayString(), "2024-01-31 12:34:56.123");
}

TEST(JsonOptionsTest, BothFailAndIgnoreIsAnError) {
  auto options = ReadJsonOptions(
      {{"json.fail-on-missing-field", "true"}, {"json.ignore-parse-errors", "true"}});
  ASSERT_FALSE(options.ok());
  EXPECT_EQ(options.status().message(),
            "fail-on-missing-field and ignore-parse-errors shouldn't both be true.");
}

TEST(JsonEncodeTest, FlinkTexts) {
  auto batch = Batch::FromRows(
      {LogicalType::BigInt(), LogicalType::String(), LogicalType::Timestamp(3),
       LogicalType::Double(), LogicalType::Boolean(), LogicalType::Decimal(5, 2)},
      {{Value::BigInt(1), Value::String("a\"b\n"), Value::Timestamp(1706704496123000LL, 3),
        Value::Double(0.5), Value::Boolean(true), Value::Decimal(1230, 5, 2)},
       {Value::Null(LogicalType::BigInt()), Value::Null(LogicalType::String()),
        Value::Null(LogicalType::Timestamp(3)), Value::Double(1e10), Value::Boolean(false),
        Value::Decimal(-5, 5, 2)}});
  ASSERT_TRUE(batch.ok());
  JsonEncoder sql(JsonOptions{}, {"id", "name", "ts", "d", "b", "m"});
  std::string out;
  sql.Encode(*batch, &out);
  EXPECT_EQ(out,
            "{\"id\":1,\"name\":\"a\\\"b\\n\",\"ts\":\"2024-01-31 12:34:56.123\",\"d\":0.5,"
            "\"b\":true,\"m\":12.30}\n"
            "{\"id\":null,\"name\":null,\"ts\":null,\"d\":1.0E10,\"b\":false,\"m\":-0.05}\n");
  JsonOptions iso_options;
  iso_options.timestamp_style = TimestampStyle::kIso8601;
  JsonEncoder iso(iso_options, {"id", "name", "ts", "d", "b", "m"});
  out.clear();
  iso.Encode(batch->Slice(0, 1), &out);
  EXPECT_NE(out.find("\"ts\":\"2024-01-31T12:34:56.123\""), std::string::npos) << out;
}

TEST(JsonEncodeTest, NestedValues) {
  LogicalType array = LogicalType::Array(LogicalType::Int());
  auto batch = Batch::FromRows(
      {array}, {{Value::Array(LogicalType::Int(), {Value::Int(1), Value::Null(LogicalType::Int())})}});
  ASSERT_TRUE(batch.ok());
  JsonEncoder encoder(JsonOptions{}, {"a"});
  std::string out;
  encoder.Encode(*batch, &out);
  EXPECT_EQ(out, "{\"a\":[1,null]}\n");
}

}  // namespace
}  // namespace sluice
