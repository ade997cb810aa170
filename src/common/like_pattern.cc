#include "common/like_pattern.h"

#include <cctype>
#include <cstdint>
#include <vector>

namespace sluice {
namespace {

// Decodes UTF-8 into code points; invalid bytes are kept as single units.
std::vector<uint32_t> DecodeUtf8(std::string_view text) {
  std::vector<uint32_t> out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    int extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
    if (extra > 0 && i + extra >= text.size()) extra = 0;
    uint32_t code = extra == 0 ? byte : (byte & (0x3F >> extra));
    for (int k = 1; k <= extra; ++k) code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out.push_back(code);
    i += 1 + extra;
  }
  return out;
}

uint32_t Fold(uint32_t c, bool case_insensitive) {
  return case_insensitive && c < 128 ? static_cast<uint32_t>(std::tolower(static_cast<int>(c))) : c;
}

}  // namespace

bool MatchesLikePattern(std::string_view value_text, std::string_view pattern_text,
                        bool case_insensitive) {
  const std::vector<uint32_t> value = DecodeUtf8(value_text);
  const std::vector<uint32_t> pattern = DecodeUtf8(pattern_text);
  // Iterative matching with backtracking to the last '%': linear in practice, no recursion.
  size_t v = 0, p = 0;
  size_t star_p = SIZE_MAX, star_v = 0;
  while (v < value.size()) {
    if (p < pattern.size() && pattern[p] == '%') {
      star_p = p++;
      star_v = v;
      continue;
    }
    if (p < pattern.size()) {
      bool escaped = pattern[p] == '\\' && p + 1 < pattern.size();
      uint32_t want = escaped ? pattern[p + 1] : pattern[p];
      if ((!escaped && want == '_') || Fold(want, case_insensitive) == Fold(value[v], case_insensitive)) {
        p += escaped ? 2 : 1;
        ++v;
        continue;
      }
    }
    if (star_p == SIZE_MAX) return false;
    p = star_p + 1;
    v = ++star_v;
  }
  while (p < pattern.size() && pattern[p] == '%') ++p;
  return p == pattern.size();
}

}  // namespace sluice
