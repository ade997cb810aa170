// DECIMAL helpers on unscaled Int128 values: powers of ten, HALF_UP rescaling, precision checks,
// and Flink's result-type rules for decimal arithmetic (LogicalTypeMerging).
#pragma once

#include <cstdint>

#include "types/logical_type.h"
#include "types/value.h"

namespace sluice {

inline constexpr int32_t kMaxDecimalPrecision = 38;

// 10^n for n in [0, 38].
inline Int128 DecimalPow10(int32_t n) {
  static const auto table = [] {
    struct Table {
      Int128 v[39];
    } t{};
    t.v[0] = 1;
    for (int i = 1; i <= 38; ++i) t.v[i] = t.v[i - 1] * 10;
    return t;
  }();
  return table.v[n];
}

// True when |v| < 10^precision.
inline bool DecimalFits(Int128 v, int32_t precision) {
  Int128 limit = DecimalPow10(precision);
  return v < limit && v > -limit;
}

// Divides by 10^digits rounding HALF_UP (away from zero on ties).
inline Int128 DecimalDivPow10HalfUp(Int128 v, int32_t digits) {
  if (digits <= 0) return v;
  if (digits > 38) return 0;
  Int128 p = DecimalPow10(digits);
  Int128 q = v / p;
  Int128 r = v % p;
  if (r < 0) r = -r;
  if (r * 2 >= p) q += v < 0 ? -1 : 1;
  return q;
}

// Rescales `v` from scale `from` to scale `to` (HALF_UP when reducing). False on overflow of
// the 128-bit intermediate.
inline bool DecimalRescale(Int128 v, int32_t from, int32_t to, Int128* out) {
  if (to >= from) {
    int32_t up = to - from;
    if (up > 38) return v == 0 ? (*out = 0, true) : false;
    return !__builtin_mul_overflow(v, DecimalPow10(up), out);
  }
  *out = DecimalDivPow10HalfUp(v, from - to);
  return true;
}

// The number of decimal digits an integral type needs (TINYINT 3, SMALLINT 5, INT 10,
// BIGINT 19); the DECIMAL type itself for DECIMAL.
LogicalType DecimalTypeOf(const LogicalType& exact_numeric);

// Flink's adjustPrecisionScale: keeps at most 38 digits, preferring to keep integer digits
// while retaining at least min(scale, 6) fractional digits.
LogicalType AdjustDecimal(int32_t precision, int32_t scale);
LogicalType DecimalAdditionType(const LogicalType& a, const LogicalType& b);
LogicalType DecimalMultiplicationType(const LogicalType& a, const LogicalType& b);
LogicalType DecimalDivisionType(const LogicalType& a, const LogicalType& b);
LogicalType DecimalModuloType(const LogicalType& a, const LogicalType& b);

}  // namespace sluice
