// Token: one lexical unit of Flink SQL text, as produced by Tokenize (lexer.h).
//
// The lexer does not classify keywords: a keyword is a kWord compared case-insensitively
// (TokenStream::PeekKeyword), so that non-reserved keywords stay usable as identifiers.
//
// Thread-safety: plain values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sluice::sql {

enum class TokenKind {
  kWord,              // an unquoted identifier or keyword: letters, digits, '_' and '$'
  kQuotedIdentifier,  // `x`
  kString,            // 'x'
  kInteger,           // 42
  kDecimal,           // 1.5, 1., .5
  kApproxNumber,      // 1e5, 1.5E-3
  // ( ) , . ; = <> != < <= > >= + - * / % || [ ] => :: { } ?
  kSymbol,
  kEnd,  // the end of the input; always the last token
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  // Words: as written. Quoted identifiers and strings: the unescaped content ('' -> ', `` -> `).
  // Numbers and symbols: as written. Empty for kEnd.
  std::string text;
  // The token's place in the source text: byte offset and byte length (quotes included).
  size_t offset = 0;
  size_t length = 0;
  // The 1-based line and column (in characters) of the token's first character.
  int line = 1;
  int column = 1;

  size_t end_offset() const { return offset + length; }
};

// A short name of a token kind for diagnostics ("a string literal", "end of input", ...).
std::string_view TokenKindName(TokenKind kind);

}  // namespace sluice::sql
