#include "formats/json/json_encoder.h"

#include <cmath>

#include <fmt/format.h>

#include "formats/field_text.h"

namespace sluice {

namespace {

void AppendValueJson(const Value& value, TimestampStyle style, std::string* out) {
  if (value.is_null()) {
    out->append("null");
    return;
  }
  const LogicalType& type = value.type();
  switch (type.id()) {
    case TypeId::kArray:
    case TypeId::kMultiset: {
      out->push_back('[');
      bool first = true;
      for (const Value& element : value.GetList()) {
        if (!first) out->push_back(',');
        first = false;
        AppendValueJson(element, style, out);
      }
      out->push_back(']');
      return;
    }
    case TypeId::kRow: {
      out->push_back('{');
      const auto& fields = type.fields();
      const auto& values = value.GetList();
      for (size_t i = 0; i < values.size() && i < fields.size(); ++i) {
        if (i > 0) out->push_back(',');
        AppendJsonString(fields[i].name, out);
        out->push_back(':');
        AppendValueJson(values[i], style, out);
      }
      out->push_back('}');
      return;
    }
    case TypeId::kMap: {
      out->push_back('{');
      bool first = true;
      for (const auto& [k, v] : value.GetMap()) {
        if (!first) out->push_back(',');
        first = false;
        AppendJsonString(k.is_null() ? "null" : k.ToDisplayString(), out);
        out->push_back(':');
        AppendValueJson(v, style, out);
      }
      out->push_back('}');
      return;
    }
    default: {
      ColumnPtr column = Column::Make(type, 1);
      (void)column->AppendValue(value);
      std::string text;
      AppendValueText(*column, 0, style, &text);
      bool number = type.IsNumeric();
      if (type.IsApproximateNumeric()) number = std::isfinite(value.ToDouble());
      if (type.id() == TypeId::kBoolean || number) {
        out->append(text);
      } else {
        AppendJsonString(text, out);
      }
    }
  }
}

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) {
  out->push_back('"');
  for (char c : text) {
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out->append(fmt::format("\\u{:04x}", static_cast<int>(c)));
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

void JsonEncoder::Encode(const Batch& batch, std::string* out) {
  std::string text;
  for (size_t row = 0; row < batch.num_rows(); ++row) {
    out->push_back('{');
    for (size_t c = 0; c < batch.num_columns(); ++c) {
      if (c > 0) out->push_back(',');
      AppendJsonString(c < names_.size() ? names_[c] : fmt::format("f{}", c), out);
      out->push_back(':');
      const Column& column = *batch.column(c);
      if (column.IsNull(row)) {
        out->append("null");
        continue;
      }
      TypeId id = column.type().id();
      if (id == TypeId::kBoolean || (id >= TypeId::kTinyInt && id <= TypeId::kBigInt) ||
          id == TypeId::kDecimal) {
        AppendValueText(column, row, options_.timestamp_style, out);
      } else if (id == TypeId::kChar || id == TypeId::kVarChar) {
        AppendJsonString(column.GetString(row), out);
      } else if (column.type().IsConstructed() || column.type().IsApproximateNumeric()) {
        AppendValueJson(column.GetValue(row), options_.timestamp_style, out);
      } else {
        text.clear();
        AppendValueText(column, row, options_.timestamp_style, &text);
        AppendJsonString(text, out);
      }
    }
    out->append("}\n");
  }
}

}  // namespace sluice
