// Helpers shared by the time families: Java SimpleDateFormat patterns, calendar fields, units.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "function/scalar/function_util.h"

namespace sluice {

// A SimpleDateFormat pattern compiled into fields and literals. Supported letters: y, M (1-2
// digits, MMM short name, MMMM full name), d, D (day of year), H, h, k, K, m, s, S (fraction,
// as many digits as letters), a (AM/PM), E (EEE / EEEE day names), Z / X (offset, UTC only: "+0000"
// / "Z"); 'quoted' text and '' for a quote.
class JavaDateFormat {
 public:
  // A user error for an unknown pattern letter.
  static Result<JavaDateFormat> Compile(std::string_view pattern);
  // Formats a local date-time given as microseconds since the epoch.
  std::string Format(int64_t local_micros) const;
  // Parses text (the whole text must match) into local microseconds since the epoch.
  std::optional<int64_t> Parse(std::string_view text) const;

 private:
  struct Field {
    char letter = 0;  // 0 for a literal
    int count = 0;
    std::string literal;
  };
  std::vector<Field> fields_;
};

// Calendar fields of local microseconds.
struct CivilTime {
  int64_t year;
  unsigned month;  // 1..12
  unsigned day;    // 1..31
  int hour, minute, second;
  int64_t micros;  // 0..999999
  int64_t days;    // since the epoch
};
CivilTime ToCivil(int64_t local_micros);
int64_t FromCivil(int64_t year, unsigned month, unsigned day, int hour, int minute, int second,
                  int64_t micros);
// 1 = Monday .. 7 = Sunday.
int IsoDayOfWeek(int64_t days);
// The ISO-8601 week number and week-based year of a day.
int IsoWeek(int64_t days, int64_t* iso_year = nullptr);
int DayOfYear(const CivilTime& c);

// Session offset in microseconds.
int64_t SessionOffsetMicros(const KernelContext& context);

// Reads a TIMESTAMP / TIMESTAMP_LTZ / DATE / TIME column row as local microseconds (LTZ is
// shifted to the session time zone; TIME gives the time of day on 1970-01-01).
int64_t LocalMicrosOf(const Column& c, size_t i, int64_t offset_micros);

// Parses a time-unit keyword argument (upper case, e.g. 'DAY'); nullopt when unknown.
enum class TimeUnitKind {
  kMillennium, kCentury, kDecade, kYear, kQuarter, kMonth, kWeek, kDay, kHour, kMinute, kSecond,
  kMillisecond, kMicrosecond, kNanosecond, kDow, kIsoDow, kDoy, kEpoch, kIsoYear
};
std::optional<TimeUnitKind> ParseTimeUnit(std::string_view name);

// The unit argument at `index`, which must be a constant string naming a unit.
Result<TimeUnitKind> ConstantUnit(const FunctionDescription& d,
                                  const std::vector<const Value*>& constants, size_t index);

}  // namespace sluice
