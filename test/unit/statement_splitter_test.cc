#include "client/statement_splitter.h"

#include <gtest/gtest.h>

namespace sluice {
namespace {

std::vector<std::string> Texts(std::string_view script) {
  std::vector<std::string> texts;
  for (const auto& statement : SplitStatements(script)) texts.push_back(statement.text);
  return texts;
}

TEST(StatementSplitterTest, SplitsOnSemicolons) {
  EXPECT_EQ(Texts("SELECT 1; SELECT 2;"), (std::vector<std::string>{"SELECT 1", "SELECT 2"}));
  EXPECT_EQ(Texts("SELECT 1"), (std::vector<std::string>{"SELECT 1"}));
  EXPECT_EQ(Texts("  SHOW CATALOGS  ;\n\n"), (std::vector<std::string>{"SHOW CATALOGS"}));
}

TEST(StatementSplitterTest, DropsEmptyAndCommentOnlyPieces) {
  EXPECT_TRUE(Texts("").empty());
  EXPECT_TRUE(Texts(" ; ;\n;").empty());
  EXPECT_TRUE(Texts("-- only a comment\n/* and another */;").empty());
  EXPECT_EQ(Texts("SELECT 1; -- trailing comment"), (std::vector<std::string>{"SELECT 1"}));
}

TEST(StatementSplitterTest, IgnoresSemicolonsInQuotes) {
  EXPECT_EQ(Texts("SELECT 'a;b'; SELECT 2"),
            (std::vector<std::string>{"SELECT 'a;b'", "SELECT 2"}));
  EXPECT_EQ(Texts("SELECT 'it''s; ok' FROM t"),
            (std::vector<std::string>{"SELECT 'it''s; ok' FROM t"}));
  EXPECT_EQ(Texts("SELECT `a;b` FROM `t``;`; X"),
            (std::vector<std::string>{"SELECT `a;b` FROM `t``;`", "X"}));
  EXPECT_EQ(Texts("SELECT \"x;y\"; Y"), (std::vector<std::string>{"SELECT \"x;y\"", "Y"}));
}

TEST(StatementSplitterTest, IgnoresSemicolonsInComments) {
  EXPECT_EQ(Texts("SELECT 1 -- a; b\n, 2; SELECT 3"),
            (std::vector<std::string>{"SELECT 1 -- a; b\n, 2", "SELECT 3"}));
  EXPECT_EQ(Texts("SELECT /* ; */ 1; SELECT 2"),
            (std::vector<std::string>{"SELECT /* ; */ 1", "SELECT 2"}));
  // Leading comments are not part of the statement.
  EXPECT_EQ(Texts("-- header; here\n/* x; */ SELECT 1;"), (std::vector<std::string>{"SELECT 1"}));
}

TEST(StatementSplitterTest, UnterminatedQuoteRunsToTheEnd) {
  EXPECT_EQ(Texts("SELECT 'abc; SELECT 2"), (std::vector<std::string>{"SELECT 'abc; SELECT 2"}));
  EXPECT_EQ(Texts("SELECT 1 /* open; comment"),
            (std::vector<std::string>{"SELECT 1 /* open; comment"}));
}

TEST(StatementSplitterTest, ExecuteStatementSetIsOneStatement) {
  std::string script =
      "CREATE TABLE t (a INT);\n"
      "EXECUTE STATEMENT SET BEGIN\n"
      "  INSERT INTO t SELECT 1;\n"
      "  INSERT INTO t SELECT 2;\n"
      "END;\n"
      "SELECT * FROM t;";
  EXPECT_EQ(Texts(script), (std::vector<std::string>{
                               "CREATE TABLE t (a INT)",
                               "EXECUTE STATEMENT SET BEGIN\n  INSERT INTO t SELECT 1;\n  INSERT "
                               "INTO t SELECT 2;\nEND",
                               "SELECT * FROM t"}));
}

TEST(StatementSplitterTest, BeginStatementSetIsOneStatement) {
  std::string script =
      "begin statement set;\n"
      "INSERT INTO t VALUES ('END;');\n"
      "INSERT INTO u SELECT `end` FROM v;\n"
      "end;\n"
      "SHOW TABLES";
  EXPECT_EQ(Texts(script),
            (std::vector<std::string>{"begin statement set;\nINSERT INTO t VALUES ('END;');\n"
                                      "INSERT INTO u SELECT `end` FROM v;\nend",
                                      "SHOW TABLES"}));
}

TEST(StatementSplitterTest, UnclosedStatementSetRunsToTheEnd) {
  EXPECT_EQ(Texts("BEGIN STATEMENT SET; INSERT INTO t SELECT 1;  "),
            (std::vector<std::string>{"BEGIN STATEMENT SET; INSERT INTO t SELECT 1"}));
}

TEST(StatementSplitterTest, ReportsPositions) {
  std::string script = "SELECT 1;\n  -- comment\n  SHOW\n  TABLES;   DROP TABLE x";
  auto statements = SplitStatements(script);
  ASSERT_EQ(statements.size(), 3u);
  EXPECT_EQ(statements[0].line, 1);
  EXPECT_EQ(statements[0].column, 1);
  EXPECT_EQ(statements[0].offset, 0u);
  EXPECT_EQ(statements[1].text, "SHOW\n  TABLES");
  EXPECT_EQ(statements[1].line, 3);
  EXPECT_EQ(statements[1].column, 3);
  EXPECT_EQ(script.substr(statements[1].offset, 4), "SHOW");
  EXPECT_EQ(statements[2].line, 4);
  EXPECT_EQ(statements[2].column, 13);
}

TEST(StatementSplitterTest, ColumnsCountCodePoints) {
  auto statements = SplitStatements("SELECT 'é'; SELECT 2");
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(statements[1].column, 13);
  EXPECT_EQ(statements[1].offset, 13u);
}

TEST(StatementSplitterTest, ClientCommandsAreStatements) {
  EXPECT_EQ(Texts("HELP; QUIT;"), (std::vector<std::string>{"HELP", "QUIT"}));
}

TEST(StatementSplitterTest, IsStatementComplete) {
  EXPECT_FALSE(IsStatementComplete(""));
  EXPECT_FALSE(IsStatementComplete("SELECT 1"));
  EXPECT_TRUE(IsStatementComplete("SELECT 1;"));
  EXPECT_TRUE(IsStatementComplete("SELECT\n1\n;\n"));
  EXPECT_TRUE(IsStatementComplete("SELECT 1; -- done\n"));
  EXPECT_FALSE(IsStatementComplete("SELECT 1; SELECT 2"));
  EXPECT_FALSE(IsStatementComplete("SELECT 'a;"));
  EXPECT_FALSE(IsStatementComplete("SELECT 1 -- ;"));
  EXPECT_FALSE(IsStatementComplete("SELECT 1; /* open"));
  EXPECT_FALSE(IsStatementComplete(";"));
  EXPECT_FALSE(IsStatementComplete("BEGIN STATEMENT SET;"));
  EXPECT_FALSE(IsStatementComplete("BEGIN STATEMENT SET;\nINSERT INTO t SELECT 1;\n"));
  EXPECT_FALSE(IsStatementComplete("BEGIN STATEMENT SET;\nINSERT INTO t SELECT 1;\nEND"));
  EXPECT_TRUE(IsStatementComplete("BEGIN STATEMENT SET;\nINSERT INTO t SELECT 1;\nEND;"));
  EXPECT_FALSE(IsStatementComplete("EXECUTE STATEMENT SET BEGIN INSERT INTO t SELECT 1;"));
  EXPECT_TRUE(IsStatementComplete("EXECUTE STATEMENT SET BEGIN INSERT INTO t SELECT 1; END;"));
}

TEST(StatementSplitterTest, EndsInsideQuoteOrComment) {
  EXPECT_FALSE(EndsInsideQuoteOrComment("SELECT 'a'"));
  EXPECT_TRUE(EndsInsideQuoteOrComment("SELECT 'a"));
  EXPECT_TRUE(EndsInsideQuoteOrComment("SELECT `a"));
  EXPECT_TRUE(EndsInsideQuoteOrComment("SELECT /* a"));
  EXPECT_FALSE(EndsInsideQuoteOrComment("SELECT -- 'a"));
}

TEST(StatementSplitterTest, IsBlankScript) {
  EXPECT_TRUE(IsBlankScript(""));
  EXPECT_TRUE(IsBlankScript("  \n-- x\n/* y */ ;"));
  EXPECT_FALSE(IsBlankScript("/* open"));
  EXPECT_FALSE(IsBlankScript("S"));
}

}  // namespace
}  // namespace sluice
