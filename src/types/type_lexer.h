// TypeLexer: the tokenizer behind ParseLogicalType (internal to the types layer).
//
// Tokens are produced on demand, so that text following the type (the rest of a SQL statement)
// is never looked at beyond the lookahead the parser asks for. Whitespace, `-- ...` line comments
// and `/* ... */` block comments separate tokens. A character that starts no known token becomes
// a one-character kSymbol token; lexing problems (an unterminated quote) become a kError token.
//
// Thread-safety: none; one lexer per parse. The lexed text must outlive the lexer.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <utility>

namespace sluice {

enum class TypeTokenKind {
  kWord,        // identifier or keyword, as written: [A-Za-z_][A-Za-z0-9_$]* (and UTF-8 bytes)
  kQuotedName,  // `name`, text unescaped (`` -> `)
  kNumber,      // decimal digits
  kString,      // 'text', text unescaped ('' -> ')
  kSymbol,      // any other single character
  kEnd,         // end of input
  kError,       // text holds the message
};

struct TypeToken {
  TypeTokenKind kind = TypeTokenKind::kEnd;
  std::string text;
  size_t begin = 0;  // byte offsets into the lexed text
  size_t end = 0;
};

class TypeLexer {
 public:
  explicit TypeLexer(std::string_view text) : text_(text) {}

  // The token `ahead` positions after the next one (0 = the next token).
  const TypeToken& Peek(size_t ahead = 0);
  // Consumes and returns the next token.
  TypeToken Next();
  // The end offset of the last consumed token; 0 before any.
  size_t consumed_end() const { return consumed_end_; }
  // The 1-based line and column of a byte offset.
  std::pair<int, int> LineColumn(size_t offset) const;
  // The source text of a token, as written.
  std::string_view Raw(const TypeToken& token) const {
    return text_.substr(token.begin, token.end - token.begin);
  }

 private:
  TypeToken Lex();
  // Skips whitespace and comments; false when a block comment is unterminated.
  bool SkipBlanks();

  std::string_view text_;
  size_t pos_ = 0;
  size_t consumed_end_ = 0;
  std::deque<TypeToken> lookahead_;
};

// True when the word `word` equals `keyword` (upper case) ignoring case.
bool WordIs(std::string_view word, std::string_view keyword);

}  // namespace sluice
