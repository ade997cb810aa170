// GroupHashTable: maps the key rows of a GROUP BY (or a DISTINCT, a set operation) to dense
// group ids 0, 1, 2, ... in order of first appearance, and keeps each group's key values.
//
// Keys may be of any type; NULL keys are equal to each other (NULLs group together), numbers
// compare by value as Column::CompareRows. Keys are stored column-wise (one Column per key, row
// g = group g), so a fixed-width key costs its width plus 12 bytes of table per group and no
// heap allocation per group. A single INT/BIGINT-like key takes a specialized probe loop.
//
// Thread-safety: none; owned by one operator instance.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "vector/column.h"
#include "vector/selection_vector.h"

namespace sluice {

class GroupHashTable {
 public:
  static constexpr uint32_t kNoGroup = std::numeric_limits<uint32_t>::max();

  // `key_types` are the types of the key columns Lookup receives (in key order); none means one
  // global group.
  explicit GroupHashTable(std::vector<LogicalType> key_types);

  // Finds the group of each row `rows[i]` of `keys` (columns of one batch, in key order) and
  // writes it to groups[i]. With `insert`, missing keys become new groups; otherwise their rows
  // get kNoGroup.
  void Lookup(const std::vector<const Column*>& keys, const SelectionVector& rows, bool insert,
              uint32_t* groups);

  size_t num_groups() const { return num_groups_; }
  size_t num_keys() const { return key_columns_.size(); }
  const Column& key_column(size_t k) const { return *key_columns_[k]; }
  // The key columns of the listed groups, in that order.
  std::vector<ColumnPtr> TakeKeys(const uint32_t* groups, size_t count) const;
  // Approximate bytes held (table, hashes, key columns' fixed-width data).
  size_t memory_bytes() const;

 private:
  enum class FastPath { kNone, kInt32, kInt64 };

  template <typename T>
  void LookupFixed(const Column& key, const SelectionVector& rows, bool insert, uint32_t* groups);
  void LookupGeneric(const std::vector<const Column*>& keys, const SelectionVector& rows,
                     bool insert, uint32_t* groups);
  void LookupGlobal(const SelectionVector& rows, bool insert, uint32_t* groups);
  bool KeysEqual(uint32_t group, const std::vector<const Column*>& keys, uint32_t row) const;
  uint32_t NewGroup(const std::vector<const Column*>& keys, uint32_t row, uint64_t hash);
  void MaybeGrow();

  std::vector<LogicalType> key_types_;
  std::vector<ColumnPtr> key_columns_;
  FastPath fast_path_ = FastPath::kNone;
  size_t num_groups_ = 0;
  std::vector<uint32_t> slots_;  // open addressing, linear probing; kNoGroup = empty
  uint64_t mask_ = 0;
  std::vector<uint64_t> group_hashes_;  // per group, for probing and rehashing
  uint32_t null_group_ = kNoGroup;      // the fast path keeps the NULL key out of the table
  std::vector<uint64_t> hash_buffer_;
};

}  // namespace sluice
