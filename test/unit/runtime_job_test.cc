// The Job over hand-built logical plans: VALUES sources, Calc, Union, Sort, Limit, in batch and
// streaming mode, at parallelism 1 and 3; cancellation, errors, backpressure, sinks.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

#include "connectors/connector.h"
#include "function/function_registry.h"
#include "runtime/job.h"
#include "runtime_test_util.h"

namespace sluice {
namespace {

using testing::Col;
using testing::NumberRows;
using testing::NumberSchema;
using testing::Sorted;
using testing::UnaryNode;
using testing::ValuesNode;

// ---- Plans. ----

BoundExpressionPtr Call(const std::string& name, std::vector<BoundExpressionPtr> args) {
  const ScalarFunction* function = FunctionRegistry::Builtins().FindScalar(name);
  EXPECT_NE(function, nullptr) << name;
  std::vector<LogicalType> types;
  for (const auto& arg : args) types.push_back(arg->type);
  Result<BoundScalarFunction> bound = function->Bind(types);
  EXPECT_TRUE(bound.ok()) << bound.status().ToString();
  return MakeCall(std::make_shared<const BoundScalarFunction>(bound.MoveValue()), std::move(args));
}

LogicalNodePtr Filter(LogicalNodePtr input, BoundExpressionPtr predicate) {
  auto node = std::const_pointer_cast<LogicalNode>(UnaryNode(LogicalNode::Kind::kFilter, input));
  node->predicate = std::move(predicate);
  return node;
}

LogicalNodePtr Project(LogicalNodePtr input, std::vector<BoundExpressionPtr> expressions,
                       Schema schema) {
  auto node = std::const_pointer_cast<LogicalNode>(UnaryNode(LogicalNode::Kind::kProject, input));
  node->expressions = std::move(expressions);
  node->schema = std::move(schema);
  return node;
}

LogicalNodePtr SortNode(LogicalNodePtr input, std::vector<SortKey> keys) {
  auto node = std::const_pointer_cast<LogicalNode>(UnaryNode(LogicalNode::Kind::kSort, input));
  node->sort_keys = std::move(keys);
  return node;
}

LogicalNodePtr LimitNode(LogicalNodePtr input, int64_t offset, std::optional<int64_t> fetch) {
  auto node = std::const_pointer_cast<LogicalNode>(UnaryNode(LogicalNode::Kind::kLimit, input));
  node->offset = offset;
  node->fetch = fetch;
  return node;
}

LogicalNodePtr UnionNode(std::vector<LogicalNodePtr> inputs) {
  auto node = std::make_shared<LogicalNode>();
  node->kind = LogicalNode::Kind::kUnion;
  node->schema = inputs[0]->schema;
  node->inputs = std::move(inputs);
  return node;
}

// SELECT k, COUNT(v) FROM input GROUP BY k
LogicalNodePtr CountByK(LogicalNodePtr input) {
  auto node = std::make_shared<LogicalNode>();
  node->kind = LogicalNode::Kind::kAggregate;
  node->schema = Schema({"k", "c"}, {LogicalType::BigInt(), LogicalType::BigInt()});
  node->produces_updates = true;
  node->group_keys = {1};
  AggregateCall call;
  call.name = "COUNT($0)";
  const AggregateFunction* count = FunctionRegistry::Builtins().FindAggregate("COUNT");
  EXPECT_NE(count, nullptr);
  auto bound = count->Bind({LogicalType::BigInt()}, false);
  EXPECT_TRUE(bound.ok()) << bound.status().ToString();
  call.function = bound.MoveValue();
  call.arguments = {0};
  node->aggregates.push_back(call);
  node->inputs.push_back(std::move(input));
  return node;
}

// Applies a changelog: +I/+U add a row, -U/-D remove one.
std::vector<std::string> Materialize(const JobResult& result) {
  std::multiset<std::string> rows;
  for (const Batch& batch : result.batches) {
    for (size_t i = 0; i < batch.num_rows(); ++i) {
      std::string text = batch.RowToString(i).substr(2);
      if (IsAccumulate(batch.row_kind(i))) {
        rows.insert(text);
      } else {
        auto it = rows.find(text);
        EXPECT_NE(it, rows.end()) << "retraction of a row never added: " << text;
        if (it != rows.end()) rows.erase(it);
      }
    }
  }
  return std::vector<std::string>(rows.begin(), rows.end());
}

JobOptions Options(bool streaming, int parallelism) {
  JobOptions options;
  options.streaming = streaming;
  options.parallelism = parallelism;
  options.batch_size = 64;  // many batches even for small inputs
  return options;
}

JobResult RunOk(const LogicalNodePtr& plan, const JobOptions& options) {
  Result<JobResult> result = Job::Run(plan, options);
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  return result.ok() ? result.MoveValue() : JobResult();
}

// ---- A test connector: endless or failing sources, and a recording sink. ----

struct ConnectorLog {
  std::atomic<int64_t> produced{0};
  std::atomic<int> commits{0};
  std::atomic<int> aborts{0};
  std::mutex mutex;
  std::vector<std::string> written;
};

class TestReader : public SourceReader {
 public:
  TestReader(ConnectorLog* log, int task, int fail_task, int64_t fail_after)
      : log_(log), task_(task), fail_task_(fail_task), fail_after_(fail_after) {}
  Result<bool> Next(Batch* out) override {
    if (task_ == fail_task_ && batches_ >= fail_after_) {
      return Status::ExternalError("test source failed in task " + std::to_string(task_));
    }
    ++batches_;
    Batch batch = Batch::Make({LogicalType::BigInt(), LogicalType::BigInt()}, 256);
    for (int i = 0; i < 256; ++i) {
      batch.mutable_column(0)->Append<int64_t>(next_);
      batch.mutable_column(1)->Append<int64_t>(next_ % 7);
      ++next_;
    }
    batch.SyncNumRows();
    log_->produced.fetch_add(256);
    *out = std::move(batch);
    return true;
  }
  bool IsBounded() const override { return false; }

