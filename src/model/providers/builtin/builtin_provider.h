// The 'builtin' provider: models trained in SQL by CREATE MODEL ... WITH (...) AS SELECT
// (SPEC-models.md §4). A trained model needs no 'provider' option; 'algorithm' chooses the
// training algorithm, and each algorithm accepts only its own hyper-parameters.
//
// INPUT and OUTPUT are derived from the query by training, so only metadata columns are refused
// here.
#pragma once

#include <string_view>
#include <vector>

#include "model/model_provider.h"

namespace sluice {

class BuiltinProviderFactory final : public ModelProviderFactory {
 public:
  BuiltinProviderFactory();

  std::string_view Name() const override { return "builtin"; }
  std::string_view Description() const override;
  ModelKind Kind() const override { return ModelKind::kTrained; }
  const std::vector<OptionSpec>& Options() const override { return options_; }
  Status ValidateSchemas(const ModelVersion& version) const override;

 protected:
  std::vector<Status> CheckOptionCombinations(const OptionMap& options) const override;

 private:
  std::vector<OptionSpec> options_;
};

}  // namespace sluice
