#include "model/provider_catalog_rows.h"

namespace sluice {

const std::vector<std::string>& ShowProvidersColumnNames() {
  static const std::vector<std::string> kNames = {"provider", "kind",    "option",     "type",
                                                  "required", "default", "secret", "description"};
  return kNames;
}

std::vector<ProviderOptionRow> ShowProvidersRows(const ProviderRegistry& registry) {
  std::vector<ProviderOptionRow> rows;
  // List() is sorted by name and Options() by key, so the rows come out sorted.
  for (const ModelProviderFactory* factory : registry.List()) {
    for (const OptionSpec& spec : factory->Options()) {
      ProviderOptionRow row;
      row.provider = std::string(factory->Name());
      row.kind = ModelKindName(factory->Kind());
      row.option = spec.key;
      row.type = OptionTypeDisplay(spec);
      row.required = spec.required;
      if (!spec.default_value.empty()) row.default_value = spec.default_value;
      row.secret = spec.secret;
      row.description = spec.description;
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

}  // namespace sluice
