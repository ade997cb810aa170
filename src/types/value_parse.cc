// ParseValue: text to Value with Flink's CAST(STRING AS type) rules (see value.h).
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "types/value.h"
#include "types/value_text.h"

namespace sluice {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::string TypeName(const LogicalType& type) { return type.WithNullable(true).ToSummaryString(); }

Status CannotParse(std::string_view text, const LogicalType& type) {
  return Status::UserError(fmt::format("Cannot parse '{}' as {}.", text, TypeName(type)));
}

Status OutOfRange(std::string_view text, const LogicalType& type) {
  return Status::UserError(
      fmt::format("Value {} is out of range for {}.", Trim(text), TypeName(type)));
}

// Parses [+-]digits[.digits] as an integer, ignoring (truncating) the fraction as Flink does.
// Returns nullopt when malformed; sets *overflow when the integer part exceeds int64.
std::optional<int64_t> ParseInteger(std::string_view s, bool* overflow) {
  *overflow = false;
  if (s.empty()) return std::nullopt;
  bool negative = false;
  size_t i = 0;
  if (s[0] == '+' || s[0] == '-') {
    negative = s[0] == '-';
    ++i;
  }
  size_t digits_start = i;
  unsigned __int128 v = 0;
  for (; i < s.size() && IsDigit(s[i]); ++i) {
    v = v * 10 + static_cast<unsigned>(s[i] - '0');
    if (v > (static_cast<unsigned __int128>(1) << 64)) *overflow = true;
  }
  bool had_digits = i > digits_start;
  if (i < s.size() && s[i] == '.') {
    ++i;
    size_t frac_start = i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    had_digits = had_digits || i > frac_start;
  }
  if (i != s.size() || !had_digits) return std::nullopt;
  if (*overflow) return int64_t{0};
  unsigned __int128 limit = negative ? (static_cast<unsigned __int128>(1) << 63)
                                     : (static_cast<unsigned __int128>(1) << 63) - 1;
  if (v > limit) {
    *overflow = true;
    return int64_t{0};
  }
  return negative ? static_cast<int64_t>(-static_cast<__int128>(v)) : static_cast<int64_t>(v);
}

Result<Value> ParseIntegerValue(std::string_view text, const LogicalType& type) {
  std::string_view s = Trim(text);
  bool overflow = false;
  std::optional<int64_t> v = ParseInteger(s, &overflow);
  if (!v) return CannotParse(text, type);
  int64_t lo = 0, hi = 0;
  switch (type.id()) {
    case TypeId::kTinyInt:
      lo = INT8_MIN, hi = INT8_MAX;
      break;
    case TypeId::kSmallInt:
      lo = INT16_MIN, hi = INT16_MAX;
      break;
    case TypeId::kInt:
      lo = INT32_MIN, hi = INT32_MAX;
      break;
    default:
      lo = INT64_MIN, hi = INT64_MAX;
      break;
  }
  if (overflow || *v < lo || *v > hi) return OutOfRange(text, type);
  return Value::FromInt64(type, *v);
}

Result<Value> ParseFloating(std::string_view text, const LogicalType& type) {
  std::string_view s = Trim(text);
  bool is_float = type.id() == TypeId::kFloat;
  auto make = [&](double d) {
    return is_float ? Value::Float(static_cast<float>(d)).WithType(type)
                    : Value::Double(d).WithType(type);
  };
  if (s == "NaN" || s == "+NaN" || s == "-NaN") return make(std::numeric_limits<double>::quiet_NaN());
  if (s == "Infinity" || s == "+Infinity") return make(std::numeric_limits<double>::infinity());
  if (s == "-Infinity") return make(-std::numeric_limits<double>::infinity());
  // Java accepts a trailing type suffix (1.5d, 2f).
  if (!s.empty() && (s.back() == 'd' || s.back() == 'D' || s.back() == 'f' || s.back() == 'F')) {
    s.remove_suffix(1);
  }
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  if (s.empty() || !(IsDigit(s[0]) || s[0] == '.' || s[0] == '-')) return CannotParse(text, type);
  if (is_float) {
    float f = 0;
    auto res = std::from_chars(s.data(), s.data() + s.size(), f);
    if (res.ec == std::errc::invalid_argument || res.ptr != s.data() + s.size()) {
      return CannotParse(text, type);
    }
    if (res.ec == std::errc::result_out_of_range) {
      // Java rounds to Infinity or zero; from_chars leaves f unset, so recompute via double.
      double d = std::strtod(std::string(s).c_str(), nullptr);
      f = static_cast<float>(d);
    }
    return Value::Float(f).WithType(type);
  }
  double d = 0;
  auto res = std::from_chars(s.data(), s.data() + s.size(), d);
  if (res.ec == std::errc::invalid_argument || res.ptr != s.data() + s.size()) {
    return CannotParse(text, type);
  }
  if (res.ec == std::errc::result_out_of_range) d = std::strtod(std::string(s).c_str(), nullptr);
  return Value::Double(d).WithType(type);
}

Result<Value> ParseDecimal(std::string_view text, const LogicalType& type) {
  std::string_view s = Trim(text);
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  std::string digits;  // all significant digits, integer and fraction
  int64_t exponent = 0;  // value = digits * 10^exponent
  bool any = false;
  for (; i < s.size() && IsDigit(s[i]); ++i, any = true) digits += s[i];
  if (i < s.size() && s[i] == '.') {
    for (++i; i < s.size() && IsDigit(s[i]); ++i, any = true) {
      digits += s[i];
      --exponent;
    }
  }
  if (!any) return CannotParse(text, type);
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
    size_t start = i;
    int64_t e = 0;
    for (; i < s.size() && IsDigit(s[i]); ++i) {
      if (e < 100000) e = e * 10 + (s[i] - '0');
    }
    if (i == start) return CannotParse(text, type);
    exponent += exp_negative ? -e : e;
  }
  if (i != s.size()) return CannotParse(text, type);
  // Strip leading zeros.
  size_t nz = digits.find_first_not_of('0');
  digits = nz == std::string::npos ? "0" : digits.substr(nz);
  const int32_t scale = type.scale();
  const int32_t precision = type.precision();
  // Shift so the result has exactly `scale` fractional digits, rounding HALF_UP.
  int64_t shift = exponent + scale;  // multiply digits by 10^shift
  bool round_up = false;
  if (shift < 0) {
    size_t drop = static_cast<size_t>(-shift);
    if (drop > digits.size()) {
      digits = "0";
    } else {
      round_up = digits[digits.size() - drop] >= '5';
      digits.resize(digits.size() - drop);
      if (digits.empty()) digits = "0";
    }
  } else {
    if (digits != "0") {
      if (static_cast<int64_t>(digits.size()) + shift > precision) return OutOfRange(text, type);
      digits.append(static_cast<size_t>(shift), '0');
    }
  }
  nz = digits.find_first_not_of('0');
  digits = nz == std::string::npos ? "0" : digits.substr(nz);
  if (static_cast<int64_t>(digits.size()) > precision) return OutOfRange(text, type);
  Int128 unscaled = 0;
  for (char c : digits) unscaled = unscaled * 10 + (c - '0');
  if (round_up) ++unscaled;
  Int128 limit = 1;
  for (int32_t k = 0; k < precision; ++k) limit *= 10;
  if (unscaled >= limit) return OutOfRange(text, type);
  return Value::FromInt128(type, negative ? -unscaled : unscaled);
}

