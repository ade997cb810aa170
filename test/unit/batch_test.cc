#include "vector/batch.h"

#include <gtest/gtest.h>

namespace sluice {
namespace {

std::vector<LogicalType> Types() { return {LogicalType::Int(), LogicalType::String()}; }

Batch Sample() {
  Batch b = Batch::Make(Types());
  EXPECT_TRUE(b.AppendRow({Value::Int(1), Value::String("a")}).ok());
  EXPECT_TRUE(b.AppendRow({Value::Int(2), Value::Null(LogicalType::String())}).ok());
  EXPECT_TRUE(b.AppendRow({Value::Int(3), Value::String("c")}, RowKind::kUpdateAfter).ok());
  return b;
}

TEST(RowKindTest, ShortStrings) {
  EXPECT_EQ(ShortString(RowKind::kInsert), "+I");
  EXPECT_EQ(ShortString(RowKind::kUpdateBefore), "-U");
  EXPECT_EQ(ShortString(RowKind::kUpdateAfter), "+U");
  EXPECT_EQ(ShortString(RowKind::kDelete), "-D");
  EXPECT_TRUE(IsRetract(RowKind::kDelete));
  EXPECT_TRUE(IsAccumulate(RowKind::kUpdateAfter));
}

TEST(BatchTest, AppendRowAndToString) {
  Batch b = Sample();
  EXPECT_EQ(b.num_rows(), 3u);
  EXPECT_EQ(b.num_columns(), 2u);
  EXPECT_TRUE(b.has_row_kinds());
  EXPECT_EQ(b.row_kind(0), RowKind::kInsert);
  EXPECT_EQ(b.row_kind(2), RowKind::kUpdateAfter);
  EXPECT_EQ(b.ToString(), "+I[1, a]\n+I[2, NULL]\n+U[3, c]");
  EXPECT_EQ(b.GetRow(1)[1], Value::Null(LogicalType::String()));
}

TEST(BatchTest, InsertOnlyBatchHasNoRowKindVector) {
  Batch b = Batch::Make(Types());
  ASSERT_TRUE(b.AppendRow({Value::Int(1), Value::String("a")}).ok());
  EXPECT_FALSE(b.has_row_kinds());
  EXPECT_TRUE(b.IsInsertOnly());
  b.SetRowKind(0, RowKind::kDelete);
  EXPECT_TRUE(b.has_row_kinds());
  EXPECT_EQ(b.RowToString(0), "-D[1, a]");
  b.SetAllRowKinds(RowKind::kInsert);
  EXPECT_FALSE(b.has_row_kinds());
}

TEST(BatchTest, AppendRowErrorLeavesBatchUnchanged) {
  Batch b = Batch::Make({LogicalType::Int(), LogicalType::TinyInt()});
  Status st = b.AppendRow({Value::Int(1), Value::Int(1000)});
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(b.num_rows(), 0u);
  EXPECT_EQ(b.column(0)->size(), 0u);
  EXPECT_FALSE(b.AppendRow({Value::Int(1)}).ok());
}

TEST(BatchTest, TakeKeepsRowKinds) {
  Batch t = Sample().Take(std::vector<uint32_t>{2, 0});
  EXPECT_EQ(t.ToString(), "+U[3, c]\n+I[1, a]");
}

TEST(BatchTest, SliceAndProject) {
  Batch b = Sample();
  Batch s = b.Slice(1, 2);
  EXPECT_EQ(s.ToString(), "+I[2, NULL]\n+U[3, c]");
  Batch p = b.Project({1, 1, 0});
  EXPECT_EQ(p.num_columns(), 3u);
  EXPECT_EQ(p.column(0).get(), b.column(1).get());  // shared, not copied
  EXPECT_EQ(p.RowToString(0), "+I[a, a, 1]");
}

TEST(BatchTest, StringsSurviveSourceBatch) {
  Batch taken;
  {
    Batch b = Sample();
    taken = b.Take(std::vector<uint32_t>{0});
  }
  EXPECT_EQ(taken.column(1)->GetString(0), "a");
}

TEST(BatchTest, FromRowsAndConcat) {
  auto a = Batch::FromRows(Types(), {{Value::Int(1), Value::String("x")}});
  auto b = Batch::FromRows(Types(), {{Value::Int(2), Value::String("y")}}, {RowKind::kDelete});
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  Batch c = Batch::Concat({*a, *b}, Types());
  EXPECT_EQ(c.ToString(), "+I[1, x]\n-D[2, y]");
}

TEST(BatchTest, AppendRowFrom) {
  Batch src = Sample();
  Batch dst = Batch::Make(Types());
  dst.AppendRowFrom(src, 2);
  dst.AppendRowFrom(src, 1);
  EXPECT_EQ(dst.ToString(), "+U[3, c]\n+I[2, NULL]");
}

TEST(BatchTest, FillColumnsDirectly) {
  Batch b = Batch::Make({LogicalType::BigInt()}, kDefaultBatchSize);
  for (int64_t i = 0; i < 3; ++i) b.mutable_column(0)->Append<int64_t>(i);
  b.SyncNumRows();
  EXPECT_EQ(b.num_rows(), 3u);
  Batch counted({}, 7);
  EXPECT_EQ(counted.num_rows(), 7u);
  EXPECT_EQ(b.types()[0], LogicalType::BigInt());
}

TEST(SchemaTest, IndexOf) {
  Schema s({"a", "B", "a"}, {LogicalType::Int(), LogicalType::String(), LogicalType::Double()});
  EXPECT_EQ(s.IndexOf("a"), 0u);
  EXPECT_EQ(s.IndexOf("b"), std::nullopt);
  EXPECT_EQ(s.IndexOfIgnoreCase("b"), 1u);
  EXPECT_EQ(s.ToString(), "(a INT, B STRING, a DOUBLE)");
  EXPECT_EQ(s.size(), 3u);
}

}  // namespace
}  // namespace sluice
