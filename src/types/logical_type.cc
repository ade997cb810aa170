// Factories, equality, classification and validation of LogicalType.
#include "types/logical_type.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace sluice {

namespace {

bool IsSubDay(IntervalResolution resolution) {
  switch (resolution) {
    case IntervalResolution::kHour:
    case IntervalResolution::kHourToMinute:
    case IntervalResolution::kHourToSecond:
    case IntervalResolution::kMinute:
    case IntervalResolution::kMinuteToSecond:
    case IntervalResolution::kSecond:
      return true;
    default:
      return false;
  }
}

bool HasSeconds(IntervalResolution resolution) {
  return resolution == IntervalResolution::kDayToSecond ||
         resolution == IntervalResolution::kHourToSecond ||
         resolution == IntervalResolution::kMinuteToSecond ||
         resolution == IntervalResolution::kSecond;
}

bool IsYearMonthResolution(IntervalResolution resolution) {
  return resolution == IntervalResolution::kYear ||
         resolution == IntervalResolution::kYearToMonth ||
         resolution == IntervalResolution::kMonth;
}

Status OutOfRange(const char* what, int64_t min, int64_t max) {
  return Status::UserError(
      fmt::format("{} must be between {} and {} (both inclusive).", what, min, max));
}

Status CheckRange(int32_t value, int64_t min, int64_t max, const char* what) {
  if (value < min || value > max) return OutOfRange(what, min, max);
  return Status::OK();
}

}  // namespace

LogicalType LogicalType::Boolean() { return LogicalType(TypeId::kBoolean); }
LogicalType LogicalType::TinyInt() { return LogicalType(TypeId::kTinyInt); }
LogicalType LogicalType::SmallInt() { return LogicalType(TypeId::kSmallInt); }
LogicalType LogicalType::Int() { return LogicalType(TypeId::kInt); }
LogicalType LogicalType::BigInt() { return LogicalType(TypeId::kBigInt); }
LogicalType LogicalType::Float() { return LogicalType(TypeId::kFloat); }
LogicalType LogicalType::Double() { return LogicalType(TypeId::kDouble); }
LogicalType LogicalType::Date() { return LogicalType(TypeId::kDate); }
LogicalType LogicalType::Null() { return LogicalType(TypeId::kNull); }

LogicalType LogicalType::Decimal(int32_t precision, int32_t scale) {
  LogicalType type(TypeId::kDecimal);
  type.precision_ = precision;
  type.scale_ = scale;
  return type;
}

LogicalType LogicalType::Char(int32_t length) {
  LogicalType type(TypeId::kChar);
  type.length_ = length;
  return type;
}

LogicalType LogicalType::VarChar(int32_t length) {
  LogicalType type(TypeId::kVarChar);
  type.length_ = length;
  return type;
}

LogicalType LogicalType::String() { return VarChar(kMaxLength); }

LogicalType LogicalType::Binary(int32_t length) {
  LogicalType type(TypeId::kBinary);
  type.length_ = length;
  return type;
}

LogicalType LogicalType::VarBinary(int32_t length) {
  LogicalType type(TypeId::kVarBinary);
  type.length_ = length;
  return type;
}

LogicalType LogicalType::Bytes() { return VarBinary(kMaxLength); }

LogicalType LogicalType::Time(int32_t precision) {
  LogicalType type(TypeId::kTime);
  type.precision_ = precision;
  return type;
}

LogicalType LogicalType::Timestamp(int32_t precision) {
  LogicalType type(TypeId::kTimestamp);
  type.precision_ = precision;
  return type;
}

LogicalType LogicalType::TimestampLtz(int32_t precision) {
  LogicalType type(TypeId::kTimestampLtz);
  type.precision_ = precision;
  return type;
}

LogicalType LogicalType::IntervalYearMonth(IntervalResolution resolution,
                                           int32_t year_precision) {
  LogicalType type(TypeId::kIntervalYearMonth);
  type.resolution_ = resolution;
  type.precision_ = resolution == IntervalResolution::kMonth ? 2 : year_precision;
  return type;
}

LogicalType LogicalType::IntervalDayTime(IntervalResolution resolution, int32_t day_precision,
                                         int32_t fractional_precision) {
  LogicalType type(TypeId::kIntervalDayTime);
  type.resolution_ = resolution;
  type.precision_ = IsSubDay(resolution) ? 2 : day_precision;
  type.scale_ = HasSeconds(resolution) ? fractional_precision : 6;
  return type;
}

LogicalType LogicalType::Array(LogicalType element) {
  LogicalType type(TypeId::kArray);
  type.children_.push_back(std::make_shared<const LogicalType>(std::move(element)));
  return type;
}

LogicalType LogicalType::Multiset(LogicalType element) {
  LogicalType type(TypeId::kMultiset);
  type.children_.push_back(std::make_shared<const LogicalType>(std::move(element)));
  return type;
}

LogicalType LogicalType::Map(LogicalType key, LogicalType value) {
  LogicalType type(TypeId::kMap);
  type.children_.push_back(std::make_shared<const LogicalType>(std::move(key)));
  type.children_.push_back(std::make_shared<const LogicalType>(std::move(value)));
  return type;
}

LogicalType LogicalType::Row(std::vector<RowField> fields) {
  LogicalType type(TypeId::kRow);
  type.fields_ = std::move(fields);
  return type;
}

