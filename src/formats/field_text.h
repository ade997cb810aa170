// Conversions between text fields and column rows, shared by the csv and json formats: parsing
// straight into typed columns (fast paths for numbers and strings, Flink's CAST rules through
// ParseValue otherwise), and Flink's text for values (as its CSV / JSON formats write them).
//
// Thread-safety: free functions.
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"
#include "vector/column.h"

namespace sluice {

// Appends `text` parsed as the column's type. An empty text is NULL for every type but the
// character strings (where it is the empty string). Errors are user errors naming the text and
// the type ("Cannot parse 'abc' as INT.").
Status AppendFieldText(Column* column, std::string_view text);

// How temporal values are written: Flink's SQL format ("2024-01-31 12:34:56.123") or ISO-8601
// ("2024-01-31T12:34:56.123"); TIMESTAMP_LTZ adds 'Z'. Fractional seconds drop trailing zeros.
enum class TimestampStyle { kSql, kIso8601 };

// The text of a non-NULL row (caller checks IsNull): booleans true/false, numbers as Java,
// DECIMAL plain, bytes as base64, temporals per `style`, intervals and nested values as the SQL
// client shows them.
void AppendValueText(const Column& column, size_t row, TimestampStyle style, std::string* out);

// "2024-01-31 12:34:56.5" from microseconds, with `separator` between date and time.
std::string FormatTimestampText(int64_t micros, char separator);
// "12:34:56.5" from nanoseconds of the day.
std::string FormatTimeText(int64_t nanos_of_day);
std::string Base64Encode(std::string_view bytes);
// False when `text` is not valid base64.
bool Base64Decode(std::string_view text, std::string* out);

}  // namespace sluice
