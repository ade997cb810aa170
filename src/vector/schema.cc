#include "vector/schema.h"

#include <cctype>

namespace sluice {

std::optional<size_t> Schema::IndexOf(std::string_view name) const {
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return i;
  }
  return std::nullopt;
}

std::optional<size_t> Schema::IndexOfIgnoreCase(std::string_view name) const {
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& n = names[i];
    if (n.size() != name.size()) continue;
    bool equal = true;
    for (size_t k = 0; k < n.size() && equal; ++k) {
      equal = std::tolower(static_cast<unsigned char>(n[k])) ==
              std::tolower(static_cast<unsigned char>(name[k]));
    }
    if (equal) return i;
  }
  return std::nullopt;
}

std::string Schema::ToString() const {
  std::string out = "(";
  for (size_t i = 0; i < types.size(); ++i) {
    if (i > 0) out += ", ";
    out += i < names.size() ? names[i] : "";
    out += ' ';
    out += types[i].ToSummaryString();
  }
  return out + ")";
}

}  // namespace sluice
