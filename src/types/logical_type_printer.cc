// LogicalType::ToString (Flink's asSerializableString) and ToSummaryString (asSummaryString).
#include <fmt/format.h>

#include <string>

#include "types/logical_type.h"

namespace sluice {

namespace {

std::string EscapeIdentifier(const std::string& name) {
  std::string out = "`";
  for (char c : name) {
    if (c == '`') out += '`';
    out += c;
  }
  out += '`';
  return out;
}

std::string EscapeSingleQuotes(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out;
}

std::string IntervalString(const LogicalType& type) {
  const int32_t p = type.precision();
  const int32_t f = type.scale();
  switch (type.interval_resolution()) {
    case IntervalResolution::kYear:
      return fmt::format("INTERVAL YEAR({})", p);
    case IntervalResolution::kYearToMonth:
      return fmt::format("INTERVAL YEAR({}) TO MONTH", p);
    case IntervalResolution::kMonth:
      return "INTERVAL MONTH";
    case IntervalResolution::kDay:
      return fmt::format("INTERVAL DAY({})", p);
    case IntervalResolution::kDayToHour:
      return fmt::format("INTERVAL DAY({}) TO HOUR", p);
    case IntervalResolution::kDayToMinute:
      return fmt::format("INTERVAL DAY({}) TO MINUTE", p);
    case IntervalResolution::kDayToSecond:
      return fmt::format("INTERVAL DAY({}) TO SECOND({})", p, f);
    case IntervalResolution::kHour:
      return "INTERVAL HOUR";
    case IntervalResolution::kHourToMinute:
      return "INTERVAL HOUR TO MINUTE";
    case IntervalResolution::kHourToSecond:
      return fmt::format("INTERVAL HOUR TO SECOND({})", f);
    case IntervalResolution::kMinute:
      return "INTERVAL MINUTE";
    case IntervalResolution::kMinuteToSecond:
      return fmt::format("INTERVAL MINUTE TO SECOND({})", f);
    case IntervalResolution::kSecond:
      return fmt::format("INTERVAL SECOND({})", f);
  }
  return "INTERVAL";
}

// Prints `type` without its own nullability; `summary` selects asSummaryString.
std::string RootString(const LogicalType& type, bool summary);

std::string Print(const LogicalType& type, bool summary) {
  std::string out = RootString(type, summary);
  if (!type.nullable()) out += " NOT NULL";
  return out;
}

std::string RootString(const LogicalType& type, bool summary) {
  switch (type.id()) {
    case TypeId::kBoolean:
      return "BOOLEAN";
    case TypeId::kTinyInt:
      return "TINYINT";
    case TypeId::kSmallInt:
      return "SMALLINT";
    case TypeId::kInt:
      return "INT";
    case TypeId::kBigInt:
      return "BIGINT";
    case TypeId::kFloat:
      return "FLOAT";
    case TypeId::kDouble:
      return "DOUBLE";
    case TypeId::kDecimal:
      return fmt::format("DECIMAL({}, {})", type.precision(), type.scale());
    case TypeId::kChar:
      return fmt::format("CHAR({})", type.length());
    case TypeId::kVarChar:
      if (summary && type.length() == LogicalType::kMaxLength) return "STRING";
      return fmt::format("VARCHAR({})", type.length());
    case TypeId::kBinary:
      return fmt::format("BINARY({})", type.length());
    case TypeId::kVarBinary:
      if (summary && type.length() == LogicalType::kMaxLength) return "BYTES";
      return fmt::format("VARBINARY({})", type.length());
    case TypeId::kDate:
      return "DATE";
    case TypeId::kTime:
      return fmt::format("TIME({})", type.precision());
    case TypeId::kTimestamp:
      return fmt::format("TIMESTAMP({})", type.precision());
    case TypeId::kTimestampLtz:
      if (summary) return fmt::format("TIMESTAMP_LTZ({})", type.precision());
      return fmt::format("TIMESTAMP({}) WITH LOCAL TIME ZONE", type.precision());
    case TypeId::kIntervalYearMonth:
    case TypeId::kIntervalDayTime:
      return IntervalString(type);
    case TypeId::kArray:
      return "ARRAY<" + Print(type.element_type(), summary) + ">";
    case TypeId::kMultiset:
      return "MULTISET<" + Print(type.element_type(), summary) + ">";
    case TypeId::kMap:
      return "MAP<" + Print(type.key_type(), summary) + ", " + Print(type.value_type(), summary) +
             ">";
    case TypeId::kRow: {
      std::string out = "ROW<";
      bool first = true;
      for (const RowField& field : type.fields()) {
        if (!first) out += ", ";
        first = false;
        out += EscapeIdentifier(field.name);
        out += ' ';
        out += Print(*field.type, summary);
        if (!field.description.empty()) {
          // As Flink, the summary hides descriptions behind '...'.
          out += summary ? std::string(" '...'") : " '" + EscapeSingleQuotes(field.description) + "'";
        }
      }
      out += ">";
      return out;
    }
    case TypeId::kNull:
      return "NULL";
  }
  return "UNKNOWN";
}

}  // namespace

std::string LogicalType::ToString() const { return Print(*this, /*summary=*/false); }

std::string LogicalType::ToSummaryString() const { return Print(*this, /*summary=*/true); }

}  // namespace sluice