 private:
  ConnectorLog* log_;
  int task_;
  int fail_task_;
  int64_t fail_after_;
  int64_t batches_ = 0;
  int64_t next_ = 0;
};

class TestWriter : public SinkWriter {
 public:
  explicit TestWriter(ConnectorLog* log) : log_(log) {}
  Status Write(const Batch& batch) override {
    std::lock_guard<std::mutex> lock(log_->mutex);
    for (size_t i = 0; i < batch.num_rows(); ++i) log_->written.push_back(batch.RowToString(i));
    return Status::OK();
  }
  Status Commit() override {
    log_->commits.fetch_add(1);
    return Status::OK();
  }
  void Abort() override { log_->aborts.fetch_add(1); }

 private:
  ConnectorLog* log_;
};

class TestConnector : public ConnectorFactory {
 public:
  explicit TestConnector(ConnectorLog* log) : log_(log) {}
  std::string_view Name() const override { return "test"; }
  const std::vector<OptionSpec>& Options() const override { return options_; }
  Status Validate(const CatalogTable&) const override { return Status::OK(); }
  bool SupportsSource() const override { return true; }
  bool SupportsSink() const override { return true; }
  Result<std::unique_ptr<SourceReader>> OpenSource(const SourceContext& context) const override {
    int fail_task = -1;
    auto it = context.table.options.find("fail-task");
    if (it != context.table.options.end()) fail_task = std::stoi(it->second);
    return std::unique_ptr<SourceReader>(
        std::make_unique<TestReader>(log_, context.task_index, fail_task, 3));
  }
  Result<std::unique_ptr<SinkWriter>> OpenSink(const SinkContext&) const override {
    return std::unique_ptr<SinkWriter>(std::make_unique<TestWriter>(log_));
  }

