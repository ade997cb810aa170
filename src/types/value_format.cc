// Printing of Values: Flink's display strings (the SQL client, CAST(x AS STRING)) and SQL
// literals.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "types/value.h"
#include "types/value_text.h"

namespace sluice {

// ---- Calendar. Howard Hinnant's days-from-civil algorithm (public domain description). ----

int64_t DaysFromCivil(int64_t year, unsigned month, unsigned day) {
  year -= month <= 2;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void CivilFromDays(int64_t days, int64_t* year, unsigned* month, unsigned* day) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *day = doy - (153 * mp + 2) / 5 + 1;
  *month = mp < 10 ? mp + 3 : mp - 9;
  *year = y + (*month <= 2);
}

namespace text {

int64_t FloorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

std::string FormatDate(int64_t days) {
  int64_t y;
  unsigned m, d;
  CivilFromDays(days, &y, &m, &d);
  if (y < 0) return fmt::format("-{:04d}-{:02d}-{:02d}", -y, m, d);
  return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d);
}

std::string FormatTime(int64_t nanos_of_day, int32_t precision) {
  int64_t secs = nanos_of_day / 1000000000;
  int64_t frac = nanos_of_day % 1000000000;
  std::string out =
      fmt::format("{:02d}:{:02d}:{:02d}", secs / 3600, (secs / 60) % 60, secs % 60);
  if (precision > 0) {
    std::string digits = fmt::format("{:09d}", frac);
    out += '.';
    out.append(digits, 0, static_cast<size_t>(std::min(precision, 9)));
  }
  return out;
}

std::string FormatTimestamp(int64_t micros, int32_t precision) {
  int64_t days = FloorDiv(micros, 86400000000LL);
  int64_t micros_of_day = micros - days * 86400000000LL;
  return FormatDate(days) + ' ' + FormatTime(micros_of_day * 1000, precision);
}

bool ParseZoneOffset(std::string_view zone, int64_t* offset_seconds) {
  *offset_seconds = 0;
  if (zone.empty() || zone == "UTC" || zone == "Z" || zone == "GMT") return true;
  if (zone.substr(0, 3) == "UTC" || zone.substr(0, 3) == "GMT") zone.remove_prefix(3);
  if (zone.empty() || (zone[0] != '+' && zone[0] != '-')) return false;
  int sign = zone[0] == '-' ? -1 : 1;
  zone.remove_prefix(1);
  int hours = 0, minutes = 0;
  size_t i = 0;
  while (i < zone.size() && i < 2 && std::isdigit(static_cast<unsigned char>(zone[i]))) {
    hours = hours * 10 + (zone[i] - '0');
    ++i;
  }
  if (i == 0) return false;
  if (i < zone.size() && zone[i] == ':') ++i;
  size_t start = i;
  while (i < zone.size() && i - start < 2 && std::isdigit(static_cast<unsigned char>(zone[i]))) {
    minutes = minutes * 10 + (zone[i] - '0');
    ++i;
  }
  if (i != zone.size() || hours > 18 || minutes > 59) return false;
  *offset_seconds = sign * (hours * 3600 + minutes * 60);
  return true;
}

std::string FormatIntervalYearMonth(int64_t months) {
  std::string sign = months < 0 ? "-" : "+";
  uint64_t v = months < 0 ? -static_cast<uint64_t>(months) : static_cast<uint64_t>(months);
  return fmt::format("{}{}-{:02d}", sign, v / 12, v % 12);
}

std::string FormatIntervalDayTime(int64_t millis) {
  std::string sign = millis < 0 ? "-" : "+";
  uint64_t v = millis < 0 ? -static_cast<uint64_t>(millis) : static_cast<uint64_t>(millis);
  uint64_t ms = v % 1000;
  v /= 1000;
  uint64_t s = v % 60;
  v /= 60;
  uint64_t m = v % 60;
  v /= 60;
  uint64_t h = v % 24;
  v /= 24;
  return fmt::format("{}{} {:02d}:{:02d}:{:02d}.{:03d}", sign, v, h, m, s, ms);
}

std::string FormatHex(std::string_view bytes, bool upper) {
  static const char* kLower = "0123456789abcdef";
  static const char* kUpper = "0123456789ABCDEF";
  const char* digits = upper ? kUpper : kLower;
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

}  // namespace text

// ---- Numbers. ----

namespace {

// Java's Double.toString / Float.toString layout for the shortest round-trip digits of `v`,
// given as the output of std::to_chars(..., chars_format::scientific) ("1.2345e-05").
std::string JavaLayout(std::string_view sci) {
  std::string out;
  if (!sci.empty() && sci[0] == '-') {
    out += '-';
    sci.remove_prefix(1);
  }
  size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e)) {
    if (c != '.') digits += c;
  }
  int exponent = std::atoi(std::string(sci.substr(e + 1)).c_str());
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  if (exponent >= -3 && exponent < 7) {
    if (exponent >= 0) {
      size_t int_digits = static_cast<size_t>(exponent) + 1;
      if (digits.size() <= int_digits) {
        out += digits;
        out.append(int_digits - digits.size(), '0');
        out += ".0";
      } else {
        out.append(digits, 0, int_digits);
        out += '.';
        out.append(digits, int_digits, std::string::npos);
      }
    } else {
      out += "0.";
      out.append(static_cast<size_t>(-exponent - 1), '0');
      out += digits;
    }
    return out;
  }
  out += digits[0];
  out += '.';
  out += digits.size() > 1 ? digits.substr(1) : "0";
  out += 'E';
  out += std::to_string(exponent);
  return out;
}

