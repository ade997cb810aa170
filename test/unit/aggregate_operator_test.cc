// HashAggregateOperator: grouping (any key types, NULL keys), batch results, and the streaming
// changelog (exact lines, and folding to the batch result, with retractions in the input).
#include <gtest/gtest.h>

#include <random>

#include "aggregate_test_util.h"

namespace sluice::testing {
namespace {

const LogicalType kInt = LogicalType::Int();
const LogicalType kBig = LogicalType::BigInt();
const LogicalType kStr = LogicalType::String();

Value I(int32_t v) { return Value::Int(v); }
Value B(int64_t v) { return Value::BigInt(v); }
Value S(const char* v) { return Value::String(v); }
Value NullOf(const LogicalType& t) { return Value::Null(t); }

constexpr RowKind kI = RowKind::kInsert;
constexpr RowKind kUB = RowKind::kUpdateBefore;
constexpr RowKind kUA = RowKind::kUpdateAfter;
constexpr RowKind kD = RowKind::kDelete;

TEST(HashAggregateTest, GroupByIntSumCount) {
  std::vector<LogicalType> types = {kInt, kBig};
  Batch b = MakeBatch(types, {{I(1), B(10)}, {I(2), B(5)}, {I(1), B(1)}, {I(3), B(0)}});
  auto lines = RunAggregate(types, {0}, {{"SUM", {1}}, {"COUNT", {}}}, {b}, false);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[1, 11, 2]", "+I[2, 5, 1]", "+I[3, 0, 1]"}));
}

TEST(HashAggregateTest, NullKeysGroupTogether) {
  std::vector<LogicalType> types = {kStr, kInt};
  Batch b = MakeBatch(
      types,
      {{S("a"), I(1)}, {NullOf(kStr), I(2)}, {S("b"), I(3)}, {NullOf(kStr), I(4)}, {S("a"), I(5)}});
  auto lines = RunAggregate(types, {0}, {{"SUM", {1}}}, {b}, false);
  EXPECT_EQ(RowSet(lines), Multiset({"[a, 6]", "[NULL, 6]", "[b, 3]"}));
}

TEST(HashAggregateTest, NullIntKeysGroupTogetherOnFastPath) {
  std::vector<LogicalType> types = {kBig, kInt};
  Batch b1 = MakeBatch(types, {{NullOf(kBig), I(1)}, {B(7), I(2)}});
  Batch b2 = MakeBatch(types, {{B(7), I(3)}, {NullOf(kBig), I(4)}});
  auto lines = RunAggregate(types, {0}, {{"SUM", {1}}}, {b1, b2}, false);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[NULL, 5]", "+I[7, 5]"}));
}

TEST(HashAggregateTest, MultipleKeysOfMixedTypes) {
  std::vector<LogicalType> types = {kInt, kStr, kInt};
  Batch b = MakeBatch(types, {{I(1), S("x"), I(1)},
                              {I(1), S("y"), I(2)},
                              {I(1), S("x"), I(3)},
                              {I(2), S("x"), I(4)},
                              {NullOf(kInt), NullOf(kStr), I(5)},
                              {NullOf(kInt), NullOf(kStr), I(6)}});
  auto lines = RunAggregate(types, {0, 1}, {{"MAX", {2}}}, {b}, false);
  EXPECT_EQ(RowSet(lines), Multiset({"[1, x, 3]", "[1, y, 2]", "[2, x, 4]", "[NULL, NULL, 6]"}));
}

TEST(HashAggregateTest, KeyOrderOfOutputIsFirstAppearance) {
  std::vector<LogicalType> types = {kStr};
  Batch b = MakeBatch(types, {{S("z")}, {S("a")}, {S("m")}, {S("a")}});
  auto lines = RunAggregate(types, {0}, {{"COUNT", {}}}, {b}, false);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[z, 1]", "+I[a, 2]", "+I[m, 1]"}));
}

TEST(HashAggregateTest, ManyGroupsSurviveRehashing) {
  std::vector<LogicalType> types = {kBig, kBig};
  std::vector<Batch> batches;
  const int64_t kGroups = 50000;
  for (int round = 0; round < 3; ++round) {
    for (int64_t start = 0; start < kGroups; start += 2048) {
      Batch b = Batch::Make(types);
      for (int64_t k = start; k < std::min(kGroups, start + 2048); ++k) {
        b.mutable_column(0)->Append<int64_t>(k * 7919 % 1000003);
        b.mutable_column(1)->Append<int64_t>(k);
      }
      b.SyncNumRows();
      batches.push_back(b);
    }
  }
  HashAggregateOperator op(types, {0}, BindCalls(types, {{"SUM", {1}}, {"COUNT", {}}}), false);
  CaptureOperator capture;
  op.SetOutput(&capture, 0);
  ExecContext context;
  context.streaming = false;
  ASSERT_TRUE(op.Open(&context).ok());
  for (const Batch& b : batches) ASSERT_TRUE(op.Push(0, b).ok());
  ASSERT_TRUE(op.Finish(0).ok());
  EXPECT_EQ(op.num_groups(), static_cast<size_t>(kGroups));
  size_t rows = 0;
  int64_t total = 0;
  for (const Batch& b : capture.batches) {
    rows += b.num_rows();
    for (size_t i = 0; i < b.num_rows(); ++i) {
      EXPECT_EQ(b.column(2)->Get<int64_t>(i), 3);
      total += b.column(1)->Get<int64_t>(i);
    }
  }
  EXPECT_EQ(rows, static_cast<size_t>(kGroups));
  EXPECT_EQ(total, 3 * (kGroups - 1) * kGroups / 2);
}

TEST(HashAggregateTest, StringKeysManyGroups) {
  std::vector<LogicalType> types = {kStr};
  Batch b = Batch::Make(types);
  for (int i = 0; i < 5000; ++i)
    b.mutable_column(0)->AppendString("key" + std::to_string(i % 1500));
  b.SyncNumRows();
  auto lines = RunAggregate(types, {0}, {{"COUNT", {}}}, {b}, false);
  ASSERT_EQ(lines.size(), 1500u);
  EXPECT_EQ(lines[0], "+I[key0, 4]");
  EXPECT_EQ(lines[1499], "+I[key1499, 3]");
}

TEST(HashAggregateTest, DistinctIsAnAggregateWithoutCalls) {
  std::vector<LogicalType> types = {kInt, kStr};
  Batch b = MakeBatch(types, {{I(1), S("a")}, {I(1), S("a")}, {I(2), S("a")}, {I(1), S("b")}});
  auto lines = RunAggregate(types, {0, 1}, {}, {b}, false);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[1, a]", "+I[2, a]", "+I[1, b]"}));
}

TEST(HashAggregateTest, GroupedAggregateOnEmptyInputEmitsNothing) {
  std::vector<LogicalType> types = {kInt};
  auto lines = RunAggregate(types, {0}, {{"COUNT", {}}}, {}, false);
  EXPECT_TRUE(lines.empty());
}

TEST(HashAggregateTest, DoubleKeysGroupNegativeZeroWithZero) {
  std::vector<LogicalType> types = {LogicalType::Double()};
  Batch b = MakeBatch(types, {{Value::Double(0.0)}, {Value::Double(-0.0)}});
  auto lines = RunAggregate(types, {0}, {{"COUNT", {}}}, {b}, false);
  EXPECT_EQ(lines.size(), 1u);
}

TEST(HashAggregateTest, RetractionInBatchModeIsAnError) {
  std::vector<LogicalType> types = {kInt};
  Batch b = MakeBatch(types, {{I(1)}}, {kD});
  Status st;
  RunAggregate(types, {0}, {{"COUNT", {}}}, {b}, false, false, &st);
  EXPECT_FALSE(st.ok());
}

// ---- Streaming. ----

TEST(HashAggregateStreamingTest, EmitsInsertThenUpdatePairs) {
  std::vector<LogicalType> types = {kStr, kInt};
  Batch b1 = MakeBatch(types, {{S("a"), I(1)}, {S("b"), I(2)}});
  Batch b2 = MakeBatch(types, {{S("a"), I(3)}});
  auto lines = RunAggregate(types, {0}, {{"SUM", {1}}, {"COUNT", {}}}, {b1, b2}, true);
  EXPECT_EQ(lines,
            std::vector<std::string>({"+I[a, 1, 1]", "+I[b, 2, 1]", "-U[a, 1, 1]", "+U[a, 4, 2]"}));
}

TEST(HashAggregateStreamingTest, OneBatchIsOneBundle) {
  std::vector<LogicalType> types = {kStr, kInt};
  Batch b1 = MakeBatch(types, {{S("a"), I(1)}, {S("a"), I(2)}, {S("a"), I(3)}});
  auto lines = RunAggregate(types, {0}, {{"SUM", {1}}}, {b1}, true);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[a, 6]"}));
}

TEST(HashAggregateStreamingTest, UnchangedResultIsNotEmitted) {
  std::vector<LogicalType> types = {kStr, kInt};
  Batch b1 = MakeBatch(types, {{S("a"), I(5)}});
  Batch b2 = MakeBatch(types, {{S("a"), I(1)}});
  auto lines = RunAggregate(types, {0}, {{"MAX", {1}}}, {b1, b2}, true);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[a, 5]"}));
}

TEST(HashAggregateStreamingTest, RetractingLastRowDeletesGroup) {
  std::vector<LogicalType> types = {kStr, kInt};
  Batch b1 = MakeBatch(types, {{S("a"), I(5)}, {S("b"), I(1)}});
  Batch b2 = MakeBatch(types, {{S("a"), I(5)}}, {kD});
  Batch b3 = MakeBatch(types, {{S("a"), I(7)}});
  auto lines = RunAggregate(types, {0}, {{"SUM", {1}}}, {b1, b2, b3}, true, true);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[a, 5]", "+I[b, 1]", "-D[a, 5]", "+I[a, 7]"}));
}

TEST(HashAggregateStreamingTest, RetractionOfUnknownGroupIsIgnored) {
  std::vector<LogicalType> types = {kStr, kInt};
  Batch b1 = MakeBatch(types, {{S("x"), I(5)}}, {kUB});
  Batch b2 = MakeBatch(types, {{S("a"), I(1)}});
  auto lines = RunAggregate(types, {0}, {{"SUM", {1}}}, {b1, b2}, true, true);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[a, 1]"}));
}

TEST(HashAggregateStreamingTest, RetractingTheMinimumRevealsTheNext) {
  std::vector<LogicalType> types = {kStr, kInt};
  Batch b1 = MakeBatch(types, {{S("a"), I(3)}, {S("a"), I(1)}, {S("a"), I(2)}});
  Batch b2 = MakeBatch(types, {{S("a"), I(1)}}, {kUB});
  auto lines = RunAggregate(types, {0}, {{"MIN", {1}}, {"MAX", {1}}}, {b1, b2}, true, true);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[a, 1, 3]", "-U[a, 1, 3]", "+U[a, 2, 3]"}));
}

TEST(HashAggregateStreamingTest, UpdatePairInSameBatch) {
  // An upstream update -U old, +U new arriving in one batch.
  std::vector<LogicalType> types = {kStr, kInt};
  Batch b1 = MakeBatch(types, {{S("a"), I(10)}, {S("b"), I(1)}});
  Batch b2 = MakeBatch(types, {{S("a"), I(10)}, {S("a"), I(20)}}, {kUB, kUA});
  auto lines = RunAggregate(types, {0}, {{"SUM", {1}}, {"COUNT", {}}}, {b1, b2}, true, true);
  EXPECT_EQ(lines, std::vector<std::string>(
                       {"+I[a, 10, 1]", "+I[b, 1, 1]", "-U[a, 10, 1]", "+U[a, 20, 1]"}));
}

TEST(HashAggregateStreamingTest, InsertAndRetractInOneBatchForNewGroup) {
  std::vector<LogicalType> types = {kStr, kInt};
  Batch b1 = MakeBatch(types, {{S("a"), I(1)}, {S("a"), I(1)}}, {kI, kD});
  auto lines = RunAggregate(types, {0}, {{"SUM", {1}}}, {b1}, true, true);
  EXPECT_TRUE(lines.empty());
}

TEST(HashAggregateStreamingTest, GlobalAggregateUpdatesOneRow) {
  std::vector<LogicalType> types = {kInt};
  Batch b1 = MakeBatch(types, {{I(1)}, {I(2)}});
  Batch b2 = MakeBatch(types, {{I(3)}});
  auto lines = RunAggregate(types, {}, {{"COUNT", {}}, {"SUM", {0}}}, {b1, b2}, true);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[2, 3]", "-U[2, 3]", "+U[3, 6]"}));
}

TEST(HashAggregateStreamingTest, GlobalAggregateOnEmptyStreamEmitsNothing) {
  std::vector<LogicalType> types = {kInt};
  auto lines = RunAggregate(types, {}, {{"COUNT", {}}}, {}, true);
  EXPECT_TRUE(lines.empty());
}

TEST(HashAggregateStreamingTest, DistinctEmitsInsertAndDeleteOnly) {
  std::vector<LogicalType> types = {kStr};
  Batch b1 = MakeBatch(types, {{S("a")}, {S("b")}});
  Batch b2 = MakeBatch(types, {{S("a")}, {S("b")}}, {kI, kD});
  auto lines = RunAggregate(types, {0}, {}, {b1, b2}, true, true);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[a]", "+I[b]", "-D[b]"}));
}

TEST(HashAggregateStreamingTest, CountDistinctRetracts) {
  std::vector<LogicalType> types = {kStr, kInt};
  Batch b1 = MakeBatch(types, {{S("g"), I(1)}, {S("g"), I(1)}, {S("g"), I(2)}});
  Batch b2 = MakeBatch(types, {{S("g"), I(1)}}, {kD});
  Batch b3 = MakeBatch(types, {{S("g"), I(1)}}, {kD});
  auto lines = RunAggregate(types, {0}, {{"COUNT", {1}, true}}, {b1, b2, b3}, true, true);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[g, 2]", "-U[g, 2]", "+U[g, 1]"}));
}

TEST(HashAggregateStreamingTest, ListAggAndFirstLastRetract) {
  std::vector<LogicalType> types = {kStr, kStr};
  Batch b1 = MakeBatch(types, {{S("g"), S("x")}, {S("g"), S("y")}, {S("g"), S("z")}});
  Batch b2 = MakeBatch(types, {{S("g"), S("x")}}, {kUB});
  auto lines =
      RunAggregate(types, {0}, {{"LISTAGG", {1}}, {"FIRST_VALUE", {1}}, {"LAST_VALUE", {1}}},
                   {b1, b2}, true, true);
  EXPECT_EQ(lines, std::vector<std::string>(
                       {"+I[g, x,y,z, x, z]", "-U[g, x,y,z, x, z]", "+U[g, y,z, y, z]"}));
}

TEST(HashAggregateStreamingTest, AppendOnlyInputUsesCheapStateButSameResult) {
  std::vector<LogicalType> types = {kInt, kInt};
  std::vector<Batch> batches = {MakeBatch(types, {{I(1), I(5)}, {I(2), I(7)}, {I(1), I(3)}}),
                                MakeBatch(types, {{I(2), I(9)}, {I(3), I(1)}})};
  ExpectStreamingMatchesBatch(types, {0}, {{"MIN", {1}}, {"MAX", {1}}, {"SUM", {1}}, {"AVG", {1}}},
                              batches);
}

TEST(HashAggregateStreamingTest, RandomChangelogFoldsToBatchResult) {
  std::mt19937 rng(42);
  std::vector<LogicalType> types = {kInt, kStr, kBig};
  std::vector<Batch> batches;
  std::vector<std::vector<Value>> live;
  for (int round = 0; round < 40; ++round) {
    std::vector<std::vector<Value>> rows;
    std::vector<RowKind> kinds;
    for (int i = 0; i < 25; ++i) {
      if (!live.empty() && rng() % 3 == 0) {
        size_t victim = rng() % live.size();
        rows.push_back(live[victim]);
        kinds.push_back(rng() % 2 == 0 ? kD : kUB);
        live.erase(live.begin() + victim);
      } else {
        int k = static_cast<int>(rng() % 6);
        Value key = k == 5 ? NullOf(kInt) : I(k);
        std::string s(1, static_cast<char>('a' + rng() % 5));
        Value v = rng() % 7 == 0 ? NullOf(kBig) : B(static_cast<int64_t>(rng() % 100) - 50);
        std::vector<Value> row = {key, Value::String(s), v};
        rows.push_back(row);
        kinds.push_back(rng() % 2 == 0 ? kI : kUA);
        live.push_back(row);
      }
    }
    batches.push_back(MakeBatch(types, rows, kinds));
  }
  ExpectStreamingMatchesBatch(types, {0},
                              {{"COUNT", {}},
                               {"COUNT", {2}},
                               {"SUM", {2}},
                               {"AVG", {2}},
                               {"MIN", {2}},
                               {"MAX", {1}},
                               {"COUNT", {1}, true},
                               {"SUM", {2}, true}},
                              batches);
  ExpectStreamingMatchesBatch(types, {1, 0}, {{"MIN", {1}}, {"MAX", {2}}}, batches);
  ExpectStreamingMatchesBatch(types, {0, 1}, {}, batches);
}

TEST(HashAggregateStreamingTest, GroupRevivedAfterDeleteStartsFresh) {
  std::vector<LogicalType> types = {kStr, kStr};
  Batch b1 = MakeBatch(types, {{S("g"), S("x")}});
  Batch b2 = MakeBatch(types, {{S("g"), S("x")}}, {kD});
  Batch b3 = MakeBatch(types, {{S("g"), S("y")}});
  auto lines =
      RunAggregate(types, {0}, {{"LISTAGG", {1}}, {"COUNT", {}}}, {b1, b2, b3}, true, true);
  EXPECT_EQ(lines, std::vector<std::string>({"+I[g, x, 1]", "-D[g, x, 1]", "+I[g, y, 1]"}));
}

}  // namespace
}  // namespace sluice::testing
