// The rows of SHOW PROVIDERS: one row per option of every registered provider.
//
// Columns (ShowProvidersColumnNames): provider, kind, option, type, required, default, secret,
// description. Rows are sorted by provider, then option. `secret` flags options whose values are
// masked wherever they are shown. `type` is OptionTypeDisplay (e.g. "ENUM(text,
// json_object)"); `default` is null (nullopt) when the option has no default.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/provider_registry.h"

namespace sluice {

struct ProviderOptionRow {
  std::string provider;
  std::string kind;  // ModelKindName: "remote", "imported", "trained"
  std::string option;
  std::string type;
  bool required = false;
  std::optional<std::string> default_value;
  bool secret = false;  // values are masked wherever they are shown
  std::string description;
};

// {"provider", "kind", "option", "type", "required", "default", "description"}.
const std::vector<std::string>& ShowProvidersColumnNames();

std::vector<ProviderOptionRow> ShowProvidersRows(const ProviderRegistry& registry);

}  // namespace sluice
