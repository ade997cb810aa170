// Batch: the unit operators exchange (DESIGN.md §2): equally long columns plus row kinds.
//
// A batch holds up to a few thousand rows (kDefaultBatchSize) as one Column per field, and an
// optional row-kind vector for changelogs: when row_kinds() is empty every row is +I (an
// append-only batch), otherwise it has exactly num_rows() entries.
//
// Ownership: a Batch shares its columns (ColumnPtr). Copying a Batch is cheap and shares the
// columns; once a batch is emitted downstream its columns are immutable by convention (see
// column.h): Take/Slice/Project build new batches instead of mutating.
//
// Building: Make() creates empty columns of the schema types; fill them with AppendRow (slow,
// for tests and VALUES) or through the columns, then call SetNumRows / SyncNumRows so that
// num_rows() agrees with the columns (a batch with zero columns, e.g. SELECT COUNT(*) input
// after projection, still has a row count).
//
// Thread-safety: none; a batch is used by one task at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/status.h"
#include "types/value.h"
#include "vector/column.h"
#include "vector/row_kind.h"
#include "vector/schema.h"
#include "vector/selection_vector.h"

namespace sluice {

inline constexpr size_t kDefaultBatchSize = 2048;

class Batch {
 public:
  Batch() = default;
  // Takes the columns; they must all have `num_rows` rows.
  Batch(std::vector<ColumnPtr> columns, size_t num_rows)
      : columns_(std::move(columns)), num_rows_(num_rows) {}
  Batch(std::vector<ColumnPtr> columns, size_t num_rows, std::vector<RowKind> row_kinds)
      : columns_(std::move(columns)), num_rows_(num_rows), row_kinds_(std::move(row_kinds)) {}

  // An empty batch with one empty column per type, each with room for `capacity` rows.
  static Batch Make(const std::vector<LogicalType>& types, size_t capacity = kDefaultBatchSize);
  // A batch of `rows` (each with one Value per type), all +I unless `kinds` is given.
  static Result<Batch> FromRows(const std::vector<LogicalType>& types,
                                const std::vector<std::vector<Value>>& rows,
                                const std::vector<RowKind>& kinds = {});

  size_t num_rows() const { return num_rows_; }
  size_t num_columns() const { return columns_.size(); }
  bool empty() const { return num_rows_ == 0; }

  const ColumnPtr& column(size_t i) const { return columns_[i]; }
  Column* mutable_column(size_t i) { return columns_[i].get(); }
  const std::vector<ColumnPtr>& columns() const { return columns_; }
  std::vector<ColumnPtr>& mutable_columns() { return columns_; }
  void SetColumn(size_t i, ColumnPtr column) { columns_[i] = std::move(column); }
  void AddColumn(ColumnPtr column) { columns_.push_back(std::move(column)); }
  std::vector<LogicalType> types() const;

  // Declares the row count after filling columns directly.
  void SetNumRows(size_t rows) { num_rows_ = rows; }
  // Sets num_rows() to the first column's length (no-op without columns).
  void SyncNumRows() {
    if (!columns_.empty()) num_rows_ = columns_[0]->size();
  }

  // ---- Row kinds. ----
  // True when the batch carries explicit row kinds (else every row is +I).
  bool has_row_kinds() const { return !row_kinds_.empty(); }
  const std::vector<RowKind>& row_kinds() const { return row_kinds_; }
  std::vector<RowKind>& mutable_row_kinds() { return row_kinds_; }
  RowKind row_kind(size_t i) const { return row_kinds_.empty() ? RowKind::kInsert : row_kinds_[i]; }
  // Sets the kind of row i, materializing the row-kind vector (all +I) on first use.
  void SetRowKind(size_t i, RowKind kind);
  // Sets every row's kind (an empty vector when kind is +I).
  void SetAllRowKinds(RowKind kind);
  // True when every row is +I.
  bool IsInsertOnly() const;

  // ---- Slow row access (tests, VALUES, printing). ----
  // Appends one row (one Value per column) of kind `kind`; errors as Column::AppendValue.
  Status AppendRow(const std::vector<Value>& row, RowKind kind = RowKind::kInsert);
  // Appends row `row` of `other` (same column types), with its row kind.
  void AppendRowFrom(const Batch& other, size_t row);
  std::vector<Value> GetRow(size_t i) const;

  // ---- New batches (sharing string heaps; Project shares columns). ----
  Batch Take(const std::vector<uint32_t>& rows) const { return Take(rows.data(), rows.size()); }
  Batch Take(const SelectionVector& rows) const { return Take(rows.data(), rows.size()); }
  Batch Take(const uint32_t* rows, size_t count) const;
  Batch Slice(size_t offset, size_t length) const;
  // The listed columns (repeats allowed), sharing them; row kinds kept.
  Batch Project(const std::vector<size_t>& indices) const;
  // Concatenates batches with the same column types (row kinds kept).
  static Batch Concat(const std::vector<Batch>& batches, const std::vector<LogicalType>& types);

  // One line per row, "+I[1, abc, NULL]" as Flink's Row.toString / the print connector, rows
  // separated by '\n' (no trailing newline).
  std::string ToString() const;
  // "+I[1, abc]" for row i.
  std::string RowToString(size_t i) const;

 private:
  // Records the kind of a row just appended to the columns and counts it.
  void PushRowKind(RowKind kind);

  std::vector<ColumnPtr> columns_;
  size_t num_rows_ = 0;
  std::vector<RowKind> row_kinds_;  // empty = all +I
};

}  // namespace sluice
