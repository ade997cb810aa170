// Small ASCII text helpers shared by the option code of the model layer (key normalization,
// enum matching, list splitting, message building). Locale-independent by design: option keys
// and enum values are ASCII.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sluice {

std::string ToLowerAscii(std::string_view text);
bool EqualsIgnoreCaseAscii(std::string_view a, std::string_view b);
bool EndsWith(std::string_view text, std::string_view suffix);
std::string_view TrimAscii(std::string_view text);

// Splits a comma-separated list and trims each element; "a, b,c" -> {"a", "b", "c"}. An empty or
// blank text gives an empty list; empty elements in between are kept (so callers can refuse them).
std::vector<std::string> SplitCommaList(std::string_view text);

// Joins with `separator`: {"a", "b"} -> "a, b" for ", ".
std::string JoinStrings(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace sluice
