#include "model/providers/builtin/builtin_provider.h"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "model/option_text.h"
#include "model/providers/common_options.h"
#include "model/providers/schema_checks.h"

namespace sluice {

namespace {

struct AlgorithmInfo {
  const char* name;
  std::vector<std::string> tasks;  // the first is the default
  bool supervised;                 // needs 'label'
};

const std::vector<AlgorithmInfo>& Algorithms() {
  static const std::vector<AlgorithmInfo> kAlgorithms = {
      {"linear_regression", {kTaskRegression}, true},
      {"logistic_regression", {kTaskClassification}, true},
      {"kmeans", {kTaskClustering}, false},
      {"boosted_trees", {kTaskRegression, kTaskClassification}, true},
  };
  return kAlgorithms;
}

// Hyper-parameters and the algorithms that accept them; options not listed apply to all.
struct HyperParameter {
  const char* key;
  std::vector<std::string> algorithms;
};

const std::vector<HyperParameter>& HyperParameters() {
  static const std::vector<HyperParameter> kHyperParameters = {
      {"l2-reg", {"linear_regression", "logistic_regression"}},
      {"max-iterations", {"logistic_regression", "kmeans"}},
      {"num-clusters", {"kmeans"}},
      {"num-trees", {"boosted_trees"}},
      {"max-depth", {"boosted_trees"}},
      {"learning-rate", {"boosted_trees"}},
  };
  return kHyperParameters;
}

std::vector<std::string> AlgorithmNames() {
  std::vector<std::string> names;
  for (const AlgorithmInfo& info : Algorithms()) names.push_back(info.name);
  return names;
}

std::vector<OptionSpec> TrainingOptions() {
  return {
      OptionSpec{.key = "algorithm",
                 .type = OptionType::kEnum,
                 .required = true,
                 .allowed_values = AlgorithmNames(),
                 .description = "The training algorithm."},
      OptionSpec{.key = "label",
                 .type = OptionType::kString,
                 .description = "The query column to predict; the other columns are the features "
                                "(not for kmeans)."},
      OptionSpec{.key = "l2-reg",
                 .type = OptionType::kDouble,
                 .default_value = "0",
                 .description = "L2 regularization strength (linear and logistic regression).",
                 .min_value = 0.0},
      OptionSpec{.key = "max-iterations",
                 .type = OptionType::kInt,
                 .default_value = "100",
                 .description = "The maximum number of iterations (logistic regression, kmeans).",
                 .min_value = 1},
      OptionSpec{.key = "num-clusters",
                 .type = OptionType::kInt,
                 .default_value = "8",
                 .description = "The number of clusters k (kmeans).",
                 .min_value = 1},
      OptionSpec{.key = "seed",
                 .type = OptionType::kInt,
                 .default_value = "0",
                 .description = "Seed of the random choices (initialization, data split)."},
      OptionSpec{.key = "num-trees",
                 .type = OptionType::kInt,
                 .default_value = "100",
                 .description = "The number of boosting rounds (boosted_trees).",
                 .min_value = 1},
      OptionSpec{.key = "max-depth",
                 .type = OptionType::kInt,
                 .default_value = "6",
                 .description = "The maximum depth of a tree (boosted_trees).",
                 .min_value = 1},
      OptionSpec{.key = "learning-rate",
                 .type = OptionType::kDouble,
                 .default_value = "0.3",
                 .description = "The shrinkage of each tree (boosted_trees).",
                 .min_value = 0.0,
                 .max_value = 1.0},
      OptionSpec{.key = "data-split-fraction",
                 .type = OptionType::kDouble,
                 .default_value = "0",
                 .description = "The fraction of rows held out to evaluate the trained model.",
                 .min_value = 0.0,
                 .max_value = 1.0},
  };
}

}  // namespace

BuiltinProviderFactory::BuiltinProviderFactory()
    : options_(CombineOptions({
          CoreOptions({kTaskRegression, kTaskClassification, kTaskClustering}, ""),
          TrainingOptions(),
      })) {}

std::string_view BuiltinProviderFactory::Description() const {
  return "Models trained in SQL by CREATE MODEL ... AS SELECT.";
}

std::vector<Status> BuiltinProviderFactory::CheckOptionCombinations(
    const OptionMap& options) const {
  std::vector<Status> problems;
  auto algorithm_option = options.find("algorithm");
  if (algorithm_option == options.end()) return problems;
  std::optional<std::string> algorithm =
      CanonicalEnumValue(*FindOption("algorithm"), algorithm_option->second);
  if (!algorithm) return problems;  // reported as a bad value
  const AlgorithmInfo& info =
      *std::find_if(Algorithms().begin(), Algorithms().end(),
                    [&](const AlgorithmInfo& candidate) { return candidate.name == *algorithm; });

  if (auto task = options.find("task"); task != options.end()) {
    std::optional<std::string> canonical = CanonicalEnumValue(*FindOption("task"), task->second);
    if (canonical &&
        std::find(info.tasks.begin(), info.tasks.end(), *canonical) == info.tasks.end()) {
      problems.push_back(Status::UserError(
          fmt::format("Algorithm '{}' does not support task '{}'. Supported tasks: {}.", *algorithm,
                      task->second, JoinStrings(info.tasks, ", "))));
    }
  }
  bool has_label = options.count("label") > 0;
  if (info.supervised && !has_label) {
    problems.push_back(Status::UserError(
        fmt::format("Missing required option 'label' for algorithm '{}'.", *algorithm)));
  } else if (!info.supervised && has_label) {
    problems.push_back(Status::UserError(
        fmt::format("Option 'label' does not apply to algorithm '{}'.", *algorithm)));
  }
  for (const HyperParameter& parameter : HyperParameters()) {
    if (options.count(parameter.key) == 0) continue;
    const std::vector<std::string>& accepted = parameter.algorithms;
    if (std::find(accepted.begin(), accepted.end(), *algorithm) == accepted.end()) {
      problems.push_back(Status::UserError(
          fmt::format("Option '{}' does not apply to algorithm '{}'. It applies to: {}.",
                      parameter.key, *algorithm, JoinStrings(accepted, ", "))));
    }
  }
  return problems;
}

Status BuiltinProviderFactory::ValidateSchemas(const ModelVersion& version) const {
  return CheckNoMetadataColumns(version, Name());
}

}  // namespace sluice