template <typename T>
std::string FormatJava(T v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
  if (v == 0) return std::signbit(v) ? "-0.0" : "0.0";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string_view shortest(buf, static_cast<size_t>(res.ptr - buf));
  // Java (JDK 19+): when the shortest form has one digit, the closest two-digit decimal that
  // still rounds to v is chosen instead (Double.MIN_VALUE prints 4.9E-324, not 5.0E-324).
  if (shortest.find('.') == std::string_view::npos) {
    char two[64];
    auto r2 = std::to_chars(two, two + sizeof two, v, std::chars_format::scientific, 1);
    T back{};
    std::from_chars(two, r2.ptr, back);
    if (back == v) return JavaLayout(std::string_view(two, static_cast<size_t>(r2.ptr - two)));
  }
  return JavaLayout(shortest);
}

std::string Int128ToString(Int128 v) {
  if (v == 0) return "0";
  bool negative = v < 0;
  unsigned __int128 u = negative ? -static_cast<unsigned __int128>(v) : v;
  std::string s;
  while (u > 0) {
    s += static_cast<char>('0' + static_cast<int>(u % 10));
    u /= 10;
  }
  if (negative) s += '-';
  return std::string(s.rbegin(), s.rend());
}

std::string QuoteSql(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  out += '\'';
  return out;
}

}  // namespace

std::string FormatJavaDouble(double v) { return FormatJava(v); }
std::string FormatJavaFloat(float v) { return FormatJava(v); }

std::string FormatDecimal(Int128 unscaled, int32_t scale) {
  std::string digits = Int128ToString(unscaled < 0 ? -unscaled : unscaled);
  std::string out = unscaled < 0 ? "-" : "";
  if (scale <= 0) return out + digits;
  if (digits.size() <= static_cast<size_t>(scale)) {
    digits.insert(0, static_cast<size_t>(scale) + 1 - digits.size(), '0');
  }
  size_t int_len = digits.size() - static_cast<size_t>(scale);
  out.append(digits, 0, int_len);
  out += '.';
  out.append(digits, int_len, std::string::npos);
  return out;
}

std::string Value::ToDisplayString(std::string_view time_zone) const {
  if (is_null()) return "NULL";
  switch (type_.id()) {
    case TypeId::kBoolean:
      return GetBool() ? "TRUE" : "FALSE";
    case TypeId::kTinyInt:
    case TypeId::kSmallInt:
    case TypeId::kInt:
    case TypeId::kBigInt:
      return std::to_string(GetInt64());
    case TypeId::kFloat:
      return FormatJavaFloat(GetFloat());
    case TypeId::kDouble:
      return FormatJavaDouble(GetDouble());
    case TypeId::kDecimal:
      return FormatDecimal(GetDecimal(), type_.scale());
    case TypeId::kChar:
    case TypeId::kVarChar:
      return GetString();
    case TypeId::kBinary:
    case TypeId::kVarBinary:
      return "x'" + text::FormatHex(GetString(), false) + "'";
    case TypeId::kDate:
      return text::FormatDate(GetInt64());
    case TypeId::kTime:
      return text::FormatTime(GetInt64(), type_.precision());
    case TypeId::kTimestamp:
      return text::FormatTimestamp(GetInt64(), type_.precision());
    case TypeId::kTimestampLtz: {
      int64_t offset = 0;
      text::ParseZoneOffset(time_zone, &offset);
      return text::FormatTimestamp(GetInt64() + offset * 1000000, type_.precision());
    }
    case TypeId::kIntervalYearMonth:
      return text::FormatIntervalYearMonth(GetInt64());
    case TypeId::kIntervalDayTime:
      return text::FormatIntervalDayTime(GetInt64());
    case TypeId::kArray:
    case TypeId::kMultiset:
    case TypeId::kRow: {
      bool row = type_.id() == TypeId::kRow;
      std::string out = row ? "(" : "[";
      const auto& items = GetList();
      for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += items[i].ToDisplayString(time_zone);
      }
      out += row ? ")" : "]";
      return out;
    }
    case TypeId::kMap: {
      std::string out = "{";
      const auto& entries = GetMap();
      for (size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) out += ", ";
        out += entries[i].first.ToDisplayString(time_zone);
        out += '=';
        out += entries[i].second.ToDisplayString(time_zone);
      }
      out += "}";
      return out;
    }
    case TypeId::kNull:
      return "NULL";
  }
  return "";
}

