// Row-wise comparison and hashing of columns.
#include <cmath>
#include <functional>

#include "vector/column.h"

namespace sluice {
namespace {

constexpr uint64_t kNullHash = 0x9ae16a3b2f90404fULL;

inline uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

inline uint64_t Combine(uint64_t seed, uint64_t h) {
  return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

template <typename T>
inline int Cmp(T a, T b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

inline int CompareDouble(double a, double b) {
  bool an = std::isnan(a), bn = std::isnan(b);
  if (an || bn) return an == bn ? 0 : (an ? 1 : -1);
  return Cmp(a, b);
}

inline uint64_t HashDouble(double d) {
  if (std::isnan(d)) return Mix(0x7ff8000000000000ULL);
  if (d == 0) d = 0;
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return Mix(bits);
}

inline uint64_t HashString(std::string_view s) { return std::hash<std::string_view>()(s); }

template <typename T>
inline uint64_t HashFixed(T v) {
  if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
    return HashDouble(static_cast<double>(v));
  } else if constexpr (std::is_same_v<T, Int128>) {
    return Mix(static_cast<uint64_t>(v) ^ Mix(static_cast<uint64_t>(v >> 64)));
  } else {
    return Mix(static_cast<uint64_t>(static_cast<int64_t>(v)));
  }
}

template <typename T>
void HashLoop(const Column& c, uint64_t* hashes, bool combine) {
  const T* data = c.Data<T>();
  const size_t n = c.size();
  const bool nulls = c.MayHaveNulls();
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = nulls && c.IsNull(i) ? kNullHash : HashFixed<T>(data[i]);
    hashes[i] = combine ? Combine(hashes[i], h) : h;
  }
}

}  // namespace

uint64_t Column::HashRow(size_t i) const {
  if (IsNull(i)) return kNullHash;
  switch (physical_) {
    case PhysicalType::kNull:
      return kNullHash;
    case PhysicalType::kBool:
      return HashFixed<uint8_t>(Get<uint8_t>(i));
    case PhysicalType::kInt8:
      return HashFixed<int8_t>(Get<int8_t>(i));
    case PhysicalType::kInt16:
      return HashFixed<int16_t>(Get<int16_t>(i));
    case PhysicalType::kInt32:
      return HashFixed<int32_t>(Get<int32_t>(i));
    case PhysicalType::kInt64:
      return HashFixed<int64_t>(Get<int64_t>(i));
    case PhysicalType::kFloat:
      return HashFixed<float>(Get<float>(i));
    case PhysicalType::kDouble:
      return HashFixed<double>(Get<double>(i));
    case PhysicalType::kInt128:
      return HashFixed<Int128>(Get<Int128>(i));
    case PhysicalType::kString:
      return HashString(GetString(i));
    case PhysicalType::kList:
    case PhysicalType::kMap: {
      uint64_t h = 0x6c697374;
      for (uint32_t k = offsets_[i]; k < offsets_[i + 1]; ++k) {
        for (const auto& child : children_) h = Combine(h, child->HashRow(k));
      }
      return Mix(h);
    }
    case PhysicalType::kRow: {
      uint64_t h = 0x726f77;
      for (const auto& child : children_) h = Combine(h, child->HashRow(i));
      return Mix(h);
    }
  }
  return 0;
}

void Column::HashRows(uint64_t* hashes, bool combine) const {
  switch (physical_) {
    case PhysicalType::kBool:
      return HashLoop<uint8_t>(*this, hashes, combine);
    case PhysicalType::kInt8:
      return HashLoop<int8_t>(*this, hashes, combine);
    case PhysicalType::kInt16:
      return HashLoop<int16_t>(*this, hashes, combine);
    case PhysicalType::kInt32:
      return HashLoop<int32_t>(*this, hashes, combine);
    case PhysicalType::kInt64:
      return HashLoop<int64_t>(*this, hashes, combine);
    case PhysicalType::kFloat:
      return HashLoop<float>(*this, hashes, combine);
    case PhysicalType::kDouble:
      return HashLoop<double>(*this, hashes, combine);
    case PhysicalType::kInt128:
      return HashLoop<Int128>(*this, hashes, combine);
    default:
      for (size_t i = 0; i < size_; ++i) {
        uint64_t h = HashRow(i);
        hashes[i] = combine ? Combine(hashes[i], h) : h;
      }
      return;
  }
}

int Column::CompareRows(size_t i, const Column& other, size_t j) const {
  bool an = IsNull(i), bn = other.IsNull(j);
  if (an || bn) return an == bn ? 0 : (an ? -1 : 1);
  if (physical_ != other.physical_) return Value::Compare(GetValue(i), other.GetValue(j));
  switch (physical_) {
    case PhysicalType::kNull:
      return 0;
    case PhysicalType::kBool:
      return Cmp(Get<uint8_t>(i), other.Get<uint8_t>(j));
    case PhysicalType::kInt8:
      return Cmp(Get<int8_t>(i), other.Get<int8_t>(j));
    case PhysicalType::kInt16:
      return Cmp(Get<int16_t>(i), other.Get<int16_t>(j));
    case PhysicalType::kInt32:
      return Cmp(Get<int32_t>(i), other.Get<int32_t>(j));
    case PhysicalType::kInt64:
      return Cmp(Get<int64_t>(i), other.Get<int64_t>(j));
    case PhysicalType::kFloat:
      return CompareDouble(Get<float>(i), other.Get<float>(j));
    case PhysicalType::kDouble:
      return CompareDouble(Get<double>(i), other.Get<double>(j));
    case PhysicalType::kInt128:
      if (type_.scale() != other.type_.scale()) {
        return Value::Compare(GetValue(i), other.GetValue(j));
      }
      return Cmp(Get<Int128>(i), other.Get<Int128>(j));
    case PhysicalType::kString: {
      std::string_view a = GetString(i), b = other.GetString(j);
      size_t common = std::min(a.size(), b.size());
      int c = common == 0 ? 0 : std::memcmp(a.data(), b.data(), common);
      if (c != 0) return c < 0 ? -1 : 1;
      return Cmp(a.size(), b.size());
    }
    case PhysicalType::kList:
    case PhysicalType::kMap: {
      uint32_t la = ListLength(i), lb = other.ListLength(j);
      for (uint32_t k = 0; k < la && k < lb; ++k) {
        for (size_t c = 0; c < children_.size(); ++c) {
          int r = children_[c]->CompareRows(offsets_[i] + k, *other.children_[c],
                                            other.offsets_[j] + k);
          if (r != 0) return r;
        }
      }
      return Cmp(la, lb);
    }
    case PhysicalType::kRow:
      for (size_t c = 0; c < children_.size() && c < other.children_.size(); ++c) {
        int r = children_[c]->CompareRows(i, *other.children_[c], j);
        if (r != 0) return r;
      }
      return Cmp(children_.size(), other.children_.size());
  }
  return 0;
}

}  // namespace sluice
