// Tests of the SQL lexer (sql/parser/lexer.h) and the token stream (sql/parser/token_stream.h).
#include "sql/parser/lexer.h"

#include <gtest/gtest.h>

#include "sql/parser/token_stream.h"

namespace sluice::sql {
namespace {

std::vector<Token> Lex(std::string_view sql) {
  Result<std::vector<Token>> tokens = Tokenize(sql);
  EXPECT_TRUE(tokens.ok()) << tokens.status().message();
  return tokens.ok() ? tokens.MoveValue() : std::vector<Token>{};
}

TEST(LexerTest, WordsSymbolsAndEnd) {
  std::vector<Token> tokens = Lex("SELECT a, b FROM t;");
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
  EXPECT_EQ(tokens[0].text, "SELECT");
  EXPECT_EQ(tokens[2].kind, TokenKind::kSymbol);
  EXPECT_EQ(tokens[2].text, ",");
  EXPECT_EQ(tokens[6].text, ";");
  EXPECT_EQ(tokens[7].kind, TokenKind::kEnd);
  EXPECT_EQ(tokens[7].offset, 19u);
  EXPECT_EQ(tokens[7].column, 20);
}

TEST(LexerTest, PositionsAcrossLines) {
  std::vector<Token> tokens = Lex("SELECT\n  a,\n\tbb");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[1].line, 2);
  EXPECT_EQ(tokens[1].column, 3);
  EXPECT_EQ(tokens[1].offset, 9u);
  EXPECT_EQ(tokens[3].line, 3);
  EXPECT_EQ(tokens[3].column, 2);
  EXPECT_EQ(tokens[3].length, 2u);
}

TEST(LexerTest, ColumnsCountCharactersNotBytes) {
  std::vector<Token> tokens = Lex("'héllo' x");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].text, "héllo");
  EXPECT_EQ(tokens[1].column, 9);
  EXPECT_EQ(tokens[1].offset, 9u);
}

TEST(LexerTest, IdentifiersWithDollarAndUnderscore) {
  std::vector<Token> tokens = Lex("m$2 _x a_b$c");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].text, "m$2");
  EXPECT_EQ(tokens[1].text, "_x");
  EXPECT_EQ(tokens[2].text, "a_b$c");
}

TEST(LexerTest, QuotedIdentifiers) {
  std::vector<Token> tokens = Lex("`my col` `a``b`");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kQuotedIdentifier);
  EXPECT_EQ(tokens[0].text, "my col");
  EXPECT_EQ(tokens[0].length, 8u);
  EXPECT_EQ(tokens[1].text, "a`b");
}

TEST(LexerTest, StringsWithEscapedQuotes) {
  std::vector<Token> tokens = Lex("'it''s' ''");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kString);
  EXPECT_EQ(tokens[0].text, "it's");
  EXPECT_EQ(tokens[0].length, 7u);
  EXPECT_EQ(tokens[1].text, "");
}

TEST(LexerTest, Numbers) {
  std::vector<Token> tokens = Lex("42 1.5 1. .5 1e-3 2E+10 3e");
  ASSERT_EQ(tokens.size(), 9u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kInteger);
  EXPECT_EQ(tokens[1].kind, TokenKind::kDecimal);
  EXPECT_EQ(tokens[1].text, "1.5");
  EXPECT_EQ(tokens[2].kind, TokenKind::kDecimal);
  EXPECT_EQ(tokens[2].text, "1.");
  EXPECT_EQ(tokens[3].kind, TokenKind::kDecimal);
  EXPECT_EQ(tokens[3].text, ".5");
  EXPECT_EQ(tokens[4].kind, TokenKind::kApproxNumber);
  EXPECT_EQ(tokens[4].text, "1e-3");
  EXPECT_EQ(tokens[5].kind, TokenKind::kApproxNumber);
  EXPECT_EQ(tokens[5].text, "2E+10");
  // "3e" is a number followed by a word.
  EXPECT_EQ(tokens[6].kind, TokenKind::kInteger);
  EXPECT_EQ(tokens[7].kind, TokenKind::kWord);
}