std::string Value::ToSqlLiteral() const {
  const std::string type_text = type_.WithNullable(true).ToSummaryString();
  auto cast = [&](const std::string& literal) {
    return "CAST(" + literal + " AS " + type_text + ")";
  };
  if (is_null()) return type_.id() == TypeId::kNull ? "NULL" : cast("NULL");
  switch (type_.id()) {
    case TypeId::kBoolean:
      return GetBool() ? "TRUE" : "FALSE";
    case TypeId::kTinyInt:
    case TypeId::kSmallInt:
      return cast(std::to_string(GetInt64()));
    case TypeId::kInt:
      return std::to_string(GetInt64());
    case TypeId::kBigInt: {
      int64_t v = GetInt64();
      if (v >= INT32_MIN && v <= INT32_MAX) return cast(std::to_string(v));
      return std::to_string(v);
    }
    case TypeId::kFloat:
    case TypeId::kDouble: {
      double d = type_.id() == TypeId::kFloat ? GetFloat() : GetDouble();
      std::string literal;
      if (!std::isfinite(d)) {
        literal = QuoteSql(type_.id() == TypeId::kFloat ? FormatJavaFloat(GetFloat())
                                                        : FormatJavaDouble(d));
        return cast(literal);
      }
      literal = type_.id() == TypeId::kFloat ? FormatJavaFloat(GetFloat()) : FormatJavaDouble(d);
      if (literal.find('E') == std::string::npos) literal += "E0";
      return type_.id() == TypeId::kFloat ? cast(literal) : literal;
    }
    case TypeId::kDecimal: {
      std::string literal = FormatDecimal(GetDecimal(), type_.scale());
      Int128 u = GetDecimal() < 0 ? -GetDecimal() : GetDecimal();
      int32_t digits = 0;
      for (Int128 x = u; x > 0; x /= 10) ++digits;
      int32_t natural = std::max({digits, type_.scale(), 1});
      if (type_.scale() > 0 && natural == type_.precision()) return literal;
      return cast(literal);
    }
    case TypeId::kChar:
      if (static_cast<int32_t>(GetString().size()) == type_.length()) return QuoteSql(GetString());
      return cast(QuoteSql(GetString()));
    case TypeId::kVarChar:
      return cast(QuoteSql(GetString()));
    case TypeId::kBinary:
    case TypeId::kVarBinary: {
      std::string literal = "X'" + text::FormatHex(GetString(), true) + "'";
      if (type_.id() == TypeId::kBinary &&
          static_cast<int32_t>(GetString().size()) == type_.length()) {
        return literal;
      }
      return cast(literal);
    }
    case TypeId::kDate:
      return "DATE '" + text::FormatDate(GetInt64()) + "'";
    case TypeId::kTime:
      return "TIME '" + text::FormatTime(GetInt64(), type_.precision()) + "'";
    case TypeId::kTimestamp:
      return "TIMESTAMP '" + text::FormatTimestamp(GetInt64(), type_.precision()) + "'";
    case TypeId::kTimestampLtz:
      return cast("TIMESTAMP '" + text::FormatTimestamp(GetInt64(), type_.precision()) + "'");
    case TypeId::kIntervalYearMonth: {
      std::string s = text::FormatIntervalYearMonth(GetInt64());
      if (s[0] == '+') s.erase(0, 1);
      return "INTERVAL '" + s + "' YEAR TO MONTH";
    }
    case TypeId::kIntervalDayTime: {
      std::string s = text::FormatIntervalDayTime(GetInt64());
      if (s[0] == '+') s.erase(0, 1);
      return "INTERVAL '" + s + "' DAY TO SECOND(3)";
    }
    case TypeId::kArray:
    case TypeId::kMultiset:
    case TypeId::kRow: {
      std::string out = type_.id() == TypeId::kArray      ? "ARRAY["
                        : type_.id() == TypeId::kMultiset ? "MULTISET["
                                                          : "ROW(";
      const auto& items = GetList();
      for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += items[i].ToSqlLiteral();
      }
      out += type_.id() == TypeId::kRow ? ")" : "]";
      return out;
    }
    case TypeId::kMap: {
      std::string out = "MAP[";
      const auto& entries = GetMap();
      for (size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) out += ", ";
        out += entries[i].first.ToSqlLiteral() + ", " + entries[i].second.ToSqlLiteral();
      }
      return out + "]";
    }
    case TypeId::kNull:
      return "NULL";
  }
  return "NULL";
}

}  // namespace sluice
