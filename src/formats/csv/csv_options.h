// The csv format's options (Flink's 'csv.*' keys, without the prefix), and their specs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog_objects.h"
#include "common/status.h"
#include "model/option_spec.h"

namespace sluice {

struct CsvOptions {
  char field_delimiter = ',';
  char quote_character = '"';
  bool disable_quote_character = false;
  bool allow_comments = false;  // lines starting with '#' are skipped
  bool ignore_parse_errors = false;
  std::optional<std::string> null_literal;  // a field equal to it is NULL
};

// The specs of the csv options, keys prefixed with "csv." (as a table's options spell them).
std::vector<OptionSpec> CsvOptionSpecs();

// Reads the "csv."-prefixed options of a table (already checked against CsvOptionSpecs), with
// Flink's error for a delimiter or quote that is not one character: "Option
// 'csv.field-delimiter' must be a string with single character, but was: ab".
Result<CsvOptions> ReadCsvOptions(const OptionMap& options);

}  // namespace sluice
