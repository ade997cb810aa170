// SelectionVector: the active rows of a batch, as ascending row indices.
//
// Expression evaluators pass one to kernels so that rows filtered out (or not selected by a CASE
// branch, an AND/OR short circuit, a COALESCE) are never computed. Indices are ascending and
// unique unless a producer documents otherwise. `is_identity()` says the selection is exactly
// rows 0..size()-1, so a kernel may run a plain loop without indirection.
//
// Thread-safety: a plain value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <numeric>
#include <utility>
#include <vector>

namespace sluice {

class SelectionVector {
 public:
  SelectionVector() = default;
  // Selects the listed rows.
  explicit SelectionVector(std::vector<uint32_t> rows) : rows_(std::move(rows)) {
    identity_ = IsIota();
  }
  // Selects rows 0..count-1.
  static SelectionVector All(size_t count) {
    SelectionVector s;
    s.rows_.resize(count);
    std::iota(s.rows_.begin(), s.rows_.end(), uint32_t{0});
    s.identity_ = true;
    return s;
  }

  size_t size() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }
  uint32_t operator[](size_t i) const { return rows_[i]; }
  const uint32_t* data() const { return rows_.data(); }
  std::vector<uint32_t>::const_iterator begin() const { return rows_.begin(); }
  std::vector<uint32_t>::const_iterator end() const { return rows_.end(); }
  const std::vector<uint32_t>& indices() const { return rows_; }
  bool is_identity() const { return identity_; }

  void clear() {
    rows_.clear();
    identity_ = true;
  }
  void reserve(size_t n) { rows_.reserve(n); }
  // Adds a row; keep indices ascending.
  void push_back(uint32_t row) {
    if (row != rows_.size()) identity_ = false;
    rows_.push_back(row);
  }

 private:
  bool IsIota() const {
    for (size_t i = 0; i < rows_.size(); ++i) {
      if (rows_[i] != i) return false;
    }
    return true;
  }

  std::vector<uint32_t> rows_;
  bool identity_ = true;  // rows_ == 0..size()-1
};

}  // namespace sluice
