// Column storage management: allocation, resizing, validity, bulk appends, Take and Slice.
// Value conversion is in column_value.cc; comparison and hashing in column_hash.cc.
#include "vector/column.h"

#include <algorithm>
#include <bit>
#include <cstdlib>

namespace sluice {

PhysicalType PhysicalTypeOf(TypeId id) {
  switch (id) {
    case TypeId::kBoolean:
      return PhysicalType::kBool;
    case TypeId::kTinyInt:
      return PhysicalType::kInt8;
    case TypeId::kSmallInt:
      return PhysicalType::kInt16;
    case TypeId::kInt:
    case TypeId::kDate:
    case TypeId::kIntervalYearMonth:
      return PhysicalType::kInt32;
    case TypeId::kBigInt:
    case TypeId::kTime:
    case TypeId::kTimestamp:
    case TypeId::kTimestampLtz:
    case TypeId::kIntervalDayTime:
      return PhysicalType::kInt64;
    case TypeId::kFloat:
      return PhysicalType::kFloat;
    case TypeId::kDouble:
      return PhysicalType::kDouble;
    case TypeId::kDecimal:
      return PhysicalType::kInt128;
    case TypeId::kChar:
    case TypeId::kVarChar:
    case TypeId::kBinary:
    case TypeId::kVarBinary:
      return PhysicalType::kString;
    case TypeId::kArray:
    case TypeId::kMultiset:
      return PhysicalType::kList;
    case TypeId::kMap:
      return PhysicalType::kMap;
    case TypeId::kRow:
      return PhysicalType::kRow;
    case TypeId::kNull:
      return PhysicalType::kNull;
  }
  return PhysicalType::kNull;
}

size_t PhysicalWidth(PhysicalType type) {
  switch (type) {
    case PhysicalType::kBool:
    case PhysicalType::kInt8:
      return 1;
    case PhysicalType::kInt16:
      return 2;
    case PhysicalType::kInt32:
    case PhysicalType::kFloat:
      return 4;
    case PhysicalType::kInt64:
    case PhysicalType::kDouble:
      return 8;
    case PhysicalType::kInt128:
    case PhysicalType::kString:
      return 16;
    default:
      return 0;
  }
}

namespace {

size_t Words(size_t rows) { return (rows + 63) / 64; }

bool IsListLike(PhysicalType p) { return p == PhysicalType::kList || p == PhysicalType::kMap; }

template <typename T>
void Gather(T* dst, const T* src, const uint32_t* rows, size_t count) {
  for (size_t k = 0; k < count; ++k) dst[k] = src[rows[k]];
}

}  // namespace

Column::Column(const LogicalType& type, size_t capacity)
    : type_(type),
      physical_(PhysicalTypeOf(type.id())),
      width_(static_cast<uint8_t>(PhysicalWidth(physical_))) {
  switch (physical_) {
    case PhysicalType::kList:
      children_.push_back(Make(type.element_type()));
      offsets_.push_back(0);
      break;
    case PhysicalType::kMap:
      children_.push_back(Make(type.key_type()));
      children_.push_back(Make(type.value_type()));
      offsets_.push_back(0);
      break;
    case PhysicalType::kRow:
      for (const RowField& field : type.fields()) children_.push_back(Make(*field.type, capacity));
      break;
    default:
      break;
  }
  if (physical_ == PhysicalType::kNull) has_nulls_ = true;
  if (capacity > 0) Grow(capacity);
}

Column::~Column() { std::free(data_); }

void Column::Grow(size_t min_capacity) {
  size_t new_capacity = std::max({min_capacity, capacity_ * 2, size_t{16}});
  if (width_ > 0) {
    size_t bytes = (new_capacity * width_ + 63) / 64 * 64;
    auto* fresh = static_cast<uint8_t*>(std::aligned_alloc(64, bytes));
    if (size_ > 0) std::memcpy(fresh, data_, size_ * width_);
    std::free(data_);
    data_ = fresh;
  }
  if (has_nulls_) validity_.resize(Words(new_capacity), ~uint64_t{0});
  if (IsListLike(physical_)) offsets_.reserve(new_capacity + 1);
  capacity_ = new_capacity;
}

void Column::MaterializeValidity() {
  validity_.assign(Words(std::max(capacity_, size_)), ~uint64_t{0});
  has_nulls_ = true;
}

void Column::SetValidRange(size_t begin, size_t end) {
  if (!has_nulls_) return;
  for (size_t i = begin; i < end; ++i) validity_[i >> 6] |= uint64_t{1} << (i & 63);
}

void Column::Resize(size_t rows) {
  if (rows > capacity_) Grow(rows);
  if (rows > size_) {
    if (width_ > 0) std::memset(data_ + size_ * width_, 0, (rows - size_) * width_);
    if (physical_ != PhysicalType::kNull) SetValidRange(size_, rows);
    if (physical_ == PhysicalType::kNull) {
      for (size_t i = size_; i < rows; ++i) validity_[i >> 6] &= ~(uint64_t{1} << (i & 63));
    }
    if (IsListLike(physical_)) offsets_.resize(rows + 1, offsets_[size_]);
  } else if (IsListLike(physical_)) {
    offsets_.resize(rows + 1);
    for (auto& child : children_) child->Resize(offsets_[rows]);
  }
  if (physical_ == PhysicalType::kRow) {
    for (auto& child : children_) child->Resize(rows);
  }
  size_ = rows;
}

void Column::Clear() {
  Resize(0);
  for (auto& child : children_) child->Clear();
  heap_.reset();
  shared_heaps_.clear();
  if (physical_ != PhysicalType::kNull) {
    has_nulls_ = false;
    validity_.clear();
  }
}

size_t Column::null_count() const {
  if (!has_nulls_) return 0;
  size_t valid = 0;
  size_t full = size_ / 64;
  for (size_t w = 0; w < full; ++w) valid += static_cast<size_t>(std::popcount(validity_[w]));
  if (size_ % 64 != 0) {
    uint64_t mask = (uint64_t{1} << (size_ % 64)) - 1;
    valid += static_cast<size_t>(std::popcount(validity_[full] & mask));
  }
  return size_ - valid;
}

void Column::ShareHeapsOf(const Column& other) {
  auto add = [&](const std::shared_ptr<const StringHeap>& heap) {
    if (heap == nullptr || heap == heap_) return;
    for (const auto& h : shared_heaps_) {
      if (h == heap) return;
    }
    shared_heaps_.push_back(heap);
  };
  add(other.heap_);
  for (const auto& h : other.shared_heaps_) add(h);
}

void Column::AppendListEnd() {
  assert(IsListLike(physical_));
  if (size_ == capacity_) Grow(size_ + 1);
  offsets_.push_back(static_cast<uint32_t>(children_[0]->size()));
  ++size_;
  if (has_nulls_) SetValid(size_ - 1);
}

void Column::AppendNull() {
  if (size_ == capacity_) Grow(size_ + 1);
  if (width_ > 0) std::memset(data_ + size_ * width_, 0, width_);
  if (IsListLike(physical_)) offsets_.push_back(offsets_[size_]);
  if (physical_ == PhysicalType::kRow) {
    for (auto& child : children_) child->AppendNull();
  }
  ++size_;
  SetNull(size_ - 1);
}

void Column::AppendFrom(const Column& other, size_t row) {
  uint32_t r = static_cast<uint32_t>(row);
  AppendRowsImpl(other, &r, 0, 1, false);
}

void Column::AppendRange(const Column& other, size_t begin, size_t end) {
  if (end > begin) AppendRowsImpl(other, nullptr, begin, end - begin, false);
}

void Column::AppendSelected(const Column& other, const uint32_t* rows, size_t count) {
  if (count > 0) AppendRowsImpl(other, rows, 0, count, false);
}

void Column::AppendRowsImpl(const Column& other, const uint32_t* rows, size_t begin, size_t count,
                            bool share_strings) {
  assert(other.physical_ == physical_);
  assert(&other != this);
  const size_t start = size_;
  Reserve(size_ + count);
  auto src_row = [&](size_t k) -> size_t { return rows ? rows[k] : begin + k; };

  // Validity.
  if (other.has_nulls_) {
    if (!has_nulls_) MaterializeValidity();
    for (size_t k = 0; k < count; ++k) {
      size_t dst = start + k;
      uint64_t bit = uint64_t{1} << (dst & 63);
      if (other.IsNull(src_row(k))) {
        validity_[dst >> 6] &= ~bit;
      } else {
        validity_[dst >> 6] |= bit;
      }
    }
  } else {
    SetValidRange(start, start + count);
  }

  switch (physical_) {
    case PhysicalType::kNull:
      break;
    case PhysicalType::kString: {
      auto* dst = reinterpret_cast<std::string_view*>(data_) + start;
      const auto* src = reinterpret_cast<const std::string_view*>(other.data_);
      if (share_strings) {
        ShareHeapsOf(other);
        if (rows) {
          Gather(dst, src, rows, count);
        } else {
          std::memcpy(static_cast<void*>(dst), src + begin, count * sizeof(std::string_view));
        }
      } else {
        StringHeap* heap = OwnHeap();
        for (size_t k = 0; k < count; ++k) dst[k] = heap->Add(src[src_row(k)]);
      }
      break;
    }
    case PhysicalType::kList:
    case PhysicalType::kMap: {
      for (size_t k = 0; k < count; ++k) {
        size_t r = src_row(k);
        uint32_t from = other.offsets_[r], to = other.offsets_[r + 1];
        for (size_t c = 0; c < children_.size(); ++c) {
          if (to > from) children_[c]->AppendRowsImpl(*other.children_[c], nullptr, from,
                                                       to - from, share_strings);
        }
        offsets_.push_back(static_cast<uint32_t>(children_[0]->size()));
      }
      break;
    }
    case PhysicalType::kRow:
      for (size_t c = 0; c < children_.size(); ++c) {
        children_[c]->AppendRowsImpl(*other.children_[c], rows, begin, count, share_strings);
      }
      break;
    default: {
      uint8_t* dst = data_ + start * width_;
      if (!rows) {
        std::memcpy(dst, other.data_ + begin * width_, count * width_);
        break;
      }
      switch (width_) {
        case 1:
          Gather(dst, other.data_, rows, count);
          break;
        case 2:
          Gather(reinterpret_cast<int16_t*>(dst), reinterpret_cast<const int16_t*>(other.data_),
                 rows, count);
          break;
        case 4:
          Gather(reinterpret_cast<int32_t*>(dst), reinterpret_cast<const int32_t*>(other.data_),
                 rows, count);
          break;
        case 8:
          Gather(reinterpret_cast<int64_t*>(dst), reinterpret_cast<const int64_t*>(other.data_),
                 rows, count);
          break;
        default:
          Gather(reinterpret_cast<Int128*>(dst), reinterpret_cast<const Int128*>(other.data_),
                 rows, count);
          break;
      }
      break;
    }
  }
  size_ = start + count;
}

ColumnPtr Column::Take(const uint32_t* rows, size_t count) const {
  ColumnPtr out = Make(type_, count);
  if (count > 0) out->AppendRowsImpl(*this, rows, 0, count, true);
  return out;
}

ColumnPtr Column::Slice(size_t offset, size_t length) const {
  assert(offset + length <= size_);
  ColumnPtr out = Make(type_, length);
  if (length > 0) out->AppendRowsImpl(*this, nullptr, offset, length, true);
  return out;
}

ColumnPtr Column::MakeConstant(const Value& value, size_t rows) {
  ColumnPtr out = Make(value.type(), rows);
  if (value.is_null()) {
    for (size_t i = 0; i < rows; ++i) out->AppendNull();
    return out;
  }
  Column one(value.type(), 1);
  Status st = one.AppendValue(value);
  assert(st.ok());
  (void)st;
  std::vector<uint32_t> zeros(rows, 0);
  if (rows > 0) out->AppendRowsImpl(one, zeros.data(), 0, rows, true);
  return out;
}

ColumnPtr Column::MakeNulls(const LogicalType& type, size_t rows) {
  ColumnPtr out = Make(type, rows);
  for (size_t i = 0; i < rows; ++i) out->AppendNull();
  return out;
}

Result<ColumnPtr> Column::FromValues(const LogicalType& type, const std::vector<Value>& values) {
  ColumnPtr out = Make(type, values.size());
  for (const Value& v : values) SLUICE_RETURN_NOT_OK(out->AppendValue(v));
  return out;
}

std::string Column::ToString(size_t i) const {
  if (IsNull(i)) return "NULL";
  return GetValue(i).ToDisplayString();
}

}  // namespace sluice
