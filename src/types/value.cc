// Value factories, comparison and hashing. Printing is in value_format.cc, parsing in
// value_parse.cc.
#include "types/value.h"

#include <cassert>
#include <cmath>
#include <cstring>
#include <functional>

namespace sluice {

Value Value::Null(LogicalType type) { return Value(std::move(type), std::monostate{}); }
Value Value::Boolean(bool v) { return Value(LogicalType::Boolean(), v); }
Value Value::TinyInt(int8_t v) { return Value(LogicalType::TinyInt(), int64_t{v}); }
Value Value::SmallInt(int16_t v) { return Value(LogicalType::SmallInt(), int64_t{v}); }
Value Value::Int(int32_t v) { return Value(LogicalType::Int(), int64_t{v}); }
Value Value::BigInt(int64_t v) { return Value(LogicalType::BigInt(), v); }
Value Value::Float(float v) { return Value(LogicalType::Float(), v); }
Value Value::Double(double v) { return Value(LogicalType::Double(), v); }
Value Value::Decimal(Int128 unscaled, int32_t precision, int32_t scale) {
  return Value(LogicalType::Decimal(precision, scale), unscaled);
}
Value Value::String(std::string v) { return Value(LogicalType::String(), std::move(v)); }
Value Value::Char(std::string v) {
  int32_t length = v.empty() ? 1 : static_cast<int32_t>(v.size());
  return Value(LogicalType::Char(length), std::move(v));
}
Value Value::VarChar(std::string v, int32_t length) {
  return Value(LogicalType::VarChar(length), std::move(v));
}
Value Value::Bytes(std::string v) { return Value(LogicalType::Bytes(), std::move(v)); }
Value Value::Binary(std::string v) {
  int32_t length = v.empty() ? 1 : static_cast<int32_t>(v.size());
  return Value(LogicalType::Binary(length), std::move(v));
}
Value Value::Date(int32_t days) { return Value(LogicalType::Date(), int64_t{days}); }
Value Value::Time(int64_t nanos_of_day, int32_t precision) {
  return Value(LogicalType::Time(precision), nanos_of_day);
}
Value Value::Timestamp(int64_t micros, int32_t precision) {
  return Value(LogicalType::Timestamp(precision), micros);
}
Value Value::TimestampLtz(int64_t micros, int32_t precision) {
  return Value(LogicalType::TimestampLtz(precision), micros);
}
Value Value::IntervalYearMonth(int64_t months, IntervalResolution resolution) {
  return Value(LogicalType::IntervalYearMonth(resolution), months);
}
Value Value::IntervalDayTime(int64_t millis, IntervalResolution resolution,
                             int32_t fractional_precision) {
  return Value(LogicalType::IntervalDayTime(resolution, 2, fractional_precision), millis);
}
Value Value::Array(LogicalType element_type, std::vector<Value> elements) {
  return Value(LogicalType::Array(std::move(element_type)), std::move(elements));
}
Value Value::Multiset(LogicalType element_type, std::vector<Value> elements) {
  return Value(LogicalType::Multiset(std::move(element_type)), std::move(elements));
}
Value Value::Map(LogicalType key_type, LogicalType value_type, MapEntries entries) {
  return Value(LogicalType::Map(std::move(key_type), std::move(value_type)), std::move(entries));
}
Value Value::Row(LogicalType row_type, std::vector<Value> fields) {
  assert(row_type.id() == TypeId::kRow && row_type.fields().size() == fields.size());
  return Value(std::move(row_type), std::move(fields));
}

Value Value::FromInt64(LogicalType type, int64_t v) { return Value(std::move(type), v); }
Value Value::FromInt128(LogicalType type, Int128 unscaled) {
  return Value(std::move(type), unscaled);
}
Value Value::FromString(LogicalType type, std::string v) {
  return Value(std::move(type), std::move(v));
}
Value Value::FromList(LogicalType type, std::vector<Value> elements) {
  return Value(std::move(type), std::move(elements));
}

Value Value::WithType(LogicalType type) const {
  Value copy = *this;
  copy.type_ = std::move(type);
  return copy;
}

namespace {

Int128 Pow10(int32_t n) {
  Int128 r = 1;
  for (int32_t i = 0; i < n; ++i) r *= 10;
  return r;
}

double DecimalToDouble(Int128 unscaled, int32_t scale) {
  return static_cast<double>(unscaled) / static_cast<double>(Pow10(scale));
}

// The rank that orders values of unrelated type roots.
enum class Kind { kNull, kBool, kNumber, kString, kTemporal, kList, kMap };

Kind KindOf(const Value& v) {
  if (v.is_null()) return Kind::kNull;
  switch (v.type().id()) {
    case TypeId::kBoolean:
      return Kind::kBool;
    case TypeId::kTinyInt:
    case TypeId::kSmallInt:
    case TypeId::kInt:
    case TypeId::kBigInt:
    case TypeId::kFloat:
    case TypeId::kDouble:
    case TypeId::kDecimal:
      return Kind::kNumber;
    case TypeId::kChar:
    case TypeId::kVarChar:
    case TypeId::kBinary:
    case TypeId::kVarBinary:
      return Kind::kString;
    case TypeId::kArray:
    case TypeId::kMultiset:
    case TypeId::kRow:
      return Kind::kList;
    case TypeId::kMap:
      return Kind::kMap;
    default:
      return Kind::kTemporal;
  }
}

template <typename T>
int Cmp(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

// Orders doubles with -0.0 == 0.0 and NaN greatest (NaN == NaN).
int CompareDoubles(double a, double b) {
  bool an = std::isnan(a), bn = std::isnan(b);
  if (an || bn) return an == bn ? 0 : (an ? 1 : -1);
  return Cmp(a, b);
}

bool IsFloating(const Value& v) {
  return v.type().id() == TypeId::kFloat || v.type().id() == TypeId::kDouble;
}

double FloatingOf(const Value& v) {
  return v.type().id() == TypeId::kFloat ? static_cast<double>(v.GetFloat()) : v.GetDouble();
}

// An exact number as unscaled/scale (integers have scale 0).
void ExactOf(const Value& v, Int128* unscaled, int32_t* scale) {
  if (v.type().id() == TypeId::kDecimal) {
    *unscaled = v.GetDecimal();
    *scale = v.type().scale();
  } else {
    *unscaled = v.GetInt64();
    *scale = 0;
  }
}

int CompareNumbers(const Value& a, const Value& b) {
  if (IsFloating(a) || IsFloating(b)) {
    double x = IsFloating(a) ? FloatingOf(a) : a.ToDouble();
    double y = IsFloating(b) ? FloatingOf(b) : b.ToDouble();
    return CompareDoubles(x, y);
  }
  Int128 ua, ub;
  int32_t sa, sb;
  ExactOf(a, &ua, &sa);
  ExactOf(b, &ub, &sb);
  if (sa == sb) return Cmp(ua, ub);
  // Bring both to the larger scale; values have at most 38 digits and scales at most 38, so
  // compare integer parts first to avoid overflow.
  Int128 pa = Pow10(sa), pb = Pow10(sb);
  Int128 ia = ua / pa, ib = ub / pb;
  if (ia != ib) return Cmp(ia, ib);
  Int128 fa = ua % pa, fb = ub % pb;  // same sign as the value (or zero)
  int32_t s = std::max(sa, sb);
  fa *= Pow10(s - sa);
  fb *= Pow10(s - sb);
  return Cmp(fa, fb);
}

uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

uint64_t HashCombine(uint64_t seed, uint64_t h) {
  return Mix(seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)));
}

uint64_t HashDouble(double d) {
  if (std::isnan(d)) return 0x7ff8000000000000ULL;
  if (d == 0) d = 0;  // -0.0 hashes as 0.0
  // Integral doubles hash as the integer, to agree with exact numbers.
  if (std::trunc(d) == d && d >= -9.223372036854775808e18 && d < 9.223372036854775808e18) {
    return Mix(static_cast<uint64_t>(static_cast<int64_t>(d)));
  }
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return Mix(bits ^ 0x5bd1e995ULL);
}

uint64_t HashNumber(const Value& v) {
  if (IsFloating(v)) return HashDouble(FloatingOf(v));
  Int128 u;
  int32_t s;
  ExactOf(v, &u, &s);
  // Strip trailing zeros so that 1.00 and 1 hash alike.
  while (s > 0 && u % 10 == 0) {
    u /= 10;
    --s;
  }
  if (s == 0 && u >= INT64_MIN && u <= INT64_MAX) {
    // Integral: hashes like the integral double of the same value, so 1 == 1.0 agree.
    return Mix(static_cast<uint64_t>(static_cast<int64_t>(u)));
  }
  return HashDouble(DecimalToDouble(u, s));
}

}  // namespace