TEST(LexerTest, DotAfterNameIsASymbol) {
  std::vector<Token> tokens = Lex("t.a f(x).b");
  ASSERT_EQ(tokens.size(), 10u);
  EXPECT_EQ(tokens[1].text, ".");
  EXPECT_EQ(tokens[2].text, "a");
  EXPECT_EQ(tokens[7].text, ".");
}

TEST(LexerTest, MultiCharacterSymbols) {
  std::vector<Token> tokens = Lex("<> != <= >= || => :: < > = [ ] { } ? %");
  std::vector<std::string> texts;
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kSymbol) texts.push_back(token.text);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"<>", "!=", "<=", ">=", "||", "=>", "::", "<", ">",
                                             "=", "[", "]", "{", "}", "?", "%"}));
}

TEST(LexerTest, CommentsAreSkipped) {
  std::vector<Token> tokens = Lex("a -- one\n/* two\n lines */ b /*+ OPTIONS('k'='v') */ c");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[1].text, "b");
  EXPECT_EQ(tokens[1].line, 3);
  EXPECT_EQ(tokens[1].column, 11);
  EXPECT_EQ(tokens[2].text, "c");
}

TEST(LexerTest, MinusMinusIsAComment) {
  std::vector<Token> tokens = Lex("1 --2");
  ASSERT_EQ(tokens.size(), 2u);
}

TEST(LexerTest, UnterminatedString) {
  Result<std::vector<Token>> tokens = Tokenize("SELECT\n  'abc");
  ASSERT_FALSE(tokens.ok());
  EXPECT_EQ(tokens.status().code(), StatusCode::kUserError);
  EXPECT_EQ(tokens.status().message(), "Syntax error: unterminated string literal");
  EXPECT_EQ(tokens.status().line(), 2);
  EXPECT_EQ(tokens.status().column(), 3);
}

TEST(LexerTest, UnterminatedQuotedIdentifierAndComment) {
  Result<std::vector<Token>> a = Tokenize("SELECT `abc");
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().message(), "Syntax error: unterminated quoted identifier");
  EXPECT_EQ(a.status().column(), 8);
  Result<std::vector<Token>> b = Tokenize("a /* b");
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().message(), "Syntax error: unterminated comment");
  EXPECT_EQ(b.status().column(), 3);
}

TEST(LexerTest, UnexpectedCharacter) {
  Result<std::vector<Token>> tokens = Tokenize("SELECT a # b");
  ASSERT_FALSE(tokens.ok());
  EXPECT_EQ(tokens.status().message(), "Syntax error: unexpected character '#'");
  EXPECT_EQ(tokens.status().line(), 1);
  EXPECT_EQ(tokens.status().column(), 10);
}

TEST(LexerTest, EmptyInputHasOnlyEnd) {
  std::vector<Token> tokens = Lex("  -- nothing");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kEnd);
}

TokenStream Stream(std::string_view sql) {
  Result<TokenStream> stream = TokenStream::Create(sql);
  EXPECT_TRUE(stream.ok());
  return stream.MoveValue();
}

TEST(TokenStreamTest, KeywordsIgnoreCase) {
  TokenStream tokens = Stream("create Model IF not exists m");
  EXPECT_TRUE(tokens.PeekKeyword("CREATE"));
  EXPECT_TRUE(tokens.PeekKeyword("model", 1));
  EXPECT_TRUE(tokens.AcceptKeyword("CREATE"));
  EXPECT_TRUE(tokens.ExpectKeyword("MODEL").ok());
  EXPECT_FALSE(tokens.AcceptKeywords({"IF", "EXISTS"}));
  EXPECT_TRUE(tokens.PeekKeyword("IF"));  // nothing consumed
  EXPECT_TRUE(tokens.AcceptKeywords({"IF", "NOT", "EXISTS"}));
  Result<std::string> name = tokens.ExpectIdentifier("a model name");
  ASSERT_TRUE(name.ok());
  EXPECT_EQ(*name, "m");
  EXPECT_TRUE(tokens.AtEnd());
}

