#include "sql/parser/token_stream.h"

#include <fmt/format.h>

#include "sql/parser/lexer.h"

namespace sluice::sql {

TokenStream::TokenStream(std::string_view source, std::vector<Token> tokens)
    : source_(source), tokens_(std::move(tokens)) {
  if (tokens_.empty() || tokens_.back().kind != TokenKind::kEnd) {
    Token end;
    end.kind = TokenKind::kEnd;
    end.offset = source_.size();
    tokens_.push_back(std::move(end));
  }
}

Result<TokenStream> TokenStream::Create(std::string_view sql) {
  SLUICE_ASSIGN_OR_RETURN(std::vector<Token> tokens, Tokenize(sql));
  return TokenStream(sql, std::move(tokens));
}

const Token& TokenStream::Peek(size_t ahead) const {
  size_t i = index_ + ahead;
  return i < tokens_.size() ? tokens_[i] : tokens_.back();
}

const Token& TokenStream::Next() {
  const Token& token = Peek();
  if (index_ + 1 < tokens_.size()) ++index_;
  return token;
}

const Token& TokenStream::Previous() const { return tokens_[index_ == 0 ? 0 : index_ - 1]; }

bool TokenStream::PeekKeyword(std::string_view kw, size_t ahead) const {
  const Token& token = Peek(ahead);
  return token.kind == TokenKind::kWord && EqualsIgnoreCase(token.text, kw);
}

bool TokenStream::AcceptKeyword(std::string_view kw) {
  if (!PeekKeyword(kw)) return false;
  Next();
  return true;
}

Status TokenStream::ExpectKeyword(std::string_view kw) {
  if (AcceptKeyword(kw)) return Status::OK();
  return Error(fmt::format("'{}'", ToUpper(kw)));
}

bool TokenStream::AcceptKeywords(std::initializer_list<std::string_view> seq) {
  size_t i = 0;
  for (std::string_view kw : seq) {
    if (!PeekKeyword(kw, i)) return false;
    ++i;
  }
  for (size_t j = 0; j < i; ++j) Next();
  return true;
}

bool TokenStream::PeekSymbol(std::string_view s, size_t ahead) const {
  const Token& token = Peek(ahead);
  return token.kind == TokenKind::kSymbol && token.text == s;
}

bool TokenStream::AcceptSymbol(std::string_view s) {
  if (!PeekSymbol(s)) return false;
  Next();
  return true;
}

Status TokenStream::ExpectSymbol(std::string_view s) {
  if (AcceptSymbol(s)) return Status::OK();
  return Error(fmt::format("'{}'", s));
}

bool TokenStream::PeekIdentifier(size_t ahead) const {
  const Token& token = Peek(ahead);
  return token.kind == TokenKind::kQuotedIdentifier ||
         (token.kind == TokenKind::kWord && !IsReservedWord(token.text));
}

Result<std::string> TokenStream::ExpectIdentifier(std::string_view what) {
  if (!PeekIdentifier()) return Error(what);
  return Next().text;
}

Result<std::vector<std::string>> TokenStream::ExpectCompoundIdentifier(std::string_view what) {
  std::vector<std::string> parts;
  SLUICE_ASSIGN_OR_RETURN(std::string first, ExpectIdentifier(what));
  parts.push_back(std::move(first));
  while (PeekSymbol(".") && PeekIdentifier(1)) {
    Next();
    parts.push_back(Next().text);
  }
  return parts;
}

Result<std::string> TokenStream::ExpectStringLiteral(std::string_view what) {
  if (Peek().kind != TokenKind::kString) return Error(what);
  return Next().text;
}

Status TokenStream::Error(std::string_view expected) const { return ErrorAt(Peek(), expected); }

Status TokenStream::ErrorAt(const Token& token, std::string_view expected) const {
  if (token.kind == TokenKind::kEnd) {
    return ErrorMessageAt(
        token, fmt::format("Syntax error: unexpected end of input, expected {}", expected));
  }
  return ErrorMessageAt(token, fmt::format("Syntax error: expected {} but found '{}'", expected,
                                           TokenDisplay(*this, token)));
}

Status TokenStream::ErrorMessageAt(const Token& token, std::string message) const {
  return Status::UserError(std::move(message)).WithPosition(token.line, token.column);
}

size_t TokenStream::PreviousEndOffset() const {
  if (index_ == 0) return 0;
  return tokens_[index_ - 1].end_offset();
}

std::string_view TokenStream::Source(size_t begin, size_t end) const {
  if (begin > source_.size()) begin = source_.size();
  if (end > source_.size()) end = source_.size();
  if (end < begin) end = begin;
  return std::string_view(source_).substr(begin, end - begin);
}

std::string TokenDisplay(const TokenStream& tokens, const Token& token) {
  if (token.kind == TokenKind::kEnd) return "end of input";
  return std::string(tokens.Source(token.offset, token.end_offset()));
}

}  // namespace sluice::sql
