// Parsing of duration option values with the grammar of Flink's TimeUtils.parseDuration, so
// that values copied from Flink scripts ('3 min', '30 s', '500 ms', '1h', '2 days') mean the same.
//
// Grammar: optional whitespace, a non-negative integer, optional whitespace, an optional unit,
// optional whitespace. Units (case-insensitive): d | day | days, h | hour | hours,
// min | m | minute | minutes, s | sec | secs | second | seconds,
// ms | milli | millis | millisecond | milliseconds, us | µs | micro | micros | microsecond |
// microseconds, ns | nano | nanos | nanosecond | nanoseconds. A number without a unit is in
// milliseconds (as Flink).
#pragma once

#include <chrono>
#include <string_view>

#include "common/status.h"

namespace sluice {

// Returns the duration, or a user error naming the text and the accepted units.
Result<std::chrono::nanoseconds> ParseDuration(std::string_view text);

}  // namespace sluice
