#include "formats/json/json_options.h"

#include "connectors/connector_options.h"
#include "model/option_text.h"

namespace sluice {

std::vector<OptionSpec> JsonOptionSpecs() {
  return {
      OptionSpec{.key = "json.fail-on-missing-field", .type = OptionType::kBool,
                 .default_value = "false", .description = "Fail when a field is missing."},
      OptionSpec{.key = "json.ignore-parse-errors", .type = OptionType::kBool,
                 .default_value = "false",
                 .description = "Skip rows with parse errors instead of failing."},
      OptionSpec{.key = "json.timestamp-format.standard", .type = OptionType::kEnum,
                 .default_value = "SQL", .allowed_values = {"SQL", "ISO-8601"},
                 .description = "The timestamp format read and written."},
      OptionSpec{.key = "json.encode.decimal-as-plain-number", .type = OptionType::kBool,
                 .default_value = "false",
                 .description = "Write decimals as plain numbers (always done)."},
  };
}

Result<JsonOptions> ReadJsonOptions(const OptionMap& options) {
  JsonOptions json;
  json.fail_on_missing_field = GetBoolOption(options, "json.fail-on-missing-field", false);
  json.ignore_parse_errors = GetBoolOption(options, "json.ignore-parse-errors", false);
  if (json.fail_on_missing_field && json.ignore_parse_errors) {
    return Status::UserError(
        "fail-on-missing-field and ignore-parse-errors shouldn't both be true.");
  }
  std::string standard = GetStringOption(options, "json.timestamp-format.standard", "SQL");
  json.timestamp_style = EqualsIgnoreCaseAscii(standard, "ISO-8601") ? TimestampStyle::kIso8601
                                                                     : TimestampStyle::kSql;
  return json;
}

}  // namespace sluice
