#include "exec/operators/sort/sort_operator.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace sluice {
namespace {

constexpr size_t kMinCompactRows = 4096;

}  // namespace

SortOperator::SortOperator(std::vector<LogicalType> types, std::vector<SortKey> keys,
                           int64_t offset, std::optional<int64_t> fetch)
    : types_(std::move(types)), keys_(std::move(keys)), offset_(offset), fetch_(fetch) {}

Status SortOperator::Push(int /*input*/, Batch batch) {
  if (context_ != nullptr && context_->IsCancelled()) {
    return Status::Cancelled("The query was cancelled.");
  }
  if (batch.num_rows() == 0) return Status::OK();
  if (fetch_.has_value() && *fetch_ == 0) return Status::OK();
  buffered_rows_ += batch.num_rows();
  buffered_.push_back(std::move(batch));
  if (fetch_.has_value()) {
    const size_t limit = static_cast<size_t>(offset_ + *fetch_);
    if (buffered_rows_ >= std::max(kMinCompactRows, 2 * limit)) Compact();
  }
  return Status::OK();
}

std::vector<uint32_t> SortOperator::SortedOrder(const Batch& batch) const {
  std::vector<uint32_t> order(batch.num_rows());
  std::iota(order.begin(), order.end(), uint32_t{0});
  std::vector<const Column*> columns;
  columns.reserve(keys_.size());
  for (const SortKey& key : keys_) columns.push_back(batch.column(key.column).get());
  auto less = [&](uint32_t a, uint32_t b) {
    for (size_t k = 0; k < keys_.size(); ++k) {
      const Column& column = *columns[k];
      const bool a_null = column.IsNull(a);
      const bool b_null = column.IsNull(b);
      if (a_null || b_null) {
        if (a_null && b_null) continue;
        // Exactly one is NULL: it goes first iff NULLS FIRST.
        return a_null == keys_[k].nulls_first;
      }
      int cmp = column.CompareRows(a, column, b);
      if (cmp == 0) continue;
      return keys_[k].ascending ? cmp < 0 : cmp > 0;
    }
    return false;
  };
  std::stable_sort(order.begin(), order.end(), less);
  return order;
}

void SortOperator::Compact() {
  if (buffered_.empty()) return;
  Batch all = buffered_.size() == 1 ? std::move(buffered_[0]) : Batch::Concat(buffered_, types_);
  buffered_.clear();
  std::vector<uint32_t> order = SortedOrder(all);
  if (fetch_.has_value()) {
    const size_t limit = static_cast<size_t>(offset_ + *fetch_);
    if (order.size() > limit) order.resize(limit);
  }
  Batch sorted = all.Take(order);
  buffered_rows_ = sorted.num_rows();
  buffered_.push_back(std::move(sorted));
}

Status SortOperator::Finish(int /*input*/) {
  Compact();
  if (!buffered_.empty()) {
    Batch sorted = std::move(buffered_[0]);
    buffered_.clear();
    size_t begin = std::min(static_cast<size_t>(std::max<int64_t>(offset_, 0)), sorted.num_rows());
    size_t end = sorted.num_rows();
    if (fetch_.has_value()) end = std::min(end, begin + static_cast<size_t>(*fetch_));
    for (size_t at = begin; at < end; at += kDefaultBatchSize) {
      const size_t length = std::min(kDefaultBatchSize, end - at);
      SLUICE_RETURN_NOT_OK(Emit(sorted.Slice(at, length)));
    }
  }
  buffered_rows_ = 0;
  return EmitFinish();
}

std::string SortOperator::Describe(const std::vector<SortKey>& keys, int64_t offset,
                                   std::optional<int64_t> fetch) {
  std::string text = fetch.has_value() ? "SortLimit(orderBy=[" : "Sort(orderBy=[";
  for (size_t i = 0; i < keys.size(); ++i) {
    if (i > 0) text += ", ";
    text += "$" + std::to_string(keys[i].column) + (keys[i].ascending ? " ASC" : " DESC");
    // Only a non-default NULL order is spelled out.
    if (keys[i].nulls_first != keys[i].ascending) {
      text += keys[i].nulls_first ? " NULLS FIRST" : " NULLS LAST";
    }
  }
  text += "]";
  if (fetch.has_value()) {
    text += ", offset=[" + std::to_string(offset) + "], fetch=[" + std::to_string(*fetch) + "]";
  }
  return text + ")";
}

}  // namespace sluice
