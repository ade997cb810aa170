// SortOperator: ORDER BY with Flink's NULL ordering, stability, and top-N with offset.
#include <gtest/gtest.h>

#include "exec/operators/sort/sort_operator.h"
#include "runtime_test_util.h"

namespace sluice {
namespace {

using testing::CaptureOperator;
using testing::MakeBatch;

const std::vector<LogicalType> kTypes = {LogicalType::Int(), LogicalType::String()};

std::vector<std::string> RunSort(std::vector<SortKey> keys, const std::vector<Batch>& batches,
                                 int64_t offset = 0, std::optional<int64_t> fetch = std::nullopt) {
  SortOperator sort(kTypes, std::move(keys), offset, fetch);
  CaptureOperator capture;
  sort.SetOutput(&capture, 0);
  ExecContext context;
  EXPECT_TRUE(sort.Open(&context).ok());
  for (const Batch& batch : batches) EXPECT_TRUE(sort.Push(0, batch).ok());
  EXPECT_TRUE(capture.batches.empty()) << "sort emitted before its input finished";
  EXPECT_TRUE(sort.Finish(0).ok());
  EXPECT_EQ(capture.finished.size(), 1u);
  return capture.Rows();
}

Batch Sample() {
  return MakeBatch(kTypes, {{Value::Int(3), Value::String("c")},
                            {Value::Null(LogicalType::Int()), Value::String("n")},
                            {Value::Int(1), Value::String("a")},
                            {Value::Int(2), Value::String("b")}});
}

TEST(SortOperatorTest, AscendingNullsFirst) {
  auto rows = RunSort({{0, true, true}}, {Sample()});
  EXPECT_EQ(rows, (std::vector<std::string>{"+I[NULL, n]", "+I[1, a]", "+I[2, b]", "+I[3, c]"}));
}

TEST(SortOperatorTest, AscendingNullsLast) {
  auto rows = RunSort({{0, true, false}}, {Sample()});
  EXPECT_EQ(rows, (std::vector<std::string>{"+I[1, a]", "+I[2, b]", "+I[3, c]", "+I[NULL, n]"}));
}

TEST(SortOperatorTest, DescendingNullsLastIsFlinkDefault) {
  auto rows = RunSort({{0, false, false}}, {Sample()});
  EXPECT_EQ(rows, (std::vector<std::string>{"+I[3, c]", "+I[2, b]", "+I[1, a]", "+I[NULL, n]"}));
}

TEST(SortOperatorTest, DescendingNullsFirst) {
  auto rows = RunSort({{0, false, true}}, {Sample()});
  EXPECT_EQ(rows, (std::vector<std::string>{"+I[NULL, n]", "+I[3, c]", "+I[2, b]", "+I[1, a]"}));
}

TEST(SortOperatorTest, MultipleKeysAndStability) {
  Batch batch = MakeBatch(kTypes, {{Value::Int(1), Value::String("x")},
                                   {Value::Int(0), Value::String("y")},
                                   {Value::Int(1), Value::String("a")},
                                   {Value::Int(0), Value::String("y")}});
  // By the first column only: ties keep arrival order.
  EXPECT_EQ(RunSort({{0, true, true}}, {batch}),
            (std::vector<std::string>{"+I[0, y]", "+I[0, y]", "+I[1, x]", "+I[1, a]"}));
  // Then by the string descending.
  EXPECT_EQ(RunSort({{0, true, true}, {1, false, false}}, {batch}),
            (std::vector<std::string>{"+I[0, y]", "+I[0, y]", "+I[1, x]", "+I[1, a]"}));
  EXPECT_EQ(RunSort({{0, false, false}, {1, true, true}}, {batch}),
            (std::vector<std::string>{"+I[1, a]", "+I[1, x]", "+I[0, y]", "+I[0, y]"}));
}

TEST(SortOperatorTest, SortsAcrossBatches) {
  std::vector<Batch> batches;
  for (int b = 0; b < 5; ++b) {
    std::vector<std::vector<Value>> rows;
    for (int i = 0; i < 1000; ++i) {
      rows.push_back({Value::Int((i * 7919 + b * 13) % 5000), Value::String("s")});
    }
    batches.push_back(MakeBatch(kTypes, rows));
  }
  auto rows = RunSort({{0, true, true}}, batches);
  ASSERT_EQ(rows.size(), 5000u);
  // Verify ascending order numerically.
  int previous = -1;
  for (const std::string& row : rows) {
    int value = std::stoi(row.substr(3));
    EXPECT_LE(previous, value);
    previous = value;
  }
}

TEST(SortOperatorTest, TopNWithOffset) {
  auto rows = RunSort({{0, true, false}}, {Sample()}, /*offset=*/1, /*fetch=*/2);
  EXPECT_EQ(rows, (std::vector<std::string>{"+I[2, b]", "+I[3, c]"}));
}

TEST(SortOperatorTest, TopNKeepsBestRowsOverManyBatches) {
  std::vector<Batch> batches;
  for (int b = 0; b < 20; ++b) {
    std::vector<std::vector<Value>> rows;
    for (int i = 0; i < 1000; ++i) rows.push_back({Value::Int(b * 1000 + i), Value::String("s")});
    batches.push_back(MakeBatch(kTypes, rows));
  }
  auto rows = RunSort({{0, false, false}}, batches, 0, 3);
  EXPECT_EQ(rows, (std::vector<std::string>{"+I[19999, s]", "+I[19998, s]", "+I[19997, s]"}));
}

TEST(SortOperatorTest, FetchZeroAndEmptyInput) {
  EXPECT_TRUE(RunSort({{0, true, true}}, {Sample()}, 0, 0).empty());
  EXPECT_TRUE(RunSort({{0, true, true}}, {}).empty());
  EXPECT_TRUE(RunSort({{0, true, true}}, {Sample()}, 10, std::nullopt).empty());
}

TEST(SortOperatorTest, Describe) {
  EXPECT_EQ(SortOperator::Describe({{0, true, true}, {1, false, false}}, 0, std::nullopt),
            "Sort(orderBy=[$0 ASC, $1 DESC])");
  EXPECT_EQ(SortOperator::Describe({{0, true, false}}, 2, 5),
            "SortLimit(orderBy=[$0 ASC NULLS LAST], offset=[2], fetch=[5])");
}

}  // namespace
}  // namespace sluice
