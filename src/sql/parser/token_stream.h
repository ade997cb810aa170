// TokenStream: the cursor over a statement's tokens that the recursive-descent parser uses.
//
// It owns a copy of the source text and its tokens (lexer.h). Keywords are kWord tokens compared
// ignoring case. Every Expect... and Error function returns a user error positioned
// (Status::WithPosition) at the current token, with one of two texts:
//   "Syntax error: expected <expected> but found '<token as written>'"
//   "Syntax error: unexpected end of input, expected <expected>"     (at the end of the input)
// where <expected> is e.g. "')'", "'FROM'", "an expression", "a column name".
//
// Thread-safety: none; one parser uses one stream.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "sql/parser/reserved_words.h"
#include "sql/parser/token.h"
#include "types/logical_type.h"

namespace sluice::sql {

class TokenStream {
 public:
  // `tokens` must come from Tokenize(source) (the last one is kEnd).
  TokenStream(std::string_view source, std::vector<Token> tokens);

  // Tokenizes `sql` into a stream.
  static Result<TokenStream> Create(std::string_view sql);

  // The token `ahead` places after the current one; the kEnd token past the end.
  const Token& Peek(size_t ahead = 0) const;
  // Returns the current token and moves past it (never past kEnd).
  const Token& Next();
  // The token before the current one (the current one at the start).
  const Token& Previous() const;
  bool AtEnd() const { return Peek().kind == TokenKind::kEnd; }

  // True if the token `ahead` is a kWord equal to `kw` ignoring case.
  bool PeekKeyword(std::string_view kw, size_t ahead = 0) const;
  // Consumes the keyword if it is next.
  bool AcceptKeyword(std::string_view kw);
  // Consumes the keyword or fails with "expected 'KW' ...".
  Status ExpectKeyword(std::string_view kw);
  // Consumes the whole sequence if all of it is next (e.g. {"IF", "NOT", "EXISTS"}), else none.
  bool AcceptKeywords(std::initializer_list<std::string_view> seq);

  // True if the token `ahead` is the symbol `s` (e.g. "(", "<>", "=>").
  bool PeekSymbol(std::string_view s, size_t ahead = 0) const;
  bool AcceptSymbol(std::string_view s);
  Status ExpectSymbol(std::string_view s);

  // True if the token `ahead` can be an identifier: a back-quoted identifier or a kWord that
  // is not reserved.
  bool PeekIdentifier(size_t ahead = 0) const;
  // Consumes an identifier; `what` names it in the error (e.g. "a column name").
  Result<std::string> ExpectIdentifier(std::string_view what);
  // Consumes a dotted name a.b.c of one or more identifiers.
  Result<std::vector<std::string>> ExpectCompoundIdentifier(std::string_view what);
  // Consumes a string literal and returns its unescaped content.
  Result<std::string> ExpectStringLiteral(std::string_view what);

  // Parses a data type at the current token with ParseLogicalType (types/logical_type.h) and
  // moves past the tokens it used. Type errors are positioned relative to the whole source.
  Result<LogicalType> ParseType();
  // ParseType for a column definition, where a NOT left after the type (and not followed by
  // NULL) can only be a NOT NULL cut short: "expected 'NULL'" is reported after it.
  Result<LogicalType> ParseColumnType();

  // The syntax error described in the header comment, at the current token.
  Status Error(std::string_view expected) const;
  // The same error at a given token.
  Status ErrorAt(const Token& token, std::string_view expected) const;
  // A user error with a free text ("Syntax error: " is not added), positioned at `token`.
  Status ErrorMessageAt(const Token& token, std::string message) const;

  // Byte offset of the current token's first character.
  size_t CurrentOffset() const { return Peek().offset; }
  // Byte offset just past the previous token (0 at the start).
  size_t PreviousEndOffset() const;
  // The source text between two byte offsets.
  std::string_view Source(size_t begin, size_t end) const;
  std::string_view Source() const { return source_; }

  // The position of the cursor, to come back to it (backtracking over a few tokens).
  size_t Mark() const { return index_; }
  void Reset(size_t mark) { index_ = mark; }

 private:
  std::string source_;
  std::vector<Token> tokens_;
  size_t index_ = 0;
};

// The token as it appears in the source (for diagnostics).
std::string TokenDisplay(const TokenStream& tokens, const Token& token);

}  // namespace sluice::sql
