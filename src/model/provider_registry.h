// ProviderRegistry: the model providers this process knows, by name, and the validation of a
// model definition against them.
//
// Registration is explicit (RegisterBuiltinProviders in builtin_providers.h), never by static
// initializers. Thread-safety: register everything first, from one thread; afterwards the
// registry is read-only and may be shared by any number of threads.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog_objects.h"
#include "common/status.h"
#include "model/model_provider.h"

namespace sluice {

class ProviderRegistry {
 public:
  // Takes ownership. A second factory under the same Name() is an internal error.
  Status Register(std::unique_ptr<ModelProviderFactory> factory);

  // The factory registered under `name` (compared case-insensitively); nullptr when none is.
  const ModelProviderFactory* Find(std::string_view name) const;

  // Every factory, sorted by name. The pointers stay valid as long as the registry lives.
  std::vector<const ModelProviderFactory*> List() const;

  // The registered names, sorted: {"anthropic", "builtin", ...}.
  std::vector<std::string> Names() const;

 private:
  std::map<std::string, std::unique_ptr<ModelProviderFactory>> factories_;
};

// The factory serving `version`: the provider its options name (ResolveProviderName), or
// "builtin" for a trained model without a 'provider' option. An unknown or missing provider is a
// user error listing the supported providers, e.g.
//   Unsupported model provider 'foo'. Supported providers: anthropic, builtin, gemini, onnx,
//   openai, xgboost.
//   Missing model provider: set the 'provider' option. Supported providers: anthropic, ...
Result<const ModelProviderFactory*> FindModelProvider(const ProviderRegistry& registry,
                                                      const ModelVersion& version);

// Every problem of a model definition: the provider's resolution, then the factory's checks
// (ModelProviderFactory::Validate). Empty when the model can be used.
std::vector<Status> ValidateModelDefinition(const ProviderRegistry& registry,
                                            const ModelVersion& version);

}  // namespace sluice