 private:
  ConnectorLog* log_;
  std::vector<OptionSpec> options_;
};

struct TestRegistry {
  TestRegistry() { registry.Register(std::make_unique<TestConnector>(&log)); }
  ConnectorLog log;
  ConnectorRegistry registry;
};

LogicalNodePtr ScanNode(std::map<std::string, std::string> extra = {}) {
  auto node = std::make_shared<LogicalNode>();
  node->kind = LogicalNode::Kind::kScan;
  node->schema = NumberSchema();
  node->table_id = ObjectIdentifier{"default_catalog", "default_database", "endless"};
  node->table.options = {{"connector", "test"}};
  for (auto& [k, v] : extra) node->table.options[k] = v;
  node->projected_columns = {0, 1};
  return node;
}

LogicalNodePtr SinkNode(LogicalNodePtr input) {
  auto node = std::make_shared<LogicalNode>();
  node->kind = LogicalNode::Kind::kSink;
  node->table_id = ObjectIdentifier{"default_catalog", "default_database", "out"};
  node->table.options = {{"connector", "test"}};
  node->inputs.push_back(std::move(input));
  return node;
}

// ---- Single-task pipelines. ----

TEST(JobTest, ValuesInOrderInBatchMode) {
  JobResult result = RunOk(ValuesNode(NumberSchema(), NumberRows(3)), Options(false, 1));
  EXPECT_EQ(result.RowStrings(), (std::vector<std::string>{"+I[0, 0]", "+I[1, 1]", "+I[2, 2]"}));
  EXPECT_EQ(result.schema, NumberSchema());
  EXPECT_EQ(result.counters.rows_read, 3);
  EXPECT_EQ(result.counters.rows_collected, 3);
}

TEST(JobTest, FilterAndProjectFuseIntoOneCalc) {
  LogicalNodePtr plan = Project(
      Filter(ValuesNode(NumberSchema(), NumberRows(200)),
             Call(">", {Col(0), MakeConstant(Value::BigInt(194))})),
      {Call("*", {Col(0), MakeConstant(Value::BigInt(2))})},
      Schema({"d"}, {LogicalType::BigInt()}));
  JobResult result = RunOk(plan, Options(false, 1));
  EXPECT_EQ(result.RowStrings(), (std::vector<std::string>{"+I[390]", "+I[392]", "+I[394]",
                                                           "+I[396]", "+I[398]"}));
  Result<std::string> explain = Job::Explain(plan, Options(false, 1));
  ASSERT_TRUE(explain.ok());
  EXPECT_EQ(std::count(explain->begin(), explain->end(), '\n'), 1) << *explain;
  EXPECT_EQ(explain->rfind("Calc(select=[", 0), 0u) << *explain;
  EXPECT_NE(explain->find("\n  Values("), std::string::npos) << *explain;
}

TEST(JobTest, UnionAllOfValues) {
  LogicalNodePtr plan = UnionNode({ValuesNode(NumberSchema(), NumberRows(2)),
                                   ValuesNode(NumberSchema(), NumberRows(3))});
  JobResult result = RunOk(plan, Options(true, 1));
  EXPECT_EQ(Sorted(result.RowStrings()),
            Sorted({"+I[0, 0]", "+I[1, 1]", "+I[0, 0]", "+I[1, 1]", "+I[2, 2]"}));
}

TEST(JobTest, SortDescending) {
  LogicalNodePtr plan = SortNode(ValuesNode(NumberSchema(), NumberRows(100)), {{0, false, false}});
  JobResult result = RunOk(plan, Options(false, 1));
  ASSERT_EQ(result.num_rows(), 100);
  EXPECT_EQ(result.RowStrings().front(), "+I[99, 1]");
  EXPECT_EQ(result.RowStrings().back(), "+I[0, 0]");
}

TEST(JobTest, LimitOverSortIsTopN) {
  LogicalNodePtr plan =
      LimitNode(SortNode(ValuesNode(NumberSchema(), NumberRows(100)), {{0, false, false}}), 2, 3);
  JobResult result = RunOk(plan, Options(false, 1));
  EXPECT_EQ(result.RowStrings(), (std::vector<std::string>{"+I[97, 6]", "+I[96, 5]", "+I[95, 4]"}));
  Result<std::string> explain = Job::Explain(plan, Options(false, 1));
  ASSERT_TRUE(explain.ok());
  EXPECT_NE(explain->find("SortLimit(orderBy=[$0 DESC], offset=[2], fetch=[3])"),
            std::string::npos)
      << *explain;
}

TEST(JobTest, LimitWithoutSort) {
  JobResult result =
      RunOk(LimitNode(ValuesNode(NumberSchema(), NumberRows(100)), 1, 2), Options(false, 1));
  EXPECT_EQ(result.RowStrings(), (std::vector<std::string>{"+I[1, 1]", "+I[2, 2]"}));
}

TEST(JobTest, StreamingAggregateChangelogEndsAtBatchResult) {
  LogicalNodePtr plan = CountByK(ValuesNode(NumberSchema(), NumberRows(700)));
  JobResult batch = RunOk(plan, Options(false, 1));
  JobResult streaming = RunOk(plan, Options(true, 1));
  EXPECT_EQ(Sorted(batch.RowStrings()).size(), 7u);
  EXPECT_GT(streaming.num_rows(), 7) << "streaming mode should emit updates";
  EXPECT_EQ(Materialize(streaming), Materialize(batch));
}

TEST(JobTest, OnBatchReceivesRowsAsTheyArrive) {
  JobOptions options = Options(true, 1);
  int64_t seen = 0;
  options.on_batch = [&](const Batch& batch) {
    seen += static_cast<int64_t>(batch.num_rows());
    return Status::OK();
  };
  JobResult result = RunOk(ValuesNode(NumberSchema(), NumberRows(300)), options);
  EXPECT_EQ(seen, 300);
  EXPECT_TRUE(result.batches.empty());
  EXPECT_EQ(result.counters.rows_collected, 300);
}

TEST(JobTest, CallbackErrorStopsTheJob) {
  JobOptions options = Options(true, 3);
  options.on_batch = [](const Batch&) { return Status::UserError("printer broke"); };
  Result<JobResult> result = Job::Run(ValuesNode(NumberSchema(), NumberRows(1000)), options);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(), "printer broke");
}

TEST(JobTest, UnknownConnectorIsAUserError) {
  auto scan = std::const_pointer_cast<LogicalNode>(ScanNode());
  scan->table.options["connector"] = "nope";
  Result<JobResult> result = Job::Run(scan, Options(true, 1));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kUserError);
  EXPECT_NE(result.status().message().find("'nope'"), std::string::npos);
}

