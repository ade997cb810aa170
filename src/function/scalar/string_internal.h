// Helpers shared by the string families (string_functions*.cc, regexp_functions.cc).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "function/scalar/function_util.h"
#include "function/scalar/kernel_util.h"

namespace sluice {

// Java's String.toUpperCase / toLowerCase for the common scripts (ASCII, Latin-1, Latin
// Extended-A, Greek, Cyrillic); other code points are unchanged.
uint32_t UpperCodePoint(uint32_t cp);
uint32_t LowerCodePoint(uint32_t cp);
void AppendUpper(std::string_view s, std::string* out);
void AppendLower(std::string_view s, std::string* out);

// A signature pattern of a per-row function: argument kinds and the result type.
enum class ArgKind { kString, kInt, kBytes };

// Registers `name` with the given overloads (each a list of argument kinds), all returning
// `result` (STRING, INT, BIGINT, BOOLEAN, BYTES) computed by `fn`, which receives the arguments
// rendered: strings as is, integers in `ints`; it returns false for a NULL result. Pass a NOT
// NULL `result` when the function is NULL only for NULL input (the bound type is then nullable
// only when an argument is), a nullable one when it may return NULL for other input.
struct RowArgs {
  std::vector<std::string_view> strings;  // string / bytes arguments in order
  std::vector<int64_t> ints;              // integer arguments in order
};
using RowFn = std::function<bool(const RowArgs& args, std::string* string_out, int64_t* int_out)>;

void RegisterRowFunction(FunctionRegistry& registry, const std::string& name,
                         const std::string& signature, const std::string& description,
                         const std::vector<std::vector<ArgKind>>& overloads,
                         const LogicalType& result, RowFn fn, bool deterministic = true);

}  // namespace sluice
