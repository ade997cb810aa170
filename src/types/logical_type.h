// LogicalType: Flink's SQL type system (org.apache.flink.table.types.logical).
//
// A LogicalType is an immutable value: a type root (TypeId), nullability, the parameters of the
// root (length, precision, scale, interval resolution) and, for ARRAY / MULTISET / MAP / ROW, the
// child types. Types compare by value (operator==), nullability included.
//
// Two printings exist, as in Flink:
//   ToString()         the full, re-parseable form used by SHOW CREATE:  VARCHAR(2147483647) NOT NULL
//   ToSummaryString()  the short form used by DESCRIBE and result headers: STRING NOT NULL
// Both are re-parseable by ParseLogicalType.
//
// Thread-safety: immutable after construction; share freely.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace sluice {

enum class TypeId {
  kBoolean,
  kTinyInt,
  kSmallInt,
  kInt,
  kBigInt,
  kFloat,
  kDouble,
  kDecimal,       // precision 1..38, scale 0..precision; DECIMAL = DECIMAL(10, 0)
  kChar,          // length 1..INT32_MAX; CHAR = CHAR(1)
  kVarChar,       // length 1..INT32_MAX; STRING = VARCHAR = VARCHAR(2147483647) (Flink SQL)
  kBinary,        // length 1..INT32_MAX; BINARY = BINARY(1)
  kVarBinary,     // length 1..INT32_MAX; BYTES = VARBINARY(2147483647)
  kDate,
  kTime,          // precision 0..9 (fractional seconds); TIME = TIME(0)
  kTimestamp,     // TIMESTAMP(p) [WITHOUT TIME ZONE], precision 0..9; TIMESTAMP = TIMESTAMP(6)
  kTimestampLtz,  // TIMESTAMP_LTZ(p) = TIMESTAMP(p) WITH LOCAL TIME ZONE; default precision 6
  kIntervalYearMonth,  // INTERVAL YEAR[(p)] [TO MONTH] | INTERVAL MONTH
  kIntervalDayTime,    // INTERVAL DAY[(p)] [TO HOUR|MINUTE|SECOND[(f)]] | HOUR ... | SECOND[(f)]
  kArray,
  kMultiset,
  kMap,
  kRow,
  kNull,  // the type of an untyped NULL literal
};

// The resolution of an interval type, as Flink's YearMonthResolution / DayTimeResolution.
enum class IntervalResolution {
  kYear,
  kYearToMonth,
  kMonth,
  kDay,
  kDayToHour,
  kDayToMinute,
  kDayToSecond,
  kHour,
  kHourToMinute,
  kHourToSecond,
  kMinute,
  kMinuteToSecond,
  kSecond,
};

class LogicalType;

// One field of a ROW type.
struct RowField {
  std::string name;
  std::shared_ptr<const LogicalType> type;
  std::string description;  // empty when none
};

class LogicalType {
 public:
  static constexpr int32_t kMaxLength = std::numeric_limits<int32_t>::max();

  // Factories. Every factory returns a nullable type; use NotNull() for NOT NULL.
  static LogicalType Boolean();
  static LogicalType TinyInt();
  static LogicalType SmallInt();
  static LogicalType Int();
  static LogicalType BigInt();
  static LogicalType Float();
  static LogicalType Double();
  static LogicalType Decimal(int32_t precision = 10, int32_t scale = 0);
  static LogicalType Char(int32_t length = 1);
  static LogicalType VarChar(int32_t length = 1);
  static LogicalType String();  // VARCHAR(2147483647)
  static LogicalType Binary(int32_t length = 1);
  static LogicalType VarBinary(int32_t length = 1);
  static LogicalType Bytes();  // VARBINARY(2147483647)
  static LogicalType Date();
  static LogicalType Time(int32_t precision = 0);
  static LogicalType Timestamp(int32_t precision = 6);
  static LogicalType TimestampLtz(int32_t precision = 6);
  // year_precision 1..4 (default 2) for YEAR/YEAR TO MONTH; day_precision 1..6 (default 2) and
  // fractional_precision 0..9 (default 6) for day-time intervals.
  // As in Flink, a precision that a resolution does not show is fixed to its default: MONTH keeps
  // year precision 2, HOUR..SECOND keep day precision 2, DAY..MINUTE keep fractional precision 6.
  static LogicalType IntervalYearMonth(IntervalResolution resolution, int32_t year_precision = 2);
  static LogicalType IntervalDayTime(IntervalResolution resolution, int32_t day_precision = 2,
                                     int32_t fractional_precision = 6);
  static LogicalType Array(LogicalType element);
  static LogicalType Multiset(LogicalType element);
  static LogicalType Map(LogicalType key, LogicalType value);
  static LogicalType Row(std::vector<RowField> fields);
  static LogicalType Null();

