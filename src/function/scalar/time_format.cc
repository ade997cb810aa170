// Java SimpleDateFormat patterns (for DATE_FORMAT, TO_TIMESTAMP, UNIX_TIMESTAMP, FROM_UNIXTIME)
// and calendar helpers.
#include <fmt/format.h>

#include <cctype>

#include "function/scalar/arithmetic_internal.h"
#include "function/scalar/time_internal.h"
#include "function/cast/cast_internal.h"
#include "types/value.h"

namespace sluice {
namespace {

const char* const kMonthNames[] = {"January", "February", "March",     "April",
                                   "May",     "June",     "July",      "August",
                                   "September", "October", "November", "December"};
const char* const kDayNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                 "Friday", "Saturday", "Sunday"};

void AppendPadded(int64_t v, int width, std::string* out) {
  std::string digits = std::to_string(v < 0 ? -v : v);
  if (v < 0) out->push_back('-');
  for (int k = static_cast<int>(digits.size()); k < width; ++k) out->push_back('0');
  out->append(digits);
}

bool ReadNumber(std::string_view text, size_t* pos, int min_digits, int max_digits,
                int64_t* value) {
  size_t start = *pos;
  bool negative = false;
  if (*pos < text.size() && (text[*pos] == '-' || text[*pos] == '+') && max_digits > 4) {
    negative = text[*pos] == '-';
    ++*pos;
  }
  size_t digits_start = *pos;
  int64_t v = 0;
  while (*pos < text.size() && std::isdigit(static_cast<unsigned char>(text[*pos])) &&
         static_cast<int>(*pos - digits_start) < max_digits) {
    v = v * 10 + (text[*pos] - '0');
    ++*pos;
  }
  if (static_cast<int>(*pos - digits_start) < min_digits) {
    *pos = start;
    return false;
  }
  *value = negative ? -v : v;
  return true;
}

bool ReadName(std::string_view text, size_t* pos, const char* const* names, size_t count,
              int64_t* index) {
  for (size_t k = 0; k < count; ++k) {
    std::string_view full(names[k]);
    for (size_t len : {full.size(), size_t{3}}) {
      if (text.size() - *pos >= len) {
        bool same = true;
        for (size_t c = 0; c < len && same; ++c) {
          same = std::tolower(static_cast<unsigned char>(text[*pos + c])) ==
                 std::tolower(static_cast<unsigned char>(full[c]));
        }
        if (same) {
          *pos += len;
          *index = static_cast<int64_t>(k);
          return true;
        }
      }
    }
  }
  return false;
}

}  // namespace

CivilTime ToCivil(int64_t local_micros) {
  CivilTime c{};
  c.days = FloorDiv(local_micros, kMicrosPerDay);
  int64_t rest = local_micros - c.days * kMicrosPerDay;
  CivilFromDays(c.days, &c.year, &c.month, &c.day);
  int64_t seconds = rest / 1000000;
  c.micros = rest % 1000000;
  c.hour = static_cast<int>(seconds / 3600);
  c.minute = static_cast<int>((seconds / 60) % 60);
  c.second = static_cast<int>(seconds % 60);
  return c;
}

int64_t FromCivil(int64_t year, unsigned month, unsigned day, int hour, int minute, int second,
                  int64_t micros) {
  return DaysFromCivil(year, month, day) * kMicrosPerDay +
         (int64_t{hour} * 3600 + minute * 60 + second) * 1000000 + micros;
}

int IsoDayOfWeek(int64_t days) {
  // 1970-01-01 was a Thursday (4).
  return static_cast<int>(FloorMod(days + 3, 7)) + 1;
}

int IsoWeek(int64_t days, int64_t* iso_year) {
  // The Thursday of this ISO week decides the year.
  int64_t thursday = days - IsoDayOfWeek(days) + 4;
  int64_t y;
  unsigned m, d;
  CivilFromDays(thursday, &y, &m, &d);
  int64_t first = DaysFromCivil(y, 1, 1);
  if (iso_year != nullptr) *iso_year = y;
  return static_cast<int>((thursday - first) / 7) + 1;
}

