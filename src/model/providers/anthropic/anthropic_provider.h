// The 'anthropic' provider: Anthropic's Messages API (POST /v1/messages with the x-api-key and
// anthropic-version headers), text generation only (SPEC-models.md §2.2). Unlike OpenAI,
// 'max-tokens' is required and 'temperature' ranges over 0..1.
#pragma once

#include <string_view>
#include <vector>

#include "model/model_provider.h"

namespace sluice {

class AnthropicProviderFactory final : public ModelProviderFactory {
 public:
  AnthropicProviderFactory();

  std::string_view Name() const override { return "anthropic"; }
  std::string_view Description() const override;
  ModelKind Kind() const override { return ModelKind::kRemote; }
  const std::vector<OptionSpec>& Options() const override { return options_; }
  Status ValidateSchemas(const ModelVersion& version) const override;

 private:
  std::vector<OptionSpec> options_;
};

}  // namespace sluice
