#include "runtime/exchange.h"

#include <utility>

namespace sluice {

std::string ExchangeKindName(ExchangeKind kind) {
  switch (kind) {
    case ExchangeKind::kForward:
      return "forward";
    case ExchangeKind::kHash:
      return "hash";
    case ExchangeKind::kGather:
      return "single";
  }
  return "?";
}

ExchangeSender::ExchangeSender(ExchangeKind kind, std::vector<size_t> keys, int task_index,
                               std::vector<BatchChannel*> channels)
    : kind_(kind), keys_(std::move(keys)), task_index_(task_index), channels_(std::move(channels)) {
  partitions_.resize(channels_.size());
}

ExchangeSender::~ExchangeSender() { Close(); }

Status ExchangeSender::Send(size_t target, Batch batch) {
  // A false return means the consumer is gone (a satisfied LIMIT) or the job is stopping; the
  // driver notices the latter through the job state.
  channels_[target]->Push(std::move(batch));
  return Status::OK();
}

Status ExchangeSender::Push(int /*input*/, Batch batch) {
  const size_t rows = batch.num_rows();
  if (rows == 0 || channels_.empty()) return Status::OK();
  const size_t n = channels_.size();
  if (kind_ == ExchangeKind::kGather || n == 1) return Send(0, std::move(batch));
  if (kind_ == ExchangeKind::kForward) {
    return Send(static_cast<size_t>(task_index_) % n, std::move(batch));
  }
  hashes_.assign(rows, 0);
  if (keys_.empty()) {
    // No key: every row belongs to one group, which task 0 owns.
    return Send(0, std::move(batch));
  }
  for (size_t k = 0; k < keys_.size(); ++k) {
    batch.column(keys_[k])->HashRows(hashes_.data(), /*combine=*/k > 0);
  }
  for (auto& partition : partitions_) partition.clear();
  for (size_t i = 0; i < rows; ++i) {
    // Mix the high bits in: the low bits of some hashes are weak.
    const uint64_t h = hashes_[i] ^ (hashes_[i] >> 29);
    partitions_[h % n].push_back(static_cast<uint32_t>(i));
  }
  for (size_t target = 0; target < n; ++target) {
    const std::vector<uint32_t>& rows_of_target = partitions_[target];
    if (rows_of_target.empty()) continue;
    if (rows_of_target.size() == rows) return Send(target, std::move(batch));
    SLUICE_RETURN_NOT_OK(Send(target, batch.Take(rows_of_target)));
  }
  return Status::OK();
}

Status ExchangeSender::Finish(int /*input*/) {
  Close();
  finished_ = true;
  return Status::OK();
}

void ExchangeSender::Close() {
  if (closed_) return;
  closed_ = true;
  for (BatchChannel* channel : channels_) channel->ProducerDone();
}

bool ExchangeSender::finished() const {
  if (finished_) return true;
  for (BatchChannel* channel : channels_) {
    if (!channel->consumer_closed()) return false;
  }
  return true;
}

}  // namespace sluice
