#include "formats/field_text.h"

#include <charconv>
#include <cstring>

#include <fmt/format.h>

#include "model/option_text.h"
#include "types/value_text.h"

namespace sluice {

namespace {

template <typename T>
bool AppendInt(Column* column, std::string_view text) {
  int64_t v = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (error != std::errc() || end != text.data() + text.size()) return false;
  if (v < std::numeric_limits<T>::min() || v > std::numeric_limits<T>::max()) return false;
  column->Append<T>(static_cast<T>(v));
  return true;
}

template <typename T>
bool AppendFloat(Column* column, std::string_view text) {
  T v = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (error != std::errc() || end != text.data() + text.size()) return false;
  column->Append<T>(v);
  return true;
}

Status AppendParsed(Column* column, std::string_view text) {
  SLUICE_ASSIGN_OR_RETURN(Value value, ParseValue(text, column->type()));
  return column->AppendValue(value);
}

void AppendFraction(int64_t fraction, int digits, std::string* out) {
  if (fraction == 0) return;
  char buf[16];
  for (int i = digits - 1; i >= 0; --i) {
    buf[i] = static_cast<char>('0' + fraction % 10);
    fraction /= 10;
  }
  int len = digits;
  while (len > 0 && buf[len - 1] == '0') --len;
  out->push_back('.');
  out->append(buf, len);
}

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

}  // namespace

Status AppendFieldText(Column* column, std::string_view text) {
  TypeId id = column->type().id();
  if (text.empty() && id != TypeId::kChar && id != TypeId::kVarChar) {
    column->AppendNull();
    return Status::OK();
  }
  bool done = false;
  switch (id) {
    case TypeId::kChar:
    case TypeId::kVarChar:
      column->AppendString(text);
      return Status::OK();
    case TypeId::kTinyInt:
      done = AppendInt<int8_t>(column, text);
      break;
    case TypeId::kSmallInt:
      done = AppendInt<int16_t>(column, text);
      break;
    case TypeId::kInt:
      done = AppendInt<int32_t>(column, text);
      break;
    case TypeId::kBigInt:
      done = AppendInt<int64_t>(column, text);
      break;
    case TypeId::kFloat:
      done = AppendFloat<float>(column, text);
      break;
    case TypeId::kDouble:
      done = AppendFloat<double>(column, text);
      break;
    case TypeId::kBoolean:
      if (EqualsIgnoreCaseAscii(text, "true")) {
        column->Append<uint8_t>(1);
        done = true;
      } else if (EqualsIgnoreCaseAscii(text, "false")) {
        column->Append<uint8_t>(0);
        done = true;
      }
      break;
    case TypeId::kBinary:
    case TypeId::kVarBinary: {
      std::string bytes;
      if (!Base64Decode(text, &bytes)) {
        return Status::UserError(
            fmt::format("Cannot parse '{}' as {}: not base64.", text, column->type().ToString()));
      }
      column->AppendString(bytes);
      return Status::OK();
    }
    case TypeId::kTimestampLtz:
      if (text.back() == 'Z') text.remove_suffix(1);
      break;
    default:
      break;
  }
  if (done) return Status::OK();
  return AppendParsed(column, text);
}

std::string FormatTimeText(int64_t nanos_of_day) {
  std::string out = fmt::format("{:02}:{:02}:{:02}", nanos_of_day / 3'600'000'000'000LL,
                                nanos_of_day / 60'000'000'000LL % 60,
                                nanos_of_day / 1'000'000'000LL % 60);
  AppendFraction(nanos_of_day % 1'000'000'000LL, 9, &out);
  return out;
}

std::string FormatTimestampText(int64_t micros, char separator) {
  int64_t days = text::FloorDiv(micros, 86'400'000'000LL);
  int64_t of_day = micros - days * 86'400'000'000LL;
  std::string out = text::FormatDate(days);
  out.push_back(separator);
  out += fmt::format("{:02}:{:02}:{:02}", of_day / 3'600'000'000LL, of_day / 60'000'000 % 60,
                     of_day / 1'000'000 % 60);
  AppendFraction(of_day % 1'000'000, 6, &out);
  return out;
}

void AppendValueText(const Column& column, size_t row, TimestampStyle style, std::string* out) {
  char buf[64];
  switch (column.type().id()) {
    case TypeId::kBoolean:
      out->append(column.Get<uint8_t>(row) ? "true" : "false");
      return;
    case TypeId::kTinyInt: {
      auto r = std::to_chars(buf, buf + sizeof(buf), column.Get<int8_t>(row));
      out->append(buf, r.ptr);
      return;
    }
    case TypeId::kSmallInt: {
      auto r = std::to_chars(buf, buf + sizeof(buf), column.Get<int16_t>(row));
      out->append(buf, r.ptr);
      return;
    }
    case TypeId::kInt: {
      auto r = std::to_chars(buf, buf + sizeof(buf), column.Get<int32_t>(row));
      out->append(buf, r.ptr);
      return;
    }
    case TypeId::kBigInt: {
      auto r = std::to_chars(buf, buf + sizeof(buf), column.Get<int64_t>(row));
      out->append(buf, r.ptr);
      return;
    }
    case TypeId::kFloat:
      out->append(FormatJavaFloat(column.Get<float>(row)));
      return;
    case TypeId::kDouble:
      out->append(FormatJavaDouble(column.Get<double>(row)));
      return;
    case TypeId::kDecimal:
      out->append(FormatDecimal(column.Get<Int128>(row), column.type().scale()));
      return;
    case TypeId::kChar:
    case TypeId::kVarChar:
      out->append(column.GetString(row));
      return;
    case TypeId::kBinary:
    case TypeId::kVarBinary:
      out->append(Base64Encode(column.GetString(row)));
      return;
    case TypeId::kDate:
      out->append(text::FormatDate(column.Get<int32_t>(row)));
      return;
    case TypeId::kTime:
      out->append(FormatTimeText(column.Get<int64_t>(row)));
      return;
    case TypeId::kTimestamp:
    case TypeId::kTimestampLtz:
      out->append(FormatTimestampText(column.Get<int64_t>(row),
                                      style == TimestampStyle::kSql ? ' ' : 'T'));
      if (column.type().id() == TypeId::kTimestampLtz) out->push_back('Z');
      return;
    default:
      out->append(column.GetValue(row).ToDisplayString());
      return;
  }
}

std::string Base64Encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    uint32_t v = (static_cast<uint8_t>(bytes[i]) << 16) |
                 (static_cast<uint8_t>(bytes[i + 1]) << 8) | static_cast<uint8_t>(bytes[i + 2]);
    out.push_back(kBase64[v >> 18]);
    out.push_back(kBase64[(v >> 12) & 63]);
    out.push_back(kBase64[(v >> 6) & 63]);
    out.push_back(kBase64[v & 63]);
  }
  if (i < bytes.size()) {
    uint32_t v = static_cast<uint8_t>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<uint8_t>(bytes[i + 1]) << 8;
    out.push_back(kBase64[v >> 18]);
    out.push_back(kBase64[(v >> 12) & 63]);
    out.push_back(i + 1 < bytes.size() ? kBase64[(v >> 6) & 63] : '=');
    out.push_back('=');
  }
  return out;
}

bool Base64Decode(std::string_view text, std::string* out) {
  out->clear();
  uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '=') break;
    const char* p = std::strchr(kBase64, c);
    if (p == nullptr || c == '\0') return false;
    acc = (acc << 6) | static_cast<uint32_t>(p - kBase64);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out->push_back(static_cast<char>((acc >> bits) & 0xff));
    }
  }
  return true;
}

}  // namespace sluice
