#include "model/builtin_providers.h"

#include <memory>

#include "model/providers/anthropic/anthropic_provider.h"
#include "model/providers/builtin/builtin_provider.h"
#include "model/providers/gemini/gemini_provider.h"
#include "model/providers/onnx/onnx_provider.h"
#include "model/providers/openai/openai_provider.h"
#include "model/providers/xgboost/xgboost_provider.h"

namespace sluice {

void RegisterBuiltinProviders(ProviderRegistry& registry) {
  // The names are distinct, so registration cannot fail.
  (void)registry.Register(std::make_unique<AnthropicProviderFactory>());
  (void)registry.Register(std::make_unique<BuiltinProviderFactory>());
  (void)registry.Register(std::make_unique<GeminiProviderFactory>());
  (void)registry.Register(std::make_unique<OnnxProviderFactory>());
  (void)registry.Register(std::make_unique<OpenAiProviderFactory>());
  (void)registry.Register(std::make_unique<XgboostProviderFactory>());
}

}  // namespace sluice