RowField LogicalType::Field(std::string name, LogicalType type, std::string description) {
  return RowField{std::move(name), std::make_shared<const LogicalType>(std::move(type)),
                  std::move(description)};
}

LogicalType LogicalType::WithNullable(bool nullable) const {
  LogicalType copy = *this;
  copy.nullable_ = id_ == TypeId::kNull ? true : nullable;
  return copy;
}

bool LogicalType::IsNumeric() const {
  return IsIntegral() || IsApproximateNumeric() || id_ == TypeId::kDecimal;
}

bool LogicalType::IsIntegral() const {
  return id_ == TypeId::kTinyInt || id_ == TypeId::kSmallInt || id_ == TypeId::kInt ||
         id_ == TypeId::kBigInt;
}

bool LogicalType::IsApproximateNumeric() const {
  return id_ == TypeId::kFloat || id_ == TypeId::kDouble;
}

bool LogicalType::IsCharacterString() const {
  return id_ == TypeId::kChar || id_ == TypeId::kVarChar;
}

bool LogicalType::IsBinaryString() const {
  return id_ == TypeId::kBinary || id_ == TypeId::kVarBinary;
}

bool LogicalType::IsTemporal() const {
  return id_ == TypeId::kDate || id_ == TypeId::kTime || id_ == TypeId::kTimestamp ||
         id_ == TypeId::kTimestampLtz;
}

bool LogicalType::IsInterval() const {
  return id_ == TypeId::kIntervalYearMonth || id_ == TypeId::kIntervalDayTime;
}

bool LogicalType::IsConstructed() const {
  return id_ == TypeId::kArray || id_ == TypeId::kMultiset || id_ == TypeId::kMap ||
         id_ == TypeId::kRow;
}

bool LogicalType::operator==(const LogicalType& other) const {
  if (id_ != other.id_ || nullable_ != other.nullable_ || length_ != other.length_ ||
      precision_ != other.precision_ || scale_ != other.scale_) {
    return false;
  }
  if (IsInterval() && resolution_ != other.resolution_) return false;
  if (children_.size() != other.children_.size() || fields_.size() != other.fields_.size()) {
    return false;
  }
  for (size_t i = 0; i < children_.size(); ++i) {
    if (*children_[i] != *other.children_[i]) return false;
  }
  for (size_t i = 0; i < fields_.size(); ++i) {
    const RowField& a = fields_[i];
    const RowField& b = other.fields_[i];
    if (a.name != b.name || a.description != b.description || *a.type != *b.type) return false;
  }
  return true;
}

Status LogicalType::Validate() const {
  switch (id_) {
    case TypeId::kDecimal:
      SLUICE_RETURN_NOT_OK(CheckRange(precision_, 1, 38, "Decimal precision"));
      if (scale_ < 0 || scale_ > precision_) {
        return Status::UserError(fmt::format(
            "Decimal scale must be between 0 and the precision {} (both inclusive).", precision_));
      }
      return Status::OK();
    case TypeId::kChar:
      return CheckRange(length_, 1, kMaxLength, "Character string length");
    case TypeId::kVarChar:
      return CheckRange(length_, 1, kMaxLength, "Variable character string length");
    case TypeId::kBinary:
      return CheckRange(length_, 1, kMaxLength, "Binary string length");
    case TypeId::kVarBinary:
      return CheckRange(length_, 1, kMaxLength, "Variable binary string length");
    case TypeId::kTime:
      return CheckRange(precision_, 0, 9, "Time precision");
    case TypeId::kTimestamp:
      return CheckRange(precision_, 0, 9, "Timestamp precision");
    case TypeId::kTimestampLtz:
      return CheckRange(precision_, 0, 9, "Timestamp with local time zone precision");
    case TypeId::kIntervalYearMonth:
      if (!IsYearMonthResolution(resolution_)) {
        return Status::InternalError("A year-month interval needs a year-month resolution.");
      }
      return CheckRange(precision_, 1, 4, "Year precision of year-month intervals");
    case TypeId::kIntervalDayTime:
      if (IsYearMonthResolution(resolution_)) {
        return Status::InternalError("A day-time interval needs a day-time resolution.");
      }
      SLUICE_RETURN_NOT_OK(CheckRange(precision_, 1, 6, "Day precision of day-time intervals"));
      return CheckRange(scale_, 0, 9, "Fractional precision of day-time intervals");
    case TypeId::kArray:
    case TypeId::kMultiset:
    case TypeId::kMap:
      for (const auto& child : children_) SLUICE_RETURN_NOT_OK(child->Validate());
      return Status::OK();
    case TypeId::kRow: {
      std::vector<std::string> duplicates;
      for (size_t i = 0; i < fields_.size(); ++i) {
        const std::string& name = fields_[i].name;
        if (name.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
          return Status::UserError(
              "Field names must contain at least one non-whitespace character.");
        }
        for (size_t j = 0; j < i; ++j) {
          if (fields_[j].name == name &&
              std::find(duplicates.begin(), duplicates.end(), name) == duplicates.end()) {
            duplicates.push_back(name);
          }
        }
      }
      if (!duplicates.empty()) {
        return Status::UserError(fmt::format("Field names must be unique. Found duplicates: [{}]",
                                             fmt::join(duplicates, ", ")));
      }
      for (const RowField& field : fields_) SLUICE_RETURN_NOT_OK(field.type->Validate());
      return Status::OK();
    }
    default:
      return Status::OK();
  }
}

}  // namespace sluice
