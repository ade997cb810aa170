// The 'xgboost' provider: XGBoost model files (JSON or UBJSON) run in process
// (SPEC-models.md §2.3). Declared with 'provider' = 'xgboost' and 'path', or FLIP-437's
// 'type' = 'import', 'format' = 'XGBOOST'.
//
// INPUT columns are the features, in order (numeric or BOOLEAN). OUTPUT is the prediction
// (regression: a number; classification: the label, a number or a string), optionally followed
// by the class probabilities (ARRAY<DOUBLE> or MAP<label, DOUBLE>) for classification.
#pragma once

#include <string_view>
#include <vector>

#include "model/model_provider.h"

namespace sluice {

class XgboostProviderFactory final : public ModelProviderFactory {
 public:
  XgboostProviderFactory();

  std::string_view Name() const override { return "xgboost"; }
  std::string_view Description() const override;
  ModelKind Kind() const override { return ModelKind::kImported; }
  const std::vector<OptionSpec>& Options() const override { return options_; }
  Status ValidateSchemas(const ModelVersion& version) const override;

 protected:
  std::vector<Status> CheckOptionCombinations(const OptionMap& options) const override;

 private:
  // The canonical task of `options`; the default when absent or invalid.
  std::string TaskOf(const OptionMap& options) const;

  std::vector<OptionSpec> options_;
};

}  // namespace sluice
