#include "model/providers/schema_checks.h"

#include <fmt/format.h>

#include "model/option_text.h"
#include "model/prompt_template.h"

namespace sluice {

namespace {

// Java's List.toString: "[a, b]".
std::string BracketedNames(const std::vector<const ModelColumn*>& columns) {
  std::vector<std::string> names;
  for (const ModelColumn* column : columns) names.push_back(column->name);
  return "[" + JoinStrings(names, ", ") + "]";
}

Status ExactlyOneColumn(std::string_view input_or_output,
                        const std::vector<const ModelColumn*>& columns, std::string_view hint) {
  return Status::UserError(
      fmt::format("Model should have exactly one {} column, but actually has {} columns: {}{}",
                  input_or_output, columns.size(), BracketedNames(columns), hint));
}

bool IsStringArray(const LogicalType& type) {
  return type.id() == TypeId::kArray && type.element_type().IsCharacterString();
}

struct MetadataKey {
  const char* key;
  const char* type_text;
  bool (*matches)(const LogicalType&);
};

constexpr MetadataKey kErrorMetadata[] = {
    {"error-string", "STRING", [](const LogicalType& t) { return t.IsCharacterString(); }},
    {"http-status-code", "INT", [](const LogicalType& t) { return t.id() == TypeId::kInt; }},
    {"http-headers-map", "MAP<STRING, ARRAY<STRING>>",
     [](const LogicalType& t) {
       return t.id() == TypeId::kMap && t.key_type().IsCharacterString() &&
              IsStringArray(t.value_type());
     }},
};

}  // namespace

std::vector<const ModelColumn*> ModelOutputColumns(const ModelVersion& version) {
  std::vector<const ModelColumn*> outputs;
  for (const ModelColumn& column : version.output) {
    if (column.metadata_key.empty()) outputs.push_back(&column);
  }
  return outputs;
}

Status CheckRemoteInput(const ModelVersion& version) {
  for (const ModelColumn& column : version.input) {
    if (!column.metadata_key.empty()) {
      return Status::UserError(fmt::format(
          "Input column '{}' can not be a metadata column: only the output schema supports "
          "metadata columns.",
          column.name));
    }
  }
  auto prompt = version.options.find("prompt");
  if (prompt != version.options.end()) {
    if (version.input.empty()) {
      return Status::UserError("Model should have at least one input column with a 'prompt'.");
    }
    return CheckPromptPlaceholders(prompt->second, version.input);
  }
  std::vector<const ModelColumn*> inputs;
  for (const ModelColumn& column : version.input) inputs.push_back(&column);
  if (inputs.size() != 1) {
    return ExactlyOneColumn(
        "input", inputs,
        inputs.empty() ? "" : ". Set the 'prompt' option to use several input columns.");
  }
  if (!inputs[0]->type.IsCharacterString()) {
    return Status::UserError(fmt::format("input column {} should be STRING, but is a {}.",
                                         inputs[0]->name, inputs[0]->type.ToSummaryString()));
  }
  return Status::OK();
}

Status CheckErrorMetadataColumns(const ModelVersion& version) {
  for (const ModelColumn& column : version.output) {
    if (column.metadata_key.empty()) continue;
    const MetadataKey* found = nullptr;
    for (const MetadataKey& candidate : kErrorMetadata) {
      if (column.metadata_key == candidate.key) found = &candidate;
    }
    if (found == nullptr) {
      return Status::UserError(fmt::format(
          "Unexpected metadata key '{}' of output column '{}'. Supported metadata keys: "
          "error-string, http-status-code, http-headers-map.",
          column.metadata_key, column.name));
    }
    if (!found->matches(column.type)) {
      return Status::UserError(
          fmt::format("Expected metadata column {} to be of type {}, but is of type {}.",
                      column.name, found->type_text, column.type.ToSummaryString()));
    }
  }
  return Status::OK();
}

Status CheckTextGenerationOutput(const ModelVersion& version) {
  std::vector<const ModelColumn*> outputs = ModelOutputColumns(version);
  if (outputs.empty()) return ExactlyOneColumn("output", outputs, "");
  if (outputs.size() == 1) {
    const LogicalType& type = outputs[0]->type;
    if (!type.IsCharacterString() && type.id() != TypeId::kRow) {
      return Status::UserError(fmt::format(
          "output column {} should be STRING, but is a {}. Declare a ROW or several OUTPUT "
          "columns for structured output.",
          outputs[0]->name, type.ToSummaryString()));
    }
  }
  return Status::OK();
}

Status CheckEmbeddingOutput(const ModelVersion& version) {
  std::vector<const ModelColumn*> outputs = ModelOutputColumns(version);
  if (outputs.size() != 1) return ExactlyOneColumn("output", outputs, "");
  const LogicalType& type = outputs[0]->type;
  bool ok = type.id() == TypeId::kArray && (type.element_type().id() == TypeId::kFloat ||
                                            type.element_type().id() == TypeId::kDouble);
  if (!ok) {
    return Status::UserError(
        fmt::format("output column {} should be ARRAY<FLOAT> or ARRAY<DOUBLE>, but is a {}.",
                    outputs[0]->name, type.ToSummaryString()));
  }
  return Status::OK();
}

Status CheckNoMetadataColumns(const ModelVersion& version, std::string_view provider) {
  for (const std::vector<ModelColumn>* columns : {&version.input, &version.output}) {
    for (const ModelColumn& column : *columns) {
      if (!column.metadata_key.empty()) {
        return Status::UserError(
            fmt::format("Column '{}' can not be a metadata column: provider '{}' has no "
                        "metadata.",
                        column.name, provider));
      }
    }
  }
  return Status::OK();
}

}  // namespace sluice
