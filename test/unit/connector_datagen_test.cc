// The datagen connector: option errors, bounds, sequences, null-rate, determinism, splits.
#include <gtest/gtest.h>

#include <chrono>
#include <set>

#include "connectors/connector.h"

namespace sluice {
namespace {

CatalogTable MakeTable(std::vector<std::pair<std::string, LogicalType>> columns,
                       OptionMap options) {
  CatalogTable table;
  for (auto& [name, type] : columns) {
    TableColumn column;
    column.name = name;
    column.type = type;
    table.columns.push_back(column);
  }
  options["connector"] = "datagen";
  table.options = std::move(options);
  return table;
}

const ConnectorFactory& Datagen() { return *ConnectorRegistry::Builtins().Find("datagen"); }

// Reads every row of task `task` of `parallelism` (all physical columns).
std::vector<std::vector<Value>> ReadAll(const CatalogTable& table, int task = 0,
                                        int parallelism = 1, size_t batch_size = 2048) {
  SourceContext context;
  context.table = table;
  for (size_t i = 0; i < table.columns.size(); ++i) context.projected_columns.push_back(i);
  context.task_index = task;
  context.parallelism = parallelism;
  context.batch_size = batch_size;
  auto reader = Datagen().OpenSource(context);
  EXPECT_TRUE(reader.ok()) << reader.status().message();
  std::vector<std::vector<Value>> rows;
  if (!reader.ok()) return rows;
  Batch batch;
  while (true) {
    auto more = (*reader)->Next(&batch);
    EXPECT_TRUE(more.ok());
    if (!more.ok() || !*more) break;
    for (size_t i = 0; i < batch.num_rows(); ++i) rows.push_back(batch.GetRow(i));
  }
  return rows;
}

TEST(DatagenTest, SequenceNeedsStartAndEnd) {
  auto status = Datagen().Validate(
      MakeTable({{"id", LogicalType::BigInt()}}, {{"fields.id.kind", "sequence"},
                                                  {"fields.id.start", "1"}}));
  EXPECT_EQ(status.message(),
            "Could not find required property 'fields.id.end' for sequence generator.");
}

TEST(DatagenTest, UnknownKind) {
  auto status =
      Datagen().Validate(MakeTable({{"id", LogicalType::Int()}}, {{"fields.id.kind", "zipf"}}));
  EXPECT_EQ(status.message(), "Unsupported generator kind: zipf");
}

TEST(DatagenTest, OptionOfAnotherFieldKindIsUnsupported) {
  auto status = Datagen().Validate(MakeTable(
      {{"id", LogicalType::Int()}},
      {{"fields.id.kind", "sequence"}, {"fields.id.start", "1"}, {"fields.id.end", "5"},
       {"fields.id.min", "3"}}));
  EXPECT_NE(status.message().find("Unsupported options found for 'datagen'.\n\nUnsupported "
                                  "options:\n\nfields.id.min\n\n"),
            std::string::npos)
      << status.message();
}

TEST(DatagenTest, OutOfRangeBoundIsRejected) {
  auto status = Datagen().Validate(
      MakeTable({{"t", LogicalType::TinyInt()}}, {{"fields.t.max", "300"}}));
  EXPECT_EQ(status.message(),
            "Invalid value '300' for option 'fields.t.max': expected an integer between -128 "
            "and 127.");
}

TEST(DatagenTest, MinGreaterThanMax) {
  auto status = Datagen().Validate(MakeTable({{"a", LogicalType::Int()}},
                                             {{"fields.a.min", "5"}, {"fields.a.max", "1"}}));
  EXPECT_FALSE(status.ok());
}

TEST(DatagenTest, UnsupportedTypeForSequence) {
  auto status = Datagen().Validate(MakeTable(
      {{"ts", LogicalType::Timestamp(3)}},
      {{"fields.ts.kind", "sequence"}, {"fields.ts.start", "1"}, {"fields.ts.end", "2"}}));
  EXPECT_EQ(status.message(), "Unsupported type: TIMESTAMP(3)");
}

TEST(DatagenTest, NumberOfRowsBoundsTheSource) {
  auto rows = ReadAll(MakeTable({{"a", LogicalType::Int()}, {"s", LogicalType::String()}},
                                {{"number-of-rows", "5000"}, {"rows-per-second", "1000000000"}}));
  EXPECT_EQ(rows.size(), 5000u);
}

TEST(DatagenTest, RandomValuesStayWithinMinMax) {
  auto rows = ReadAll(MakeTable(
      {{"a", LogicalType::Int()}, {"d", LogicalType::Double()}},
      {{"number-of-rows", "10000"}, {"rows-per-second", "1000000000"}, {"fields.a.min", "-3"},
       {"fields.a.max", "3"}, {"fields.d.min", "0.5"}, {"fields.d.max", "0.75"}}));
  std::set<int64_t> seen;
  for (const auto& row : rows) {
    int64_t a = row[0].GetInt64();
    ASSERT_GE(a, -3);
    ASSERT_LE(a, 3);
    seen.insert(a);
    ASSERT_GE(row[1].GetDouble(), 0.5);
    ASSERT_LE(row[1].GetDouble(), 0.75);
  }
  EXPECT_EQ(seen.size(), 7u);  // every value in range occurs
}

TEST(DatagenTest, SequenceIsExactAndEndsTheSource) {
  auto rows = ReadAll(MakeTable({{"id", LogicalType::BigInt()}, {"s", LogicalType::String()}},
                                {{"fields.id.kind", "sequence"}, {"fields.id.start", "10"},
                                 {"fields.id.end", "5009"}, {"fields.s.kind", "sequence"},
                                 {"fields.s.start", "1"}, {"fields.s.end", "100000"},
                                 {"rows-per-second", "1000000000"}}));
  ASSERT_EQ(rows.size(), 5000u);
  for (size_t i = 0; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i][0].GetInt64(), static_cast<int64_t>(10 + i));
    ASSERT_EQ(rows[i][1].GetString(), std::to_string(1 + i));
  }
}

