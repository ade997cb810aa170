#include "connectors/print/print_format.h"

#include <fmt/format.h>

#include "types/value_text.h"

namespace sluice {

namespace {

// java.time.LocalTime#toString: HH:mm, then :ss when seconds or nanos are set, then 3, 6 or 9
// fractional digits.
std::string JavaTime(int64_t nanos_of_day) {
  int64_t hours = nanos_of_day / 3'600'000'000'000LL;
  int64_t minutes = nanos_of_day / 60'000'000'000LL % 60;
  int64_t seconds = nanos_of_day / 1'000'000'000LL % 60;
  int64_t nanos = nanos_of_day % 1'000'000'000LL;
  std::string out = fmt::format("{:02}:{:02}", hours, minutes);
  if (seconds > 0 || nanos > 0) {
    out += fmt::format(":{:02}", seconds);
    if (nanos > 0) {
      if (nanos % 1'000'000 == 0) {
        out += fmt::format(".{:03}", nanos / 1'000'000);
      } else if (nanos % 1000 == 0) {
        out += fmt::format(".{:06}", nanos / 1000);
      } else {
        out += fmt::format(".{:09}", nanos);
      }
    }
  }
  return out;
}

std::string JavaDateTime(int64_t micros, bool instant) {
  int64_t days = text::FloorDiv(micros, 86'400'000'000LL);
  int64_t micros_of_day = micros - days * 86'400'000'000LL;
  std::string time = JavaTime(micros_of_day * 1000);
  // Instant#toString always shows seconds.
  if (instant && time.size() == 5) time += ":00";
  return text::FormatDate(days) + "T" + time + (instant ? "Z" : "");
}

std::string JavaPeriod(int64_t months) {
  if (months == 0) return "P0D";
  std::string out = "P";
  if (months / 12 != 0) out += fmt::format("{}Y", months / 12);
  if (months % 12 != 0) out += fmt::format("{}M", months % 12);
  return out;
}

std::string JavaDuration(int64_t millis) {
  if (millis == 0) return "PT0S";
  std::string out = "PT";
  int64_t hours = millis / 3'600'000;
  int64_t minutes = millis / 60'000 % 60;
  int64_t rest = millis % 60'000;
  if (hours != 0) out += fmt::format("{}H", hours);
  if (minutes != 0) out += fmt::format("{}M", minutes);
  if (rest != 0) {
    int64_t secs = rest / 1000;
    int64_t frac = rest % 1000;
    if (frac == 0) {
      out += fmt::format("{}S", secs);
    } else {
      std::string digits = fmt::format("{:03}", frac < 0 ? -frac : frac);
      while (!digits.empty() && digits.back() == '0') digits.pop_back();
      out += fmt::format("{}{}.{}S", rest < 0 && secs == 0 ? "-" : "", secs, digits);
    }
  }
  return out;
}

std::string JoinValues(const std::vector<Value>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ", ";
    out += FormatPrintValue(values[i]);
  }
  return out;
}

}  // namespace

std::string FormatPrintValue(const Value& value) {
  if (value.is_null()) return "null";
  const LogicalType& type = value.type();
  switch (type.id()) {
    case TypeId::kBoolean:
      return value.GetBool() ? "true" : "false";
    case TypeId::kBinary:
    case TypeId::kVarBinary: {
      std::string out = "[";
      const std::string& bytes = value.GetString();
      for (size_t i = 0; i < bytes.size(); ++i) {
        if (i > 0) out += ", ";
        out += std::to_string(static_cast<int>(static_cast<int8_t>(bytes[i])));
      }
      return out + "]";
    }
    case TypeId::kTime:
      return JavaTime(value.GetInt64());
    case TypeId::kTimestamp:
      return JavaDateTime(value.GetInt64(), /*instant=*/false);
    case TypeId::kTimestampLtz:
      return JavaDateTime(value.GetInt64(), /*instant=*/true);
    case TypeId::kIntervalYearMonth:
      return JavaPeriod(value.GetInt64());
    case TypeId::kIntervalDayTime:
      return JavaDuration(value.GetInt64());
    case TypeId::kArray:
    case TypeId::kMultiset:
      return "[" + JoinValues(value.GetList()) + "]";
    case TypeId::kRow:
      return "+I[" + JoinValues(value.GetList()) + "]";
    case TypeId::kMap: {
      std::string out = "{";
      bool first = true;
      for (const auto& [k, v] : value.GetMap()) {
        if (!first) out += ", ";
        first = false;
        out += FormatPrintValue(k) + "=" + FormatPrintValue(v);
      }
      return out + "}";
    }
    default:
      return value.ToDisplayString();
  }
}

std::string FormatPrintRow(const Batch& batch, size_t row) {
  std::string out(ShortString(batch.row_kind(row)));
  out += '[';
  for (size_t c = 0; c < batch.num_columns(); ++c) {
    if (c > 0) out += ", ";
    out += FormatPrintValue(batch.column(c)->GetValue(row));
  }
  out += ']';
  return out;
}

}  // namespace sluice
