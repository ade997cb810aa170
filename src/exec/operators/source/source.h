// Source: the start of a pipeline, pulled by a task's driver loop (runtime/task_driver.h).
//
// A source produces batches of its output schema. The driver calls, from the task's thread,
// Open() once, then Next() until it returns false (bounded sources) or the job stops
// (unbounded sources run until cancelled). Next() must not block for long: an unbounded source
// with nothing ready returns true with an empty batch, and the driver comes back later.
//
// A job of parallelism N opens N instances of a source with task indexes 0..N-1; each produces
// a disjoint share so that their union is the whole input.
//
// Errors from any call stop the whole job.
#pragma once

#include <cstdint>
#include <string>

#include "common/status.h"
#include "exec/operator.h"
#include "vector/batch.h"

namespace sluice {

class Source {
 public:
  virtual ~Source() = default;

  // A short name for EXPLAIN and errors, e.g. "Values".
  virtual std::string Name() const = 0;

  virtual Status Open(ExecContext* context) {
    context_ = context;
    return Status::OK();
  }
  // Fills `out` with the next rows and returns true, or returns false (leaving `out` empty)
  // once a bounded source has nothing more. See the class comment for unbounded sources.
  virtual Result<bool> Next(Batch* out) = 0;
  virtual bool IsBounded() const = 0;
  // Rows read so far (emitted by Next).
  virtual int64_t rows_read() const { return 0; }
  // Rows skipped because of `ignore-parse-errors`.
  virtual int64_t skipped_rows() const { return 0; }

 protected:
  ExecContext* context_ = nullptr;
};

using SourcePtr = std::unique_ptr<Source>;

}  // namespace sluice
