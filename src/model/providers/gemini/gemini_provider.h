// The 'gemini' provider: Google's Gemini API, ':generateContent' for text generation and
// ':embedContent' / ':batchEmbedContents' for embeddings, chosen by the 'task' option
// (text_generation by default; SPEC-models.md §2.2).
#pragma once

#include <string_view>
#include <vector>

#include "model/model_provider.h"

namespace sluice {

class GeminiProviderFactory final : public ModelProviderFactory {
 public:
  GeminiProviderFactory();

  std::string_view Name() const override { return "gemini"; }
  std::string_view Description() const override;
  ModelKind Kind() const override { return ModelKind::kRemote; }
  const std::vector<OptionSpec>& Options() const override { return options_; }
  Status ValidateSchemas(const ModelVersion& version) const override;

 private:
  std::vector<OptionSpec> options_;
};

}  // namespace sluice
