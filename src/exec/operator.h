// Operator: one step of a push-based pipeline (DESIGN.md §2).
//
// An operator receives batches from one or more inputs, does its work a column at a time, and
// pushes result batches to its single downstream operator. The runtime calls, for one operator
// instance, from one thread (a task): Open() once, then any number of Push() calls per input in
// order, then Finish(input) once per input. Operators that keep state until the end (batch-mode
// aggregate, sort, hash-join build side) emit in Finish(); streaming operators emit as they go,
// with row kinds (+I, -U, +U, -D) in the batch. An operator calls EmitFinish() once, after its
// last Emit, when all its inputs have finished.
//
// Errors returned from any call stop the whole job; they are user errors when caused by data
// (a bad cast, division by zero) and name the operator's SQL construct.
//
// Checkpoints and watermarks come with their issues; design state so it can be snapshotted
// (keep it in members, not in thread-locals or static caches).
#pragma once

#include <atomic>
#include <memory>
#include <string>

#include "common/status.h"
#include "function/scalar_function.h"
#include "vector/batch.h"

namespace sluice {

// What every operator of a job can see: the mode, the function context, cancellation.
struct ExecContext {
  bool streaming = true;  // execution.runtime-mode
  KernelContext kernel_context;
  // Set by Session::Cancel(); long loops check it and return Status::Cancelled.
  const std::atomic<bool>* cancel_requested = nullptr;
  bool IsCancelled() const {
    return cancel_requested != nullptr && cancel_requested->load(std::memory_order_relaxed);
  }
};

class Operator {
 public:
  virtual ~Operator() = default;

  // A short name for EXPLAIN and errors, e.g. "HashAggregate".
  virtual std::string Name() const = 0;

  virtual Status Open(ExecContext* context) {
    context_ = context;
    return Status::OK();
  }
  // Consumes a batch of input `input` (0 for single-input operators).
  virtual Status Push(int input, Batch batch) = 0;
  // Input `input` has ended.
  virtual Status Finish(int input) = 0;

  // Wires this operator's output to `downstream`'s input `downstream_input`.
  void SetOutput(Operator* downstream, int downstream_input) {
    downstream_ = downstream;
    downstream_input_ = downstream_input;
  }

 protected:
  Status Emit(Batch batch) {
    if (batch.num_rows() == 0 || downstream_ == nullptr) return Status::OK();
    return downstream_->Push(downstream_input_, std::move(batch));
  }
  Status EmitFinish() {
    return downstream_ == nullptr ? Status::OK() : downstream_->Finish(downstream_input_);
  }

  ExecContext* context_ = nullptr;

 private:
  Operator* downstream_ = nullptr;
  int downstream_input_ = 0;
};

using OperatorPtr = std::unique_ptr<Operator>;

}  // namespace sluice
