#include "catalog/catalog_codec.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace sluice {
namespace {

using nlohmann::json;

const char* ColumnKindName(TableColumn::Kind kind) {
  switch (kind) {
    case TableColumn::Kind::kPhysical:
      return "physical";
    case TableColumn::Kind::kComputed:
      return "computed";
    case TableColumn::Kind::kMetadata:
      return "metadata";
  }
  return "physical";
}

Result<TableColumn::Kind> ParseColumnKind(const std::string& text) {
  if (text == "physical") return TableColumn::Kind::kPhysical;
  if (text == "computed") return TableColumn::Kind::kComputed;
  if (text == "metadata") return TableColumn::Kind::kMetadata;
  return Status::ExternalError(fmt::format("Unknown column kind '{}' in the catalog store.", text));
}

Result<LogicalType> DecodeType(const std::string& text) {
  Result<LogicalType> type = ParseLogicalType(text);
  if (!type.ok()) {
    return Status::ExternalError(
        fmt::format("Cannot read the stored type '{}': {}", text, type.status().message()));
  }
  return type;
}

Result<json> ParseJson(const std::string& text, const char* what) {
  json document = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded() || !document.is_object()) {
    return Status::ExternalError(
        fmt::format("The catalog store holds a damaged {} definition.", what));
  }
  return document;
}

// Reads a member with a default, converting a wrong JSON type into an error instead of an
// exception.
template <typename T>
Status Read(const json& object, const char* key, T* out) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return Status::OK();
  try {
    *out = it->template get<T>();
  } catch (const json::exception& e) {
    return Status::ExternalError(
        fmt::format("The catalog store holds a damaged field '{}': {}", key, e.what()));
  }
  return Status::OK();
}

json ModelColumnsToJson(const std::vector<ModelColumn>& columns) {
  json array = json::array();
  for (const ModelColumn& column : columns) {
    array.push_back({{"name", column.name},
                     {"type", column.type.ToString()},
                     {"comment", column.comment},
                     {"metadata_key", column.metadata_key}});
  }
  return array;
}

Result<std::vector<ModelColumn>> ModelColumnsFromJson(const json& object, const char* key) {
  std::vector<ModelColumn> columns;
  auto it = object.find(key);
  if (it == object.end() || !it->is_array()) return columns;
  for (const json& item : *it) {
    if (!item.is_object())
      return Status::ExternalError("The catalog store holds a damaged column.");
    ModelColumn column;
    std::string type_text;
    SLUICE_RETURN_NOT_OK(Read(item, "name", &column.name));
    SLUICE_RETURN_NOT_OK(Read(item, "type", &type_text));
    SLUICE_RETURN_NOT_OK(Read(item, "comment", &column.comment));
    SLUICE_RETURN_NOT_OK(Read(item, "metadata_key", &column.metadata_key));
    SLUICE_ASSIGN_OR_RETURN(column.type, DecodeType(type_text));
    columns.push_back(std::move(column));
  }
  return columns;
}

}  // namespace

std::string EncodeOptions(const OptionMap& options) { return json(options).dump(); }

Result<OptionMap> DecodeOptions(const std::string& text) {
  SLUICE_ASSIGN_OR_RETURN(json document, ParseJson(text, "option"));
  OptionMap options;
  for (auto it = document.begin(); it != document.end(); ++it) {
    if (!it.value().is_string()) {
      return Status::ExternalError("The catalog store holds a damaged option value.");
    }
    options[it.key()] = it.value().get<std::string>();
  }
  return options;
}

std::string EncodeTable(const CatalogTable& table) {
  json columns = json::array();
  for (const TableColumn& column : table.columns) {
    columns.push_back({{"name", column.name},
                       {"kind", ColumnKindName(column.kind)},
                       {"type", column.type.ToString()},
                       {"expression", column.expression},
                       {"metadata_key", column.metadata_key},
                       {"virtual", column.is_virtual},
                       {"comment", column.comment}});
  }
  json document = {{"columns", columns},
                   {"partition_keys", table.partition_keys},
                   {"comment", table.comment},
                   {"options", table.options}};
  if (table.watermark) {
    document["watermark"] = {{"column", table.watermark->column},
                             {"expression", table.watermark->expression}};
  }
  if (table.primary_key) {
    document["primary_key"] = {{"constraint_name", table.primary_key->constraint_name},
                               {"columns", table.primary_key->columns}};
  }
  return document.dump();
}

