#include "sql/parser/lexer.h"

#include <fmt/format.h>

namespace sluice::sql {

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "a word";
    case TokenKind::kQuotedIdentifier:
      return "a quoted identifier";
    case TokenKind::kString:
      return "a string literal";
    case TokenKind::kInteger:
      return "an integer literal";
    case TokenKind::kDecimal:
      return "a decimal literal";
    case TokenKind::kApproxNumber:
      return "an approximate numeric literal";
    case TokenKind::kSymbol:
      return "a symbol";
    case TokenKind::kEnd:
      return "end of input";
  }
  return "a token";
}

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool IsWordPart(char c) { return IsWordStart(c) || IsDigit(c) || c == '$'; }

// Walks the text while keeping the line and the column (in characters, not bytes).
class Lexer {
 public:
  explicit Lexer(std::string_view sql) : sql_(sql) {}

  Result<std::vector<Token>> Run() {
    std::vector<Token> tokens;
    while (true) {
      SLUICE_RETURN_NOT_OK(SkipSpaceAndComments());
      Token token;
      token.offset = pos_;
      token.line = line_;
      token.column = column_;
      if (pos_ >= sql_.size()) {
        token.kind = TokenKind::kEnd;
        tokens.push_back(std::move(token));
        return tokens;
      }
      SLUICE_RETURN_NOT_OK(LexOne(token, tokens.empty() ? nullptr : &tokens.back()));
      token.length = pos_ - token.offset;
      tokens.push_back(std::move(token));
    }
  }

 private:
  char At(size_t i) const { return i < sql_.size() ? sql_[i] : '\0'; }

  void Advance() {
    if (pos_ >= sql_.size()) return;
    char c = sql_[pos_++];
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column_;
    }
  }

  Status ErrorHere(const std::string& message, int line, int column) const {
    return Status::UserError("Syntax error: " + message).WithPosition(line, column);
  }

  Status SkipSpaceAndComments() {
    while (pos_ < sql_.size()) {
      char c = sql_[pos_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        Advance();
      } else if (c == '-' && At(pos_ + 1) == '-') {
        while (pos_ < sql_.size() && sql_[pos_] != '\n') Advance();
      } else if (c == '/' && At(pos_ + 1) == '*') {
        int line = line_, column = column_;
        Advance();
        Advance();
        while (true) {
          if (pos_ >= sql_.size()) return ErrorHere("unterminated comment", line, column);
          if (sql_[pos_] == '*' && At(pos_ + 1) == '/') {
            Advance();
            Advance();
            break;
          }
          Advance();
        }
      } else {
        break;
      }
    }
    return Status::OK();
  }

  // Reads a quoted token starting at the opening `quote`; a doubled quote stands for itself.
  Status LexQuoted(Token& token, char quote, const char* what) {
    Advance();
    std::string text;
    while (true) {
      if (pos_ >= sql_.size()) {
        return ErrorHere(fmt::format("unterminated {}", what), token.line, token.column);
      }
      char c = sql_[pos_];
      if (c == quote) {
        if (At(pos_ + 1) == quote) {
          text.push_back(quote);
          Advance();
          Advance();
          continue;
        }
        Advance();
        break;
      }
      text.push_back(c);
      Advance();
    }
    token.text = std::move(text);
    return Status::OK();
  }

  void LexNumber(Token& token) {
    bool has_dot = false;
    bool has_exponent = false;
    while (IsDigit(At(pos_))) Advance();
    if (At(pos_) == '.') {
      has_dot = true;
      Advance();
      while (IsDigit(At(pos_))) Advance();
    }
    char e = At(pos_);
    if (e == 'e' || e == 'E') {
      size_t digits = pos_ + 1;
      if (At(digits) == '+' || At(digits) == '-') ++digits;
      if (IsDigit(At(digits))) {
        has_exponent = true;
        while (pos_ < digits) Advance();
        while (IsDigit(At(pos_))) Advance();
      }
    }
    token.kind = has_exponent ? TokenKind::kApproxNumber
                              : (has_dot ? TokenKind::kDecimal : TokenKind::kInteger);
    token.text = std::string(sql_.substr(token.offset, pos_ - token.offset));
  }

  Status LexOne(Token& token, const Token* previous) {
    char c = sql_[pos_];
    if (IsWordStart(c)) {
      while (pos_ < sql_.size() && IsWordPart(sql_[pos_])) Advance();
      token.kind = TokenKind::kWord;
      token.text = std::string(sql_.substr(token.offset, pos_ - token.offset));
      return Status::OK();
    }
    if (c == '\'') {
      token.kind = TokenKind::kString;
      return LexQuoted(token, '\'', "string literal");
    }
    if (c == '`') {
      token.kind = TokenKind::kQuotedIdentifier;
      return LexQuoted(token, '`', "quoted identifier");
    }
    // ".5" is a number unless the dot follows something that can be qualified (t.5 is odd but
    // a field access is the better reading).
    bool after_name = previous != nullptr && (previous->kind == TokenKind::kWord ||
                                              previous->kind == TokenKind::kQuotedIdentifier ||
                                              (previous->kind == TokenKind::kSymbol &&
                                               (previous->text == ")" || previous->text == "]")));
    if (IsDigit(c) || (c == '.' && IsDigit(At(pos_ + 1)) && !after_name)) {
      LexNumber(token);
      return Status::OK();
    }
    static constexpr std::string_view kTwoCharSymbols[] = {
        "<>", "!=", "<=", ">=", "||", "=>", "::"};
    for (std::string_view symbol : kTwoCharSymbols) {
      if (sql_.substr(pos_, 2) == symbol) {
        Advance();
        Advance();
        token.kind = TokenKind::kSymbol;
        token.text = std::string(symbol);
        return Status::OK();
      }
    }
    static constexpr std::string_view kOneCharSymbols = "(),.;=<>+-*/%[]{}?";
    if (kOneCharSymbols.find(c) != std::string_view::npos) {
      Advance();
      token.kind = TokenKind::kSymbol;
      token.text = std::string(1, c);
      return Status::OK();
    }
    return ErrorHere(fmt::format("unexpected character '{}'", c), line_, column_);
  }

  std::string_view sql_;
  size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
};

}  // namespace

Result<std::vector<Token>> Tokenize(std::string_view sql) { return Lexer(sql).Run(); }

}  // namespace sluice::sql
