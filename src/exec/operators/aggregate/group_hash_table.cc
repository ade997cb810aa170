#include "exec/operators/aggregate/group_hash_table.h"

namespace sluice {
namespace {

constexpr size_t kInitialSlots = 1024;

inline uint64_t MixInt(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

}  // namespace

GroupHashTable::GroupHashTable(std::vector<LogicalType> key_types)
    : key_types_(std::move(key_types)) {
  for (const LogicalType& type : key_types_) key_columns_.push_back(Column::Make(type));
  if (key_types_.size() == 1) {
    PhysicalType physical = PhysicalTypeOf(key_types_[0].id());
    if (physical == PhysicalType::kInt32) fast_path_ = FastPath::kInt32;
    if (physical == PhysicalType::kInt64) fast_path_ = FastPath::kInt64;
  }
  if (!key_types_.empty()) {
    slots_.assign(kInitialSlots, kNoGroup);
    mask_ = kInitialSlots - 1;
  }
}

void GroupHashTable::Lookup(const std::vector<const Column*>& keys, const SelectionVector& rows,
                            bool insert, uint32_t* groups) {
  if (key_types_.empty()) return LookupGlobal(rows, insert, groups);
  switch (fast_path_) {
    case FastPath::kInt32:
      return LookupFixed<int32_t>(*keys[0], rows, insert, groups);
    case FastPath::kInt64:
      return LookupFixed<int64_t>(*keys[0], rows, insert, groups);
    case FastPath::kNone:
      return LookupGeneric(keys, rows, insert, groups);
  }
}

void GroupHashTable::LookupGlobal(const SelectionVector& rows, bool insert, uint32_t* groups) {
  if (num_groups_ == 0 && insert && !rows.empty()) num_groups_ = 1;
  const uint32_t group = num_groups_ == 0 ? kNoGroup : 0;
  for (size_t i = 0; i < rows.size(); ++i) groups[i] = group;
}

template <typename T>
void GroupHashTable::LookupFixed(const Column& key, const SelectionVector& rows, bool insert,
                                 uint32_t* groups) {
  const T* values = key.Data<T>();
  const bool nulls = key.MayHaveNulls();
  const T* stored = key_columns_[0]->Data<T>();
  const std::vector<const Column*> key_list = {&key};
  for (size_t i = 0; i < rows.size(); ++i) {
    const uint32_t row = rows[i];
    if (nulls && key.IsNull(row)) {
      if (null_group_ == kNoGroup && insert) {
        null_group_ = static_cast<uint32_t>(num_groups_);
        key_columns_[0]->AppendNull();
        group_hashes_.push_back(0);
        ++num_groups_;
        stored = key_columns_[0]->Data<T>();
      }
      groups[i] = null_group_;
      continue;
    }
    const T v = values[row];
    const uint64_t hash = MixInt(static_cast<uint64_t>(static_cast<int64_t>(v)));
    uint64_t slot = hash & mask_;
    while (true) {
      const uint32_t g = slots_[slot];
      if (g == kNoGroup) {
        if (!insert) {
          groups[i] = kNoGroup;
        } else {
          const uint32_t created = static_cast<uint32_t>(num_groups_++);
          key_columns_[0]->Append<T>(v);
          group_hashes_.push_back(hash);
          slots_[slot] = created;
          groups[i] = created;
          MaybeGrow();
          stored = key_columns_[0]->Data<T>();
        }
        break;
      }
      if (stored[g] == v) {
        groups[i] = g;
        break;
      }
      slot = (slot + 1) & mask_;
    }
  }
}

void GroupHashTable::LookupGeneric(const std::vector<const Column*>& keys,
                                   const SelectionVector& rows, bool insert, uint32_t* groups) {
  const size_t n = keys[0]->size();
  hash_buffer_.resize(n);
  for (size_t k = 0; k < keys.size(); ++k) keys[k]->HashRows(hash_buffer_.data(), k > 0);
  for (size_t i = 0; i < rows.size(); ++i) {
    const uint32_t row = rows[i];
    const uint64_t hash = hash_buffer_[row];
    uint64_t slot = hash & mask_;
    while (true) {
      const uint32_t g = slots_[slot];
      if (g == kNoGroup) {
        if (!insert) {
          groups[i] = kNoGroup;
        } else {
          const uint32_t created = NewGroup(keys, row, hash);
          slots_[slot] = created;
          groups[i] = created;
          MaybeGrow();
        }
        break;
      }
      if (group_hashes_[g] == hash && KeysEqual(g, keys, row)) {
        groups[i] = g;
        break;
      }
      slot = (slot + 1) & mask_;
    }
  }
}

bool GroupHashTable::KeysEqual(uint32_t group, const std::vector<const Column*>& keys,
                               uint32_t row) const {
  for (size_t k = 0; k < keys.size(); ++k) {
    if (key_columns_[k]->CompareRows(group, *keys[k], row) != 0) return false;
  }
  return true;
}

uint32_t GroupHashTable::NewGroup(const std::vector<const Column*>& keys, uint32_t row,
                                  uint64_t hash) {
  for (size_t k = 0; k < keys.size(); ++k) key_columns_[k]->AppendFrom(*keys[k], row);
  group_hashes_.push_back(hash);
  return static_cast<uint32_t>(num_groups_++);
}

void GroupHashTable::MaybeGrow() {
  if (num_groups_ * 2 <= slots_.size()) return;
  const size_t capacity = slots_.size() * 2;
  slots_.assign(capacity, kNoGroup);
  mask_ = capacity - 1;
  for (uint32_t g = 0; g < num_groups_; ++g) {
    if (g == null_group_) continue;
    uint64_t slot = group_hashes_[g] & mask_;
    while (slots_[slot] != kNoGroup) slot = (slot + 1) & mask_;
    slots_[slot] = g;
  }
}

std::vector<ColumnPtr> GroupHashTable::TakeKeys(const uint32_t* groups, size_t count) const {
  std::vector<ColumnPtr> result;
  result.reserve(key_columns_.size());
  for (const ColumnPtr& column : key_columns_) result.push_back(column->Take(groups, count));
  return result;
}

size_t GroupHashTable::memory_bytes() const {
  size_t bytes = slots_.size() * sizeof(uint32_t) + group_hashes_.capacity() * sizeof(uint64_t);
  for (const ColumnPtr& column : key_columns_) {
    bytes += column->capacity() * PhysicalWidth(column->physical_type());
  }
  return bytes;
}

}  // namespace sluice