TEST(DatagenTest, RandomStringsHaveTheLength) {
  auto rows = ReadAll(MakeTable({{"s", LogicalType::String()}, {"v", LogicalType::VarChar(7)}},
                                {{"number-of-rows", "100"}, {"rows-per-second", "1000000000"},
                                 {"fields.s.length", "20"}}));
  ASSERT_EQ(rows.size(), 100u);
  for (const auto& row : rows) {
    EXPECT_EQ(row[0].GetString().size(), 20u);
    EXPECT_EQ(row[1].GetString().size(), 7u);
  }
  EXPECT_NE(rows[0][0].GetString(), rows[1][0].GetString());
}

TEST(DatagenTest, NullRate) {
  auto rows = ReadAll(MakeTable({{"a", LogicalType::Int()}},
                                {{"number-of-rows", "20000"}, {"rows-per-second", "1000000000"},
                                 {"fields.a.null-rate", "0.25"}}));
  size_t nulls = 0;
  for (const auto& row : rows) nulls += row[0].is_null();
  EXPECT_GT(nulls, 4500u);
  EXPECT_LT(nulls, 5500u);
  auto none = ReadAll(MakeTable({{"a", LogicalType::Int()}},
                                {{"number-of-rows", "1000"}, {"rows-per-second", "1000000000"}}));
  for (const auto& row : none) ASSERT_FALSE(row[0].is_null());
}

TEST(DatagenTest, DeterministicAcrossRunsAndBatchSizes) {
  auto table = MakeTable({{"a", LogicalType::BigInt()}, {"s", LogicalType::String()}},
                         {{"number-of-rows", "3000"}, {"rows-per-second", "1000000000"}});
  auto first = ReadAll(table, 0, 1, 2048);
  auto second = ReadAll(table, 0, 1, 100);
  ASSERT_EQ(first.size(), second.size());
  for (size_t i = 0; i < first.size(); ++i) ASSERT_EQ(first[i], second[i]);
}

