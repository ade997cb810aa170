#include "model/providers/onnx/onnx_provider.h"

#include <fmt/format.h>

#include "model/providers/common_options.h"
#include "model/providers/schema_checks.h"

namespace sluice {

namespace {

// A scalar an ONNX tensor element can hold.
bool IsTensorScalar(const LogicalType& type) {
  return type.IsNumeric() || type.id() == TypeId::kBoolean || type.IsCharacterString();
}

// Scalars and (nested) arrays of scalars, plus maps for ONNX-ML ZipMap outputs.
bool IsTensorType(const LogicalType& type, bool allow_map) {
  if (IsTensorScalar(type)) return true;
  if (type.id() == TypeId::kArray) return IsTensorType(type.element_type(), false);
  if (allow_map && type.id() == TypeId::kMap) {
    return IsTensorScalar(type.key_type()) && type.value_type().IsNumeric();
  }
  return false;
}

}  // namespace

OnnxProviderFactory::OnnxProviderFactory()
    : options_(CombineOptions({
          CoreOptions({kTaskRegression, kTaskClassification, kTaskClustering, kTaskEmbedding,
                       kTaskTextGeneration},
                      ""),
          ImportOptions("ONNX"),
          {
              OptionSpec{.key = "intra-op-threads",
                         .type = OptionType::kInt,
                         .description = "Threads ONNX Runtime uses inside one operator.",
                         .min_value = 1},
              OptionSpec{.key = "input-mode",
                         .type = OptionType::kEnum,
                         .allowed_values = {"per-column", "packed"},
                         .description = "How INPUT columns feed the model: one input per column, "
                                        "or all columns packed into one [batch, n] tensor; by "
                                        "default chosen from the file."},
          },
      })) {}

std::string_view OnnxProviderFactory::Description() const {
  return "ONNX model files, run in process by ONNX Runtime.";
}

Status OnnxProviderFactory::ValidateSchemas(const ModelVersion& version) const {
  SLUICE_RETURN_NOT_OK(CheckNoMetadataColumns(version, Name()));
  auto mode = version.options.find("input-mode");
  bool packed = mode != version.options.end() &&
                CanonicalEnumValue(*FindOption("input-mode"), mode->second) == "packed";
  for (const ModelColumn& column : version.input) {
    if (packed && !column.type.IsNumeric()) {
      return Status::UserError(fmt::format(
          "Input column '{}' should be numeric with 'input-mode' = 'packed', but is a {}.",
          column.name, column.type.ToSummaryString()));
    }
    if (!IsTensorType(column.type, /*allow_map=*/false)) {
      return Status::UserError(fmt::format(
          "Input column '{}' of type {} can not be passed to an ONNX model: expected a numeric, "
          "BOOLEAN or STRING column, or an ARRAY of them.",
          column.name, column.type.ToSummaryString()));
    }
  }
  for (const ModelColumn& column : version.output) {
    if (!IsTensorType(column.type, /*allow_map=*/true)) {
      return Status::UserError(fmt::format(
          "Output column '{}' of type {} can not be read from an ONNX model: expected a numeric, "
          "BOOLEAN or STRING column, an ARRAY of them, or a MAP of class to probability.",
          column.name, column.type.ToSummaryString()));
    }
  }
  return Status::OK();
}

}  // namespace sluice