Result<CatalogTable> DecodeTable(const std::string& text) {
  SLUICE_ASSIGN_OR_RETURN(json document, ParseJson(text, "table"));
  CatalogTable table;
  auto columns = document.find("columns");
  if (columns != document.end() && columns->is_array()) {
    for (const json& item : *columns) {
      if (!item.is_object())
        return Status::ExternalError("The catalog store holds a damaged column.");
      TableColumn column;
      std::string kind = "physical";
      std::string type_text;
      SLUICE_RETURN_NOT_OK(Read(item, "name", &column.name));
      SLUICE_RETURN_NOT_OK(Read(item, "kind", &kind));
      SLUICE_RETURN_NOT_OK(Read(item, "type", &type_text));
      SLUICE_RETURN_NOT_OK(Read(item, "expression", &column.expression));
      SLUICE_RETURN_NOT_OK(Read(item, "metadata_key", &column.metadata_key));
      SLUICE_RETURN_NOT_OK(Read(item, "virtual", &column.is_virtual));
      SLUICE_RETURN_NOT_OK(Read(item, "comment", &column.comment));
      SLUICE_ASSIGN_OR_RETURN(column.kind, ParseColumnKind(kind));
      SLUICE_ASSIGN_OR_RETURN(column.type, DecodeType(type_text));
      table.columns.push_back(std::move(column));
    }
  }
  auto watermark = document.find("watermark");
  if (watermark != document.end() && watermark->is_object()) {
    WatermarkSpec spec;
    SLUICE_RETURN_NOT_OK(Read(*watermark, "column", &spec.column));
    SLUICE_RETURN_NOT_OK(Read(*watermark, "expression", &spec.expression));
    table.watermark = std::move(spec);
  }
  auto primary_key = document.find("primary_key");
  if (primary_key != document.end() && primary_key->is_object()) {
    PrimaryKey key;
    SLUICE_RETURN_NOT_OK(Read(*primary_key, "constraint_name", &key.constraint_name));
    SLUICE_RETURN_NOT_OK(Read(*primary_key, "columns", &key.columns));
    table.primary_key = std::move(key);
  }
  SLUICE_RETURN_NOT_OK(Read(document, "partition_keys", &table.partition_keys));
  SLUICE_RETURN_NOT_OK(Read(document, "comment", &table.comment));
  SLUICE_RETURN_NOT_OK(Read(document, "options", &table.options));
  return table;
}

std::string EncodeView(const CatalogView& view) {
  json document = {
      {"query", view.query}, {"column_names", view.column_names}, {"comment", view.comment}};
  return document.dump();
}

Result<CatalogView> DecodeView(const std::string& text) {
  SLUICE_ASSIGN_OR_RETURN(json document, ParseJson(text, "view"));
  CatalogView view;
  SLUICE_RETURN_NOT_OK(Read(document, "query", &view.query));
  SLUICE_RETURN_NOT_OK(Read(document, "column_names", &view.column_names));
  SLUICE_RETURN_NOT_OK(Read(document, "comment", &view.comment));
  return view;
}

std::string EncodeModelDefinition(const ModelVersion& version) {
  json document = {{"input", ModelColumnsToJson(version.input)},
                   {"output", ModelColumnsToJson(version.output)},
                   {"comment", version.comment},
                   {"options", version.options},
                   {"training_report", version.training_report}};
  return document.dump();
}

Status DecodeModelDefinition(const std::string& text, ModelVersion* version) {
  SLUICE_ASSIGN_OR_RETURN(json document, ParseJson(text, "model"));
  SLUICE_ASSIGN_OR_RETURN(version->input, ModelColumnsFromJson(document, "input"));
  SLUICE_ASSIGN_OR_RETURN(version->output, ModelColumnsFromJson(document, "output"));
  SLUICE_RETURN_NOT_OK(Read(document, "comment", &version->comment));
  SLUICE_RETURN_NOT_OK(Read(document, "options", &version->options));
  SLUICE_RETURN_NOT_OK(Read(document, "training_report", &version->training_report));
  return Status::OK();
}

Result<ModelKind> ParseModelKind(const std::string& text) {
  if (text == "remote") return ModelKind::kRemote;
  if (text == "imported") return ModelKind::kImported;
  if (text == "trained") return ModelKind::kTrained;
  return Status::ExternalError(fmt::format("Unknown model kind '{}' in the catalog store.", text));
}

}  // namespace sluice
