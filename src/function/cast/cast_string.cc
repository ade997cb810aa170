// Casts to and from character strings: display text as Value::ToDisplayString, parsing as
// ParseValue. CHAR(n) targets pad with spaces, VARCHAR(n) targets truncate (code points), as
// Flink 1.15+.
#include <fmt/format.h>

#include <charconv>
#include <limits>

#include "function/cast/cast_internal.h"
#include "function/scalar/kernel_util.h"
#include "types/value_text.h"

namespace sluice {

int64_t ZoneOffsetSeconds(const std::string& zone) {
  int64_t offset = 0;
  if (!text::ParseZoneOffset(zone, &offset)) return 0;
  return offset;
}

Status CastError(const std::string& value_text, const LogicalType& source,
                 const LogicalType& target, const std::string& detail) {
  std::string message = fmt::format("Cannot cast '{}' of type {} to type {}.", value_text,
                                    source.ToSummaryString(), target.NotNull().ToSummaryString());
  if (!detail.empty()) message += " " + detail;
  return Status::UserError(message);
}

namespace {

// Truncates / pads `s` to the target's length.
void FitToLength(const LogicalType& target, std::string* s) {
  if (target.length() >= LogicalType::kMaxLength || target.length() <= 0) return;
  size_t n = static_cast<size_t>(target.length());
  bool binary = target.IsBinaryString();
  if (binary) {
    if (s->size() > n) s->resize(n);
    if (target.id() == TypeId::kBinary && s->size() < n) s->append(n - s->size(), '\0');
    return;
  }
  size_t cps = Utf8Length(*s);
  if (cps > n) {
    s->resize(Utf8Offset(*s, n));
  } else if (target.id() == TypeId::kChar && cps < n) {
    s->append(n - cps, ' ');
  }
}

bool NeedsFit(const LogicalType& target) {
  return target.length() > 0 && target.length() < LogicalType::kMaxLength;
}

// The display text of row i of `c` (non-NULL) into `out`.
void DisplayText(const Column& c, size_t i, const std::string& zone, std::string* out) {
  const LogicalType& t = c.type();
  switch (t.id()) {
    case TypeId::kBoolean:
      *out = c.Get<uint8_t>(i) ? "TRUE" : "FALSE";
      return;
    case TypeId::kTinyInt:
      *out = fmt::format_int(c.Get<int8_t>(i)).str();
      return;
    case TypeId::kSmallInt:
      *out = fmt::format_int(c.Get<int16_t>(i)).str();
      return;
    case TypeId::kInt:
      *out = fmt::format_int(c.Get<int32_t>(i)).str();
      return;
    case TypeId::kBigInt:
      *out = fmt::format_int(c.Get<int64_t>(i)).str();
      return;
    case TypeId::kFloat:
      *out = FormatJavaFloat(c.Get<float>(i));
      return;
    case TypeId::kDouble:
      *out = FormatJavaDouble(c.Get<double>(i));
      return;
    case TypeId::kDecimal:
      *out = FormatDecimal(c.Get<Int128>(i), t.scale());
      return;
    case TypeId::kChar:
    case TypeId::kVarChar:
    case TypeId::kBinary:
    case TypeId::kVarBinary:
      out->assign(c.GetString(i));
      return;
    case TypeId::kDate:
      *out = text::FormatDate(c.Get<int32_t>(i));
      return;
    case TypeId::kTime:
      *out = text::FormatTime(c.Get<int64_t>(i), t.precision());
      return;
    case TypeId::kTimestamp:
      *out = text::FormatTimestamp(c.Get<int64_t>(i), t.precision());
      return;
    case TypeId::kTimestampLtz:
      *out = text::FormatTimestamp(c.Get<int64_t>(i) + ZoneOffsetSeconds(zone) * 1000000,
                                   t.precision());
      return;
    case TypeId::kIntervalYearMonth:
      *out = text::FormatIntervalYearMonth(c.Get<int32_t>(i));
      return;
    case TypeId::kIntervalDayTime:
      *out = text::FormatIntervalDayTime(c.Get<int64_t>(i));
      return;
    default:
      *out = c.GetValue(i).ToDisplayString(zone);
      return;
  }
}

// Trims ASCII whitespace.
std::string_view Trim(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r')) {
    --e;
  }
  return s.substr(b, e - b);
}

// Fast integer parsing; false when the text needs the general parser (or is invalid).
template <typename T>
bool FastParseInt(std::string_view text, T* out) {
  text = Trim(text);
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  int64_t v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || ptr != text.data() + text.size() || text.empty()) return false;
  if (v < std::numeric_limits<T>::min() || v > std::numeric_limits<T>::max()) return false;
  *out = static_cast<T>(v);
  return true;
}

