// Literals, typed as Flink types them: integers INT (BIGINT, then DECIMAL when larger), exact
// decimals DECIMAL(p, s), approximate numbers DOUBLE, strings CHAR(n), X'..' BINARY(n), typed
// temporal literals with the precision of their fractional digits, intervals; all NOT NULL
// except the untyped NULL.
#include <fmt/format.h>

#include <cctype>

#include "planner/binder/binder.h"
#include "planner/expression_builders.h"

namespace sluice {

namespace {

int FractionDigits(const std::string& text) {
  size_t dot = text.find('.');
  if (dot == std::string::npos) return 0;
  int digits = 0;
  for (size_t i = dot + 1; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
       ++i) {
    ++digits;
  }
  return digits;
}

bool IsYearMonth(sql::TimeUnit unit) {
  return unit == sql::TimeUnit::kYear || unit == sql::TimeUnit::kMonth;
}

Result<IntervalResolution> ResolutionOf(const sql::IntervalQualifier& q) {
  using U = sql::TimeUnit;
  using R = IntervalResolution;
  U end = q.end.value_or(q.start);
  auto bad = [&]() {
    return Status::UserError(fmt::format("Unsupported interval qualifier {}", q.ToSql()));
  };
  switch (q.start) {
    case U::kYear:
      return end == U::kYear ? R::kYear : end == U::kMonth ? Result<R>(R::kYearToMonth) : bad();
    case U::kMonth:
      return end == U::kMonth ? Result<R>(R::kMonth) : bad();
    case U::kDay:
      switch (end) {
        case U::kDay: return R::kDay;
        case U::kHour: return R::kDayToHour;
        case U::kMinute: return R::kDayToMinute;
        case U::kSecond: return R::kDayToSecond;
        default: return bad();
      }
    case U::kHour:
      switch (end) {
        case U::kHour: return R::kHour;
        case U::kMinute: return R::kHourToMinute;
        case U::kSecond: return R::kHourToSecond;
        default: return bad();
      }
    case U::kMinute:
      switch (end) {
        case U::kMinute: return R::kMinute;
        case U::kSecond: return R::kMinuteToSecond;
        default: return bad();
      }
    case U::kSecond:
      return end == U::kSecond ? Result<R>(R::kSecond) : bad();
    default:
      return bad();
  }
}

// Splits "1 02:03:04.5" into its numbers; the fraction keeps its digits as written.
struct IntervalParts {
  bool negative = false;
  std::vector<int64_t> numbers;
  std::string fraction;  // digits after '.', if any
};

Result<IntervalParts> SplitInterval(const std::string& text, const std::string& sql) {
  IntervalParts parts;
  size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    parts.negative = text[i] == '-';
    ++i;
  }
  bool in_fraction = false;
  bool have_number = false;
  int64_t number = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (in_fraction) {
        parts.fraction += c;
      } else {
        if (number > 100000000000LL) return Status::UserError("Interval field value is too large");
        number = number * 10 + (c - '0');
        have_number = true;
      }
    } else if (c == '.' && !in_fraction && have_number) {
      parts.numbers.push_back(number);
      number = 0;
      have_number = false;
      in_fraction = true;
    } else if ((c == ' ' || c == ':' || c == '-') && have_number && !in_fraction) {
      parts.numbers.push_back(number);
      number = 0;
      have_number = false;
    } else {
      return Status::UserError(fmt::format("Illegal interval literal format '{}' for {}", text, sql));
    }
  }
  if (have_number) parts.numbers.push_back(number);
  if (parts.numbers.empty()) {
    return Status::UserError(fmt::format("Illegal interval literal format '{}' for {}", text, sql));
  }
  return parts;
}

Result<Value> IntervalValue(const sql::LiteralExpression& literal) {
  const sql::IntervalQualifier& q = literal.interval;
  SLUICE_ASSIGN_OR_RETURN(IntervalResolution resolution, ResolutionOf(q));
  std::string sql = "INTERVAL " + q.ToSql();
  SLUICE_ASSIGN_OR_RETURN(IntervalParts parts, SplitInterval(literal.text, sql));
  bool negative = parts.negative != literal.negative;
  auto wrong = [&]() {
    return Status::UserError(
        fmt::format("Illegal interval literal format '{}' for {}", literal.text, sql));
  };
  if (IsYearMonth(q.start)) {
    if (!parts.fraction.empty()) return wrong();
    int64_t months = 0;
    if (resolution == IntervalResolution::kYearToMonth) {
      if (parts.numbers.size() != 2) return wrong();
      if (parts.numbers[1] > 11) return wrong();
      months = parts.numbers[0] * 12 + parts.numbers[1];
    } else {
      if (parts.numbers.size() != 1) return wrong();
      months = q.start == sql::TimeUnit::kYear ? parts.numbers[0] * 12 : parts.numbers[0];
    }
    LogicalType type =
        LogicalType::IntervalYearMonth(resolution, q.start_precision.value_or(2)).NotNull();
    return Value::FromInt64(type, negative ? -months : months);
  }
  // Day-time: the units from start to end, each number one unit.
  static const int64_t kMillis[] = {86400000, 3600000, 60000, 1000};
  auto index_of = [](sql::TimeUnit unit) {
    switch (unit) {
      case sql::TimeUnit::kDay: return 0;
      case sql::TimeUnit::kHour: return 1;
      case sql::TimeUnit::kMinute: return 2;
      default: return 3;
    }
  };
  int first = index_of(q.start);
  int last = index_of(q.end.value_or(q.start));
  if (static_cast<int>(parts.numbers.size()) != last - first + 1) return wrong();
  if (!parts.fraction.empty() && last != 3) return wrong();
  int64_t millis = 0;
  for (int u = first; u <= last; ++u) millis += parts.numbers[u - first] * kMillis[u];
  if (!parts.fraction.empty()) {
    std::string ms = parts.fraction.substr(0, 3);
    while (ms.size() < 3) ms += '0';
    millis += std::stoll(ms);
  }
  LogicalType type = LogicalType::IntervalDayTime(resolution, q.start_precision.value_or(2),
                                                  q.fractional_precision.value_or(6))
                         .NotNull();
  return Value::FromInt64(type, negative ? -millis : millis);
}

