#include "client/error_formatter.h"

#include <gtest/gtest.h>

namespace sluice {
namespace {

TEST(ErrorFormatterTest, MessageOnlyWithoutPosition) {
  EXPECT_EQ(FormatError(Status::UserError("Table 't' not found."), "SELECT * FROM t"),
            "[ERROR] Table 't' not found.\n");
}

TEST(ErrorFormatterTest, ShowsLineAndCaret) {
  Status status = Status::UserError("Object 'nope' not found").WithPosition(2, 6);
  EXPECT_EQ(FormatError(status, "SELECT *\nFROM nope"),
            "[ERROR] Object 'nope' not found\n"
            "line 2, column 6:\n"
            "FROM nope\n"
            "     ^\n");
}

TEST(ErrorFormatterTest, ShiftedPositionRefersToTheScript) {
  std::string script = "SHOW TABLES;\n\nCREATE TABLE t (a INTT);\n";
  // The statement starts at line 3, column 1; the parser reported line 1, column 19.
  Status status = Status::UserError("Unknown type 'INTT'").WithPosition(1, 19).ShiftPosition(2, 0);
  EXPECT_EQ(FormatError(status, script),
            "[ERROR] Unknown type 'INTT'\n"
            "line 3, column 19:\n"
            "CREATE TABLE t (a INTT);\n"
            "                  ^\n");
}

TEST(ErrorFormatterTest, CaretAfterTabsAndWideCharacters) {
  Status status = Status::UserError("bad").WithPosition(1, 7);
  EXPECT_EQ(FormatError(status, "\t'中文' x"),
            "[ERROR] bad\nline 1, column 7:\n\t'中文' x\n\t       ^\n");
}

TEST(ErrorFormatterTest, CaretAtEndOfInput) {
  Status status = Status::UserError("Unexpected end of input").WithPosition(1, 7);
  EXPECT_EQ(FormatError(status, "SELECT"),
            "[ERROR] Unexpected end of input\nline 1, column 7:\nSELECT\n      ^\n");
}

TEST(ErrorFormatterTest, PositionOutsideTheTextShowsMessageOnly) {
  Status status = Status::UserError("oops").WithPosition(5, 1);
  EXPECT_EQ(FormatError(status, "SELECT 1"), "[ERROR] oops\n");
  EXPECT_EQ(FormatError(Status::UserError("oops").WithPosition(1, 50), "SELECT 1"),
            "[ERROR] oops\n");
}

TEST(ErrorFormatterTest, LongLinesAreCutAroundTheColumn) {
  std::string line = "SELECT " + std::string(300, 'a') + " bad";
  Status status = Status::UserError("bad here").WithPosition(1, 309);
  std::string text = FormatError(status, line);
  EXPECT_NE(text.find("line 1, column 309:\n..."), std::string::npos);
  // The caret stands under 'b' of "bad".
  size_t shown_start = text.find("...");
  size_t shown_end = text.find('\n', shown_start);
  std::string shown = text.substr(shown_start, shown_end - shown_start);
  std::string caret = text.substr(shown_end + 1);
  ASSERT_FALSE(caret.empty());
  size_t caret_column = caret.find('^');
  ASSERT_LT(caret_column, shown.size());
  EXPECT_EQ(shown.substr(caret_column, 3), "bad");
}

TEST(ErrorFormatterTest, CrlfLines) {
  Status status = Status::UserError("x").WithPosition(1, 3);
  EXPECT_EQ(FormatError(status, "ab cd\r\nef"), "[ERROR] x\nline 1, column 3:\nab cd\n  ^\n");
}

}  // namespace
}  // namespace sluice
