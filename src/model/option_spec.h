// OptionSpec: the declaration of one option a model provider accepts (its key, type, default,
// allowed values, whether it is required or secret, and a one-line description), and the check
// of one user-given value against it.
//
// Providers declare their options as data (DESIGN.md §5.4): the same specs drive validation at
// CREATE MODEL / ML_PREDICT time and the rows of SHOW PROVIDERS.
//
// Thread-safety: plain values; share freely.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace sluice {

enum class OptionType {
  kString,
  kInt,       // a 64-bit signed integer, e.g. '100'
  kDouble,    // a decimal number, e.g. '0.7', '1e-3'
  kBool,      // 'true' or 'false', case-insensitive (as Flink)
  kEnum,      // one of allowed_values, compared case-insensitively (as Flink's enum options)
  kDuration,  // '30 s', '3 min', '500 ms', '1h' (Flink's TimeUtils, see option_duration.h)
  kList,      // comma-separated values; each must be in allowed_values when that is not empty
};

// "STRING", "INT", "DOUBLE", "BOOLEAN", "ENUM", "DURATION", "LIST".
const char* OptionTypeName(OptionType type);

// Members have default initializers so that specs can be written with designated initializers
// naming only what differs from the defaults.
struct OptionSpec {
  // The canonical key: lower-case, words joined by '-', without a provider prefix.
  std::string key{};
  OptionType type = OptionType::kString;
  bool required = false;
  // The value used when the option is absent, as the user would write it; empty when none.
  std::string default_value{};
  // kEnum: the accepted values, in their canonical spelling. kList: the accepted elements
  // (empty: any element).
  std::vector<std::string> allowed_values{};
  // Secret values (API keys) are never printed: SHOW CREATE MODEL and error texts show '****'.
  bool secret = false;
  // One sentence shown by SHOW PROVIDERS.
  std::string description{};
  // kInt / kDouble: inclusive bounds, when the option has any.
  std::optional<double> min_value{};
  std::optional<double> max_value{};
};

// Checks one value against its spec. Returns a user error naming the option, the bad value
// ('****' for secret options) and what is allowed, e.g.
//   Invalid value 'xml' for option 'response-format': expected one of text, json_object.
//   Invalid value '0' for option 'batch-size': expected an integer >= 1.
// A value that holds an environment reference ('${NAME}') is not checked: it is resolved, and
// must be checked again, when the model is used (see ResolveEnvReferences).
Status ValidateOptionValue(const OptionSpec& spec, std::string_view value);

// The spec's type as SHOW PROVIDERS prints it: "INT", "ENUM(text, json_object)",
// "LIST(RETRY, IGNORE)" or plain "LIST".
std::string OptionTypeDisplay(const OptionSpec& spec);

// For kEnum specs: the canonical spelling of `value` (case-insensitive match against
// allowed_values), or nullopt when it is not allowed.
std::optional<std::string> CanonicalEnumValue(const OptionSpec& spec, std::string_view value);

}  // namespace sluice