TEST(TokenStreamTest, ExpectErrorsNameTheFoundToken) {
  TokenStream tokens = Stream("SELECT a\nFROM t");
  tokens.Next();
  tokens.Next();
  Status status = tokens.ExpectSymbol(")");
  EXPECT_EQ(status.message(), "Syntax error: expected ')' but found 'FROM'");
  EXPECT_EQ(status.line(), 2);
  EXPECT_EQ(status.column(), 1);
  Status keyword = tokens.ExpectKeyword("where");
  EXPECT_EQ(keyword.message(), "Syntax error: expected 'WHERE' but found 'FROM'");
}

TEST(TokenStreamTest, ErrorAtEndOfInput) {
  TokenStream tokens = Stream("SELECT a FROM");
  while (!tokens.AtEnd()) tokens.Next();
  Status status = tokens.Error("a table reference");
  EXPECT_EQ(status.message(), "Syntax error: unexpected end of input, expected a table reference");
  EXPECT_EQ(status.line(), 1);
  EXPECT_EQ(status.column(), 14);
  // Next() never moves past the end.
  EXPECT_EQ(tokens.Next().kind, TokenKind::kEnd);
  EXPECT_EQ(tokens.Next().kind, TokenKind::kEnd);
}

TEST(TokenStreamTest, IdentifiersAndReservedWords) {
  TokenStream tokens = Stream("select model, `select`, input, comment");
  Result<std::string> reserved = tokens.ExpectIdentifier("a column name");
  ASSERT_FALSE(reserved.ok());
  EXPECT_EQ(reserved.status().message(), "Syntax error: expected a column name but found 'select'");
  tokens.Next();
  for (const char* expected : {"model", "select", "input", "comment"}) {
    Result<std::string> name = tokens.ExpectIdentifier("a column name");
    ASSERT_TRUE(name.ok()) << name.status().message();
    EXPECT_EQ(*name, expected);
    tokens.AcceptSymbol(",");
  }
  EXPECT_TRUE(IsReservedWord("from"));
  EXPECT_TRUE(IsReservedWord("Join"));
  for (const char* word : {"MODEL", "INPUT", "OUTPUT", "COMMENT", "MODELS", "VERSIONS", "PROVIDERS",
                           "DESCRIPTOR", "value", "key", "timestamp", "text"}) {
    EXPECT_FALSE(IsReservedWord(word)) << word;
  }
}

TEST(TokenStreamTest, CompoundIdentifiersAndStrings) {
  TokenStream tokens = Stream("cat.`my db`.m$1 'it''s' x");
  Result<std::vector<std::string>> name = tokens.ExpectCompoundIdentifier("a model name");
  ASSERT_TRUE(name.ok());
  EXPECT_EQ(*name, (std::vector<std::string>{"cat", "my db", "m$1"}));
  Result<std::string> text = tokens.ExpectStringLiteral("a comment");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text, "it's");
  Result<std::string> missing = tokens.ExpectStringLiteral("a comment");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "Syntax error: expected a comment but found 'x'");
}

TEST(TokenStreamTest, SourceSpans) {
  TokenStream tokens = Stream("SELECT  a +  1 FROM t");
  tokens.Next();
  size_t begin = tokens.CurrentOffset();
  tokens.Next();
  tokens.Next();
  tokens.Next();
  EXPECT_EQ(tokens.Source(begin, tokens.PreviousEndOffset()), "a +  1");
  size_t mark = tokens.Mark();
  tokens.Next();
  tokens.Reset(mark);
  EXPECT_TRUE(tokens.PeekKeyword("FROM"));
}

TEST(TokenStreamTest, SymbolsAcceptAndPeek) {
  TokenStream tokens = Stream("( a => 1 )");
  EXPECT_TRUE(tokens.PeekSymbol("("));
  EXPECT_TRUE(tokens.PeekSymbol("=>", 2));
  EXPECT_FALSE(tokens.AcceptSymbol(")"));
  EXPECT_TRUE(tokens.AcceptSymbol("("));
  EXPECT_FALSE(tokens.PeekSymbol("a"));  // a word, not a symbol
}

}  // namespace
}  // namespace sluice::sql
