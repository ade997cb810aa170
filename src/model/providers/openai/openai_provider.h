// The 'openai' provider: OpenAI's chat completions and embeddings APIs, and every server that
// speaks them (vLLM, llama.cpp, Ollama). Options and schema rules follow Flink's
// flink-model-openai (SPEC-models.md §2.1); the endpoint's path decides the task.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model_provider.h"

namespace sluice {

class OpenAiProviderFactory final : public ModelProviderFactory {
 public:
  OpenAiProviderFactory();

  std::string_view Name() const override { return "openai"; }
  std::string_view Description() const override;
  ModelKind Kind() const override { return ModelKind::kRemote; }
  const std::vector<OptionSpec>& Options() const override { return options_; }
  Status ValidateSchemas(const ModelVersion& version) const override;

 protected:
  std::vector<Status> CheckOptionCombinations(const OptionMap& options) const override;

 private:
  std::vector<OptionSpec> options_;
};

// The task an endpoint URL serves: "text_generation" for .../chat/completions, "embedding" for
// .../embeddings (trailing slashes ignored); nullopt for any other path.
std::optional<std::string> OpenAiTaskOfEndpoint(std::string_view endpoint);

}  // namespace sluice
