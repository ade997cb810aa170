// The option checks every connector shares (Flink's FactoryUtil texts), typed getters for options
// that were already checked, and the table's physical columns.
//
// Thread-safety: free functions over plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog_objects.h"
#include "common/status.h"
#include "model/option_spec.h"
#include "vector/schema.h"

namespace sluice {

// Checks a table's options against `specs` (the keys the connector accepts for this table, with
// per-field and per-format keys already expanded; 'connector' is always accepted), in Flink's
// order: missing required options ("One or more required options are missing.\n\nMissing
// required options are:\n\n<keys>"), then each given value (ValidateOptionValue's text), then
// unknown keys ("Unsupported options found for '<identifier>'.\n\nUnsupported options:\n\n<keys>
// \n\nSupported options:\n\n<keys>", both lists sorted, one key a line).
Status CheckConnectorOptions(std::string_view identifier, const OptionMap& options,
                             const std::vector<OptionSpec>& specs);

// The value of `key`, or nullopt.
std::optional<std::string> FindOption(const OptionMap& options, std::string_view key);
// Typed reads of options that passed CheckConnectorOptions (a missing key gives `fallback`).
std::string GetStringOption(const OptionMap& options, std::string_view key,
                            std::string_view fallback);
int64_t GetIntOption(const OptionMap& options, std::string_view key, int64_t fallback);
double GetDoubleOption(const OptionMap& options, std::string_view key, double fallback);
bool GetBoolOption(const OptionMap& options, std::string_view key, bool fallback);

// The table's physical columns (computed and metadata columns left out), in order.
Schema PhysicalSchema(const CatalogTable& table);
// The physical columns listed in `projection` (positions among the physical columns), in that
// order; none when `projection` is empty (SELECT COUNT(*): batches carry only a row count).
Schema ProjectSchema(const Schema& physical, const std::vector<size_t>& projection);

}  // namespace sluice
