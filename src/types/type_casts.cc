// Flink's casting rules (LogicalTypeCasts): implicit and explicit casts, cast avoidance.
#include "types/type_casts.h"

namespace sluice {

namespace {

bool IsExactNumeric(const LogicalType& t) { return t.IsIntegral() || t.id() == TypeId::kDecimal; }

bool IsTimestampFamily(TypeId id) { return id == TypeId::kTimestamp || id == TypeId::kTimestampLtz; }

bool IsPredefined(const LogicalType& t) { return !t.IsConstructed() && t.id() != TypeId::kNull; }

bool IsSingleFieldInterval(const LogicalType& t) {
  switch (t.interval_resolution()) {
    case IntervalResolution::kYear:
    case IntervalResolution::kMonth:
    case IntervalResolution::kDay:
    case IntervalResolution::kHour:
    case IntervalResolution::kMinute:
    case IntervalResolution::kSecond:
      return true;
    default:
      return false;
  }
}

// Flink's implicit casting table, keyed by type roots (identity casts included).
bool ImplicitRule(const LogicalType& source, const LogicalType& target) {
  const TypeId s = source.id();
  if (s == target.id()) return true;
  switch (target.id()) {
    case TypeId::kVarChar:
      return source.IsCharacterString();
    case TypeId::kVarBinary:
      return source.IsBinaryString();
    case TypeId::kDecimal:
    case TypeId::kDouble:
      return source.IsNumeric();
    case TypeId::kSmallInt:
      return s == TypeId::kTinyInt;
    case TypeId::kInt:
      return s == TypeId::kTinyInt || s == TypeId::kSmallInt;
    case TypeId::kBigInt:
      return s == TypeId::kTinyInt || s == TypeId::kSmallInt || s == TypeId::kInt;
    case TypeId::kFloat:
      return source.IsIntegral() || s == TypeId::kDecimal;
    case TypeId::kDate:
    case TypeId::kTime:
    case TypeId::kTimestampLtz:
      return s == TypeId::kTimestamp;
    case TypeId::kTimestamp:
      return s == TypeId::kTimestampLtz;
    default:
      return false;
  }
}

// Flink's explicit casting table, on top of the implicit one.
bool ExplicitRule(const LogicalType& source, const LogicalType& target) {
  const TypeId s = source.id();
  const bool from_string = source.IsCharacterString();
  const bool from_timestamp = IsTimestampFamily(s);
  switch (target.id()) {
    case TypeId::kChar:
    case TypeId::kVarChar:
      return IsPredefined(source);
    case TypeId::kBoolean:
      return from_string || source.IsNumeric();
    case TypeId::kBinary:
      return from_string || s == TypeId::kVarBinary;
    case TypeId::kVarBinary:
      return from_string || s == TypeId::kBinary;
    case TypeId::kDecimal:
    case TypeId::kTinyInt:
    case TypeId::kSmallInt:
    case TypeId::kInt:
    case TypeId::kBigInt:
      return source.IsNumeric() || from_string || source.IsInterval() || s == TypeId::kBoolean ||
             from_timestamp;
    case TypeId::kFloat:
    case TypeId::kDouble:
      return source.IsNumeric() || from_string || s == TypeId::kBoolean || from_timestamp;
    case TypeId::kDate:
      return from_timestamp || from_string || source.IsBinaryString();
    case TypeId::kTime:
      return s == TypeId::kTime || from_timestamp || from_string || source.IsBinaryString();
    case TypeId::kTimestamp:
    case TypeId::kTimestampLtz:
      return source.IsTemporal() || from_string || source.IsBinaryString() || source.IsNumeric();
    case TypeId::kIntervalYearMonth:
    case TypeId::kIntervalDayTime:
      return IsExactNumeric(source) || from_string;
    default:
      return false;
  }
}

// The children of a constructed type, in order (ROW: the field types).
std::vector<const LogicalType*> Children(const LogicalType& t) {
  std::vector<const LogicalType*> out;
  switch (t.id()) {
    case TypeId::kArray:
    case TypeId::kMultiset:
      out.push_back(&t.element_type());
      break;
    case TypeId::kMap:
      out.push_back(&t.key_type());
      out.push_back(&t.value_type());
      break;
    case TypeId::kRow:
      for (const RowField& field : t.fields()) out.push_back(field.type.get());
      break;
    default:
      break;
  }
  return out;
}

bool SupportsCasting(const LogicalType& source, const LogicalType& target, bool allow_explicit);

bool SupportsConstructedCasting(const LogicalType& source, const LogicalType& target,
                                bool allow_explicit) {
  if (source.id() != target.id()) {
    // Flink (1.15+) casts ARRAY, MAP, MULTISET and ROW values to strings.
    return allow_explicit && source.IsConstructed() && target.IsCharacterString();
  }
  const auto source_children = Children(source);
  const auto target_children = Children(target);
  if (source_children.size() != target_children.size()) return false;
  for (size_t i = 0; i < source_children.size(); ++i) {
    if (!SupportsCasting(*source_children[i], *target_children[i], allow_explicit)) return false;
  }
  return true;
}

bool SupportsCasting(const LogicalType& source, const LogicalType& target, bool allow_explicit) {
  // A NOT NULL type cannot store NULL, but an explicit cast may know better about the data.
  if (source.nullable() && !target.nullable() && !allow_explicit) return false;
  if (source.WithNullable(true) == target.WithNullable(true)) return true;
  if (source.id() == TypeId::kNull) return true;
  if (source.IsInterval() && IsExactNumeric(target)) return IsSingleFieldInterval(source);
  if (IsExactNumeric(source) && target.IsInterval()) return IsSingleFieldInterval(target);
  if (source.IsConstructed() || target.IsConstructed()) {
    return SupportsConstructedCasting(source, target, allow_explicit);
  }
  if (ImplicitRule(source, target)) return true;
  return allow_explicit && ExplicitRule(source, target);
}

}  // namespace

bool SupportsImplicitCast(const LogicalType& source, const LogicalType& target) {
  return SupportsCasting(source, target, /*allow_explicit=*/false);
}

bool SupportsExplicitCast(const LogicalType& source, const LogicalType& target) {
  return SupportsCasting(source, target, /*allow_explicit=*/true);
}

bool SupportsAssignment(const LogicalType& source, const LogicalType& target) {
  return source == target || SupportsImplicitCast(source, target);
}

bool SupportsAvoidingCast(const LogicalType& source, const LogicalType& target) {
  if (source.nullable() && !target.nullable()) return false;
  if ((target.id() == TypeId::kVarChar && source.IsCharacterString()) ||
      (target.id() == TypeId::kVarBinary && source.IsBinaryString())) {
    return source.length() <= target.length();
  }
  if (source.id() != target.id()) return false;
  if (!source.IsConstructed()) return source.WithNullable(true) == target.WithNullable(true);
  const auto source_children = Children(source);
  const auto target_children = Children(target);
  if (source_children.size() != target_children.size()) return false;
  for (size_t i = 0; i < source_children.size(); ++i) {
    if (!SupportsAvoidingCast(*source_children[i], *target_children[i])) return false;
  }
  return true;
}

}  // namespace sluice
