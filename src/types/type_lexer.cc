#include "types/type_lexer.h"

#include <cctype>

namespace sluice {

namespace {

bool IsWordStart(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool IsWordPart(unsigned char c) { return IsWordStart(c) || std::isdigit(c) || c == '$'; }

}  // namespace

bool WordIs(std::string_view word, std::string_view keyword) {
  if (word.size() != keyword.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(word[i])) != keyword[i]) return false;
  }
  return true;
}

const TypeToken& TypeLexer::Peek(size_t ahead) {
  while (lookahead_.size() <= ahead) {
    // Past the end (or an error) the last token repeats.
    if (!lookahead_.empty() && (lookahead_.back().kind == TypeTokenKind::kEnd ||
                                lookahead_.back().kind == TypeTokenKind::kError)) {
      return lookahead_.back();
    }
    lookahead_.push_back(Lex());
  }
  return lookahead_[ahead];
}

TypeToken TypeLexer::Next() {
  Peek();
  TypeToken token = lookahead_.front();
  if (token.kind != TypeTokenKind::kEnd && token.kind != TypeTokenKind::kError) {
    lookahead_.pop_front();
    consumed_end_ = token.end;
  }
  return token;
}

std::pair<int, int> TypeLexer::LineColumn(size_t offset) const {
  int line = 1;
  int column = 1;
  for (size_t i = 0; i < offset && i < text_.size(); ++i) {
    if (text_[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

bool TypeLexer::SkipBlanks() {
  while (pos_ < text_.size()) {
    const char c = text_[pos_];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++pos_;
    } else if (c == '-' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '-') {
      while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
    } else if (c == '/' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '*') {
      const size_t close = text_.find("*/", pos_ + 2);
      if (close == std::string_view::npos) return false;
      pos_ = close + 2;
    } else {
      break;
    }
  }
  return true;
}

TypeToken TypeLexer::Lex() {
  TypeToken token;
  const size_t blank_start = pos_;
  if (!SkipBlanks()) {
    token.kind = TypeTokenKind::kError;
    token.text = "Invalid type: unterminated comment";
    token.begin = text_.find("/*", blank_start);
    token.end = text_.size();
    pos_ = text_.size();
    return token;
  }
  token.begin = pos_;
  if (pos_ >= text_.size()) {
    token.kind = TypeTokenKind::kEnd;
    token.end = pos_;
    return token;
  }
  const unsigned char c = static_cast<unsigned char>(text_[pos_]);
  if (IsWordStart(c)) {
    while (pos_ < text_.size() && IsWordPart(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    token.kind = TypeTokenKind::kWord;
    token.text = std::string(text_.substr(token.begin, pos_ - token.begin));
  } else if (std::isdigit(c)) {
    while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    token.kind = TypeTokenKind::kNumber;
    token.text = std::string(text_.substr(token.begin, pos_ - token.begin));
  } else if (c == '`' || c == '\'') {
    const char quote = static_cast<char>(c);
    ++pos_;
    bool closed = false;
    while (pos_ < text_.size()) {
      if (text_[pos_] == quote) {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == quote) {
          token.text += quote;
          pos_ += 2;
          continue;
        }
        ++pos_;
        closed = true;
        break;
      }
      token.text += text_[pos_++];
    }
    if (!closed) {
      token.kind = TypeTokenKind::kError;
      token.text = quote == '`' ? "Invalid type: unterminated quoted identifier"
                                : "Invalid type: unterminated string literal";
    } else {
      token.kind = quote == '`' ? TypeTokenKind::kQuotedName : TypeTokenKind::kString;
    }
  } else {
    ++pos_;
    token.kind = TypeTokenKind::kSymbol;
    token.text = std::string(1, static_cast<char>(c));
  }
  token.end = pos_;
  return token;
}

}  // namespace sluice
