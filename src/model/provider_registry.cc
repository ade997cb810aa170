#include "model/provider_registry.h"

#include <fmt/format.h>

#include "model/model_options.h"
#include "model/option_text.h"

namespace sluice {

Status ProviderRegistry::Register(std::unique_ptr<ModelProviderFactory> factory) {
  if (factory == nullptr) return Status::InternalError("Cannot register a null model provider.");
  std::string name = ToLowerAscii(factory->Name());
  if (factories_.count(name) > 0) {
    return Status::InternalError(
        fmt::format("Model provider '{}' is registered twice.", factory->Name()));
  }
  factories_.emplace(std::move(name), std::move(factory));
  return Status::OK();
}

const ModelProviderFactory* ProviderRegistry::Find(std::string_view name) const {
  auto it = factories_.find(ToLowerAscii(name));
  return it == factories_.end() ? nullptr : it->second.get();
}

std::vector<const ModelProviderFactory*> ProviderRegistry::List() const {
  std::vector<const ModelProviderFactory*> list;
  list.reserve(factories_.size());
  for (const auto& [name, factory] : factories_) list.push_back(factory.get());
  return list;
}

std::vector<std::string> ProviderRegistry::Names() const {
  std::vector<std::string> names;
  names.reserve(factories_.size());
  for (const auto& [name, factory] : factories_) names.push_back(name);
  return names;
}

Result<const ModelProviderFactory*> FindModelProvider(const ProviderRegistry& registry,
                                                      const ModelVersion& version) {
  SLUICE_ASSIGN_OR_RETURN(std::string name, ResolveProviderName(version.options));
  if (name.empty() && version.kind == ModelKind::kTrained) name = "builtin";
  std::string supported = JoinStrings(registry.Names(), ", ");
  if (name.empty()) {
    return Status::UserError(fmt::format(
        "Missing model provider: set the 'provider' option. Supported providers: {}.", supported));
  }
  const ModelProviderFactory* factory = registry.Find(name);
  if (factory == nullptr) {
    return Status::UserError(
        fmt::format("Unsupported model provider '{}'. Supported providers: {}.", name, supported));
  }
  return factory;
}

std::vector<Status> ValidateModelDefinition(const ProviderRegistry& registry,
                                            const ModelVersion& version) {
  Result<const ModelProviderFactory*> factory = FindModelProvider(registry, version);
  if (!factory.ok()) return {factory.status()};
  return (*factory)->Validate(version);
}

}  // namespace sluice
