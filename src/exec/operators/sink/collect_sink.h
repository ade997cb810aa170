// CollectSink: gathers a query's result batches for the client (SELECT in the CLI and tests).
//
// With a callback, each batch is handed to it as it arrives (streaming output printed as it
// comes) and not kept; an error from the callback stops the job. Without one, batches are kept
// until TakeBatches(). Row kinds are kept either way. The callback runs on the thread of the
// task that owns the sink.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "exec/operators/sink/sink_operator.h"

namespace sluice {

class CollectSink : public SinkOperator {
 public:
  using Callback = std::function<Status(const Batch&)>;

  explicit CollectSink(Callback callback = nullptr) : callback_(std::move(callback)) {}

  std::string Name() const override { return "Collect"; }
  Status Push(int input, Batch batch) override;
  Status Finish(int input) override;

  int64_t rows() const { return rows_; }
  std::vector<Batch> TakeBatches() { return std::move(batches_); }

 private:
  Callback callback_;
  std::vector<Batch> batches_;
  int64_t rows_ = 0;
};

}  // namespace sluice
