// Task: one thread's share of a fragment: its operator instances, its inputs (sources and
// exchange channels) and its terminal (exchange sender, result collector or connector sink),
// and the driver loop that moves batches through them.
//
// The loop pulls its inputs in turn, one batch each per round (a join's or a union's inputs
// alternate), pushes each batch into the operator that reads that input, and calls
// Finish(input) when an input ends. It never blocks on an input: when no input had anything
// it sleeps on its TaskNotifier, which channels feeding it signal. It stops when every input
// ended, when the terminal wants no more rows (a satisfied LIMIT), when the job stops (an
// error in any task, or the cancel flag), or when an operator fails.
//
// Thread-safety: built on the job's thread, then Run() on the task's own thread; the job reads
// the results after joining it.
#pragma once

#include <memory>
#include <vector>

#include "exec/operator.h"
#include "exec/operators/sink/sink_operator.h"
#include "exec/operators/source/source.h"
#include "runtime/channel.h"
#include "runtime/job_state.h"

namespace sluice {

class Task {
 public:
  Task(int fragment, int task_index, ExecContext context, JobState* state)
      : fragment_(fragment), task_index_(task_index), context_(std::move(context)),
        state_(state) {}

  int fragment() const { return fragment_; }
  int task_index() const { return task_index_; }
  TaskNotifier* notifier() { return &notifier_; }

  // ---- Building (before Run). Operators are added downstream first. ----
  void AddOperator(OperatorPtr op) { operators_.push_back(std::move(op)); }
  void AddSource(SourcePtr source, Operator* target, int target_input);
  void AddChannel(BatchChannel* channel, Operator* target, int target_input);
  void SetTerminal(std::unique_ptr<SinkOperator> terminal) { terminal_ = std::move(terminal); }
  SinkOperator* terminal() const { return terminal_.get(); }

  // Opens everything and drives the loop until the task ends; on the way out it closes its
  // input channels and tells its exchange consumers that it is done, whatever happened.
  Status Run();

  const std::vector<SourcePtr>& sources() const { return sources_; }

 private:
  struct Input {
    Source* source = nullptr;
    BatchChannel* channel = nullptr;
    Operator* target = nullptr;
    int target_input = 0;
    bool done = false;
  };

  Status Loop();
  Status StopStatus() const;

  int fragment_;
  int task_index_;
  ExecContext context_;
  JobState* state_;
  TaskNotifier notifier_;
  std::vector<OperatorPtr> operators_;
  std::vector<SourcePtr> sources_;
  std::vector<Input> inputs_;
  std::unique_ptr<SinkOperator> terminal_;
};

}  // namespace sluice
