// LPAD, RPAD, POSITION, LOCATE, INITCAP, REVERSE, REPEAT, LEFT, RIGHT, ASCII, CHR,
// SPLIT_INDEX.
#include "function/scalar/string_internal.h"

namespace sluice {
namespace {

const LogicalType kStringNN = LogicalType::String().NotNull();
const LogicalType kStringN = LogicalType::String();
const LogicalType kIntNN = LogicalType::Int().NotNull();

// LPAD / RPAD(s, len, pad): NULL for a negative length or an empty pad that would be needed.
bool Pad(const RowArgs& a, std::string* out, bool left) {
  std::string_view s = a.strings[0];
  std::string_view pad = a.strings[1];
  int64_t len = a.ints[0];
  if (len < 0) return false;
  std::vector<uint32_t> cps = Utf8CodePoints(s);
  if (static_cast<int64_t>(cps.size()) >= len) {
    out->assign(s.substr(0, Utf8Offset(s, static_cast<size_t>(len))));
    return true;
  }
  if (pad.empty()) return false;
  std::vector<uint32_t> pcs = Utf8CodePoints(pad);
  size_t missing = static_cast<size_t>(len) - cps.size();
  std::string fill;
  for (size_t k = 0; k < missing; ++k) Utf8Append(pcs[k % pcs.size()], &fill);
  if (left) {
    *out = fill;
    out->append(s);
  } else {
    out->assign(s);
    out->append(fill);
  }
  return true;
}

// 1-based code point position of `needle` in `haystack` at or after code point `from` (1-based),
// 0 when absent.
int64_t FindPosition(std::string_view needle, std::string_view haystack, int64_t from) {
  if (from < 1) return 0;
  size_t start = Utf8Offset(haystack, static_cast<size_t>(from - 1));
  if (from > 1 && start >= haystack.size() && !needle.empty()) return 0;
  size_t hit = haystack.find(needle, start);
  if (hit == std::string_view::npos) return 0;
  return static_cast<int64_t>(Utf8Length(haystack.substr(0, hit))) + 1;
}

bool InitCap(const RowArgs& a, std::string* out, int64_t*) {
  std::string_view s = a.strings[0];
  bool word_start = true;
  size_t pos = 0;
  while (pos < s.size()) {
    uint32_t cp = Utf8Decode(s, &pos);
    bool alnum = (cp >= '0' && cp <= '9') || UpperCodePoint(cp) != LowerCodePoint(cp) ||
                 (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp >= 0x80;
    bool space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r';
    if (word_start && !space) {
      Utf8Append(UpperCodePoint(cp), out);
    } else {
      Utf8Append(LowerCodePoint(cp), out);
    }
    word_start = space || !alnum;
  }
  return true;
}

bool Reverse(const RowArgs& a, std::string* out, int64_t*) {
  std::vector<uint32_t> cps = Utf8CodePoints(a.strings[0]);
  for (auto it = cps.rbegin(); it != cps.rend(); ++it) Utf8Append(*it, out);
  return true;
}

bool Repeat(const RowArgs& a, std::string* out, int64_t*) {
  for (int64_t k = 0; k < a.ints[0]; ++k) out->append(a.strings[0]);
  return true;
}

bool Left(const RowArgs& a, std::string* out, int64_t*) {
  if (a.ints[0] <= 0) return true;
  out->assign(a.strings[0].substr(0, Utf8Offset(a.strings[0], static_cast<size_t>(a.ints[0]))));
  return true;
}

bool Right(const RowArgs& a, std::string* out, int64_t*) {
  std::string_view s = a.strings[0];
  int64_t n = static_cast<int64_t>(Utf8Length(s));
  int64_t k = a.ints[0];
  if (k <= 0) return true;
  if (k >= n) {
    out->assign(s);
    return true;
  }
  out->assign(s.substr(Utf8Offset(s, static_cast<size_t>(n - k))));
  return true;
}

bool Ascii(const RowArgs& a, std::string*, int64_t* result) {
  std::string_view s = a.strings[0];
  if (s.empty()) {
    *result = 0;
    return true;
  }
  size_t pos = 0;
  *result = Utf8Decode(s, &pos);
  return true;
}

// CHR(n): the character with code n modulo 256 (NULL for a negative n).
bool Chr(const RowArgs& a, std::string* out, int64_t*) {
  int64_t n = a.ints[0];
  if (n < 0) return false;
  Utf8Append(static_cast<uint32_t>(n % 256), out);
  return true;
}

// SPLIT_INDEX(s, delimiter, index): the 0-based index-th piece, NULL when out of range.
bool SplitIndex(const RowArgs& a, std::string* out, int64_t*) {
  std::string_view s = a.strings[0];
  std::string_view delim = a.strings[1];
  int64_t index = a.ints[0];
  if (index < 0) return false;
  if (delim.empty()) {
    if (index != 0) return false;
    out->assign(s);
    return true;
  }
  size_t pos = 0;
  for (int64_t k = 0;; ++k) {
    size_t hit = s.find(delim, pos);
    if (k == index) {
      out->assign(s.substr(pos, hit == std::string_view::npos ? std::string_view::npos : hit - pos));
      return true;
    }
    if (hit == std::string_view::npos) return false;
    pos = hit + delim.size();
  }
}

}  // namespace

void RegisterMoreStringFunctions(FunctionRegistry& registry) {
  using K = ArgKind;
  RegisterRowFunction(registry, "LPAD", "LPAD(STRING, length INT, pad STRING)",
                      "Returns the string left-padded with pad (or truncated) to length characters.",
                      {{K::kString, K::kInt, K::kString}}, kStringN,
                      [](const RowArgs& a, std::string* out, int64_t*) {
                        RowArgs b{{a.strings[0], a.strings[1]}, a.ints};
                        return Pad(b, out, true);
                      });
  RegisterRowFunction(registry, "RPAD", "RPAD(STRING, length INT, pad STRING)",
                      "Returns the string right-padded with pad (or truncated) to length "
                      "characters.",
                      {{K::kString, K::kInt, K::kString}}, kStringN,
                      [](const RowArgs& a, std::string* out, int64_t*) {
                        RowArgs b{{a.strings[0], a.strings[1]}, a.ints};
                        return Pad(b, out, false);
                      });
  RegisterRowFunction(registry, "POSITION", "POSITION(needle STRING IN haystack STRING)",
                      "Returns the 1-based position of the first occurrence of needle, or 0.",
                      {{K::kString, K::kString}}, kIntNN,
                      [](const RowArgs& a, std::string*, int64_t* r) {
                        *r = FindPosition(a.strings[0], a.strings[1], 1);
                        return true;
                      });
  RegisterRowFunction(registry, "LOCATE", "LOCATE(needle STRING, haystack STRING [, start INT])",
                      "Returns the 1-based position of needle in haystack from start, or 0.",
                      {{K::kString, K::kString}, {K::kString, K::kString, K::kInt}}, kIntNN,
                      [](const RowArgs& a, std::string*, int64_t* r) {
                        *r = FindPosition(a.strings[0], a.strings[1],
                                          a.ints.empty() ? 1 : a.ints[0]);
                        return true;
                      });
  RegisterRowFunction(registry, "INSTR", "INSTR(haystack STRING, needle STRING)",
                      "Returns the 1-based position of the first occurrence of needle, or 0.",
                      {{K::kString, K::kString}}, kIntNN,
                      [](const RowArgs& a, std::string*, int64_t* r) {
                        *r = FindPosition(a.strings[1], a.strings[0], 1);
                        return true;
                      });
  RegisterRowFunction(registry, "INITCAP", "INITCAP(STRING)",
                      "Returns the string with the first letter of each word in upper case and "
                      "the rest in lower case.",
                      {{K::kString}}, kStringNN, InitCap);
  RegisterRowFunction(registry, "REVERSE", "REVERSE(STRING)",
                      "Returns the string with its characters in reverse order.", {{K::kString}},
                      kStringNN, Reverse);
  RegisterRowFunction(registry, "REPEAT", "REPEAT(STRING, times INT)",
                      "Returns the string repeated the given number of times.",
                      {{K::kString, K::kInt}}, kStringNN, Repeat);
  RegisterRowFunction(registry, "LEFT", "LEFT(STRING, length INT)",
                      "Returns the leftmost length characters of the string.",
                      {{K::kString, K::kInt}}, kStringNN, Left);
  RegisterRowFunction(registry, "RIGHT", "RIGHT(STRING, length INT)",
                      "Returns the rightmost length characters of the string.",
                      {{K::kString, K::kInt}}, kStringNN, Right);
  RegisterRowFunction(registry, "ASCII", "ASCII(STRING)",
                      "Returns the code of the first character of the string (0 when empty).",
                      {{K::kString}}, kIntNN, Ascii);
  RegisterRowFunction(registry, "CHR", "CHR(INT)",
                      "Returns the character whose code is the integer modulo 256.",
                      {{K::kInt}}, kStringN, Chr);
  RegisterRowFunction(registry, "SPLIT_INDEX", "SPLIT_INDEX(STRING, delimiter STRING, index INT)",
                      "Returns the 0-based index-th piece of the string split at the delimiter, "
                      "or NULL.",
                      {{K::kString, K::kString, K::kInt}}, kStringN, SplitIndex);
}

}  // namespace sluice
