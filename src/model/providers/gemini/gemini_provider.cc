#include "model/providers/gemini/gemini_provider.h"

#include "model/providers/common_options.h"
#include "model/providers/schema_checks.h"

namespace sluice {

GeminiProviderFactory::GeminiProviderFactory()
    : options_(CombineOptions({
          CoreOptions({kTaskTextGeneration, kTaskEmbedding}, kTaskTextGeneration),
          RemoteServiceOptions("https://generativelanguage.googleapis.com/v1beta",
                               "The base URL of the API; /models/<model>:<method> is appended."),
          ChatOptions({.with_top_k = true}),
          {OptionSpec{.key = "dimension",
                      .type = OptionType::kInt,
                      .description = "The size of the embedding vectors (outputDimensionality).",
                      .min_value = 1}},
      })) {}

std::string_view GeminiProviderFactory::Description() const {
  return "Google Gemini API, text generation and embeddings.";
}

Status GeminiProviderFactory::ValidateSchemas(const ModelVersion& version) const {
  SLUICE_RETURN_NOT_OK(CheckRemoteInput(version));
  SLUICE_RETURN_NOT_OK(CheckErrorMetadataColumns(version));
  auto task = version.options.find("task");
  if (task != version.options.end() &&
      CanonicalEnumValue(*FindOption("task"), task->second) == kTaskEmbedding) {
    return CheckEmbeddingOutput(version);
  }
  return CheckTextGenerationOutput(version);
}

}  // namespace sluice
