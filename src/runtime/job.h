// Job: runs a logical plan (a query or INSERTs) to completion, cancellation or error.
//
// Run plans the physical pipeline (runtime/physical_planner.h), builds `parallelism` tasks per
// fragment, runs them (one thread per task; a single-fragment, single-task plan runs on the
// calling thread), and returns the collected rows and the counters. Tasks are connected by
// bounded channels (options.channel_capacity batches each), so a slow consumer, such as a
// result callback that prints, slows the sources instead of growing memory.
//
// Results: with `on_batch` set, each result batch is handed to it as it arrives, from the
// thread of the collecting task, and JobResult::batches stays empty; otherwise the batches are
// returned. Batches keep their row kinds (a streaming changelog: +I, -U, +U, -D).
//
// Stopping: bounded sources end the job when exhausted; unbounded ones (datagen without
// number-of-rows) run until the cancel flag is set, then Run returns Status::Cancelled("The
// query was cancelled."). An error in any task stops every task and Run returns that first
// error. INSERT sinks are committed only when every task succeeded, and aborted otherwise.
//
// Thread-safety: Run may be called from any thread; the cancel flag may be set from any thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "common/status.h"
#include "connectors/connector.h"
#include "function/scalar_function.h"
#include "planner/logical_plan.h"
#include "runtime/physical_plan.h"
#include "vector/batch.h"

namespace sluice {

struct JobOptions {
  bool streaming = true;  // execution.runtime-mode
  int parallelism = 1;    // parallelism.default
  // Set from another thread to cancel; may be null.
  const std::atomic<bool>* cancel_requested = nullptr;
  // Receives each result batch as it arrives (see the class comment); may be empty.
  std::function<Status(const Batch&)> on_batch;
  KernelContext kernel_context;
  size_t batch_size = kDefaultBatchSize;
  size_t channel_capacity = 4;  // batches per channel
  // Where scans and sinks find connectors; null means ConnectorRegistry::Builtins().
  const ConnectorRegistry* connectors = nullptr;
};

struct JobCounters {
  int64_t rows_read = 0;     // produced by the sources
  int64_t rows_skipped = 0;  // skipped by ignore-parse-errors
  int64_t rows_written = 0;  // written into INSERT sinks
  int64_t rows_collected = 0;  // result rows (handed to on_batch or returned)
};

struct JobResult {
  Schema schema;  // of the result (empty for INSERT)
  std::vector<Batch> batches;
  JobCounters counters;

  int64_t num_rows() const;
  // Every result row as "+I[1, abc]" (Batch::RowToString), in arrival order; for tests.
  std::vector<std::string> RowStrings() const;
};

class Job {
 public:
  static Result<JobResult> Run(const LogicalNodePtr& plan, const JobOptions& options);
  // Several INSERTs (EXECUTE STATEMENT SET) as one job.
  static Result<JobResult> Run(const std::vector<LogicalNodePtr>& plans,
                               const JobOptions& options);
  // Runs an already planned pipeline.
  static Result<JobResult> Run(const PhysicalPlan& plan, const JobOptions& options);

  // The physical plan's EXPLAIN text for `plan` under `options` (parallelism shows as
  // exchanges).
  static Result<std::string> Explain(const LogicalNodePtr& plan, const JobOptions& options);
};

}  // namespace sluice
