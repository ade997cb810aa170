// ValuesSource: emits the literal rows of a VALUES clause (LogicalNode::kValues).
//
// Task `task_index` of `parallelism` emits the rows whose position modulo `parallelism` equals
// its index, in order, in batches of up to `batch_size` rows; so task 0 of a parallelism-1 job
// emits every row in the order written. Every row is +I. The source is bounded.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "exec/operators/source/source.h"
#include "types/value.h"
#include "vector/schema.h"

namespace sluice {

class ValuesSource : public Source {
 public:
  using Rows = std::vector<std::vector<Value>>;

  // `rows` each hold one Value per column of `types`; they are converted per batch.
  ValuesSource(std::vector<LogicalType> types, Rows rows, int task_index = 0,
               int parallelism = 1, size_t batch_size = kDefaultBatchSize);
  // The same over rows shared by the tasks of a job (read-only).
  ValuesSource(std::vector<LogicalType> types, std::shared_ptr<const Rows> rows,
               int task_index = 0, int parallelism = 1, size_t batch_size = kDefaultBatchSize);

  std::string Name() const override { return "Values"; }
  Result<bool> Next(Batch* out) override;
  bool IsBounded() const override { return true; }
  int64_t rows_read() const override { return rows_read_; }

 private:
  std::vector<LogicalType> types_;
  std::shared_ptr<const Rows> rows_;
  size_t next_ = 0;  // the next row position of this task's share
  size_t stride_ = 1;
  size_t batch_size_ = kDefaultBatchSize;
  int64_t rows_read_ = 0;
};

}  // namespace sluice
