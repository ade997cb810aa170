// Internal text helpers shared by Value printing and parsing (and by casts and formats that
// want the same texts). Not part of the stable Value API.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::text {

// Floor division (rounds towards negative infinity).
int64_t FloorDiv(int64_t a, int64_t b);
// 2024-01-31 from days since the epoch.
std::string FormatDate(int64_t days);
// 12:34:56[.fff...] with `precision` fractional digits (truncated).
std::string FormatTime(int64_t nanos_of_day, int32_t precision);
// 2024-01-31 12:34:56[.fff...] with `precision` fractional digits (truncated).
std::string FormatTimestamp(int64_t micros, int32_t precision);
// +1-02 (years-months).
std::string FormatIntervalYearMonth(int64_t months);
// +1 02:03:04.005 (days hours:minutes:seconds.millis).
std::string FormatIntervalDayTime(int64_t millis);
// Hex digits of `bytes`, lower or upper case.
std::string FormatHex(std::string_view bytes, bool upper);
// "UTC", "Z", "GMT", "+08:00", "-0530", "UTC+8" -> seconds east of UTC. False when unknown.
bool ParseZoneOffset(std::string_view zone, int64_t* offset_seconds);

}  // namespace sluice::text
