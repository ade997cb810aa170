#include "function/aggregate/aggregate_util.h"

#include <fmt/format.h>

namespace sluice::aggregate_internal {

Int128 Pow10(int n) {
  Int128 result = 1;
  for (int i = 0; i < n; ++i) result *= 10;
  return result;
}

std::string CallText(const std::string& name, const std::vector<LogicalType>& argument_types) {
  std::string text = name + "(";
  for (size_t i = 0; i < argument_types.size(); ++i) {
    if (i > 0) text += ", ";
    text += "<" + argument_types[i].WithNullable(true).ToString() + ">";
  }
  return text + ")";
}

Status InvalidCall(const std::string& name, const std::vector<LogicalType>& argument_types,
                   const std::string& signatures) {
  return Status::UserError(
      fmt::format("Cannot apply '{}' to arguments of type '{}'. Supported form(s): {}", name,
                  CallText(name, argument_types), signatures));
}

}  // namespace sluice::aggregate_internal
