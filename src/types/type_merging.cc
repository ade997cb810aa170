// CommonType: Flink's LogicalTypeMerging.findCommonType (least restrictive common type).
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "types/type_casts.h"

namespace sluice {

namespace {

using TypeList = std::vector<LogicalType>;
using R = IntervalResolution;

bool IsExactNumeric(const LogicalType& t) { return t.IsIntegral() || t.id() == TypeId::kDecimal; }
bool IsTimestampFamily(const LogicalType& t) {
  return t.id() == TypeId::kTimestamp || t.id() == TypeId::kTimestampLtz;
}

// Flink's LogicalTypeChecks.getPrecision / getScale for the types merged here.
int32_t PrecisionOf(const LogicalType& t) {
  switch (t.id()) {
    case TypeId::kTinyInt:
      return 3;
    case TypeId::kSmallInt:
      return 5;
    case TypeId::kInt:
      return 10;
    case TypeId::kBigInt:
      return 19;
    default:
      return t.precision();
  }
}

int32_t ScaleOf(const LogicalType& t) { return t.id() == TypeId::kDecimal ? t.scale() : 0; }

// Interval resolutions as (first unit, last unit); units are ordered from coarse to fine.
std::pair<int, int> Boundaries(R resolution) {
  switch (resolution) {
    case R::kYear: return {0, 0};
    case R::kYearToMonth: return {0, 1};
    case R::kMonth: return {1, 1};
    case R::kDay: return {0, 0};
    case R::kDayToHour: return {0, 1};
    case R::kDayToMinute: return {0, 2};
    case R::kDayToSecond: return {0, 3};
    case R::kHour: return {1, 1};
    case R::kHourToMinute: return {1, 2};
    case R::kHourToSecond: return {1, 3};
    case R::kMinute: return {2, 2};
    case R::kMinuteToSecond: return {2, 3};
    case R::kSecond: return {3, 3};
  }
  return {0, 0};
}

R CombineResolutions(bool year_month, R a, R b) {
  const auto [a_start, a_end] = Boundaries(a);
  const auto [b_start, b_end] = Boundaries(b);
  const int start = std::min(a_start, b_start);
  const int end = std::max(a_end, b_end);
  if (year_month) {
    if (start == end) return start == 0 ? R::kYear : R::kMonth;
    return R::kYearToMonth;
  }
  static constexpr R kTable[4][4] = {
      {R::kDay, R::kDayToHour, R::kDayToMinute, R::kDayToSecond},
      {R::kHour, R::kHour, R::kHourToMinute, R::kHourToSecond},
      {R::kMinute, R::kMinute, R::kMinute, R::kMinuteToSecond},
      {R::kSecond, R::kSecond, R::kSecond, R::kSecond},
  };
  return kTable[start][end];
}

std::optional<LogicalType> FindCommonType(const TypeList& types);

// Child `index` of a constructed type (ROW: the field type).
const LogicalType& ChildAt(const LogicalType& t, size_t index) {
  if (t.id() == TypeId::kRow) return *t.fields()[index].type;
  return index == 0 ? (t.id() == TypeId::kMap ? t.key_type() : t.element_type()) : t.value_type();
}

size_t ChildCount(const LogicalType& t) {
  switch (t.id()) {
    case TypeId::kArray:
    case TypeId::kMultiset:
      return 1;
    case TypeId::kMap:
      return 2;
    case TypeId::kRow:
      return t.fields().size();
    default:
      return 0;
  }
}

// Merges constructed types of one root column-wise; the ROW keeps the first type's field names.
std::optional<LogicalType> FindCommonConstructed(const TypeList& types) {
  const LogicalType& first = types.front();
  const size_t count = ChildCount(first);
  for (const LogicalType& t : types) {
    if (t.id() != first.id() || ChildCount(t) != count) return std::nullopt;
  }
  TypeList children;
  for (size_t i = 0; i < count; ++i) {
    TypeList column;
    for (const LogicalType& t : types) column.push_back(ChildAt(t, i));
    std::optional<LogicalType> child = FindCommonType(column);
    if (!child) return std::nullopt;
    children.push_back(std::move(*child));
  }
  switch (first.id()) {
    case TypeId::kArray:
      return LogicalType::Array(std::move(children[0]));
    case TypeId::kMultiset:
      return LogicalType::Multiset(std::move(children[0]));
    case TypeId::kMap:
      return LogicalType::Map(std::move(children[0]), std::move(children[1]));
    default: {
      std::vector<RowField> fields;
      for (size_t i = 0; i < count; ++i) {
        const RowField& original = first.fields()[i];
        fields.push_back(
            LogicalType::Field(original.name, std::move(children[i]), original.description));
      }
      return LogicalType::Row(std::move(fields));
    }
  }
}

// Patterns for DATETIME +/- INTERVAL and DATETIME +/- exact numeric (days).
std::optional<LogicalType> FindCommonTypePattern(const LogicalType& result,
                                                 const LogicalType& type) {
  if (result.IsTemporal() && type.IsInterval()) return result;
  if (result.IsInterval() && type.IsTemporal()) return type;
  if ((IsTimestampFamily(result) || result.id() == TypeId::kDate) && IsExactNumeric(type)) {
    return result;
  }
  if (IsExactNumeric(result) && (IsTimestampFamily(type) || type.id() == TypeId::kDate)) {
    return type;
  }
  return std::nullopt;
}

bool AreSimilarTypes(const LogicalType& a, const LogicalType& b) {
  if (a.IsCharacterString() && b.IsCharacterString()) return true;
  if (a.IsBinaryString() && b.IsBinaryString()) return true;
  if (a.IsNumeric() && b.IsNumeric()) return true;
  if (IsTimestampFamily(a) && IsTimestampFamily(b)) return true;
  return a.id() == b.id();
}

LogicalType StringType(TypeId id, int32_t length) {
  switch (id) {
    case TypeId::kChar:
      return LogicalType::Char(length);
    case TypeId::kVarChar:
      return LogicalType::VarChar(length);
    case TypeId::kBinary:
      return LogicalType::Binary(length);
    default:
      return LogicalType::VarBinary(length);
  }
}

LogicalType CommonExactNumeric(const LogicalType& result, const LogicalType& type) {
  if (type == result) return result;
  if (result.id() != TypeId::kDecimal && type.id() != TypeId::kDecimal) {
    return PrecisionOf(type) > PrecisionOf(result) ? type : result;
  }
  const int32_t p1 = PrecisionOf(result);
  const int32_t p2 = PrecisionOf(type);
  const int32_t s1 = ScaleOf(result);
  const int32_t s2 = ScaleOf(type);
  const int32_t digits = std::min(std::max(p1 - s1, p2 - s2), 38);
  const int32_t scale = std::min(std::max(s1, s2), 38 - digits);
  return LogicalType::Decimal(digits + scale, scale);
}

LogicalType CommonTimestamp(const LogicalType& result, const LogicalType& type) {
  if (type == result) return result;
  const int32_t precision = std::max(result.precision(), type.precision());
  if (result.id() == TypeId::kTimestampLtz || type.id() == TypeId::kTimestampLtz) {
    return LogicalType::TimestampLtz(precision);
  }
  return LogicalType::Timestamp(precision);
}

// Flink's findCommonNullableType: merging by families, on nullable ("normalized") types.
std::optional<LogicalType> FindCommonNullableType(const TypeList& types, bool has_null_type) {
  std::optional<LogicalType> result;
  for (const LogicalType& type : types) {
    const TypeId id = type.id();
    if (id == TypeId::kNull) continue;
    if (!result) result = type;
    if (std::optional<LogicalType> pattern = FindCommonTypePattern(*result, type)) {
      result = std::move(pattern);
      continue;
    }
    if (type.IsConstructed()) return FindCommonConstructed(types);
    if (!AreSimilarTypes(*result, type)) return std::nullopt;

    if (type.IsCharacterString() || type.IsBinaryString()) {
      const int32_t length = std::max(result->length(), type.length());
      if (result->id() == TypeId::kVarChar || result->id() == TypeId::kVarBinary) {
        result = StringType(result->id(), length);
      } else if (result->length() != type.length()) {
        // Unlike the SQL standard, fixed lengths that differ become variable (no padding).
        result = StringType(result->id() == TypeId::kChar ? TypeId::kVarChar : TypeId::kVarBinary,
                            length);
      } else {
        result = StringType(id, length);
      }
    } else if (IsExactNumeric(type)) {
      if (IsExactNumeric(*result)) {
        result = CommonExactNumeric(*result, type);
      } else if (result->IsApproximateNumeric()) {
        if (id == TypeId::kDecimal) result = LogicalType::Double();
      } else {
        return std::nullopt;
      }
    } else if (type.IsApproximateNumeric()) {
      if (result->IsApproximateNumeric()) {
        if (result->id() == TypeId::kDouble || id == TypeId::kDouble) {
          result = LogicalType::Double();
        }
      } else if (IsExactNumeric(*result)) {
        // Flink's code tests the approximate type's root here, so DECIMAL + FLOAT gives FLOAT
        // while FLOAT + DECIMAL gives DOUBLE; we keep its stated intent (DECIMAL enforces DOUBLE)
        // in both orders.
        result = result->id() == TypeId::kDecimal ? LogicalType::Double() : type;
      } else {
        return std::nullopt;
      }
    } else if (id == TypeId::kDate) {
      if (result->id() != TypeId::kDate) return std::nullopt;
      result = LogicalType::Date();
    } else if (id == TypeId::kTime) {
      if (result->id() != TypeId::kTime) return std::nullopt;
      result = LogicalType::Time(std::max(result->precision(), type.precision()));
    } else if (IsTimestampFamily(type)) {
      if (!IsTimestampFamily(*result)) return std::nullopt;
      result = CommonTimestamp(*result, type);
    } else if (id == TypeId::kIntervalDayTime) {
      result = LogicalType::IntervalDayTime(
          CombineResolutions(false, result->interval_resolution(), type.interval_resolution()),
          std::max(result->precision(), type.precision()),
          std::max(result->scale(), type.scale()));
    } else if (id == TypeId::kIntervalYearMonth) {
      result = LogicalType::IntervalYearMonth(
          CombineResolutions(true, result->interval_resolution(), type.interval_resolution()),
          std::max(result->precision(), type.precision()));
    } else {
      return std::nullopt;  // left to FindCommonCastableType
    }
  }
  if (!result && has_null_type) return LogicalType::Null();
  return result;
}

// Flink's findCommonCastableType: the one type all others implicitly cast to.
std::optional<LogicalType> FindCommonCastableType(const TypeList& types) {
  LogicalType result = types.front();
  for (const LogicalType& type : types) {
    if (type.id() == TypeId::kNull) continue;
    if (SupportsImplicitCast(result, type)) {
      result = type;
    } else if (!SupportsImplicitCast(type, result)) {
      return std::nullopt;
    }
  }
  return result;
}

std::optional<LogicalType> FindCommonType(const TypeList& types) {
  bool has_null_type = false;
  bool has_nullable = false;
  TypeList normalized;
  normalized.reserve(types.size());
  for (const LogicalType& type : types) {
    has_null_type = has_null_type || type.id() == TypeId::kNull;
    has_nullable = has_nullable || type.nullable();
    normalized.push_back(type.WithNullable(true));
  }
  std::optional<LogicalType> found = FindCommonNullableType(normalized, has_null_type);
  if (!found) found = FindCommonCastableType(normalized);
  // NULL is reserved for untyped literals.
  if (!found || found->id() == TypeId::kNull) return std::nullopt;
  return found->WithNullable(has_nullable);
}

}  // namespace

Result<LogicalType> CommonType(const std::vector<LogicalType>& types) {
  if (types.empty()) return Status::InternalError("CommonType needs at least one type.");
  std::optional<LogicalType> found = FindCommonType(types);
  if (!found) {
    std::vector<std::string> names;
    for (const LogicalType& type : types) names.push_back(type.ToSummaryString());
    return Status::UserError(
        fmt::format("Could not find a common type for [{}].", fmt::join(names, ", ")));
  }
  return std::move(*found);
}

Result<LogicalType> CommonType(const LogicalType& a, const LogicalType& b) {
  return CommonType(std::vector<LogicalType>{a, b});
}

}  // namespace sluice
