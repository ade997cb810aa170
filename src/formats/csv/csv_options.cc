#include "formats/csv/csv_options.h"

#include <fmt/format.h>

#include "connectors/connector_options.h"

namespace sluice {

std::vector<OptionSpec> CsvOptionSpecs() {
  return {
      OptionSpec{.key = "csv.field-delimiter", .default_value = ",",
                 .description = "Field delimiter character."},
      OptionSpec{.key = "csv.quote-character", .default_value = "\"",
                 .description = "Quote character for enclosing field values."},
      OptionSpec{.key = "csv.disable-quote-character", .type = OptionType::kBool,
                 .default_value = "false", .description = "Disable quoting of values."},
      OptionSpec{.key = "csv.allow-comments", .type = OptionType::kBool,
                 .default_value = "false", .description = "Skip lines starting with '#'."},
      OptionSpec{.key = "csv.ignore-parse-errors", .type = OptionType::kBool,
                 .default_value = "false",
                 .description = "Skip rows with parse errors instead of failing."},
      OptionSpec{.key = "csv.null-literal",
                 .description = "A string that is read and written as NULL."},
  };
}

namespace {

// Flink unescapes "\t" style delimiters given in SQL; accept the common ones.
std::string Unescape(const std::string& text) {
  if (text == "\\t") return "\t";
  return text;
}

}  // namespace

Result<CsvOptions> ReadCsvOptions(const OptionMap& options) {
  CsvOptions csv;
  for (const char* key : {"csv.field-delimiter", "csv.quote-character"}) {
    auto value = FindOption(options, key);
    if (!value) continue;
    std::string text = Unescape(*value);
    if (text.size() != 1) {
      return Status::UserError(fmt::format(
          "Option '{}' must be a string with single character, but was: {}", key, *value));
    }
    (std::string_view(key) == "csv.field-delimiter" ? csv.field_delimiter : csv.quote_character) =
        text[0];
  }
  csv.disable_quote_character = GetBoolOption(options, "csv.disable-quote-character", false);
  csv.allow_comments = GetBoolOption(options, "csv.allow-comments", false);
  csv.ignore_parse_errors = GetBoolOption(options, "csv.ignore-parse-errors", false);
  csv.null_literal = FindOption(options, "csv.null-literal");
  return csv;
}

}  // namespace sluice
