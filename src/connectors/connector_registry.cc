#include <fmt/format.h>

#include "connectors/connector.h"
#include "model/option_text.h"

namespace sluice {

Result<std::unique_ptr<SourceReader>> ConnectorFactory::OpenSource(const SourceContext&) const {
  return Status::UserError(fmt::format(
      "Connector '{}' can only be used as a sink. It cannot be used as a source.", Name()));
}

Result<std::unique_ptr<SinkWriter>> ConnectorFactory::OpenSink(const SinkContext&) const {
  return Status::UserError(fmt::format(
      "Connector '{}' can only be used as a source. It cannot be used as a sink.", Name()));
}

const ConnectorRegistry& ConnectorRegistry::Builtins() {
  static const ConnectorRegistry* registry = [] {
    auto* r = new ConnectorRegistry();
    RegisterDatagenConnector(*r);
    RegisterFilesystemConnector(*r);
    RegisterPrintConnector(*r);
    RegisterBlackholeConnector(*r);
    return r;
  }();
  return *registry;
}

void ConnectorRegistry::Register(std::unique_ptr<ConnectorFactory> factory) {
  std::string name(factory->Name());
  factories_[name] = std::move(factory);
}

const ConnectorFactory* ConnectorRegistry::Find(std::string_view name) const {
  auto it = factories_.find(std::string(name));
  return it == factories_.end() ? nullptr : it->second.get();
}

std::vector<std::string> ConnectorRegistry::Names() const {
  std::vector<std::string> names;
  for (const auto& [name, factory] : factories_) names.push_back(name);
  return names;
}

Result<const ConnectorFactory*> ConnectorRegistry::Discover(const OptionMap& options) const {
  auto it = options.find("connector");
  if (it == options.end()) {
    return Status::UserError(
        "Table options do not contain an option key 'connector' for discovering a connector.");
  }
  const ConnectorFactory* factory = Find(it->second);
  if (factory == nullptr) {
    return Status::UserError(fmt::format(
        "Could not find any factory for identifier '{}' that implements "
        "'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.\n\n"
        "Available factory identifiers are:\n\n{}",
        it->second, JoinStrings(Names(), "\n")));
  }
  return factory;
}

Status ConnectorRegistry::ValidateTable(const CatalogTable& table) const {
  SLUICE_ASSIGN_OR_RETURN(const ConnectorFactory* factory, Discover(table.options));
  return factory->Validate(table);
}

}  // namespace sluice
