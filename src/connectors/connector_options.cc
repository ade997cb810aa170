#include "connectors/connector_options.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <set>

#include <fmt/format.h>

#include "model/option_text.h"

namespace sluice {

Status CheckConnectorOptions(std::string_view identifier, const OptionMap& options,
                             const std::vector<OptionSpec>& specs) {
  std::vector<std::string> missing;
  for (const OptionSpec& spec : specs) {
    if (spec.required && options.find(spec.key) == options.end()) missing.push_back(spec.key);
  }
  if (!missing.empty()) {
    std::sort(missing.begin(), missing.end());
    return Status::UserError(
        fmt::format("One or more required options are missing.\n\nMissing required options "
                    "are:\n\n{}",
                    JoinStrings(missing, "\n")));
  }
  std::set<std::string> supported = {"connector"};
  for (const OptionSpec& spec : specs) supported.insert(spec.key);
  for (const OptionSpec& spec : specs) {
    auto it = options.find(spec.key);
    if (it != options.end()) SLUICE_RETURN_NOT_OK(ValidateOptionValue(spec, it->second));
  }
  std::vector<std::string> unsupported;
  for (const auto& [key, value] : options) {
    if (supported.count(key) == 0) unsupported.push_back(key);
  }
  if (!unsupported.empty()) {
    return Status::UserError(fmt::format(
        "Unsupported options found for '{}'.\n\nUnsupported options:\n\n{}\n\nSupported "
        "options:\n\n{}",
        identifier, JoinStrings(unsupported, "\n"),
        JoinStrings(std::vector<std::string>(supported.begin(), supported.end()), "\n")));
  }
  return Status::OK();
}

std::optional<std::string> FindOption(const OptionMap& options, std::string_view key) {
  auto it = options.find(std::string(key));
  if (it == options.end()) return std::nullopt;
  return it->second;
}

std::string GetStringOption(const OptionMap& options, std::string_view key,
                            std::string_view fallback) {
  auto value = FindOption(options, key);
  return value ? *value : std::string(fallback);
}

int64_t GetIntOption(const OptionMap& options, std::string_view key, int64_t fallback) {
  auto value = FindOption(options, key);
  if (!value) return fallback;
  std::string_view text = TrimAscii(*value);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  int64_t parsed = fallback;
  std::from_chars(text.data(), text.data() + text.size(), parsed);
  return parsed;
}

double GetDoubleOption(const OptionMap& options, std::string_view key, double fallback) {
  auto value = FindOption(options, key);
  if (!value) return fallback;
  std::string text(TrimAscii(*value));
  char* end = nullptr;
  double parsed = std::strtod(text.c_str(), &end);
  return end == text.c_str() ? fallback : parsed;
}

bool GetBoolOption(const OptionMap& options, std::string_view key, bool fallback) {
  auto value = FindOption(options, key);
  if (!value) return fallback;
  return EqualsIgnoreCaseAscii(TrimAscii(*value), "true");
}

Schema PhysicalSchema(const CatalogTable& table) {
  Schema schema;
  for (const TableColumn& column : table.columns) {
    if (column.kind == TableColumn::Kind::kPhysical) schema.Add(column.name, column.type);
  }
  return schema;
}

Schema ProjectSchema(const Schema& physical, const std::vector<size_t>& projection) {
  Schema schema;
  for (size_t index : projection) schema.Add(physical.names[index], physical.types[index]);
  return schema;
}

}  // namespace sluice
