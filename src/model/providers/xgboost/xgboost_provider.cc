#include "model/providers/xgboost/xgboost_provider.h"

#include <fmt/format.h>

#include "model/providers/common_options.h"
#include "model/providers/schema_checks.h"

namespace sluice {

namespace {

bool IsProbabilities(const LogicalType& type) {
  if (type.id() == TypeId::kArray) return type.element_type().IsApproximateNumeric();
  if (type.id() == TypeId::kMap) return type.value_type().IsApproximateNumeric();
  return false;
}

}  // namespace

XgboostProviderFactory::XgboostProviderFactory()
    : options_(CombineOptions({
          CoreOptions({kTaskRegression, kTaskClassification}, kTaskRegression),
          ImportOptions("XGBOOST"),
          {OptionSpec{.key = "num-class",
                      .type = OptionType::kInt,
                      .description = "The number of classes of a classifier; by default read "
                                     "from the file.",
                      .min_value = 2}},
      })) {}

std::string_view XgboostProviderFactory::Description() const {
  return "XGBoost model files, run in process.";
}

std::string XgboostProviderFactory::TaskOf(const OptionMap& options) const {
  const OptionSpec* spec = FindOption("task");
  auto it = options.find("task");
  if (it != options.end()) {
    if (std::optional<std::string> task = CanonicalEnumValue(*spec, it->second)) return *task;
  }
  return spec->default_value;
}

std::vector<Status> XgboostProviderFactory::CheckOptionCombinations(
    const OptionMap& options) const {
  std::vector<Status> problems;
  if (options.count("num-class") > 0 && TaskOf(options) != kTaskClassification) {
    problems.push_back(
        Status::UserError("Option 'num-class' only applies to task 'classification'."));
  }
  return problems;
}

Status XgboostProviderFactory::ValidateSchemas(const ModelVersion& version) const {
  SLUICE_RETURN_NOT_OK(CheckNoMetadataColumns(version, Name()));
  for (const ModelColumn& column : version.input) {
    if (!column.type.IsNumeric() && column.type.id() != TypeId::kBoolean) {
      return Status::UserError(
          fmt::format("Input column '{}' should be numeric or BOOLEAN, but is a {}.", column.name,
                      column.type.ToSummaryString()));
    }
  }
  if (version.output.empty()) return Status::OK();
  bool classification = TaskOf(version.options) == kTaskClassification;
  const ModelColumn& prediction = version.output[0];
  bool prediction_ok =
      prediction.type.IsNumeric() || (classification && prediction.type.IsCharacterString());
  if (!prediction_ok) {
    return Status::UserError(
        fmt::format("Output column '{}' should be {}, but is a {}.", prediction.name,
                    classification ? "numeric or STRING (the class label)" : "numeric",
                    prediction.type.ToSummaryString()));
  }
  size_t allowed_outputs = classification ? 2 : 1;
  if (version.output.size() > allowed_outputs) {
    return Status::UserError(
        fmt::format("Model with task '{}' should have at most {} output column{}, but has {}.",
                    TaskOf(version.options), allowed_outputs, allowed_outputs == 1 ? "" : "s",
                    version.output.size()));
  }
  if (version.output.size() == 2 && !IsProbabilities(version.output[1].type)) {
    return Status::UserError(fmt::format(
        "Output column '{}' should hold the class probabilities as ARRAY<DOUBLE> or MAP<label, "
        "DOUBLE>, but is a {}.",
        version.output[1].name, version.output[1].type.ToSummaryString()));
  }
  return Status::OK();
}

}  // namespace sluice
