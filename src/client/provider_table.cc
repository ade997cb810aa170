#include "client/provider_table.h"

#include "client/result_table_builder.h"

namespace sluice {

ResultTable ProviderTable(const ProviderRegistry& registry) {
  ResultTable table = MakeStringTable(
      {"provider", "kind", "option", "type", "required", "default", "secret", "description"});
  for (const ModelProviderFactory* provider : registry.List()) {
    for (const OptionSpec& option : provider->Options()) {
      table.rows.push_back(
          {std::string(provider->Name()), std::string(ModelKindName(provider->Kind())), option.key,
           OptionTypeDisplay(option), BoolText(option.required),
           option.default_value.empty() ? std::nullopt
                                        : std::optional<std::string>(option.default_value),
           BoolText(option.secret), option.description});
    }
  }
  return table;
}

}  // namespace sluice
