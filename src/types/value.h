// Value: one scalar of any LogicalType, with its type (the slow, row-at-a-time representation).
//
// Values are for constants (literals, folded expressions), VALUES rows, tests, parameters and
// printing. The execution hot path works on Columns (vector/column.h), never on Values.
//
// Storage, by type root (the same units as the columnar layout, see vector/column.h):
//   BOOLEAN                              bool
//   TINYINT, SMALLINT, INT, BIGINT       int64_t (the value; range is the type's)
//   FLOAT / DOUBLE                       float / double
//   DECIMAL(p, s)                        Int128 unscaled value; the scale comes from the type
//   CHAR, VARCHAR, BINARY, VARBINARY     std::string (bytes for the binary types)
//   DATE                                 int64_t days since 1970-01-01
//   TIME(p)                              int64_t nanoseconds of the day
//   TIMESTAMP(p), TIMESTAMP_LTZ(p)       int64_t microseconds since 1970-01-01 00:00:00
//                                        (UTC for LTZ); precision 7..9 is truncated to micros
//   INTERVAL YEAR TO MONTH family        int64_t months
//   INTERVAL DAY TO SECOND family        int64_t milliseconds (as Flink)
//   ARRAY, MULTISET, ROW                 std::vector<Value> (elements / fields in order)
//   MAP                                  std::vector<std::pair<Value, Value>> (entries in order)
//   NULL (any type)                      nothing: is_null() is true
// A default-constructed Value is a NULL of the NULL type.
//
// Equality, order and hash (for GROUP BY, DISTINCT, joins and sorting on Values):
//   Compare is a total order. NULL sorts before every non-NULL value; two NULLs are equal.
//   Numbers of any numeric type compare by numeric value (INT 1 == DOUBLE 1.0 == DECIMAL 1.00);
//   -0.0 equals 0.0 and NaN equals NaN and is greater than every other number. Character and
//   binary strings compare bytewise (unsigned). Temporals and intervals compare by their stored
//   integer within the same type root. ARRAY/MULTISET/ROW compare element-wise then by length;
//   MAP entry by entry in stored order. Values of unrelated roots order by type root.
//   operator== is Compare(...) == 0; the type's nullability and parameters are not compared.
//   Hash is consistent with operator== (equal values hash equally, across numeric types too).
//
// Thread-safety: a plain value; copies may be used from any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "common/status.h"
#include "types/logical_type.h"

namespace sluice {

// The physical representation of DECIMAL(p, s): the unscaled value (value * 10^s).
using Int128 = __int128;

class Value;
using MapEntries = std::vector<std::pair<Value, Value>>;

class Value {
 public:
  // A NULL of the NULL type.
  Value() = default;

  // ---- Factories. Each returns a non-NULL value of a nullable type, unless said otherwise. ----
  static Value Null(LogicalType type);  // a NULL of `type`
  static Value Boolean(bool v);
  static Value TinyInt(int8_t v);
  static Value SmallInt(int16_t v);
  static Value Int(int32_t v);
  static Value BigInt(int64_t v);
  static Value Float(float v);
  static Value Double(double v);
  // `unscaled` is value * 10^scale; the caller guarantees it fits `precision` digits.
  static Value Decimal(Int128 unscaled, int32_t precision, int32_t scale);
  static Value String(std::string v);  // STRING = VARCHAR(2147483647)
  static Value Char(std::string v);    // CHAR(length of v), as Flink types a literal 'abc'
  static Value VarChar(std::string v, int32_t length);
  static Value Bytes(std::string v);   // BYTES = VARBINARY(2147483647)
  static Value Binary(std::string v);  // BINARY(length of v), as Flink types X'0A0B'
  static Value Date(int32_t days);
  static Value Time(int64_t nanos_of_day, int32_t precision = 0);
  static Value Timestamp(int64_t micros, int32_t precision = 6);
  static Value TimestampLtz(int64_t micros, int32_t precision = 6);
  // INTERVAL YEAR TO MONTH (default resolution) holding `months`.
  static Value IntervalYearMonth(int64_t months,
                                 IntervalResolution resolution = IntervalResolution::kYearToMonth);
  // INTERVAL DAY TO SECOND(3) (default resolution) holding `millis`.
  static Value IntervalDayTime(int64_t millis,
                               IntervalResolution resolution = IntervalResolution::kDayToSecond,
                               int32_t fractional_precision = 3);
  static Value Array(LogicalType element_type, std::vector<Value> elements);
  static Value Multiset(LogicalType element_type, std::vector<Value> elements);
  static Value Map(LogicalType key_type, LogicalType value_type, MapEntries entries);
  // `row_type` must be a ROW type with as many fields as `fields`.
  static Value Row(LogicalType row_type, std::vector<Value> fields);

  // Generic factories for code that works from a type (no checks beyond debug asserts that the
  // storage matches the type root, see the table above).
  static Value FromInt64(LogicalType type, int64_t v);  // integers, temporals, intervals
  static Value FromInt128(LogicalType type, Int128 unscaled);  // DECIMAL
  static Value FromString(LogicalType type, std::string v);    // character/binary strings
  static Value FromList(LogicalType type, std::vector<Value> elements);  // ARRAY/MULTISET/ROW

  // ---- Accessors. Preconditions: !is_null() and the matching storage (asserted in debug). ----
  const LogicalType& type() const { return type_; }
  bool is_null() const { return std::holds_alternative<std::monostate>(data_); }

