// DatagenReader: the datagen connector's source reader. Values are computed straight into typed
// columns from a counter-based hash of (row number, column), so a row's values depend only on
// its global row number: the output is reproducible, and the same at every parallelism and
// batch size (sequences and random columns alike). Task i of N reads a contiguous share of a
// bounded table, or every N-th row of an unbounded one.
//
// Throttling: rows-per-second is the whole source's rate, shared by the tasks; the reader
// emits slices of at most a tenth of a second's rows and sleeps (per batch, never per row)
// until a slice is due.
//
// Thread-safety: one task's thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "connectors/connector.h"
#include "connectors/datagen/datagen_field.h"

namespace sluice {

struct DatagenConfig {
  std::vector<DatagenField> fields;  // the projected columns, in output order
  std::vector<size_t> seeds;         // per field: its position among the physical columns
  int64_t rows_per_second = 10000;
  // Total rows of the whole table (all tasks), when bounded: number-of-rows, or the shortest
  // sequence when that is smaller.
  std::optional<int64_t> total_rows;
};

class DatagenReader : public SourceReader {
 public:
  DatagenReader(DatagenConfig config, int task_index, int parallelism, size_t batch_size);

  Result<bool> Next(Batch* out) override;
  bool IsBounded() const override { return config_.total_rows.has_value(); }

 private:
  // Global row number of this task's k-th row.
  int64_t GlobalRow(int64_t k) const;
  void FillColumn(size_t f, int64_t first, size_t n, Column* column) const;

  DatagenConfig config_;
  int task_index_;
  int parallelism_;
  size_t batch_size_;
  int64_t task_begin_ = 0;  // bounded: first global row of this task
  int64_t task_rows_ = -1;  // bounded: rows of this task; -1 unbounded
  int64_t emitted_ = 0;
  double task_rate_ = 0;  // rows per second for this task
  std::optional<std::chrono::steady_clock::time_point> started_;
};

}  // namespace sluice