// ---- Parallelism. ----

class ParallelJobTest : public ::testing::TestWithParam<bool> {};

TEST_P(ParallelJobTest, SameRowsAtParallelismOneAndThree) {
  const bool streaming = GetParam();
  LogicalNodePtr plan = UnionNode(
      {Project(Filter(ValuesNode(NumberSchema(), NumberRows(1000)),
                      Call("<>", {Col(1), MakeConstant(Value::BigInt(3))})),
               {Col(1), Call("+", {Col(0), Col(1)})}, NumberSchema()),
       ValuesNode(NumberSchema(), NumberRows(50))});
  JobResult one = RunOk(plan, Options(streaming, 1));
  JobResult three = RunOk(plan, Options(streaming, 3));
  EXPECT_EQ(one.num_rows(), 1000 - 143 + 50);  // 143 values of i % 7 == 3
  EXPECT_EQ(Sorted(one.RowStrings()), Sorted(three.RowStrings()));
  EXPECT_EQ(three.counters.rows_read, 1050);
}

TEST_P(ParallelJobTest, AggregateAtParallelismThreeMatches) {
  const bool streaming = GetParam();
  LogicalNodePtr plan = CountByK(ValuesNode(NumberSchema(), NumberRows(5000)));
  JobResult one = RunOk(plan, Options(streaming, 1));
  JobResult three = RunOk(plan, Options(streaming, 3));
  EXPECT_EQ(Materialize(one), Materialize(three));
  EXPECT_EQ(Materialize(three).size(), 7u);
}

