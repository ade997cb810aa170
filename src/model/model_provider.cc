#include "model/model_provider.h"

#include <fmt/format.h>

#include "model/model_options.h"
#include "model/option_text.h"

namespace sluice {

namespace {

std::string SupportedOptionList(const std::vector<OptionSpec>& specs) {
  std::vector<std::string> keys;
  keys.reserve(specs.size());
  for (const OptionSpec& spec : specs) keys.push_back(spec.key);
  return JoinStrings(keys, ", ");
}

// "remote models", "imported models", "trained models".
std::string KindPhrase(ModelKind kind) {
  switch (kind) {
    case ModelKind::kRemote:
      return "remote models";
    case ModelKind::kImported:
      return "imported models";
    case ModelKind::kTrained:
      return "models trained by CREATE MODEL ... AS SELECT";
  }
  return "models";
}

// A copy of `version` with other options and without the (possibly large) artifact, for the
// schema checks.
ModelVersion WithOptions(const ModelVersion& version, OptionMap options) {
  ModelVersion copy;
  copy.version = version.version;
  copy.created_at_millis = version.created_at_millis;
  copy.kind = version.kind;
  copy.input = version.input;
  copy.output = version.output;
  copy.comment = version.comment;
  copy.options = std::move(options);
  copy.artifact_sha256 = version.artifact_sha256;
  return copy;
}

}  // namespace

const OptionSpec* ModelProviderFactory::FindOption(std::string_view key) const {
  for (const OptionSpec& spec : Options()) {
    if (spec.key == key) return &spec;
  }
  return nullptr;
}

Status ModelProviderFactory::ValidateSchemas(const ModelVersion& version) const {
  return Status::OK();
}

std::vector<Status> ModelProviderFactory::CheckOptionCombinations(const OptionMap& options) const {
  return {};
}

std::vector<Status> ModelProviderFactory::Validate(const ModelVersion& version) const {
  std::vector<Status> problems;
  Result<OptionMap> normalized = NormalizeOptions(Name(), version.options);
  if (!normalized.ok()) {
    problems.push_back(normalized.status());
    return problems;
  }
  const OptionMap& options = *normalized;

  // Unknown options, reported with the user's spelling.
  for (const auto& [key, value] : version.options) {
    if (FindOption(NormalizeOptionKey(Name(), key)) == nullptr) {
      problems.push_back(Status::UserError(
          fmt::format("Unsupported option '{}' for provider '{}'. Supported options: {}.", key,
                      Name(), SupportedOptionList(Options()))));
    }
  }
  for (const OptionSpec& spec : Options()) {
    auto it = options.find(spec.key);
    if (it == options.end()) {
      if (spec.required) {
        problems.push_back(Status::UserError(
            fmt::format("Missing required option '{}' for provider '{}'.", spec.key, Name())));
      }
      continue;
    }
    Status value_status = ValidateOptionValue(spec, it->second);
    if (!value_status.ok()) problems.push_back(value_status);
  }

  // FLIP-437's 'type' must agree with what the provider serves.
  if (auto it = options.find("type"); it != options.end()) {
    std::string type = ToLowerAscii(TrimAscii(it->second));
    bool agrees = (type == "remote" && Kind() == ModelKind::kRemote) ||
                  (type == "import" && Kind() == ModelKind::kImported);
    if ((type == "remote" || type == "import") && !agrees) {
      problems.push_back(Status::UserError(
          fmt::format("Option 'type' = '{}' does not match provider '{}', which serves {}.",
                      it->second, Name(), KindPhrase(Kind()))));
    }
  }
  // Trained models and the training provider go together.
  if ((version.kind == ModelKind::kTrained) != (Kind() == ModelKind::kTrained)) {
    problems.push_back(Status::UserError(
        version.kind == ModelKind::kTrained
            ? fmt::format("Provider '{}' serves {}; a model created by CREATE MODEL ... AS SELECT "
                          "is trained by provider 'builtin'.",
                          Name(), KindPhrase(Kind()))
            : fmt::format("Provider '{}' serves {}; add AS SELECT ... to train the model.", Name(),
                          KindPhrase(Kind()))));
  }

  for (Status& status : CheckOptionCombinations(options)) problems.push_back(std::move(status));
  Status schema_status = ValidateSchemas(WithOptions(version, options));
  if (!schema_status.ok()) problems.push_back(schema_status);
  return problems;
}

}  // namespace sluice
