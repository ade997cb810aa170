#include "exec/operators/sink/collect_sink.h"

#include <utility>

namespace sluice {

Status CollectSink::Push(int /*input*/, Batch batch) {
  if (batch.num_rows() == 0) return Status::OK();
  rows_ += static_cast<int64_t>(batch.num_rows());
  if (callback_) return callback_(batch);
  batches_.push_back(std::move(batch));
  return Status::OK();
}

Status CollectSink::Finish(int /*input*/) {
  finished_ = true;
  return Status::OK();
}

}  // namespace sluice
