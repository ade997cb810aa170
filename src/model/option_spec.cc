#include "model/option_spec.h"

#include <charconv>
#include <cmath>
#include <cstdint>

#include <fmt/format.h>

#include "model/option_duration.h"
#include "model/option_text.h"

namespace sluice {

namespace {

constexpr std::string_view kMaskedValue = "****";

std::optional<int64_t> ParseInt(std::string_view text) {
  text = TrimAscii(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

std::optional<double> ParseDouble(std::string_view text) {
  text = TrimAscii(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty() ||
      !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

// "an integer >= 1", "a number between 0 and 2", "an integer".
std::string NumberExpectation(const OptionSpec& spec, bool integral) {
  std::string noun = integral ? "an integer" : "a number";
  if (spec.min_value && spec.max_value) {
    return fmt::format("{} between {} and {}", noun, *spec.min_value, *spec.max_value);
  }
  if (spec.min_value) return fmt::format("{} >= {}", noun, *spec.min_value);
  if (spec.max_value) return fmt::format("{} <= {}", noun, *spec.max_value);
  return noun;
}

bool InRange(const OptionSpec& spec, double value) {
  return (!spec.min_value || value >= *spec.min_value) &&
         (!spec.max_value || value <= *spec.max_value);
}

Status Invalid(const OptionSpec& spec, std::string_view value, std::string_view expected) {
  return Status::UserError(fmt::format("Invalid value '{}' for option '{}': expected {}.",
                                       spec.secret ? kMaskedValue : value, spec.key, expected));
}

}  // namespace

const char* OptionTypeName(OptionType type) {
  switch (type) {
    case OptionType::kString:
      return "STRING";
    case OptionType::kInt:
      return "INT";
    case OptionType::kDouble:
      return "DOUBLE";
    case OptionType::kBool:
      return "BOOLEAN";
    case OptionType::kEnum:
      return "ENUM";
    case OptionType::kDuration:
      return "DURATION";
    case OptionType::kList:
      return "LIST";
  }
  return "STRING";
}

std::string OptionTypeDisplay(const OptionSpec& spec) {
  std::string name = OptionTypeName(spec.type);
  if ((spec.type == OptionType::kEnum || spec.type == OptionType::kList) &&
      !spec.allowed_values.empty()) {
    return fmt::format("{}({})", name, JoinStrings(spec.allowed_values, ", "));
  }
  return name;
}

std::optional<std::string> CanonicalEnumValue(const OptionSpec& spec, std::string_view value) {
  std::string_view trimmed = TrimAscii(value);
  for (const std::string& allowed : spec.allowed_values) {
    if (EqualsIgnoreCaseAscii(allowed, trimmed)) return allowed;
  }
  return std::nullopt;
}

Status ValidateOptionValue(const OptionSpec& spec, std::string_view value) {
  if (value.find("${") != std::string_view::npos) return Status::OK();
  switch (spec.type) {
    case OptionType::kString:
      if (spec.required && TrimAscii(value).empty()) {
        return Status::UserError(fmt::format("Option '{}' must not be empty.", spec.key));
      }
      return Status::OK();
    case OptionType::kInt: {
      std::optional<int64_t> parsed = ParseInt(value);
      if (!parsed || !InRange(spec, static_cast<double>(*parsed))) {
        return Invalid(spec, value, NumberExpectation(spec, /*integral=*/true));
      }
      return Status::OK();
    }
    case OptionType::kDouble: {
      std::optional<double> parsed = ParseDouble(value);
      if (!parsed || !InRange(spec, *parsed)) {
        return Invalid(spec, value, NumberExpectation(spec, /*integral=*/false));
      }
      return Status::OK();
    }
    case OptionType::kBool: {
      std::string_view trimmed = TrimAscii(value);
      if (EqualsIgnoreCaseAscii(trimmed, "true") || EqualsIgnoreCaseAscii(trimmed, "false")) {
        return Status::OK();
      }
      return Invalid(spec, value, "true or false");
    }
    case OptionType::kEnum:
      if (CanonicalEnumValue(spec, value)) return Status::OK();
      return Invalid(spec, value, fmt::format("one of {}", JoinStrings(spec.allowed_values, ", ")));
    case OptionType::kDuration:
      if (ParseDuration(value).ok()) return Status::OK();
      return Invalid(spec, value, "a duration such as '500 ms', '30 s', '3 min' or '1 h'");
    case OptionType::kList: {
      std::vector<std::string> elements = SplitCommaList(value);
      for (const std::string& element : elements) {
        bool allowed = spec.allowed_values.empty() ? !element.empty() : false;
        for (const std::string& candidate : spec.allowed_values) {
          if (EqualsIgnoreCaseAscii(candidate, element)) allowed = true;
        }
        if (!allowed) {
          return Invalid(spec, value,
                         spec.allowed_values.empty()
                             ? std::string("a comma-separated list without empty elements")
                             : fmt::format("a comma-separated list of {}",
                                           JoinStrings(spec.allowed_values, ", ")));
        }
      }
      return Status::OK();
    }
  }
  return Status::OK();
}

}  // namespace sluice
