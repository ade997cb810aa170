// SQL LIKE matching, as used by SHOW ... [NOT] LIKE | ILIKE 'pattern' (Flink's semantics):
// '%' matches any sequence of characters, '_' exactly one, and '\' escapes the next character.
#pragma once

#include <string_view>

namespace sluice {

// True when `value` matches `pattern`. With `case_insensitive` (ILIKE), ASCII letters compare
// without regard to case. Characters are compared as UTF-8 code points.
bool MatchesLikePattern(std::string_view value, std::string_view pattern, bool case_insensitive);

}  // namespace sluice