  // Convenience for building ROW types.
  static RowField Field(std::string name, LogicalType type, std::string description = "");

  TypeId id() const { return id_; }
  bool nullable() const { return nullable_; }
  // The NULL type is always nullable: WithNullable(false) on it returns it unchanged.
  LogicalType WithNullable(bool nullable) const;
  LogicalType NotNull() const { return WithNullable(false); }

  // CHAR/VARCHAR/BINARY/VARBINARY length.
  int32_t length() const { return length_; }
  // DECIMAL/TIME/TIMESTAMP/TIMESTAMP_LTZ precision; interval year or day precision.
  int32_t precision() const { return precision_; }
  // DECIMAL scale; interval fractional-second precision.
  int32_t scale() const { return scale_; }
  IntervalResolution interval_resolution() const { return resolution_; }

  // ARRAY / MULTISET element; MAP key and value. Precondition: the matching type root.
  const LogicalType& element_type() const { return *children_.at(0); }
  const LogicalType& key_type() const { return *children_.at(0); }
  const LogicalType& value_type() const { return *children_.at(1); }
  // ROW fields. Empty for other roots.
  const std::vector<RowField>& fields() const { return fields_; }

  // Classification helpers (Flink's LogicalTypeFamily).
  bool IsNumeric() const;         // TINYINT..DOUBLE, DECIMAL
  bool IsIntegral() const;        // TINYINT..BIGINT
  bool IsApproximateNumeric() const;  // FLOAT, DOUBLE
  bool IsCharacterString() const;     // CHAR, VARCHAR
  bool IsBinaryString() const;        // BINARY, VARBINARY
  bool IsTemporal() const;            // DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ
  bool IsInterval() const;
  bool IsConstructed() const;  // ARRAY, MULTISET, MAP, ROW

  std::string ToString() const;
  std::string ToSummaryString() const;

  // Checks the parameters against Flink's bounds (e.g. DECIMAL precision 1..38, VARCHAR length
  // >= 1, unique non-blank ROW field names, recursively for children) and returns a user error
  // with Flink's wording ("Decimal precision must be between 1 and 38 (both inclusive).") when
  // one is out of range. Factories do not validate; ParseLogicalType always does.
  Status Validate() const;

  bool operator==(const LogicalType& other) const;
  bool operator!=(const LogicalType& other) const { return !(*this == other); }

 private:
  LogicalType(TypeId id) : id_(id) {}  // NOLINT

  TypeId id_;
  bool nullable_ = true;
  int32_t length_ = 0;
  int32_t precision_ = 0;
  int32_t scale_ = 0;
  IntervalResolution resolution_ = IntervalResolution::kSecond;
  std::vector<std::shared_ptr<const LogicalType>> children_;
  std::vector<RowField> fields_;
};

// Parses one type in Flink SQL syntax, case-insensitively: INT, INTEGER, VARCHAR(10), STRING,
// DECIMAL(10, 2), DEC, NUMERIC, TIMESTAMP(3), TIMESTAMP(3) WITHOUT TIME ZONE,
// TIMESTAMP(3) WITH LOCAL TIME ZONE, TIMESTAMP_LTZ(3), INTERVAL DAY(2) TO SECOND(3), ARRAY<INT>,
// INT ARRAY, MAP<STRING, INT>, MULTISET<INT>, ROW<a INT, b STRING 'desc'>, ROW(a INT, b STRING),
// with an optional trailing NOT NULL / NULL at every level.
//
// Parsing starts at the beginning of `text` (leading whitespace is skipped) and stops after the
// longest type; `consumed` (when not null) receives the number of characters used, so a caller
// can parse a type embedded in a larger statement. Errors are user errors whose message names
// what was expected, e.g. "Invalid type: expected '>' after ARRAY element type, found 'x'", with
// the 1-based line/column of the problem relative to `text` (Status::WithPosition).
Result<LogicalType> ParseLogicalType(std::string_view text, size_t* consumed = nullptr);

}  // namespace sluice