double Value::ToDouble() const {
  if (is_null()) return 0;
  switch (type_.id()) {
    case TypeId::kFloat:
      return GetFloat();
    case TypeId::kDouble:
      return GetDouble();
    case TypeId::kDecimal:
      return DecimalToDouble(GetDecimal(), type_.scale());
    case TypeId::kBoolean:
      return GetBool() ? 1 : 0;
    default:
      return std::holds_alternative<int64_t>(data_) ? static_cast<double>(GetInt64()) : 0;
  }
}

int Value::Compare(const Value& a, const Value& b) {
  Kind ka = KindOf(a), kb = KindOf(b);
  if (ka != kb) return Cmp(static_cast<int>(ka), static_cast<int>(kb));
  switch (ka) {
    case Kind::kNull:
      return 0;
    case Kind::kBool:
      return Cmp(a.GetBool(), b.GetBool());
    case Kind::kNumber:
      return CompareNumbers(a, b);
    case Kind::kString: {
      int c = std::memcmp(a.GetString().data(), b.GetString().data(),
                          std::min(a.GetString().size(), b.GetString().size()));
      if (c != 0) return c < 0 ? -1 : 1;
      return Cmp(a.GetString().size(), b.GetString().size());
    }
    case Kind::kTemporal:
      if (a.type().id() != b.type().id()) {
        return Cmp(static_cast<int>(a.type().id()), static_cast<int>(b.type().id()));
      }
      return Cmp(a.GetInt64(), b.GetInt64());
    case Kind::kList: {
      const auto& x = a.GetList();
      const auto& y = b.GetList();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        int c = Compare(x[i], y[i]);
        if (c != 0) return c;
      }
      return Cmp(x.size(), y.size());
    }
    case Kind::kMap: {
      const auto& x = a.GetMap();
      const auto& y = b.GetMap();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        int c = Compare(x[i].first, y[i].first);
        if (c != 0) return c;
        c = Compare(x[i].second, y[i].second);
        if (c != 0) return c;
      }
      return Cmp(x.size(), y.size());
    }
  }
  return 0;
}

size_t Value::Hash() const {
  Kind kind = KindOf(*this);
  switch (kind) {
    case Kind::kNull:
      return 0x6e756c6cULL;
    case Kind::kBool:
      return Mix(GetBool() ? 0xb001 : 0xb000);
    case Kind::kNumber:
      return HashNumber(*this);
    case Kind::kString:
      return std::hash<std::string>()(GetString());
    case Kind::kTemporal:
      return HashCombine(static_cast<uint64_t>(type_.id()), Mix(static_cast<uint64_t>(GetInt64())));
    case Kind::kList: {
      uint64_t h = 0x11575;
      for (const Value& v : GetList()) h = HashCombine(h, v.Hash());
      return h;
    }
    case Kind::kMap: {
      uint64_t h = 0x3a9;
      for (const auto& [k, v] : GetMap()) h = HashCombine(HashCombine(h, k.Hash()), v.Hash());
      return h;
    }
  }
  return 0;
}

size_t ValueRowHash::operator()(const std::vector<Value>& row) const {
  uint64_t h = 0x726f77;
  for (const Value& v : row) h = HashCombine(h, v.Hash());
  return h;
}

}  // namespace sluice