Result<Value> ParseBoolean(std::string_view text, const LogicalType& type) {
  std::string_view s = Trim(text);
  for (std::string_view t : {"true", "t", "yes", "y", "1"}) {
    if (EqualsIgnoreCase(s, t)) return Value::Boolean(true).WithType(type);
  }
  for (std::string_view f : {"false", "f", "no", "n", "0"}) {
    if (EqualsIgnoreCase(s, f)) return Value::Boolean(false).WithType(type);
  }
  return CannotParse(text, type);
}

// Reads 1..max_digits digits at s[*i]; false when none.
bool ReadNumber(std::string_view s, size_t* i, size_t max_digits, int64_t* out) {
  size_t start = *i;
  int64_t v = 0;
  while (*i < s.size() && IsDigit(s[*i]) && *i - start < max_digits) {
    v = v * 10 + (s[*i] - '0');
    ++*i;
  }
  *out = v;
  return *i > start;
}

bool IsLeap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int64_t y, int64_t m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// yyyy-M-d at s[*i]; on success *i is just after the day.
bool ParseDatePart(std::string_view s, size_t* i, int64_t* days) {
  int64_t y, m, d;
  if (!ReadNumber(s, i, 9, &y) || *i >= s.size() || s[*i] != '-') return false;
  ++*i;
  if (!ReadNumber(s, i, 2, &m) || *i >= s.size() || s[*i] != '-') return false;
  ++*i;
  if (!ReadNumber(s, i, 2, &d)) return false;
  if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return false;
  *days = DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  return true;
}

