#include "model/providers/openai/openai_provider.h"

#include <fmt/format.h>

#include "model/option_text.h"
#include "model/providers/common_options.h"
#include "model/providers/schema_checks.h"

namespace sluice {

namespace {

std::vector<OptionSpec> OpenAiOwnOptions() {
  return {
      OptionSpec{.key = "presence-penalty",
                 .type = OptionType::kDouble,
                 .description = "Penalizes tokens that already appeared, between -2 and 2.",
                 .min_value = -2.0,
                 .max_value = 2.0},
      OptionSpec{.key = "n",
                 .type = OptionType::kInt,
                 .description = "How many answers to generate per input; each is one output row.",
                 .min_value = 1},
      OptionSpec{.key = "seed",
                 .type = OptionType::kInt,
                 .description = "Seed for best-effort deterministic sampling."},
      OptionSpec{.key = "response-format",
                 .type = OptionType::kEnum,
                 .allowed_values = {"text", "json_object"},
                 .description = "The format of the answer: plain text or a JSON object."},
      OptionSpec{.key = "dimension",
                 .type = OptionType::kInt,
                 .description = "The size of the embedding vectors (embeddings endpoint).",
                 .min_value = 1},
      OptionSpec{.key = "max-context-size",
                 .type = OptionType::kInt,
                 .description = "The maximum number of input tokens; longer inputs are handled "
                                "by 'context-overflow-action'.",
                 .min_value = 1},
      OptionSpec{.key = "context-overflow-action",
                 .type = OptionType::kEnum,
                 .default_value = "truncated-tail",
                 .allowed_values = {"truncated-tail", "truncated-tail-log", "truncated-head",
                                    "truncated-head-log", "skipped", "skipped-log"},
                 .description = "What to do with an input longer than 'max-context-size': cut "
                                "its tail or head, or skip it, optionally logging."},
  };
}

}  // namespace

OpenAiProviderFactory::OpenAiProviderFactory()
    : options_(CombineOptions({
          CoreOptions({kTaskTextGeneration, kTaskEmbedding}, ""),
          RemoteServiceOptions("",
                               "The full URL of the API, ending in /chat/completions (text "
                               "generation) or /embeddings (embedding)."),
          ChatOptions({.system_prompt_default = "You are a helpful assistant."}),
          OpenAiOwnOptions(),
      })) {}

std::string_view OpenAiProviderFactory::Description() const {
  return "OpenAI chat completions and embeddings, and OpenAI-compatible servers.";
}

std::optional<std::string> OpenAiTaskOfEndpoint(std::string_view endpoint) {
  while (!endpoint.empty() && endpoint.back() == '/') endpoint.remove_suffix(1);
  if (EndsWith(endpoint, "/chat/completions")) return std::string(kTaskTextGeneration);
  if (EndsWith(endpoint, "/embeddings")) return std::string(kTaskEmbedding);
  return std::nullopt;
}

std::vector<Status> OpenAiProviderFactory::CheckOptionCombinations(const OptionMap& options) const {
  std::vector<Status> problems;
  auto endpoint = options.find("endpoint");
  if (endpoint == options.end() || endpoint->second.find("${") != std::string::npos) {
    return problems;
  }
  std::optional<std::string> task = OpenAiTaskOfEndpoint(endpoint->second);
  if (!task) {
    problems.push_back(Status::UserError(fmt::format(
        "Unsupported endpoint '{}' for provider 'openai': it must end with /chat/completions "
        "(text generation) or /embeddings (embedding).",
        endpoint->second)));
    return problems;
  }
  auto declared = options.find("task");
  if (declared != options.end() && FindOption("task") != nullptr) {
    std::optional<std::string> canonical =
        CanonicalEnumValue(*FindOption("task"), declared->second);
    if (canonical && *canonical != *task) {
      problems.push_back(Status::UserError(
          fmt::format("Option 'task' = '{}' does not match endpoint '{}', which serves {}.",
                      declared->second, endpoint->second, *task)));
    }
  }
  return problems;
}

Status OpenAiProviderFactory::ValidateSchemas(const ModelVersion& version) const {
  SLUICE_RETURN_NOT_OK(CheckRemoteInput(version));
  SLUICE_RETURN_NOT_OK(CheckErrorMetadataColumns(version));
  std::optional<std::string> task;
  if (auto endpoint = version.options.find("endpoint"); endpoint != version.options.end()) {
    task = OpenAiTaskOfEndpoint(endpoint->second);
  }
  if (!task) {
    if (auto declared = version.options.find("task"); declared != version.options.end()) {
      task = CanonicalEnumValue(*FindOption("task"), declared->second);
    }
  }
  if (task == kTaskEmbedding) return CheckEmbeddingOutput(version);
  if (task == kTaskTextGeneration) return CheckTextGenerationOutput(version);
  return Status::OK();
}

}  // namespace sluice
