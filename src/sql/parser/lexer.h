// The Flink SQL lexer: turns SQL text into tokens (token.h).
//
// Whitespace and comments (`-- ...` to the end of the line, `/* ... */`, which includes Flink's
// `/*+ hints */`) are skipped. Identifiers may contain '$' and '_' (a model version reference
// `m$2` is one identifier) and non-ASCII letters. Numbers: 1, 1.5, 1., .5, 1e-3, 1.5E+3.
// Strings use '' to escape a quote, back-quoted identifiers use ``.
#pragma once

#include <string_view>
#include <vector>

#include "common/status.h"
#include "sql/parser/token.h"

namespace sluice::sql {

// Returns the tokens of `sql`, always ending with exactly one kEnd token positioned just after
// the last character. An unterminated string, quoted identifier or comment, or a character that
// cannot start a token, is a user error positioned (WithPosition) at its first character:
//   "Syntax error: unterminated string literal"
//   "Syntax error: unterminated quoted identifier"
//   "Syntax error: unterminated comment"
//   "Syntax error: unexpected character '#'"
Result<std::vector<Token>> Tokenize(std::string_view sql);

}  // namespace sluice::sql
