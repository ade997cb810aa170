#include "exec/operators/values/values_source.h"

#include <algorithm>
#include <utility>

namespace sluice {

ValuesSource::ValuesSource(std::vector<LogicalType> types, Rows rows, int task_index,
                           int parallelism, size_t batch_size)
    : ValuesSource(std::move(types), std::make_shared<const Rows>(std::move(rows)), task_index,
                   parallelism, batch_size) {}

ValuesSource::ValuesSource(std::vector<LogicalType> types, std::shared_ptr<const Rows> rows,
                           int task_index, int parallelism, size_t batch_size)
    : types_(std::move(types)),
      rows_(std::move(rows)),
      next_(static_cast<size_t>(std::max(task_index, 0))),
      stride_(static_cast<size_t>(std::max(parallelism, 1))),
      batch_size_(std::max<size_t>(batch_size, 1)) {}

Result<bool> ValuesSource::Next(Batch* out) {
  *out = Batch();
  const Rows& rows = *rows_;
  if (next_ >= rows.size()) return false;
  Batch batch = Batch::Make(types_, std::min(batch_size_, rows.size()));
  size_t count = 0;
  while (next_ < rows.size() && count < batch_size_) {
    const std::vector<Value>& row = rows[next_];
    if (row.size() != types_.size()) {
      return Status::InternalError("VALUES row has " + std::to_string(row.size()) +
                                   " fields, expected " + std::to_string(types_.size()));
    }
    SLUICE_RETURN_NOT_OK(batch.AppendRow(row));
    next_ += stride_;
    ++count;
  }
  // A zero-column VALUES row still counts as a row.
  batch.SetNumRows(count);
  rows_read_ += static_cast<int64_t>(count);
  *out = std::move(batch);
  return true;
}

}  // namespace sluice
