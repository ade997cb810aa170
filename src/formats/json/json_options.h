// The json format's options (Flink's 'json.*' keys, without the prefix), and their specs.
#pragma once

#include <vector>

#include "catalog/catalog_objects.h"
#include "common/status.h"
#include "formats/field_text.h"
#include "model/option_spec.h"

namespace sluice {

struct JsonOptions {
  bool fail_on_missing_field = false;
  bool ignore_parse_errors = false;
  TimestampStyle timestamp_style = TimestampStyle::kSql;  // json.timestamp-format.standard
};

// The specs of the json options, keys prefixed with "json.".
std::vector<OptionSpec> JsonOptionSpecs();

// Reads the "json."-prefixed options (already checked against JsonOptionSpecs), with Flink's
// error when both fail-on-missing-field and ignore-parse-errors are set.
Result<JsonOptions> ReadJsonOptions(const OptionMap& options);

}  // namespace sluice