// H:m[:s[.fffffffff]] at s[*i] to the end; nanoseconds of the day.
bool ParseTimePart(std::string_view s, size_t* i, int64_t* nanos) {
  int64_t h, m, sec = 0, frac = 0;
  if (!ReadNumber(s, i, 2, &h) || *i >= s.size() || s[*i] != ':') return false;
  ++*i;
  if (!ReadNumber(s, i, 2, &m)) return false;
  if (*i < s.size() && s[*i] == ':') {
    ++*i;
    if (!ReadNumber(s, i, 2, &sec)) return false;
    if (*i < s.size() && s[*i] == '.') {
      ++*i;
      size_t start = *i;
      int64_t f = 0;
      if (!ReadNumber(s, i, 9, &f)) return false;
      size_t n = *i - start;
      while (*i < s.size() && IsDigit(s[*i])) ++*i;  // digits beyond nanoseconds are dropped
      for (size_t k = n; k < 9; ++k) f *= 10;
      frac = f;
    }
  }
  if (*i != s.size() || h > 23 || m > 59 || sec > 59) return false;
  *nanos = ((h * 60 + m) * 60 + sec) * 1000000000 + frac;
  return true;
}

int64_t TruncateNanos(int64_t nanos, int32_t precision) {
  int64_t unit = 1;
  for (int32_t k = precision; k < 9; ++k) unit *= 10;
  return nanos - nanos % unit;
}

Result<Value> ParseTemporal(std::string_view text, const LogicalType& type) {
  std::string_view s = Trim(text);
  size_t i = 0;
  switch (type.id()) {
    case TypeId::kDate: {
      int64_t days;
      if (!ParseDatePart(s, &i, &days)) return CannotParse(text, type);
      // A time part after the date is accepted and ignored.
      if (i != s.size() && s[i] != ' ' && s[i] != 'T') return CannotParse(text, type);
      return Value::FromInt64(type, days);
    }
    case TypeId::kTime: {
      int64_t nanos;
      if (!ParseTimePart(s, &i, &nanos)) return CannotParse(text, type);
      return Value::FromInt64(type, TruncateNanos(nanos, type.precision()));
    }
    default: {  // TIMESTAMP, TIMESTAMP_LTZ
      int64_t days, nanos = 0;
      if (!ParseDatePart(s, &i, &days)) return CannotParse(text, type);
      if (i < s.size()) {
        if (s[i] != ' ' && s[i] != 'T') return CannotParse(text, type);
        ++i;
        if (!ParseTimePart(s, &i, &nanos)) return CannotParse(text, type);
      }
      nanos = TruncateNanos(nanos, std::min(type.precision(), 6));
      return Value::FromInt64(type, days * 86400000000LL + nanos / 1000);
    }
  }
}

Result<Value> ParseInterval(std::string_view text, const LogicalType& type) {
  std::string_view s = Trim(text);
  bool overflow = false;
  if (auto plain = ParseInteger(s, &overflow); plain && s.find('.') == std::string_view::npos) {
    if (overflow) return OutOfRange(text, type);
    return Value::FromInt64(type, *plain);
  }
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  int64_t result = 0;
  if (type.id() == TypeId::kIntervalYearMonth) {
    int64_t y, m;
    if (!ReadNumber(s, &i, 9, &y) || i >= s.size() || s[i] != '-') return CannotParse(text, type);
    ++i;
    if (!ReadNumber(s, &i, 2, &m) || i != s.size() || m > 11) return CannotParse(text, type);
    result = y * 12 + m;
  } else {
    int64_t d;
    if (!ReadNumber(s, &i, 9, &d) || i >= s.size() || s[i] != ' ') return CannotParse(text, type);
    ++i;
    int64_t nanos;
    if (!ParseTimePart(s, &i, &nanos)) return CannotParse(text, type);
    result = d * 86400000 + nanos / 1000000;
  }
  return Value::FromInt64(type, negative ? -result : result);
}

}  // namespace

Result<Value> ParseValue(std::string_view text, const LogicalType& type) {
  switch (type.id()) {
    case TypeId::kBoolean:
      return ParseBoolean(text, type);
    case TypeId::kTinyInt:
    case TypeId::kSmallInt:
    case TypeId::kInt:
    case TypeId::kBigInt:
      return ParseIntegerValue(text, type);
    case TypeId::kFloat:
    case TypeId::kDouble:
      return ParseFloating(text, type);
    case TypeId::kDecimal:
      return ParseDecimal(text, type);
    case TypeId::kChar:
    case TypeId::kVarChar:
    case TypeId::kBinary:
    case TypeId::kVarBinary:
      return Value::FromString(type, std::string(text));
    case TypeId::kDate:
    case TypeId::kTime:
    case TypeId::kTimestamp:
    case TypeId::kTimestampLtz:
      return ParseTemporal(text, type);
    case TypeId::kIntervalYearMonth:
    case TypeId::kIntervalDayTime:
      return ParseInterval(text, type);
    case TypeId::kNull:
      return Value::Null(type);
    case TypeId::kArray:
    case TypeId::kMultiset:
    case TypeId::kMap:
    case TypeId::kRow:
      break;
  }
  return CannotParse(text, type);
}

}  // namespace sluice
