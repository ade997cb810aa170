#include "formats/json/json_decoder.h"

#include <cmath>
#include <cstring>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace sluice {

namespace {

using Json = nlohmann::json;

// The text of a scalar node as Jackson's asText (strings unquoted, others as JSON).
std::string NodeText(const Json& node) {
  if (node.is_string()) return node.get<std::string>();
  return node.dump();
}

Status CheckTimestampText(std::string_view text, const LogicalType& type, TimestampStyle style) {
  char separator = style == TimestampStyle::kSql ? ' ' : 'T';
  bool ok = text.size() >= 19 && text[10] == separator;
  if (ok && type.id() == TypeId::kTimestamp && text.back() == 'Z') ok = false;
  if (!ok) {
    return Status::UserError(fmt::format("Cannot parse '{}' as {} with the {} timestamp format.",
                                         text, type.ToString(),
                                         style == TimestampStyle::kSql ? "SQL" : "ISO-8601"));
  }
  return Status::OK();
}

Result<Value> NodeToValue(const Json& node, const LogicalType& type, TimestampStyle style);

Result<Value> ListToValue(const Json& node, const LogicalType& type, TimestampStyle style) {
  std::vector<Value> values;
  if (type.id() == TypeId::kRow) {
    if (!node.is_object()) return Status::UserError("Expected a JSON object for " + type.ToString());
    for (const RowField& field : type.fields()) {
      auto it = node.find(field.name);
      if (it == node.end() || it->is_null()) {
        values.push_back(Value::Null(*field.type));
      } else {
        SLUICE_ASSIGN_OR_RETURN(Value v, NodeToValue(*it, *field.type, style));
        values.push_back(std::move(v));
      }
    }
    return Value::Row(type, std::move(values));
  }
  if (!node.is_array()) return Status::UserError("Expected a JSON array for " + type.ToString());
  for (const Json& element : node) {
    SLUICE_ASSIGN_OR_RETURN(Value v, NodeToValue(element, type.element_type(), style));
    values.push_back(std::move(v));
  }
  return Value::FromList(type, std::move(values));
}

Result<Value> NodeToValue(const Json& node, const LogicalType& type, TimestampStyle style) {
  if (node.is_null()) return Value::Null(type);
  switch (type.id()) {
    case TypeId::kArray:
    case TypeId::kMultiset:
    case TypeId::kRow:
      return ListToValue(node, type, style);
    case TypeId::kMap: {
      if (!node.is_object()) return Status::UserError("Expected a JSON object for " + type.ToString());
      MapEntries entries;
      for (auto it = node.begin(); it != node.end(); ++it) {
        SLUICE_ASSIGN_OR_RETURN(Value key, ParseValue(it.key(), type.key_type()));
        SLUICE_ASSIGN_OR_RETURN(Value value, NodeToValue(it.value(), type.value_type(), style));
        entries.emplace_back(std::move(key), std::move(value));
      }
      return Value::Map(type.key_type(), type.value_type(), std::move(entries));
    }
    case TypeId::kChar:
    case TypeId::kVarChar:
      return Value::FromString(type, NodeText(node));
    case TypeId::kBinary:
    case TypeId::kVarBinary: {
      std::string bytes;
      if (!node.is_string() || !Base64Decode(node.get<std::string>(), &bytes)) {
        return Status::UserError(fmt::format("Cannot parse '{}' as {}: not base64.",
                                             NodeText(node), type.ToString()));
      }
      return Value::FromString(type, std::move(bytes));
    }
    case TypeId::kBoolean:
      if (node.is_boolean()) return Value::Boolean(node.get<bool>()).WithType(type);
      break;
    case TypeId::kTimestamp:
    case TypeId::kTimestampLtz: {
      std::string text = NodeText(node);
      SLUICE_RETURN_NOT_OK(CheckTimestampText(text, type, style));
      if (!text.empty() && text.back() == 'Z') text.pop_back();
      return ParseValue(text, type);
    }
    case TypeId::kTinyInt:
    case TypeId::kSmallInt:
    case TypeId::kInt:
    case TypeId::kBigInt:
      if (node.is_number_float()) {  // as Jackson's asInt / asLong: truncated
        double d = node.get<double>();
        return ParseValue(fmt::format("{}", std::trunc(d)), type);
      }
      break;
    default:
      break;
  }
  return ParseValue(NodeText(node), type);
}

}  // namespace

JsonDecoder::JsonDecoder(JsonOptions options, Schema projected)
    : options_(options), projected_(std::move(projected)) {}

void JsonDecoder::StartFile(std::string path) {
  path_ = std::move(path);
  line_ = 1;
}

Status JsonDecoder::DecodeLine(std::string_view line, std::vector<ColumnPtr>* columns) {
  Json node = Json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (node.is_discarded()) return Status::UserError("Malformed JSON");
  if (!node.is_object()) return Status::UserError("Expected a JSON object");
  for (size_t c = 0; c < projected_.size(); ++c) {
    Column* column = (*columns)[c].get();
    auto it = node.find(projected_.names[c]);
    if (it == node.end()) {
      if (options_.fail_on_missing_field) {
        return Status::UserError(
            fmt::format("Could not find field with name '{}'.", projected_.names[c]));
      }
      column->AppendNull();
      continue;
    }
    const Json& value = *it;
    const LogicalType& type = projected_.types[c];
    // Fast paths for the common scalar columns.
    if (value.is_null()) {
      column->AppendNull();
    } else if (value.is_number_integer() && type.id() == TypeId::kBigInt) {
      column->Append<int64_t>(value.get<int64_t>());
    } else if (value.is_number() && type.id() == TypeId::kDouble) {
      column->Append<double>(value.get<double>());
    } else if (value.is_string() && type.IsCharacterString()) {
      column->AppendString(value.get_ref<const std::string&>());
    } else {
      Result<Value> parsed = NodeToValue(value, type, options_.timestamp_style);
      if (!parsed.ok()) {
        return Status::UserError(
            fmt::format("Field '{}': {}", projected_.names[c], parsed.status().message()));
      }
      SLUICE_RETURN_NOT_OK(column->AppendValue(*parsed));
    }
  }
  return Status::OK();
}

Result<size_t> JsonDecoder::Decode(const char* data, size_t size, bool at_eof,
                                   std::vector<ColumnPtr>* columns, size_t max_rows,
                                   size_t* rows_added) {
  const char* p = data;
  const char* end = data + size;
  size_t rows = 0;
  size_t base = columns->empty() ? 0 : (*columns)[0]->size();
  while (p < end && rows < max_rows) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', end - p));
    if (nl == nullptr && !at_eof) break;
    const char* line_end = nl == nullptr ? end : nl;
    std::string_view line(p, line_end - p);
    p = nl == nullptr ? end : nl + 1;
    int64_t line_number = line_++;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    Status status = DecodeLine(line, columns);
    if (!status.ok()) {
      for (auto& column : *columns) column->Resize(base + rows);
      if (options_.ignore_parse_errors) {
        ++skipped_rows_;
        continue;
      }
      *rows_added = rows;
      return Status::UserError(fmt::format("Failed to parse JSON row at {}:{}: {}", path_,
                                           line_number, status.message()));
    }
    ++rows;
  }
  *rows_added = rows;
  return static_cast<size_t>(p - data);
}

}  // namespace sluice
