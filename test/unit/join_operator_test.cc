// HashJoinOperator: batch joins of every type (NULL keys, residual conditions, buffering of the
// probe side) and the streaming regular join (exact changelogs as Flink's StreamingJoinOperator,
// and random changelogs that must fold to the batch result over the net input).
#include <gtest/gtest.h>

#include <random>

#include "exec/operators/join/hash_join_operator.h"
#include "operator_test_util.h"

namespace sluice::testing {
namespace {

const LogicalType kInt = LogicalType::Int();
const LogicalType kStr = LogicalType::String();
Value I(int32_t v) { return Value::Int(v); }
Value S(const char* v) { return Value::String(v); }
Value NullInt() { return Value::Null(kInt); }

constexpr RowKind kI = RowKind::kInsert;
constexpr RowKind kUB = RowKind::kUpdateBefore;
constexpr RowKind kUA = RowKind::kUpdateAfter;
constexpr RowKind kD = RowKind::kDelete;

// A residual "$a < $b" over INT columns of the joined row, with a hand-written kernel.
BoundExpressionPtr LessThan(size_t a, size_t b) {
  auto function = std::make_shared<BoundScalarFunction>(
      BoundScalarFunction{"<", {kInt, kInt}, LogicalType::Boolean(), true, true, nullptr});
  function->kernel = [](const KernelContext&, const std::vector<const Column*>& args,
                        const SelectionVector& rows, Column* out) {
    for (uint32_t r : rows) {
      out->Set<uint8_t>(r, args[0]->Get<int32_t>(r) < args[1]->Get<int32_t>(r) ? 1 : 0);
    }
    return Status::OK();
  };
  return MakeCall(function, {MakeColumnRef(a, kInt, "a"), MakeColumnRef(b, kInt, "b")});
}

JoinSpec Spec(JoinType type, std::vector<size_t> left_keys = {0},
              std::vector<size_t> right_keys = {0}, BoundExpressionPtr residual = nullptr) {
  JoinSpec spec;
  spec.left_types = {kInt, kStr};
  spec.right_types = {kInt, kInt};
  spec.type = type;
  spec.left_keys = std::move(left_keys);
  spec.right_keys = std::move(right_keys);
  spec.residual = std::move(residual);
  return spec;
}

struct Step {
  int input;
  Batch batch;
};

std::vector<std::string> RunJoin(const JoinSpec& spec, const std::vector<Step>& steps,
                                 bool streaming, bool finish_right_first = true) {
  HashJoinOperator op(spec);
  CaptureOperator capture;
  op.SetOutput(&capture, 0);
  ExecContext context;
  context.streaming = streaming;
  Status st = op.Open(&context);
  EXPECT_TRUE(st.ok()) << st.ToString();
  for (const Step& s : steps) {
    st = op.Push(s.input, s.batch);
    EXPECT_TRUE(st.ok()) << st.ToString();
  }
  EXPECT_TRUE(op.Finish(finish_right_first ? 1 : 0).ok());
  EXPECT_EQ(capture.finished, 0);
  EXPECT_TRUE(op.Finish(finish_right_first ? 0 : 1).ok());
  EXPECT_EQ(capture.finished, 1);
  return capture.Lines();
}

Batch Left(const std::vector<std::vector<Value>>& rows, const std::vector<RowKind>& kinds = {}) {
  return MakeBatch({kInt, kStr}, rows, kinds);
}
Batch Right(const std::vector<std::vector<Value>>& rows, const std::vector<RowKind>& kinds = {}) {
  return MakeBatch({kInt, kInt}, rows, kinds);
}

std::vector<Step> BasicSteps() {
  return {{1, Right({{I(1), I(10)}, {I(1), I(11)}, {I(3), I(30)}, {NullInt(), I(99)}})},
          {0, Left({{I(1), S("a")}, {I(2), S("b")}, {NullInt(), S("n")}, {I(1), S("c")}})}};
}

TEST(HashJoinBatchTest, InnerJoinWithDuplicateKeys) {
  auto lines = RunJoin(Spec(JoinType::kInner), BasicSteps(), false);
  EXPECT_EQ(RowSet(lines),
            Multiset({"[1, a, 1, 10]", "[1, a, 1, 11]", "[1, c, 1, 10]", "[1, c, 1, 11]"}));
}

TEST(HashJoinBatchTest, LeftJoinPadsUnmatchedLeftRows) {
  auto lines = RunJoin(Spec(JoinType::kLeft), BasicSteps(), false);
  EXPECT_EQ(RowSet(lines),
            Multiset({"[1, a, 1, 10]", "[1, a, 1, 11]", "[1, c, 1, 10]", "[1, c, 1, 11]",
                      "[2, b, NULL, NULL]", "[NULL, n, NULL, NULL]"}));
}

TEST(HashJoinBatchTest, RightJoinPadsUnmatchedBuildRows) {
  auto lines = RunJoin(Spec(JoinType::kRight), BasicSteps(), false);
  EXPECT_EQ(RowSet(lines),
            Multiset({"[1, a, 1, 10]", "[1, a, 1, 11]", "[1, c, 1, 10]", "[1, c, 1, 11]",
                      "[NULL, NULL, 3, 30]", "[NULL, NULL, NULL, 99]"}));
}

TEST(HashJoinBatchTest, FullJoinPadsBothSides) {
  auto lines = RunJoin(Spec(JoinType::kFull), BasicSteps(), false);
  EXPECT_EQ(RowSet(lines), Multiset({"[1, a, 1, 10]", "[1, a, 1, 11]", "[1, c, 1, 10]",
                                     "[1, c, 1, 11]", "[2, b, NULL, NULL]", "[NULL, n, NULL, NULL]",
                                     "[NULL, NULL, 3, 30]", "[NULL, NULL, NULL, 99]"}));
}

TEST(HashJoinBatchTest, CrossJoinPairsEverything) {
  std::vector<Step> steps = {{0, Left({{I(1), S("a")}, {I(2), S("b")}})},
                             {1, Right({{I(7), I(70)}, {NullInt(), I(80)}})}};
  auto lines = RunJoin(Spec(JoinType::kCross, {}, {}), steps, false);
  EXPECT_EQ(RowSet(lines),
            Multiset({"[1, a, 7, 70]", "[1, a, NULL, 80]", "[2, b, 7, 70]", "[2, b, NULL, 80]"}));
}

TEST(HashJoinBatchTest, NullKeysNeverMatch) {
  std::vector<Step> steps = {{0, Left({{NullInt(), S("x")}})}, {1, Right({{NullInt(), I(1)}})}};
  EXPECT_TRUE(RunJoin(Spec(JoinType::kInner), steps, false).empty());
  EXPECT_EQ(RowSet(RunJoin(Spec(JoinType::kFull), steps, false)),
            Multiset({"[NULL, x, NULL, NULL]", "[NULL, NULL, NULL, 1]"}));
}

TEST(HashJoinBatchTest, ResidualConditionFiltersPairs) {
  // ON l.k = r.k AND l.k < r.v - here $0 < $3.
  std::vector<Step> steps = {{1, Right({{I(1), I(0)}, {I(1), I(5)}, {I(2), I(0)}})},
                             {0, Left({{I(1), S("a")}, {I(2), S("b")}})}};
  EXPECT_EQ(RowSet(RunJoin(Spec(JoinType::kInner, {0}, {0}, LessThan(0, 3)), steps, false)),
            Multiset({"[1, a, 1, 5]"}));
  EXPECT_EQ(
      RowSet(RunJoin(Spec(JoinType::kFull, {0}, {0}, LessThan(0, 3)), steps, false)),
      Multiset({"[1, a, 1, 5]", "[2, b, NULL, NULL]", "[NULL, NULL, 1, 0]", "[NULL, NULL, 2, 0]"}));
}

TEST(HashJoinBatchTest, CrossJoinWithResidualOnly) {
  std::vector<Step> steps = {{0, Left({{I(1), S("a")}, {I(5), S("b")}})},
                             {1, Right({{I(0), I(3)}, {I(0), I(9)}})}};
  EXPECT_EQ(RowSet(RunJoin(Spec(JoinType::kInner, {}, {}, LessThan(0, 3)), steps, false)),
            Multiset({"[1, a, 0, 3]", "[1, a, 0, 9]", "[5, b, 0, 9]"}));
}

TEST(HashJoinBatchTest, ProbeRowsArrivingBeforeTheBuildSideAreBuffered) {
  std::vector<Step> steps = {
      {0, Left({{I(1), S("a")}})}, {1, Right({{I(1), I(10)}})}, {0, Left({{I(1), S("b")}})}};
  // Left finishes first here; right rows still get matched.
  auto lines = RunJoin(Spec(JoinType::kRight), steps, false, /*finish_right_first=*/false);
  EXPECT_EQ(RowSet(lines), Multiset({"[1, a, 1, 10]", "[1, b, 1, 10]"}));
}

TEST(HashJoinBatchTest, EmptyBuildSide) {
  std::vector<Step> steps = {{0, Left({{I(1), S("a")}})}};
  EXPECT_TRUE(RunJoin(Spec(JoinType::kInner), steps, false).empty());
  EXPECT_EQ(RowSet(RunJoin(Spec(JoinType::kLeft), steps, false)), Multiset({"[1, a, NULL, NULL]"}));
}

TEST(HashJoinBatchTest, StringAndIntKeys) {
  JoinSpec spec;
  spec.left_types = {kStr, kInt};
  spec.right_types = {kInt, kStr};
  spec.type = JoinType::kInner;
  spec.left_keys = {0, 1};
  spec.right_keys = {1, 0};
  std::vector<Step> steps = {
      {1, MakeBatch(spec.right_types, {{I(1), S("x")}, {I(2), S("x")}, {I(1), S("y")}})},
      {0, MakeBatch(spec.left_types, {{S("x"), I(1)}, {S("y"), I(2)}, {S("y"), I(1)}})}};
  EXPECT_EQ(RowSet(RunJoin(spec, steps, false)), Multiset({"[x, 1, 1, x]", "[y, 1, 1, y]"}));
}

TEST(HashJoinBatchTest, LargeJoinProducesEveryPair) {
  std::vector<std::vector<Value>> left_rows;
  std::vector<std::vector<Value>> right_rows;
  for (int i = 0; i < 3000; ++i) left_rows.push_back({I(i % 100), S("l")});
  for (int i = 0; i < 500; ++i) right_rows.push_back({I(i % 250), I(i)});
  auto lines =
      RunJoin(Spec(JoinType::kInner), {{1, Right(right_rows)}, {0, Left(left_rows)}}, false);
  EXPECT_EQ(lines.size(), 3000u * 2u);
}

// ---- Streaming. ----

TEST(StreamingJoinTest, InnerJoinEmitsAsRowsArrive) {
  std::vector<Step> steps = {
      {0, Left({{I(1), S("a")}})}, {1, Right({{I(1), I(10)}})}, {0, Left({{I(1), S("b")}})}};
  auto lines = RunJoin(Spec(JoinType::kInner), steps, true);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[1, a, 1, 10]", "+I[1, b, 1, 10]"}));
}

TEST(StreamingJoinTest, InnerJoinPassesInputKinds) {
  std::vector<Step> steps = {{1, Right({{I(1), I(10)}})},
                             {0, Left({{I(1), S("a")}})},
                             {0, Left({{I(1), S("a")}, {I(1), S("z")}}, {kUB, kUA})}};
  auto lines = RunJoin(Spec(JoinType::kInner), steps, true);
  EXPECT_EQ(lines,
            std::vector<std::string>({"+I[1, a, 1, 10]", "-U[1, a, 1, 10]", "+U[1, z, 1, 10]"}));
}

TEST(StreamingJoinTest, LeftJoinRetractsNullPaddedRows) {
  std::vector<Step> steps = {{0, Left({{I(1), S("a")}})},       {1, Right({{I(1), I(10)}})},
                             {1, Right({{I(1), I(11)}})},       {1, Right({{I(1), I(10)}}, {kD})},
                             {1, Right({{I(1), I(11)}}, {kD})}, {0, Left({{I(1), S("a")}}, {kD})}};
  auto lines = RunJoin(Spec(JoinType::kLeft), steps, true);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[1, a, NULL, NULL]", "-D[1, a, NULL, NULL]",
                                             "+I[1, a, 1, 10]", "+I[1, a, 1, 11]",
                                             "-D[1, a, 1, 10]", "-D[1, a, 1, 11]",
                                             "+I[1, a, NULL, NULL]", "-D[1, a, NULL, NULL]"}));
}

