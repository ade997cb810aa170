#include "function/scalar/decimal_util.h"

#include <algorithm>

namespace sluice {

LogicalType DecimalTypeOf(const LogicalType& t) {
  switch (t.id()) {
    case TypeId::kTinyInt:
      return LogicalType::Decimal(3, 0).WithNullable(t.nullable());
    case TypeId::kSmallInt:
      return LogicalType::Decimal(5, 0).WithNullable(t.nullable());
    case TypeId::kInt:
      return LogicalType::Decimal(10, 0).WithNullable(t.nullable());
    case TypeId::kBigInt:
      return LogicalType::Decimal(19, 0).WithNullable(t.nullable());
    case TypeId::kNull:
      return LogicalType::Decimal(1, 0);
    default:
      return t;
  }
}

LogicalType AdjustDecimal(int32_t precision, int32_t scale) {
  if (precision <= kMaxDecimalPrecision) return LogicalType::Decimal(precision, scale);
  int32_t integer_digits = precision - scale;
  int32_t min_scale = std::min(scale, 6);
  int32_t adjusted = std::max(kMaxDecimalPrecision - integer_digits, min_scale);
  return LogicalType::Decimal(kMaxDecimalPrecision, adjusted);
}

LogicalType DecimalAdditionType(const LogicalType& a, const LogicalType& b) {
  int32_t scale = std::max(a.scale(), b.scale());
  int32_t precision = std::max(a.precision() - a.scale(), b.precision() - b.scale()) + scale + 1;
  return AdjustDecimal(precision, scale);
}

LogicalType DecimalMultiplicationType(const LogicalType& a, const LogicalType& b) {
  return AdjustDecimal(a.precision() + b.precision(), a.scale() + b.scale());
}

LogicalType DecimalDivisionType(const LogicalType& a, const LogicalType& b) {
  int32_t scale = std::max(6, a.scale() + b.precision() + 1);
  int32_t precision = a.precision() - a.scale() + b.scale() + scale;
  return AdjustDecimal(precision, scale);
}

LogicalType DecimalModuloType(const LogicalType& a, const LogicalType& b) {
  int32_t scale = std::max(a.scale(), b.scale());
  int32_t precision = std::min(a.precision() - a.scale(), b.precision() - b.scale()) + scale;
  return AdjustDecimal(std::max(precision, 1), scale);
}

}  // namespace sluice