Result<Value> DecimalValue(const std::string& text) {
  bool negative = !text.empty() && text[0] == '-';
  Int128 unscaled = 0;
  int precision = 0;
  int scale = 0;
  bool after_dot = false;
  bool leading = true;
  for (char c : text) {
    if (c == '-' || c == '+') continue;
    if (c == '.') {
      after_dot = true;
      continue;
    }
    if (!std::isdigit(static_cast<unsigned char>(c))) continue;
    unscaled = unscaled * 10 + (c - '0');
    if (after_dot) ++scale;
    if (c != '0' || after_dot || !leading) {
      ++precision;
      leading = false;
    }
    if (precision > 38) {
      return Status::UserError(fmt::format("Numeric literal '{}' out of range", text));
    }
  }
  precision = std::max(precision, scale);
  if (precision == 0) precision = 1;
  return Value::Decimal(negative ? -unscaled : unscaled, precision, scale)
      .WithType(LogicalType::Decimal(precision, scale).NotNull());
}

}  // namespace

Result<BoundExpressionPtr> Binder::BindLiteral(const sql::LiteralExpression& literal) {
  using L = sql::LiteralKind;
  switch (literal.literal_kind) {
    case L::kNull:
      return MakeConstant(Value());
    case L::kBoolean:
      return MakeConstant(
          Value::Boolean(literal.bool_value).WithType(LogicalType::Boolean().NotNull()));
    case L::kInteger: {
      errno = 0;
      char* end = nullptr;
      long long v = std::strtoll(literal.text.c_str(), &end, 10);
      if (errno == 0 && end != nullptr && *end == '\0') {
        if (v >= INT32_MIN && v <= INT32_MAX) {
          return MakeConstant(Value::Int(static_cast<int32_t>(v))
                                  .WithType(LogicalType::Int().NotNull()));
        }
        return MakeConstant(Value::BigInt(v).WithType(LogicalType::BigInt().NotNull()));
      }
      SLUICE_ASSIGN_OR_RETURN(Value value, DecimalValue(literal.text));
      return MakeConstant(std::move(value));
    }
    case L::kDecimal: {
      SLUICE_ASSIGN_OR_RETURN(Value value, DecimalValue(literal.text));
      return MakeConstant(std::move(value));
    }
    case L::kApprox: {
      SLUICE_ASSIGN_OR_RETURN(Value value, ParseValue(literal.text, LogicalType::Double()));
      return MakeConstant(value.WithType(LogicalType::Double().NotNull()));
    }
    case L::kString: {
      Value value = Value::Char(literal.text);
      return MakeConstant(value.WithType(value.type().NotNull()));
    }
    case L::kBinary: {
      if (literal.text.size() % 2 != 0) {
        return Status::UserError("Binary literal string must contain an even number of hexits");
      }
      std::string bytes;
      for (size_t i = 0; i < literal.text.size(); i += 2) {
        bytes.push_back(static_cast<char>(std::stoi(literal.text.substr(i, 2), nullptr, 16)));
      }
      Value value = Value::Binary(bytes);
      return MakeConstant(value.WithType(value.type().NotNull()));
    }
    case L::kDate:
    case L::kTime:
    case L::kTimestamp:
    case L::kTimestampLtz: {
      int digits = std::min(9, FractionDigits(literal.text));
      LogicalType type = literal.literal_kind == L::kDate   ? LogicalType::Date()
                         : literal.literal_kind == L::kTime ? LogicalType::Time(digits)
                         : literal.literal_kind == L::kTimestamp
                             ? LogicalType::Timestamp(digits)
                             : LogicalType::TimestampLtz(digits);
      auto parsed = ParseValue(literal.text, type);
      if (!parsed.ok()) {
        return Status::UserError(fmt::format("Illegal {} literal '{}': not in format",
                                             literal.literal_kind == L::kDate ? "DATE"
                                             : literal.literal_kind == L::kTime ? "TIME"
                                                                                : "TIMESTAMP",
                                             literal.text));
      }
      return MakeConstant(parsed->WithType(type.NotNull()));
    }
    case L::kInterval: {
      SLUICE_ASSIGN_OR_RETURN(Value value, IntervalValue(literal));
      return MakeConstant(std::move(value));
    }
  }
  return Status::InternalError("unknown literal kind");
}

}  // namespace sluice
