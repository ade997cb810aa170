// SetOperationOperator: INTERSECT [ALL] / EXCEPT [ALL] in batch mode, with duplicates, NULLs
// (equal to each other) and inputs arriving in any order.
#include <gtest/gtest.h>

#include "exec/operators/set/set_operation_operator.h"
#include "operator_test_util.h"

namespace sluice::testing {
namespace {

const LogicalType kInt = LogicalType::Int();
const LogicalType kStr = LogicalType::String();
Value I(int32_t v) { return Value::Int(v); }
Value S(const char* v) { return Value::String(v); }

std::vector<std::string> RunSet(bool intersect, bool all, const std::vector<Batch>& left,
                                const std::vector<Batch>& right, bool streaming = false,
                                Status* open_status = nullptr) {
  SetOperationOperator op({kInt, kStr}, intersect, all);
  CaptureOperator capture;
  op.SetOutput(&capture, 0);
  ExecContext context;
  context.streaming = streaming;
  Status st = op.Open(&context);
  if (open_status != nullptr) *open_status = st;
  if (!st.ok()) return {};
  // Interleave the inputs to show that order does not matter.
  for (size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
    if (i < right.size()) {
      EXPECT_TRUE(op.Push(1, right[i]).ok());
    }
    if (i < left.size()) {
      EXPECT_TRUE(op.Push(0, left[i]).ok());
    }
  }
  EXPECT_TRUE(op.Finish(0).ok());
  EXPECT_EQ(capture.finished, 0);
  EXPECT_TRUE(op.Finish(1).ok());
  EXPECT_EQ(capture.finished, 1);
  return capture.Lines();
}

Batch Rows(const std::vector<std::vector<Value>>& rows) { return MakeBatch({kInt, kStr}, rows); }

std::vector<Batch> LeftInput() {
  return {Rows({{I(1), S("a")}, {I(1), S("a")}, {I(1), S("a")}, {I(2), S("b")}}),
          Rows({{Value::Null(kInt), S("n")}, {I(3), S("c")}, {Value::Null(kInt), S("n")}})};
}
std::vector<Batch> RightInput() {
  return {Rows({{I(1), S("a")}, {I(1), S("a")}, {Value::Null(kInt), S("n")}}),
          Rows({{I(3), S("x")}, {I(4), S("d")}})};
}

TEST(SetOperationTest, Intersect) {
  EXPECT_EQ(RowSet(RunSet(true, false, LeftInput(), RightInput())),
            Multiset({"[1, a]", "[NULL, n]"}));
}

TEST(SetOperationTest, IntersectAll) {
  EXPECT_EQ(RowSet(RunSet(true, true, LeftInput(), RightInput())),
            Multiset({"[1, a]", "[1, a]", "[NULL, n]"}));
}

TEST(SetOperationTest, Except) {
  EXPECT_EQ(RowSet(RunSet(false, false, LeftInput(), RightInput())),
            Multiset({"[2, b]", "[3, c]"}));
}

TEST(SetOperationTest, ExceptAll) {
  EXPECT_EQ(RowSet(RunSet(false, true, LeftInput(), RightInput())),
            Multiset({"[1, a]", "[2, b]", "[3, c]", "[NULL, n]"}));
}

TEST(SetOperationTest, EmptyRightSide) {
  EXPECT_TRUE(RunSet(true, false, LeftInput(), {}).empty());
  EXPECT_EQ(RunSet(false, false, LeftInput(), {}).size(), 4u);
  EXPECT_EQ(RunSet(false, true, LeftInput(), {}).size(), 7u);
}

TEST(SetOperationTest, EmptyLeftSide) {
  EXPECT_TRUE(RunSet(true, true, {}, RightInput()).empty());
  EXPECT_TRUE(RunSet(false, true, {}, RightInput()).empty());
}

TEST(SetOperationTest, ManyRowsAcrossBatches) {
  std::vector<Batch> left;
  std::vector<Batch> right;
  for (int b = 0; b < 5; ++b) {
    std::vector<std::vector<Value>> l;
    std::vector<std::vector<Value>> r;
    for (int i = 0; i < 1000; ++i) {
      l.push_back({I(b * 1000 + i), S("v")});
      if (i % 2 == 0) r.push_back({I(b * 1000 + i), S("v")});
    }
    left.push_back(Rows(l));
    right.push_back(Rows(r));
  }
  EXPECT_EQ(RunSet(true, false, left, right).size(), 2500u);
  EXPECT_EQ(RunSet(false, false, left, right).size(), 2500u);
}

std::vector<std::string> RunStreaming(bool intersect, bool all,
                                      const std::vector<std::pair<int, Batch>>& steps) {
  SetOperationOperator op({kInt, kStr}, intersect, all);
  CaptureOperator capture;
  op.SetOutput(&capture, 0);
  ExecContext context;
  context.streaming = true;
  EXPECT_TRUE(op.Open(&context).ok());
  for (const auto& [input, batch] : steps) EXPECT_TRUE(op.Push(input, batch).ok());
  EXPECT_TRUE(op.Finish(0).ok());
  EXPECT_TRUE(op.Finish(1).ok());
  EXPECT_EQ(capture.finished, 1);
  return capture.Lines();
}

TEST(SetOperationTest, StreamingIntersectEmitsInsertsAndDeletes) {
  std::vector<std::pair<int, Batch>> steps = {
      {0, Rows({{I(1), S("a")}})},
      {1, Rows({{I(1), S("a")}})},
      {1, MakeBatch({kInt, kStr}, {{I(1), S("a")}}, {RowKind::kDelete})}};
  EXPECT_EQ(RunStreaming(true, false, steps), std::vector<std::string>({"+I[1, a]", "-D[1, a]"}));
}

TEST(SetOperationTest, StreamingFoldsToBatchResult) {
  // Feed both inputs as changelogs with a retraction each; compare against batch mode.
  std::vector<Batch> left = LeftInput();
  std::vector<Batch> right = RightInput();
  left.push_back(MakeBatch({kInt, kStr}, {{I(1), S("a")}, {I(9), S("z")}},
                           {RowKind::kUpdateBefore, RowKind::kUpdateAfter}));
  right.push_back(MakeBatch({kInt, kStr}, {{I(4), S("d")}}, {RowKind::kDelete}));
  std::vector<std::pair<int, Batch>> steps;
  for (size_t i = 0; i < 3; ++i) {
    steps.push_back({0, left[i]});
    steps.push_back({1, right[i]});
  }
  const std::vector<Batch> net_left = {NetInput({kInt, kStr}, left)};
  const std::vector<Batch> net_right = {NetInput({kInt, kStr}, right)};
  for (bool intersect : {true, false}) {
    for (bool all : {true, false}) {
      EXPECT_EQ(Fold(RunStreaming(intersect, all, steps)),
                RowSet(RunSet(intersect, all, net_left, net_right)))
          << intersect << all;
    }
  }
}

}  // namespace
}  // namespace sluice::testing