TEST(StreamingJoinTest, RightJoinMirrorsLeftJoin) {
  std::vector<Step> steps = {{1, Right({{I(2), I(20)}})}, {0, Left({{I(2), S("b")}})}};
  auto lines = RunJoin(Spec(JoinType::kRight), steps, true);
  EXPECT_EQ(lines, std::vector<std::string>(
                       {"+I[NULL, NULL, 2, 20]", "-D[NULL, NULL, 2, 20]", "+I[2, b, 2, 20]"}));
}

TEST(StreamingJoinTest, NullKeysAreKeptForOuterRetraction) {
  std::vector<Step> steps = {{0, Left({{NullInt(), S("n")}})},
                             {1, Right({{NullInt(), I(1)}})},
                             {0, Left({{NullInt(), S("n")}}, {kD})}};
  auto lines = RunJoin(Spec(JoinType::kLeft), steps, true);
  EXPECT_EQ(lines,
            std::vector<std::string>({"+I[NULL, n, NULL, NULL]", "-D[NULL, n, NULL, NULL]"}));
}

TEST(StreamingJoinTest, ResidualConditionInStreaming) {
  std::vector<Step> steps = {{1, Right({{I(1), I(0)}, {I(1), I(5)}})}, {0, Left({{I(1), S("a")}})}};
  auto lines = RunJoin(Spec(JoinType::kLeft, {0}, {0}, LessThan(0, 3)), steps, true);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[1, a, 1, 5]"}));
}