TEST_P(ParallelJobTest, JoinAtParallelismThreeMatches) {
  const bool streaming = GetParam();
  auto join = std::make_shared<LogicalNode>();
  join->kind = LogicalNode::Kind::kJoin;
  join->join_type = JoinType::kLeft;
  join->schema = Schema({"v", "k", "v0", "k0"}, {LogicalType::BigInt(), LogicalType::BigInt(),
                                                 LogicalType::BigInt(), LogicalType::BigInt()});
  join->left_keys = {1};
  join->right_keys = {0};
  join->inputs = {ValuesNode(NumberSchema(), NumberRows(300)),
                  ValuesNode(NumberSchema(), NumberRows(5, 3))};
  JobResult one = RunOk(join, Options(streaming, 1));
  JobResult three = RunOk(join, Options(streaming, 3));
  // Keys 0..4 of the left match one right row each; keys 5 and 6 are padded with NULLs.
  EXPECT_EQ(Materialize(one).size(), 300u);
  EXPECT_EQ(Materialize(one), Materialize(three));
}

INSTANTIATE_TEST_SUITE_P(Modes, ParallelJobTest, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "Streaming" : "Batch"; });

TEST(JobTest, ParallelSortIsGloballyOrdered) {
  LogicalNodePtr plan = SortNode(ValuesNode(NumberSchema(), NumberRows(3000)), {{0, true, true}});
  JobResult result = RunOk(plan, Options(false, 3));
  std::vector<std::string> rows = result.RowStrings();
  ASSERT_EQ(rows.size(), 3000u);
  for (size_t i = 0; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i].substr(0, rows[i].find(',')), "+I[" + std::to_string(i));
  }
}

TEST(JobTest, ParallelTopNAndLimit) {
  LogicalNodePtr top =
      LimitNode(SortNode(ValuesNode(NumberSchema(), NumberRows(3000)), {{0, false, false}}), 0, 2);
  EXPECT_EQ(RunOk(top, Options(false, 3)).RowStrings(),
            (std::vector<std::string>{"+I[2999, 3]", "+I[2998, 2]"}));
  LogicalNodePtr limit = LimitNode(ValuesNode(NumberSchema(), NumberRows(3000)), 5, 10);
  EXPECT_EQ(RunOk(limit, Options(false, 3)).num_rows(), 10);
}

TEST(JobTest, ExplainShowsExchangesWhenParallel) {
  LogicalNodePtr plan = SortNode(CountByK(ValuesNode(NumberSchema(), NumberRows(10))),
                                 {{0, true, true}});
  Result<std::string> explain = Job::Explain(plan, Options(false, 3));
  ASSERT_TRUE(explain.ok()) << explain.status().ToString();
  EXPECT_EQ(*explain,
            "Sort(orderBy=[$0 ASC])\n"
            "  Exchange(distribution=[single])\n"
            "    HashAggregate(groupBy=[$1], select=[COUNT($0)])\n"
            "      Exchange(distribution=[hash[1]])\n"
            "        Values(tuples=[10 rows])");
  Result<std::string> single = Job::Explain(plan, Options(false, 1));
  ASSERT_TRUE(single.ok());
  EXPECT_EQ(single->find("Exchange"), std::string::npos) << *single;
}

// ---- Unbounded sources, cancellation, errors, backpressure. ----

class EndlessJobTest : public ::testing::TestWithParam<int> {};

