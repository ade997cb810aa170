#include "model/providers/common_options.h"

#include <algorithm>
#include <cassert>
#include <utility>

namespace sluice {

namespace {

OptionSpec BatchSizeOption(std::string description) {
  return OptionSpec{.key = "batch-size",
                    .type = OptionType::kInt,
                    .description = std::move(description),
                    .min_value = 1};
}

}  // namespace

std::vector<OptionSpec> CoreOptions(std::vector<std::string> tasks, std::string default_task) {
  return {
      OptionSpec{.key = "provider",
                 .type = OptionType::kString,
                 .description = "The model provider serving this model."},
      OptionSpec{.key = "default-version",
                 .type = OptionType::kInt,
                 .description = "The version that the plain model name refers to; by default "
                                "the latest version.",
                 .min_value = 1},
      OptionSpec{.key = "task",
                 .type = OptionType::kEnum,
                 .default_value = std::move(default_task),
                 .allowed_values = std::move(tasks),
                 .description = "What the model does; ML_EVALUATE picks its metrics from it."},
  };
}

std::vector<OptionSpec> RemoteServiceOptions(std::string endpoint_default,
                                             std::string endpoint_description) {
  bool endpoint_required = endpoint_default.empty();
  return {
      OptionSpec{.key = "endpoint",
                 .type = OptionType::kString,
                 .required = endpoint_required,
                 .default_value = std::move(endpoint_default),
                 .description = std::move(endpoint_description)},
      OptionSpec{.key = "api-key",
                 .type = OptionType::kString,
                 .secret = true,
                 .description = "The API key sent with each request; may be an ${ENV_VAR} "
                                "reference."},
      OptionSpec{.key = "model",
                 .type = OptionType::kString,
                 .required = true,
                 .description = "The name of the model the service runs."},
      OptionSpec{.key = "type",
                 .type = OptionType::kEnum,
                 .allowed_values = {"remote"},
                 .description = "FLIP-437's model type; 'remote' for HTTP services."},
      OptionSpec{.key = "error-handling-strategy",
                 .type = OptionType::kEnum,
                 .default_value = "RETRY",
                 .allowed_values = {"RETRY", "FAILOVER", "IGNORE"},
                 .description = "What a failed request does: retry it, fail the job, or skip the "
                                "row."},
      OptionSpec{.key = "retry-num",
                 .type = OptionType::kInt,
                 .default_value = "100",
                 .description = "How many times a failed request is retried with the RETRY "
                                "strategy.",
                 .min_value = 0},
      OptionSpec{.key = "retry-fallback-strategy",
                 .type = OptionType::kEnum,
                 .default_value = "FAILOVER",
                 .allowed_values = {"FAILOVER", "IGNORE"},
                 .description = "What happens when the retries are exhausted: fail the job or "
                                "skip the row."},
      OptionSpec{.key = "prompt",
                 .type = OptionType::kString,
                 .description = "A template over the INPUT columns, e.g. 'Review: {text}'; allows "
                                "several INPUT columns of any type."},
      OptionSpec{.key = "cache",
                 .type = OptionType::kBool,
                 .default_value = "true",
                 .description = "Send identical requests of one model version only once and "
                                "keep the answers in checkpointed state."},
      BatchSizeOption("Rows sent in one request where the API accepts several inputs."),
      OptionSpec{.key = "requests-per-minute",
                 .type = OptionType::kInt,
                 .description = "Client-side limit of requests per minute.",
                 .min_value = 1},
      OptionSpec{.key = "tokens-per-minute",
                 .type = OptionType::kInt,
                 .description = "Client-side limit of tokens per minute.",
                 .min_value = 1},
      OptionSpec{.key = "token-budget",
                 .type = OptionType::kInt,
                 .description = "Total tokens the model may use; the job stops when it is "
                                "exceeded.",
                 .min_value = 1},
  };
}

std::vector<OptionSpec> ChatOptions(const ChatOptionsConfig& config) {
  std::vector<OptionSpec> options = {
      OptionSpec{.key = "system-prompt",
                 .type = OptionType::kString,
                 .default_value = config.system_prompt_default,
                 .description = "The system message sent before each input."},
      OptionSpec{.key = "temperature",
                 .type = OptionType::kDouble,
                 .description = "Sampling temperature; higher values give more random output.",
                 .min_value = 0.0,
                 .max_value = config.temperature_max},
      OptionSpec{.key = "top-p",
                 .type = OptionType::kDouble,
                 .description = "Nucleus sampling: only tokens within this probability mass are "
                                "considered.",
                 .min_value = 0.0,
                 .max_value = 1.0},
      OptionSpec{.key = "stop",
                 .type = OptionType::kList,
                 .description = "Comma-separated sequences at which generation stops."},
      OptionSpec{.key = "max-tokens",
                 .type = OptionType::kInt,
                 .required = config.max_tokens_required,
                 .description = "The maximum number of tokens generated per answer.",
                 .min_value = 1},
  };
  if (config.with_top_k) {
    options.push_back(OptionSpec{.key = "top-k",
                                 .type = OptionType::kInt,
                                 .description = "Only the k most likely tokens are sampled.",
                                 .min_value = 1});
  }
  return options;
}

std::vector<OptionSpec> ImportOptions(std::string format) {
  return {
      OptionSpec{.key = "type",
                 .type = OptionType::kEnum,
                 .allowed_values = {"import"},
                 .description = "FLIP-437's model type; 'import' for model files."},
      OptionSpec{.key = "format",
                 .type = OptionType::kEnum,
                 .allowed_values = {std::move(format)},
                 .description = "FLIP-437's file format of an imported model."},
      OptionSpec{.key = "path",
                 .type = OptionType::kString,
                 .required = true,
                 .description = "The model file: a local path, a file:// or an http(s):// URL; "
                                "copied into the catalog when the model is created."},
      BatchSizeOption("Rows per inference call."),
  };
}

std::vector<OptionSpec> CombineOptions(std::vector<std::vector<OptionSpec>> groups) {
  std::vector<OptionSpec> all;
  for (std::vector<OptionSpec>& group : groups) {
    for (OptionSpec& spec : group) all.push_back(std::move(spec));
  }
  std::sort(all.begin(), all.end(),
            [](const OptionSpec& a, const OptionSpec& b) { return a.key < b.key; });
  assert(std::adjacent_find(all.begin(), all.end(), [](const OptionSpec& a, const OptionSpec& b) {
           return a.key == b.key;
         }) == all.end());
  return all;
}

}  // namespace sluice