// Random changelogs on both sides, interleaved; the folded output must equal the batch join of
// the net inputs, for every join type.
void CheckRandomStreamingJoin(JoinType type, BoundExpressionPtr residual, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<Step> steps;
  std::vector<std::vector<Value>> live[2];
  for (int round = 0; round < 60; ++round) {
    const int input = static_cast<int>(rng() % 2);
    std::vector<std::vector<Value>> rows;
    std::vector<RowKind> kinds;
    const int count = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < count; ++i) {
      if (!live[input].empty() && rng() % 3 == 0) {
        size_t victim = rng() % live[input].size();
        rows.push_back(live[input][victim]);
        kinds.push_back(rng() % 2 == 0 ? kD : kUB);
        live[input].erase(live[input].begin() + victim);
      } else {
        int k = static_cast<int>(rng() % 5);
        Value key = k == 4 ? NullInt() : I(k);
        std::vector<Value> row =
            input == 0 ? std::vector<Value>{key, Value::String(std::string(1, 'a' + rng() % 3))}
                       : std::vector<Value>{key, I(static_cast<int32_t>(rng() % 6))};
        rows.push_back(row);
        kinds.push_back(rng() % 2 == 0 ? kI : kUA);
        live[input].push_back(row);
      }
    }
    steps.push_back({input, input == 0 ? Left(rows, kinds) : Right(rows, kinds)});
  }
  JoinSpec spec =
      Spec(type, type == JoinType::kCross ? std::vector<size_t>{} : std::vector<size_t>{0},
           type == JoinType::kCross ? std::vector<size_t>{} : std::vector<size_t>{0}, residual);
  auto stream = RunJoin(spec, steps, true);
  std::vector<Batch> left_batches;
  std::vector<Batch> right_batches;
  for (const Step& s : steps) (s.input == 0 ? left_batches : right_batches).push_back(s.batch);
  std::vector<Step> net = {{1, NetInput(spec.right_types, right_batches)},
                           {0, NetInput(spec.left_types, left_batches)}};
  auto batch = RunJoin(spec, net, false);
  EXPECT_EQ(Fold(stream), RowSet(batch)) << "join type " << static_cast<int>(type);
}

TEST(StreamingJoinTest, RandomChangelogsFoldToBatchResult) {
  for (unsigned seed = 1; seed <= 5; ++seed) {
    for (JoinType type :
         {JoinType::kInner, JoinType::kLeft, JoinType::kRight, JoinType::kFull, JoinType::kCross}) {
      CheckRandomStreamingJoin(type, nullptr, seed);
    }
  }
}

TEST(StreamingJoinTest, RandomChangelogsWithResidualFoldToBatchResult) {
  for (unsigned seed = 11; seed <= 14; ++seed) {
    for (JoinType type : {JoinType::kInner, JoinType::kLeft, JoinType::kRight, JoinType::kFull}) {
      CheckRandomStreamingJoin(type, LessThan(0, 3), seed);
    }
  }
}

}  // namespace
}  // namespace sluice::testing