int DayOfYear(const CivilTime& c) {
  return static_cast<int>(c.days - DaysFromCivil(c.year, 1, 1)) + 1;
}

int64_t SessionOffsetMicros(const KernelContext& context) {
  return ZoneOffsetSeconds(context.session_time_zone) * 1000000;
}

int64_t LocalMicrosOf(const Column& c, size_t i, int64_t offset_micros) {
  switch (c.type().id()) {
    case TypeId::kDate:
      return int64_t{c.Get<int32_t>(i)} * kMicrosPerDay;
    case TypeId::kTime:
      return c.Get<int64_t>(i) / 1000;
    case TypeId::kTimestampLtz:
      return c.Get<int64_t>(i) + offset_micros;
    default:
      return c.Get<int64_t>(i);
  }
}

Result<JavaDateFormat> JavaDateFormat::Compile(std::string_view pattern) {
  JavaDateFormat f;
  size_t i = 0;
  while (i < pattern.size()) {
    char c = pattern[i];
    if (c == '\'') {
      Field lit;
      ++i;
      if (i < pattern.size() && pattern[i] == '\'') {
        lit.literal = "'";
        ++i;
      } else {
        while (i < pattern.size()) {
          if (pattern[i] == '\'') {
            if (i + 1 < pattern.size() && pattern[i + 1] == '\'') {
              lit.literal.push_back('\'');
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          lit.literal.push_back(pattern[i++]);
        }
      }
      f.fields_.push_back(std::move(lit));
      continue;
    }
    if (std::isalpha(static_cast<unsigned char>(c))) {
      static const std::string_view kKnown = "yMdDHhkKmsSaEZXu";
      if (kKnown.find(c) == std::string_view::npos) {
        return Status::UserError(
            fmt::format("Illegal pattern character '{}' in date format '{}'.", c, pattern));
      }
      Field field;
      field.letter = c;
      while (i < pattern.size() && pattern[i] == c) {
        ++field.count;
        ++i;
      }
      f.fields_.push_back(std::move(field));
      continue;
    }
    Field lit;
    lit.literal.push_back(c);
    ++i;
    f.fields_.push_back(std::move(lit));
  }
  return f;
}

std::string JavaDateFormat::Format(int64_t local_micros) const {
  CivilTime c = ToCivil(local_micros);
  std::string out;
  for (const Field& f : fields_) {
    switch (f.letter) {
      case 0:
        out.append(f.literal);
        break;
      case 'y':
        if (f.count == 2) {
          AppendPadded(FloorMod(c.year, 100), 2, &out);
        } else {
          AppendPadded(c.year, f.count, &out);
        }
        break;
      case 'M':
        if (f.count >= 4) {
          out.append(kMonthNames[c.month - 1]);
        } else if (f.count == 3) {
          out.append(std::string_view(kMonthNames[c.month - 1]).substr(0, 3));
        } else {
          AppendPadded(c.month, f.count, &out);
        }
        break;
      case 'd':
        AppendPadded(c.day, f.count, &out);
        break;
      case 'D':
        AppendPadded(DayOfYear(c), f.count, &out);
        break;
      case 'H':
        AppendPadded(c.hour, f.count, &out);
        break;
      case 'k':
        AppendPadded(c.hour == 0 ? 24 : c.hour, f.count, &out);
        break;
      case 'K':
        AppendPadded(c.hour % 12, f.count, &out);
        break;
      case 'h':
        AppendPadded(c.hour % 12 == 0 ? 12 : c.hour % 12, f.count, &out);
        break;
      case 'm':
        AppendPadded(c.minute, f.count, &out);
        break;
      case 's':
        AppendPadded(c.second, f.count, &out);
        break;
      case 'S': {
        // SimpleDateFormat prints milliseconds as a number; S..SSS is the usual use.
        int64_t millis = c.micros / 1000;
        if (f.count <= 3) {
          AppendPadded(millis, f.count, &out);
        } else {
          std::string digits = fmt::format("{:06d}", c.micros);
          while (static_cast<int>(digits.size()) < f.count) digits.push_back('0');
          out.append(digits.substr(0, static_cast<size_t>(f.count)));
        }
        break;
      }
      case 'a':
        out.append(c.hour < 12 ? "AM" : "PM");
        break;
      case 'E': {
        std::string_view name = kDayNames[IsoDayOfWeek(c.days) - 1];
        out.append(f.count >= 4 ? name : name.substr(0, 3));
        break;
      }
      case 'u':
        AppendPadded(IsoDayOfWeek(c.days), f.count, &out);
        break;
      case 'Z':
        out.append("+0000");
        break;
      case 'X':
        out.append("Z");
        break;
    }
  }
  return out;
}

std::optional<int64_t> JavaDateFormat::Parse(std::string_view text) const {
  int64_t year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0, micros = 0;
  int64_t day_of_year = -1;
  bool pm = false;
  bool has_ampm = false;
  size_t pos = 0;
  for (size_t k = 0; k < fields_.size(); ++k) {
    const Field& f = fields_[k];
    // A numeric field followed directly by another numeric field reads exactly `count` digits.
    bool adjacent = k + 1 < fields_.size() && fields_[k + 1].letter != 0;
    int max_digits = adjacent ? f.count : 9;
    int64_t v = 0;
    switch (f.letter) {
      case 0:
        if (text.substr(pos, f.literal.size()) != f.literal) return std::nullopt;
        pos += f.literal.size();
        break;
      case 'y':
        if (!ReadNumber(text, &pos, 1, adjacent ? f.count : 9, &v)) return std::nullopt;
        year = (f.count == 2 && v < 100) ? 2000 + v : v;
        break;
      case 'M':
        if (f.count >= 3) {
          if (!ReadName(text, &pos, kMonthNames, 12, &v)) return std::nullopt;
          month = v + 1;
        } else {
          if (!ReadNumber(text, &pos, 1, max_digits, &month)) return std::nullopt;
        }
        break;
      case 'd':
        if (!ReadNumber(text, &pos, 1, max_digits, &day)) return std::nullopt;
        break;
      case 'D':
        if (!ReadNumber(text, &pos, 1, max_digits, &day_of_year)) return std::nullopt;
        break;
      case 'H':
      case 'k':
      case 'K':
      case 'h':
        if (!ReadNumber(text, &pos, 1, max_digits, &hour)) return std::nullopt;
        if (f.letter == 'k' && hour == 24) hour = 0;
        if (f.letter == 'h' && hour == 12) hour = 0;
        break;
      case 'm':
        if (!ReadNumber(text, &pos, 1, max_digits, &minute)) return std::nullopt;
        break;
      case 's':
        if (!ReadNumber(text, &pos, 1, max_digits, &second)) return std::nullopt;
        break;
      case 'S': {
        size_t start = pos;
        if (!ReadNumber(text, &pos, 1, max_digits, &v)) return std::nullopt;
        size_t digits = pos - start;
        // SimpleDateFormat reads S as milliseconds; more than 3 digits are a fraction here.
        if (digits <= 3) {
          micros = v * 1000;
        } else {
          while (digits < 6) {
            v *= 10;
            ++digits;
          }
          while (digits > 6) {
            v /= 10;
            --digits;
          }
          micros = v;
        }
        break;
      }
      case 'a':
        if (text.size() - pos < 2) return std::nullopt;
        has_ampm = true;
        pm = std::toupper(static_cast<unsigned char>(text[pos])) == 'P';
        pos += 2;
        break;
      case 'E': {
        if (!ReadName(text, &pos, kDayNames, 7, &v)) return std::nullopt;
        break;
      }
      case 'u':
        if (!ReadNumber(text, &pos, 1, max_digits, &v)) return std::nullopt;
        break;
      case 'Z':
      case 'X':
        if (pos < text.size() && text[pos] == 'Z') {
          ++pos;
        } else if (!ReadNumber(text, &pos, 4, 5, &v)) {
          return std::nullopt;
        }
        break;
    }
  }
  if (pos != text.size()) return std::nullopt;
  if (has_ampm && pm) hour += 12;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return std::nullopt;
  }
  int64_t days = DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  int64_t y2;
  unsigned m2, d2;
  CivilFromDays(days, &y2, &m2, &d2);
  if (d2 != day) return std::nullopt;  // e.g. February 30
  if (day_of_year > 0) days = DaysFromCivil(year, 1, 1) + day_of_year - 1;
  return days * kMicrosPerDay + (hour * 3600 + minute * 60 + second) * 1000000 + micros;
}

std::optional<TimeUnitKind> ParseTimeUnit(std::string_view name) {
  std::string upper;
  for (char c : name) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  if (!upper.empty() && upper.back() == 'S' && upper != "DOYS") upper.pop_back();  // plurals
  static const std::pair<const char*, TimeUnitKind> kUnits[] = {
      {"MILLENNIUM", TimeUnitKind::kMillennium}, {"CENTURY", TimeUnitKind::kCentury},
      {"DECADE", TimeUnitKind::kDecade},         {"YEAR", TimeUnitKind::kYear},
      {"QUARTER", TimeUnitKind::kQuarter},       {"MONTH", TimeUnitKind::kMonth},
      {"WEEK", TimeUnitKind::kWeek},             {"DAY", TimeUnitKind::kDay},
      {"HOUR", TimeUnitKind::kHour},             {"MINUTE", TimeUnitKind::kMinute},
      {"SECOND", TimeUnitKind::kSecond},         {"MILLISECOND", TimeUnitKind::kMillisecond},
      {"MICROSECOND", TimeUnitKind::kMicrosecond}, {"NANOSECOND", TimeUnitKind::kNanosecond},
      {"DOW", TimeUnitKind::kDow},               {"ISODOW", TimeUnitKind::kIsoDow},
      {"DOY", TimeUnitKind::kDoy},               {"EPOCH", TimeUnitKind::kEpoch},
      {"ISOYEAR", TimeUnitKind::kIsoYear},       {"SQL_TSI_YEAR", TimeUnitKind::kYear},
      {"SQL_TSI_MONTH", TimeUnitKind::kMonth},   {"SQL_TSI_DAY", TimeUnitKind::kDay},
      {"SQL_TSI_HOUR", TimeUnitKind::kHour},     {"SQL_TSI_MINUTE", TimeUnitKind::kMinute},
      {"SQL_TSI_SECOND", TimeUnitKind::kSecond}, {"SQL_TSI_WEEK", TimeUnitKind::kWeek},
      {"SQL_TSI_QUARTER", TimeUnitKind::kQuarter}, {"MILLENNIA", TimeUnitKind::kMillennium},
      {"CENTURIE", TimeUnitKind::kCentury},
  };
  for (const auto& [unit_name, unit] : kUnits) {
    if (upper == unit_name) return unit;
  }
  return std::nullopt;
}

Result<TimeUnitKind> ConstantUnit(const FunctionDescription& d,
                                  const std::vector<const Value*>& constants, size_t index) {
  std::string name;
  if (!ConstantString(constants, index, &name)) {
    return Status::UserError(fmt::format(
        "{} needs a time unit keyword (such as DAY) as argument {}.", d.name, index + 1));
  }
  std::optional<TimeUnitKind> unit = ParseTimeUnit(name);
  if (!unit) return Status::UserError(fmt::format("Unknown time unit '{}' for {}.", name, d.name));
  return *unit;
}

}  // namespace sluice
