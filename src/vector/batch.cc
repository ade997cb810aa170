#include "vector/batch.h"

namespace sluice {

Batch Batch::Make(const std::vector<LogicalType>& types, size_t capacity) {
  std::vector<ColumnPtr> columns;
  columns.reserve(types.size());
  for (const LogicalType& type : types) columns.push_back(Column::Make(type, capacity));
  return Batch(std::move(columns), 0);
}

Result<Batch> Batch::FromRows(const std::vector<LogicalType>& types,
                              const std::vector<std::vector<Value>>& rows,
                              const std::vector<RowKind>& kinds) {
  Batch batch = Make(types, rows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    SLUICE_RETURN_NOT_OK(batch.AppendRow(rows[r], r < kinds.size() ? kinds[r] : RowKind::kInsert));
  }
  return batch;
}

std::vector<LogicalType> Batch::types() const {
  std::vector<LogicalType> out;
  out.reserve(columns_.size());
  for (const auto& c : columns_) out.push_back(c->type());
  return out;
}

void Batch::SetRowKind(size_t i, RowKind kind) {
  if (row_kinds_.empty()) {
    if (kind == RowKind::kInsert) return;
    row_kinds_.assign(num_rows_, RowKind::kInsert);
  }
  row_kinds_[i] = kind;
}

void Batch::SetAllRowKinds(RowKind kind) {
  if (kind == RowKind::kInsert) {
    row_kinds_.clear();
  } else {
    row_kinds_.assign(num_rows_, kind);
  }
}

bool Batch::IsInsertOnly() const {
  for (RowKind k : row_kinds_) {
    if (k != RowKind::kInsert) return false;
  }
  return true;
}

Status Batch::AppendRow(const std::vector<Value>& row, RowKind kind) {
  if (row.size() != columns_.size()) {
    return Status::InternalError("AppendRow: " + std::to_string(row.size()) + " values for " +
                                 std::to_string(columns_.size()) + " columns");
  }
  for (size_t c = 0; c < columns_.size(); ++c) {
    Status st = columns_[c]->AppendValue(row[c]);
    if (!st.ok()) {
      for (size_t k = 0; k < c; ++k) columns_[k]->Resize(num_rows_);
      return st;
    }
  }
  PushRowKind(kind);
  return Status::OK();
}

void Batch::AppendRowFrom(const Batch& other, size_t row) {
  for (size_t c = 0; c < columns_.size(); ++c) columns_[c]->AppendFrom(*other.columns_[c], row);
  PushRowKind(other.row_kind(row));
}

void Batch::PushRowKind(RowKind kind) {
  if (kind != RowKind::kInsert || !row_kinds_.empty()) {
    if (row_kinds_.empty()) row_kinds_.assign(num_rows_, RowKind::kInsert);
    row_kinds_.push_back(kind);
  }
  ++num_rows_;
}

std::vector<Value> Batch::GetRow(size_t i) const {
  std::vector<Value> row;
  row.reserve(columns_.size());
  for (const auto& c : columns_) row.push_back(c->GetValue(i));
  return row;
}

Batch Batch::Take(const uint32_t* rows, size_t count) const {
  std::vector<ColumnPtr> columns;
  columns.reserve(columns_.size());
  for (const auto& c : columns_) columns.push_back(c->Take(rows, count));
  std::vector<RowKind> kinds;
  if (!row_kinds_.empty()) {
    kinds.reserve(count);
    for (size_t k = 0; k < count; ++k) kinds.push_back(row_kinds_[rows[k]]);
  }
  return Batch(std::move(columns), count, std::move(kinds));
}

Batch Batch::Slice(size_t offset, size_t length) const {
  std::vector<ColumnPtr> columns;
  columns.reserve(columns_.size());
  for (const auto& c : columns_) columns.push_back(c->Slice(offset, length));
  std::vector<RowKind> kinds;
  if (!row_kinds_.empty()) {
    kinds.assign(row_kinds_.begin() + offset, row_kinds_.begin() + offset + length);
  }
  return Batch(std::move(columns), length, std::move(kinds));
}

Batch Batch::Project(const std::vector<size_t>& indices) const {
  std::vector<ColumnPtr> columns;
  columns.reserve(indices.size());
  for (size_t i : indices) columns.push_back(columns_[i]);
  return Batch(std::move(columns), num_rows_, row_kinds_);
}

Batch Batch::Concat(const std::vector<Batch>& batches, const std::vector<LogicalType>& types) {
  size_t total = 0;
  bool kinds = false;
  for (const Batch& b : batches) {
    total += b.num_rows();
    kinds = kinds || b.has_row_kinds();
  }
  Batch out = Make(types, total);
  for (const Batch& b : batches) {
    for (size_t c = 0; c < types.size(); ++c) {
      out.columns_[c]->AppendRange(*b.columns_[c], 0, b.num_rows());
    }
    if (kinds) {
      for (size_t r = 0; r < b.num_rows(); ++r) out.row_kinds_.push_back(b.row_kind(r));
    }
    out.num_rows_ += b.num_rows();
  }
  return out;
}

std::string Batch::RowToString(size_t i) const {
  std::string out(ShortString(row_kind(i)));
  out += '[';
  for (size_t c = 0; c < columns_.size(); ++c) {
    if (c > 0) out += ", ";
    out += columns_[c]->ToString(i);
  }
  out += ']';
  return out;
}

std::string Batch::ToString() const {
  std::string out;
  for (size_t i = 0; i < num_rows_; ++i) {
    if (i > 0) out += '\n';
    out += RowToString(i);
  }
  return out;
}

}  // namespace sluice