  bool GetBool() const { return std::get<bool>(data_); }
  // Any type stored as int64_t (integers, DATE, TIME, TIMESTAMP[_LTZ], intervals).
  int64_t GetInt64() const { return std::get<int64_t>(data_); }
  float GetFloat() const { return std::get<float>(data_); }
  double GetDouble() const { return std::get<double>(data_); }
  Int128 GetDecimal() const { return std::get<Int128>(data_); }  // unscaled
  const std::string& GetString() const { return std::get<std::string>(data_); }
  const std::vector<Value>& GetList() const { return std::get<std::vector<Value>>(data_); }
  const MapEntries& GetMap() const { return std::get<MapEntries>(data_); }

  // Any numeric value (integers, FLOAT, DOUBLE, DECIMAL) as a double; 0 for NULL.
  double ToDouble() const;

  // Returns this value with its type replaced by `type`, which must have the same storage (e.g.
  // to make a literal NOT NULL, or to retype a STRING as VARCHAR(10)). No conversion happens.
  Value WithType(LogicalType type) const;

  // ---- Printing. ----
  // The text Flink's SQL client shows for this value (the same as CAST(x AS STRING)):
  //   BOOLEAN TRUE / FALSE; integers plain; FLOAT/DOUBLE as Java's Float/Double.toString
  //   (1.0, 0.1, 1.0E10, 1.2345E-5, NaN, Infinity); DECIMAL with exactly `scale` digits (12.30);
  //   DATE 2024-01-31; TIME 12:34:56 with the type's precision in fractional digits;
  //   TIMESTAMP(p) 2024-01-31 12:34:56.123 with exactly p fractional digits (none for p = 0);
  //   TIMESTAMP_LTZ the same, shifted to `time_zone` (only "UTC" and fixed offsets like "+08:00"
  //   are understood for now); INTERVAL YEAR TO MONTH +1-02; INTERVAL DAY TO SECOND
  //   +1 02:03:04.005; strings as is; BINARY/VARBINARY x'0a0b'; ARRAY and MULTISET [1, 2];
  //   MAP {a=1, b=2}; ROW (1, abc). NULL nested in a constructed value prints NULL; a top-level
  //   NULL prints "NULL" (callers that show <NULL> check is_null() first).
  std::string ToDisplayString(std::string_view time_zone = "UTC") const;

  // A SQL literal that parses back to an equal value of the same type, for EXPLAIN and folded
  // constants: TRUE, 1, CAST(1 AS TINYINT), 1.5E0, CAST(1.5 AS FLOAT), 12.30, 'it''s',
  // X'0A0B', DATE '2024-01-31', TIME '12:34:56', TIMESTAMP '2024-01-31 12:34:56.123',
  // INTERVAL '1-02' YEAR TO MONTH, ARRAY[1, 2], MAP['a', 1], ROW(1, 'abc'), CAST(NULL AS INT).
  std::string ToSqlLiteral() const;

  // ---- Comparison (see the file comment). ----
  static int Compare(const Value& a, const Value& b);
  bool operator==(const Value& other) const { return Compare(*this, other) == 0; }
  bool operator!=(const Value& other) const { return Compare(*this, other) != 0; }
  bool operator<(const Value& other) const { return Compare(*this, other) < 0; }
  size_t Hash() const;

 private:
  using Storage = std::variant<std::monostate, bool, int64_t, float, double, Int128, std::string,
                               std::vector<Value>, MapEntries>;

  Value(LogicalType type, Storage data) : type_(std::move(type)), data_(std::move(data)) {}

  LogicalType type_ = LogicalType::Null();
  Storage data_;
};

// For std::unordered_map<Value, ...> and friends.
struct ValueHash {
  size_t operator()(const Value& v) const { return v.Hash(); }
};

// Hash and equality of a whole row of values (GROUP BY keys, DISTINCT rows).
struct ValueRowHash {
  size_t operator()(const std::vector<Value>& row) const;
};

// Parses `text` as a value of `type` with Flink's CAST(STRING AS type) rules:
//   numbers: surrounding whitespace is trimmed; integers must be in range; DECIMAL rounds
//     HALF_UP to the scale and must fit the precision; FLOAT/DOUBLE accept Java's forms (1e10,
//     NaN, Infinity, -Infinity);
//   BOOLEAN: true/false, t/f, yes/no, y/n, 1/0, case-insensitively, trimmed;
//   DATE yyyy-MM-dd (also single-digit month/day); TIME HH:mm:ss[.fffffffff];
//   TIMESTAMP / TIMESTAMP_LTZ yyyy-MM-dd[( |T)HH:mm[:ss[.fffffffff]]] (LTZ taken as UTC),
//     fractional digits beyond the type's precision truncated;
//   CHAR/VARCHAR: the text itself (no padding or truncation here);
//   BINARY/VARBINARY: the UTF-8 bytes of the text;
//   intervals: Flink's printed forms (+1-02, -1 02:03:04.005), or a plain integer number of
//     months / milliseconds.
// Constructed types (ARRAY, MAP, ROW) are not parseable from text. A failure is a user error
// naming the text and the type, e.g. "Cannot parse 'abc' as INT.", "Value 300 is out of range
// for TINYINT.", "Cannot parse '2024-13-01' as DATE.".
Result<Value> ParseValue(std::string_view text, const LogicalType& type);

// Formats a double / float exactly as Java's Double.toString / Float.toString.
std::string FormatJavaDouble(double v);
std::string FormatJavaFloat(float v);

// Formats an unscaled decimal with exactly `scale` fractional digits ("-0.05", "12.30").
std::string FormatDecimal(Int128 unscaled, int32_t scale);

// Calendar helpers shared by casts, formats and functions (proleptic Gregorian, as Java's
// LocalDate). Days are relative to 1970-01-01.
int64_t DaysFromCivil(int64_t year, unsigned month, unsigned day);
void CivilFromDays(int64_t days, int64_t* year, unsigned* month, unsigned* day);

}  // namespace sluice