TEST(DatagenTest, ParallelTasksSplitRowsExactlyOnce) {
  auto table = MakeTable({{"id", LogicalType::Int()}, {"r", LogicalType::BigInt()}},
                         {{"fields.id.kind", "sequence"}, {"fields.id.start", "1"},
                          {"fields.id.end", "10001"}, {"rows-per-second", "1000000000"}});
  auto whole = ReadAll(table);
  std::vector<std::vector<Value>> parts;
  for (int task = 0; task < 3; ++task) {
    auto part = ReadAll(table, task, 3);
    parts.insert(parts.end(), part.begin(), part.end());
  }
  ASSERT_EQ(parts.size(), 10001u);
  // Contiguous shares in task order: the union equals the single-task output, random columns
  // included.
  for (size_t i = 0; i < parts.size(); ++i) ASSERT_EQ(parts[i], whole[i]);
}

TEST(DatagenTest, ProjectionKeepsColumnValues) {
  auto table = MakeTable({{"a", LogicalType::Int()}, {"b", LogicalType::Int()}},
                         {{"number-of-rows", "10"}, {"rows-per-second", "1000000000"}});
  auto whole = ReadAll(table);
  SourceContext context;
  context.table = table;
  context.projected_columns = {1};
  auto reader = Datagen().OpenSource(context);
  ASSERT_TRUE(reader.ok());
  Batch batch;
  ASSERT_TRUE(*(*reader)->Next(&batch));
  ASSERT_EQ(batch.num_columns(), 1u);
  for (size_t i = 0; i < batch.num_rows(); ++i) EXPECT_EQ(batch.GetRow(i)[0], whole[i][1]);
}

TEST(DatagenTest, UnboundedWithoutNumberOfRows) {
  SourceContext context;
  context.table = MakeTable({{"a", LogicalType::Int()}}, {{"rows-per-second", "1000000000"}});
  context.projected_columns = {0};
  auto reader = Datagen().OpenSource(context);
  ASSERT_TRUE(reader.ok());
  EXPECT_FALSE((*reader)->IsBounded());
  Batch batch;
  ASSERT_TRUE(*(*reader)->Next(&batch));
  EXPECT_EQ(batch.num_rows(), 2048u);
}

TEST(DatagenTest, RowsPerSecondThrottles) {
  SourceContext context;
  context.table = MakeTable({{"a", LogicalType::Int()}},
                            {{"rows-per-second", "100"}, {"number-of-rows", "30"}});
  context.projected_columns = {0};
  auto reader = Datagen().OpenSource(context);
  ASSERT_TRUE(reader.ok());
  auto start = std::chrono::steady_clock::now();
  Batch batch;
  size_t rows = 0;
  while (*(*reader)->Next(&batch)) rows += batch.num_rows();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(rows, 30u);
  EXPECT_GE(seconds, 0.15);  // 30 rows at 100/s: the last slice is due after 0.2 s
}

TEST(DatagenTest, TimestampsLieInMaxPast) {
  auto rows = ReadAll(MakeTable({{"ts", LogicalType::Timestamp(3)}},
                                {{"number-of-rows", "100"}, {"rows-per-second", "1000000000"},
                                 {"fields.ts.max-past", "10 s"}}));
  int64_t now = std::chrono::duration_cast<std::chrono::microseconds>(
                    std::chrono::system_clock::now().time_since_epoch())
                    .count();
  for (const auto& row : rows) {
    int64_t ts = row[0].GetInt64();
    EXPECT_LE(ts, now);
    EXPECT_GE(ts, now - 11'000'000);
    EXPECT_EQ(ts % 1000, 0);  // TIMESTAMP(3): whole milliseconds
  }
}

TEST(DatagenTest, ThroughputOfSimpleRows) {
  // Not a timed assertion (see bench/): prints the rate for a BIGINT sequence + INT random row.
  SourceContext context;
  context.table = MakeTable({{"id", LogicalType::BigInt()}, {"v", LogicalType::Int()}},
                            {{"fields.id.kind", "sequence"}, {"fields.id.start", "1"},
                             {"fields.id.end", "20000000"}, {"rows-per-second", "1000000000000"}});
  context.projected_columns = {0, 1};
  context.batch_size = 4096;
  auto reader = Datagen().OpenSource(context);
  ASSERT_TRUE(reader.ok());
  auto start = std::chrono::steady_clock::now();
  Batch batch;
  size_t rows = 0;
  while (*(*reader)->Next(&batch)) rows += batch.num_rows();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(rows, 20000000u);
  std::printf("datagen: %.1f M rows/s\n", rows / seconds / 1e6);
}

}  // namespace
}  // namespace sluice
