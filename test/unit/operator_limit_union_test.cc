// LimitOperator, UnionOperator, ValuesSource and CollectSink driven directly with batches.
#include <gtest/gtest.h>

#include "exec/operators/limit/limit_operator.h"
#include "exec/operators/sink/collect_sink.h"
#include "exec/operators/union/union_operator.h"
#include "exec/operators/values/values_source.h"
#include "runtime_test_util.h"

namespace sluice {
namespace {

using testing::CaptureOperator;
using testing::MakeBatch;

const std::vector<LogicalType> kTypes = {LogicalType::BigInt()};

Batch Numbers(int64_t from, int64_t to) {
  std::vector<std::vector<Value>> rows;
  for (int64_t i = from; i < to; ++i) rows.push_back({Value::BigInt(i)});
  return MakeBatch(kTypes, rows);
}

TEST(LimitOperatorTest, OffsetAndFetchAcrossBatches) {
  LimitOperator limit(3, 4);
  CaptureOperator capture;
  limit.SetOutput(&capture, 0);
  ExecContext context;
  ASSERT_TRUE(limit.Open(&context).ok());
  ASSERT_TRUE(limit.Push(0, Numbers(0, 2)).ok());
  EXPECT_FALSE(limit.done());
  ASSERT_TRUE(limit.Push(0, Numbers(2, 5)).ok());
  ASSERT_TRUE(limit.Push(0, Numbers(5, 10)).ok());
  EXPECT_TRUE(limit.done());
  EXPECT_EQ(capture.Rows(), (std::vector<std::string>{"+I[3]", "+I[4]", "+I[5]", "+I[6]"}));
  EXPECT_EQ(capture.finished.size(), 1u);
  // Later input and the input's end are ignored: the output finished once.
  ASSERT_TRUE(limit.Push(0, Numbers(10, 12)).ok());
  ASSERT_TRUE(limit.Finish(0).ok());
  EXPECT_EQ(capture.Rows().size(), 4u);
  EXPECT_EQ(capture.finished.size(), 1u);
}

TEST(LimitOperatorTest, OffsetOnlyPassesTheRest) {
  LimitOperator limit(5, std::nullopt);
  CaptureOperator capture;
  limit.SetOutput(&capture, 0);
  ExecContext context;
  ASSERT_TRUE(limit.Open(&context).ok());
  ASSERT_TRUE(limit.Push(0, Numbers(0, 7)).ok());
  ASSERT_TRUE(limit.Finish(0).ok());
  EXPECT_EQ(capture.Rows(), (std::vector<std::string>{"+I[5]", "+I[6]"}));
  EXPECT_EQ(capture.finished.size(), 1u);
}

TEST(LimitOperatorTest, FetchZeroFinishesAtOpen) {
  LimitOperator limit(0, 0);
  CaptureOperator capture;
  limit.SetOutput(&capture, 0);
  ExecContext context;
  ASSERT_TRUE(limit.Open(&context).ok());
  EXPECT_TRUE(limit.done());
  EXPECT_EQ(capture.finished.size(), 1u);
  ASSERT_TRUE(limit.Push(0, Numbers(0, 3)).ok());
  EXPECT_TRUE(capture.batches.empty());
}

TEST(LimitOperatorTest, UpdatingInputIsAUserError) {
  LimitOperator limit(0, 10);
  CaptureOperator capture;
  limit.SetOutput(&capture, 0);
  ExecContext context;
  ASSERT_TRUE(limit.Open(&context).ok());
  Batch batch = MakeBatch(kTypes, {{Value::BigInt(1)}, {Value::BigInt(2)}},
                          {RowKind::kUpdateBefore, RowKind::kUpdateAfter});
  Status status = limit.Push(0, batch);
  EXPECT_EQ(status.code(), StatusCode::kUserError);
}

TEST(UnionOperatorTest, PassesEveryInputAndFinishesAfterTheLast) {
  UnionOperator op(3);
  CaptureOperator capture;
  op.SetOutput(&capture, 0);
  ExecContext context;
  ASSERT_TRUE(op.Open(&context).ok());
  ASSERT_TRUE(op.Push(0, Numbers(0, 2)).ok());
  ASSERT_TRUE(op.Push(2, Numbers(10, 11)).ok());
  ASSERT_TRUE(op.Finish(2).ok());
  ASSERT_TRUE(op.Push(1, Numbers(20, 21)).ok());
  ASSERT_TRUE(op.Finish(0).ok());
  EXPECT_TRUE(capture.finished.empty());
  ASSERT_TRUE(op.Finish(1).ok());
  EXPECT_EQ(capture.finished.size(), 1u);
  EXPECT_EQ(capture.Rows(), (std::vector<std::string>{"+I[0]", "+I[1]", "+I[10]", "+I[20]"}));
  // Finishing twice is a bug in the caller.
  EXPECT_FALSE(op.Finish(1).ok());
}

TEST(UnionOperatorTest, KeepsRowKinds) {
  UnionOperator op(2);
  CaptureOperator capture;
  op.SetOutput(&capture, 0);
  ExecContext context;
  ASSERT_TRUE(op.Open(&context).ok());
  ASSERT_TRUE(op.Push(1, MakeBatch(kTypes, {{Value::BigInt(1)}}, {RowKind::kDelete})).ok());
  EXPECT_EQ(capture.Rows(), (std::vector<std::string>{"-D[1]"}));
}

TEST(ValuesSourceTest, EmitsRowsInBatches) {
  std::vector<std::vector<Value>> rows;
  for (int i = 0; i < 5; ++i) rows.push_back({Value::BigInt(i)});
  ValuesSource source(kTypes, rows, 0, 1, /*batch_size=*/2);
  ExecContext context;
  ASSERT_TRUE(source.Open(&context).ok());
  std::vector<size_t> sizes;
  Batch batch;
  while (true) {
    Result<bool> more = source.Next(&batch);
    ASSERT_TRUE(more.ok());
    if (!*more) break;
    sizes.push_back(batch.num_rows());
  }
  EXPECT_EQ(sizes, (std::vector<size_t>{2, 2, 1}));
  EXPECT_EQ(source.rows_read(), 5);
  EXPECT_TRUE(source.IsBounded());
}

TEST(ValuesSourceTest, TasksReadDisjointShares) {
  std::vector<std::vector<Value>> rows;
  for (int i = 0; i < 10; ++i) rows.push_back({Value::BigInt(i)});
  std::vector<std::string> all;
  for (int task = 0; task < 3; ++task) {
    ValuesSource source(kTypes, rows, task, 3);
    Batch batch;
    while (*source.Next(&batch)) {
      for (size_t i = 0; i < batch.num_rows(); ++i) all.push_back(batch.RowToString(i));
    }
  }
  EXPECT_EQ(testing::Sorted(all), testing::Sorted({"+I[0]", "+I[1]", "+I[2]", "+I[3]", "+I[4]",
                                                   "+I[5]", "+I[6]", "+I[7]", "+I[8]", "+I[9]"}));
}

TEST(ValuesSourceTest, ZeroColumnRowsStillCount) {
  ValuesSource source({}, {{}, {}, {}});
  Batch batch;
  ASSERT_TRUE(*source.Next(&batch));
  EXPECT_EQ(batch.num_rows(), 3u);
  EXPECT_FALSE(*source.Next(&batch));
}

TEST(CollectSinkTest, KeepsBatchesOrCallsBack) {
  CollectSink keep;
  ASSERT_TRUE(keep.Push(0, Numbers(0, 3)).ok());
  EXPECT_FALSE(keep.finished());
  ASSERT_TRUE(keep.Finish(0).ok());
  EXPECT_TRUE(keep.finished());
  EXPECT_EQ(keep.rows(), 3);
  EXPECT_EQ(keep.TakeBatches().size(), 1u);

  int64_t seen = 0;
  CollectSink callback([&](const Batch& batch) {
    seen += static_cast<int64_t>(batch.num_rows());
    return seen > 3 ? Status::UserError("enough") : Status::OK();
  });
  ASSERT_TRUE(callback.Push(0, Numbers(0, 2)).ok());
  EXPECT_FALSE(callback.Push(0, Numbers(0, 2)).ok());
  EXPECT_TRUE(callback.TakeBatches().empty());
}

}  // namespace
}  // namespace sluice