TEST_P(EndlessJobTest, CancelStopsAnEndlessSourcePromptly) {
  TestRegistry test;
  JobOptions options = Options(true, GetParam());
  options.connectors = &test.registry;
  std::atomic<bool> cancel{false};
  options.cancel_requested = &cancel;
  options.on_batch = [](const Batch&) { return Status::OK(); };
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    cancel = true;
  });
  auto start = std::chrono::steady_clock::now();
  Result<JobResult> result =
      Job::Run(Filter(ScanNode(), Call(">=", {Col(0), MakeConstant(Value::BigInt(0))})), options);
  auto elapsed = std::chrono::steady_clock::now() - start;
  canceller.join();
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kCancelled);
  EXPECT_EQ(result.status().message(), "The query was cancelled.");
  EXPECT_LT(elapsed, std::chrono::seconds(3));
  EXPECT_GT(test.log.produced.load(), 0);
}

TEST_P(EndlessJobTest, ErrorInOneTaskStopsTheJob) {
  TestRegistry test;
  JobOptions options = Options(true, GetParam());
  options.connectors = &test.registry;
  options.on_batch = [](const Batch&) { return Status::OK(); };
  const int failing = GetParam() - 1;  // the last task fails; the others are endless
  Result<JobResult> result =
      Job::Run(CountByK(ScanNode({{"fail-task", std::to_string(failing)}})), options);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kExternalError);
  EXPECT_EQ(result.status().message(), "test source failed in task " + std::to_string(failing));
}

TEST_P(EndlessJobTest, LimitEndsAnEndlessQuery) {
  TestRegistry test;
  JobOptions options = Options(true, GetParam());
  options.connectors = &test.registry;
  JobResult result = RunOk(LimitNode(ScanNode(), 0, 1000), options);
  EXPECT_EQ(result.num_rows(), 1000);
}

TEST_P(EndlessJobTest, FailedInsertIsAbortedNotCommitted) {
  TestRegistry test;
  JobOptions options = Options(true, GetParam());
  options.connectors = &test.registry;
  Result<JobResult> result =
      Job::Run(SinkNode(ScanNode({{"fail-task", std::to_string(GetParam() - 1)}})), options);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(test.log.commits.load(), 0);
  EXPECT_EQ(test.log.aborts.load(), GetParam());
}

INSTANTIATE_TEST_SUITE_P(Parallelism, EndlessJobTest, ::testing::Values(1, 3));

TEST(JobTest, InsertWritesAndCommitsEveryTask) {
  TestRegistry test;
  JobOptions options = Options(false, 3);
  options.connectors = &test.registry;
  JobResult result = RunOk(SinkNode(ValuesNode(NumberSchema(), NumberRows(500))), options);
  EXPECT_EQ(result.counters.rows_written, 500);
  EXPECT_EQ(test.log.written.size(), 500u);
  EXPECT_EQ(test.log.commits.load(), 3);
  EXPECT_EQ(test.log.aborts.load(), 0);
  EXPECT_TRUE(result.batches.empty());
}

TEST(JobTest, SlowConsumerBoundsWhatSourcesProduce) {
  TestRegistry test;
  JobOptions options = Options(true, 3);
  options.connectors = &test.registry;
  options.channel_capacity = 2;
  std::atomic<bool> cancel{false};
  options.cancel_requested = &cancel;
  std::atomic<int64_t> consumed{0};
  int64_t worst_gap = 0;
  options.on_batch = [&](const Batch& batch) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    consumed.fetch_add(static_cast<int64_t>(batch.num_rows()));
    worst_gap = std::max(worst_gap, test.log.produced.load() - consumed.load());
    if (consumed.load() > 256 * 100) cancel = true;
    return Status::OK();
  };
  Result<JobResult> result = Job::Run(ScanNode(), options);
  EXPECT_EQ(result.status().code(), StatusCode::kCancelled);
  // 3 producers, each with at most a full channel plus one batch in hand: far below what an
  // unbounded queue would hold after 100 slow batches.
  EXPECT_LE(worst_gap, 3 * 256 * 8) << "sources ran ahead of the consumer";
}

}  // namespace
}  // namespace sluice
