#include "runtime/job.h"

#include <map>
#include <memory>
#include <thread>
#include <utility>

#include "exec/operators/sink/collect_sink.h"
#include "runtime/channel.h"
#include "runtime/exchange.h"
#include "runtime/job_state.h"
#include "runtime/physical_planner.h"
#include "runtime/task.h"

namespace sluice {
namespace {

PhysicalPlannerOptions PlannerOptions(const JobOptions& options) {
  PhysicalPlannerOptions planner;
  planner.streaming = options.streaming;
  planner.parallelism = options.parallelism;
  planner.connectors = options.connectors;
  return planner;
}

// Instantiates and runs the tasks of one plan.
class JobRunner {
 public:
  JobRunner(const PhysicalPlan& plan, const JobOptions& options)
      : plan_(plan), options_(options), state_(options.cancel_requested) {}

  Result<JobResult> Run();

 private:
  Status Build();
  Status Wire(const PhysicalNode& node, Task* task, Operator* downstream, int downstream_input);
  TaskInfo InfoFor(const Task& task) const;
  void RunTask(Task* task);

  const PhysicalPlan& plan_;
  const JobOptions& options_;
  JobState state_;
  // channels_[exchange][consumer task]. Declared before tasks_ so that the tasks (whose exchange
  // senders close their channels when destroyed) go first, also when a job never started.
  std::vector<std::vector<std::unique_ptr<BatchChannel>>> channels_;
  std::vector<std::vector<std::unique_ptr<Task>>> tasks_;  // by fragment, by task index
  CollectSink* collect_ = nullptr;
};

TaskInfo JobRunner::InfoFor(const Task& task) const {
  TaskInfo info;
  info.task_index = task.task_index();
  info.parallelism = plan_.fragments[static_cast<size_t>(task.fragment())].parallelism;
  info.streaming = options_.streaming;
  info.batch_size = options_.batch_size;
  info.state = const_cast<JobState*>(&state_);
  return info;
}

Status JobRunner::Wire(const PhysicalNode& node, Task* task, Operator* downstream,
                       int downstream_input) {
  const TaskInfo info = InfoFor(*task);
  switch (node.kind) {
    case PhysicalNode::Kind::kSource: {
      SLUICE_ASSIGN_OR_RETURN(SourcePtr source, node.make_source(info));
      task->AddSource(std::move(source), downstream, downstream_input);
      return Status::OK();
    }
    case PhysicalNode::Kind::kReceiver: {
      BatchChannel* channel =
          channels_[static_cast<size_t>(node.exchange)][static_cast<size_t>(task->task_index())]
              .get();
      task->AddChannel(channel, downstream, downstream_input);
      return Status::OK();
    }
    case PhysicalNode::Kind::kOperator: {
      SLUICE_ASSIGN_OR_RETURN(OperatorPtr op, node.make_operator(info));
      Operator* raw = op.get();
      raw->SetOutput(downstream, downstream_input);
      task->AddOperator(std::move(op));
      for (size_t i = 0; i < node.inputs.size(); ++i) {
        SLUICE_RETURN_NOT_OK(Wire(*node.inputs[i], task, raw, static_cast<int>(i)));
      }
      return Status::OK();
    }
  }
  return Status::InternalError("unknown physical node");
}

Status JobRunner::Build() {
  ExecContext context;
  context.streaming = options_.streaming;
  context.kernel_context = options_.kernel_context;
  context.cancel_requested = options_.cancel_requested;

  tasks_.resize(plan_.fragments.size());
  for (const Fragment& fragment : plan_.fragments) {
    for (int t = 0; t < fragment.parallelism; ++t) {
      tasks_[static_cast<size_t>(fragment.id)].push_back(
          std::make_unique<Task>(fragment.id, t, context, &state_));
    }
  }
  channels_.resize(plan_.exchanges.size());
  for (const PhysicalExchange& exchange : plan_.exchanges) {
    const auto& consumers = tasks_[static_cast<size_t>(exchange.consumer)];
    const int producers = plan_.fragments[static_cast<size_t>(exchange.producer)].parallelism;
    for (const auto& consumer : consumers) {
      auto channel = std::make_unique<BatchChannel>(options_.channel_capacity, producers,
                                                    consumer->notifier());
      state_.AddChannel(channel.get());
      channels_[static_cast<size_t>(exchange.id)].push_back(std::move(channel));
    }
  }
  for (const Fragment& fragment : plan_.fragments) {
    for (const auto& task : tasks_[static_cast<size_t>(fragment.id)]) {
      std::unique_ptr<SinkOperator> terminal;
      switch (fragment.output) {
        case Fragment::Output::kExchange: {
          const PhysicalExchange& exchange = plan_.exchanges[static_cast<size_t>(fragment.exchange)];
          std::vector<BatchChannel*> channels;
          for (const auto& channel : channels_[static_cast<size_t>(exchange.id)]) {
            channels.push_back(channel.get());
          }
          terminal = std::make_unique<ExchangeSender>(exchange.kind, exchange.keys,
                                                      task->task_index(), std::move(channels));
          break;
        }
        case Fragment::Output::kCollect: {
          if (collect_ != nullptr) return Status::InternalError("two result collectors");
          auto collect = std::make_unique<CollectSink>(options_.on_batch);
          collect_ = collect.get();
          terminal = std::move(collect);
          break;
        }
        case Fragment::Output::kSink: {
          SLUICE_ASSIGN_OR_RETURN(terminal, fragment.make_sink(InfoFor(*task)));
          break;
        }
      }
      Operator* target = terminal.get();
      task->SetTerminal(std::move(terminal));
      SLUICE_RETURN_NOT_OK(Wire(*fragment.root, task.get(), target, 0));
    }
  }
  return Status::OK();
}

void JobRunner::RunTask(Task* task) {
  Status status = task->Run();
  if (!status.ok()) state_.Fail(status);
}

Result<JobResult> JobRunner::Run() {
  Status built = Build();
  std::vector<Task*> all;
  for (const auto& fragment_tasks : tasks_) {
    for (const auto& task : fragment_tasks) all.push_back(task.get());
  }
  if (!built.ok()) {
    for (Task* task : all) {
      if (task->terminal() != nullptr) task->terminal()->Abort();
    }
    return built;
  }
  if (all.size() == 1) {
    RunTask(all[0]);
  } else {
    std::vector<std::thread> threads;
    threads.reserve(all.size());
    for (Task* task : all) threads.emplace_back([this, task] { RunTask(task); });
    for (std::thread& thread : threads) thread.join();
  }
  if (!state_.failed() && state_.cancelled()) {
    state_.Fail(Status::Cancelled("The query was cancelled."));
  }
  if (state_.failed()) {
    for (Task* task : all) task->terminal()->Abort();
    return state_.status();
  }
  for (Task* task : all) {
    Status committed = task->terminal()->Commit();
    if (!committed.ok()) {
      for (Task* other : all) other->terminal()->Abort();
      return committed;
    }
  }
  JobResult result;
  result.schema = plan_.output_schema;
  for (Task* task : all) {
    for (const SourcePtr& source : task->sources()) {
      result.counters.rows_read += source->rows_read();
      result.counters.rows_skipped += source->skipped_rows();
    }
  }
  result.counters.rows_written = state_.rows_written.load();
  if (collect_ != nullptr) {
    result.counters.rows_collected = collect_->rows();
    result.batches = collect_->TakeBatches();
  }
  return result;
}

}  // namespace

int64_t JobResult::num_rows() const {
  int64_t rows = 0;
  for (const Batch& batch : batches) rows += static_cast<int64_t>(batch.num_rows());
  return rows;
}

std::vector<std::string> JobResult::RowStrings() const {
  std::vector<std::string> rows;
  for (const Batch& batch : batches) {
    for (size_t i = 0; i < batch.num_rows(); ++i) rows.push_back(batch.RowToString(i));
  }
  return rows;
}

Result<JobResult> Job::Run(const LogicalNodePtr& plan, const JobOptions& options) {
  return Run(std::vector<LogicalNodePtr>{plan}, options);
}

Result<JobResult> Job::Run(const std::vector<LogicalNodePtr>& plans, const JobOptions& options) {
  PhysicalPlanner planner(PlannerOptions(options));
  SLUICE_ASSIGN_OR_RETURN(PhysicalPlan physical, planner.Plan(plans));
  return Run(physical, options);
}

Result<JobResult> Job::Run(const PhysicalPlan& plan, const JobOptions& options) {
  JobRunner runner(plan, options);
  return runner.Run();
}

Result<std::string> Job::Explain(const LogicalNodePtr& plan, const JobOptions& options) {
  PhysicalPlanner planner(PlannerOptions(options));
  SLUICE_ASSIGN_OR_RETURN(PhysicalPlan physical, planner.Plan(plan));
  return physical.Explain();
}

}  // namespace sluice