template <typename T>
bool FastParseFor(PhysicalType p, std::string_view text, Column* out, size_t i) {
  T v;
  if (!FastParseInt<T>(text, &v)) return false;
  out->Set<T>(i, v);
  return true;
}

}  // namespace

ScalarKernel MakeToStringCast(const LogicalType& source, const LogicalType& target) {
  if (!target.IsCharacterString()) return nullptr;
  return [source, target](const KernelContext& context, const std::vector<const Column*>& args,
                          const SelectionVector& rows, Column* out) -> Status {
    const Column& in = *args[0];
    std::string text;
    const bool fit = NeedsFit(target);
    ForEachActive(rows, [&](size_t i) {
      DisplayText(in, i, context.session_time_zone, &text);
      if (fit) FitToLength(target, &text);
      out->SetString(i, text);
    });
    return Status::OK();
  };
}

ScalarKernel MakeFromStringCast(const LogicalType& source, const LogicalType& target,
                                bool try_cast) {
  if (!source.IsCharacterString()) return nullptr;
  if (target.IsCharacterString() || target.IsBinaryString()) {
    return [target](const KernelContext&, const std::vector<const Column*>& args,
                    const SelectionVector& rows, Column* out) -> Status {
      const std::string_view* in = args[0]->Data<std::string_view>();
      std::string text;
      ForEachActive(rows, [&](size_t i) {
        text.assign(in[i]);
        FitToLength(target, &text);
        out->SetString(i, text);
      });
      return Status::OK();
    };
  }
  if (target.IsConstructed()) return nullptr;
  PhysicalType physical = PhysicalTypeOf(target.id());
  return [source, target, try_cast, physical](const KernelContext& context,
                                              const std::vector<const Column*>& args,
                                              const SelectionVector& rows,
                                              Column* out) -> Status {
    const std::string_view* in = args[0]->Data<std::string_view>();
    const bool ltz = target.id() == TypeId::kTimestampLtz;
    const int64_t offset_micros = ltz ? ZoneOffsetSeconds(context.session_time_zone) * 1000000 : 0;
    return ForEachActiveChecked(rows, [&](size_t i) -> Status {
      std::string_view text = in[i];
      if (target.IsIntegral()) {
        bool fast = false;
        switch (physical) {
          case PhysicalType::kInt8:
            fast = FastParseFor<int8_t>(physical, text, out, i);
            break;
          case PhysicalType::kInt16:
            fast = FastParseFor<int16_t>(physical, text, out, i);
            break;
          case PhysicalType::kInt32:
            fast = FastParseFor<int32_t>(physical, text, out, i);
            break;
          default:
            fast = FastParseFor<int64_t>(physical, text, out, i);
            break;
        }
        if (fast) return Status::OK();
      }
      Result<Value> parsed = ParseValue(text, target.WithNullable(true));
      if (!parsed.ok()) {
        if (try_cast) {
          out->SetNull(i);
          return Status::OK();
        }
        return CastError(std::string(text), source, target, parsed.status().message());
      }
      Value v = parsed.MoveValue();
      if (ltz && !v.is_null()) v = Value::FromInt64(v.type(), v.GetInt64() - offset_micros);
      Status s = out->SetValue(i, v);
      if (!s.ok()) {
        if (try_cast) {
          out->SetNull(i);
          return Status::OK();
        }
        return CastError(std::string(text), source, target, s.message());
      }
      return Status::OK();
    });
  };
}

}  // namespace sluice
