#include "model/providers/anthropic/anthropic_provider.h"

#include "model/providers/common_options.h"
#include "model/providers/schema_checks.h"

namespace sluice {

AnthropicProviderFactory::AnthropicProviderFactory()
    : options_(CombineOptions({
          CoreOptions({kTaskTextGeneration}, kTaskTextGeneration),
          RemoteServiceOptions("https://api.anthropic.com/v1/messages",
                               "The URL of the Messages API."),
          ChatOptions({.max_tokens_required = true, .with_top_k = true, .temperature_max = 1.0}),
          {OptionSpec{.key = "anthropic-version",
                      .type = OptionType::kString,
                      .default_value = "2023-06-01",
                      .description = "The API version sent in the anthropic-version header."}},
      })) {}

std::string_view AnthropicProviderFactory::Description() const {
  return "Anthropic Messages API (Claude models), text generation.";
}

Status AnthropicProviderFactory::ValidateSchemas(const ModelVersion& version) const {
  SLUICE_RETURN_NOT_OK(CheckRemoteInput(version));
  SLUICE_RETURN_NOT_OK(CheckErrorMetadataColumns(version));
  return CheckTextGenerationOutput(version);
}

}  // namespace sluice
