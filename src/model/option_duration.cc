#include "model/option_duration.h"

#include <cstdint>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "model/option_text.h"

namespace sluice {

namespace {

// Nanoseconds per unit, for each accepted unit label (lower-case).
struct UnitLabel {
  const char* label;
  int64_t nanos;
};

constexpr int64_t kMicro = 1000;
constexpr int64_t kMilli = 1000 * kMicro;
constexpr int64_t kSecond = 1000 * kMilli;
constexpr int64_t kMinute = 60 * kSecond;
constexpr int64_t kHour = 60 * kMinute;
constexpr int64_t kDay = 24 * kHour;

constexpr UnitLabel kUnits[] = {
    {"d", kDay},
    {"day", kDay},
    {"days", kDay},
    {"h", kHour},
    {"hour", kHour},
    {"hours", kHour},
    {"min", kMinute},
    {"m", kMinute},
    {"minute", kMinute},
    {"minutes", kMinute},
    {"s", kSecond},
    {"sec", kSecond},
    {"secs", kSecond},
    {"second", kSecond},
    {"seconds", kSecond},
    {"ms", kMilli},
    {"milli", kMilli},
    {"millis", kMilli},
    {"millisecond", kMilli},
    {"milliseconds", kMilli},
    {"us", kMicro},
    {"\xC2\xB5s", kMicro},  // µs
    {"micro", kMicro},
    {"micros", kMicro},
    {"microsecond", kMicro},
    {"microseconds", kMicro},
    {"ns", 1},
    {"nano", 1},
    {"nanos", 1},
    {"nanosecond", 1},
    {"nanoseconds", 1},
};

Status InvalidDuration(std::string_view text, std::string_view reason) {
  return Status::UserError(fmt::format(
      "Invalid duration '{}': {}. Expected a number followed by a time unit (d, h, min, s, ms, "
      "us, ns), e.g. '30 s'.",
      text, reason));
}

}  // namespace

Result<std::chrono::nanoseconds> ParseDuration(std::string_view text) {
  std::string_view trimmed = TrimAscii(text);
  if (trimmed.empty()) return InvalidDuration(text, "the value is empty");
  size_t digits = 0;
  while (digits < trimmed.size() && trimmed[digits] >= '0' && trimmed[digits] <= '9') ++digits;
  if (digits == 0) return InvalidDuration(text, "it does not start with a number");

  uint64_t number = 0;
  for (size_t i = 0; i < digits; ++i) {
    uint64_t digit = static_cast<uint64_t>(trimmed[i] - '0');
    if (number > (std::numeric_limits<uint64_t>::max() - digit) / 10) {
      return InvalidDuration(text, "the number is too large");
    }
    number = number * 10 + digit;
  }

  std::string unit = ToLowerAscii(TrimAscii(trimmed.substr(digits)));
  int64_t nanos_per_unit = kMilli;  // no unit: milliseconds, as Flink
  if (!unit.empty()) {
    nanos_per_unit = 0;
    for (const UnitLabel& candidate : kUnits) {
      if (unit == candidate.label) {
        nanos_per_unit = candidate.nanos;
        break;
      }
    }
    if (nanos_per_unit == 0) {
      return InvalidDuration(text, fmt::format("unknown time unit '{}'", unit));
    }
  }
  const auto max_units =
      static_cast<uint64_t>(std::numeric_limits<int64_t>::max() / nanos_per_unit);
  if (number > max_units) return InvalidDuration(text, "the duration is too long");
  return std::chrono::nanoseconds(static_cast<int64_t>(number) * nanos_per_unit);
}

}  // namespace sluice
