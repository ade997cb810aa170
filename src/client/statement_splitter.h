// Splitting a SQL script into statements, for the CLI (-f, -e, REPL) and the SQL logic test
// runner.
//
// The splitter knows only enough of the lexical structure of Flink SQL to find the `;` that end
// statements: it skips '...' string literals, `...` quoted identifiers, "..." quoted text,
// `-- ...` line comments and `/* ... */` block comments (a doubled quote inside a quoted piece is
// part of it). A statement set, `EXECUTE STATEMENT SET BEGIN ...; ...; END` or
// `BEGIN STATEMENT SET; ...; END`, is kept together as one statement.
//
// Positions are 1-based. Lines are counted by '\n'; columns count Unicode code points of UTF-8
// text (one per byte for ASCII), the same unit as Status::line()/column().
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sluice {

struct ScriptStatement {
  // The statement, from its first character (leading whitespace and comments removed) to its
  // last non-blank character before the terminating ';' (which is not included).
  std::string text;
  // Position of the statement's first character in the script.
  int line = 1;
  int column = 1;
  // Byte offset of the statement's first character in the script.
  size_t offset = 0;
};

// Splits `script` into statements. Pieces made of whitespace and comments only are dropped. The
// last statement need not end with ';'. An unterminated quote or comment, or an unclosed
// statement set, extends to the end of the script (the parser then reports the error).
std::vector<ScriptStatement> SplitStatements(std::string_view script);

// True when `buffer` holds at least one statement and ends (ignoring trailing whitespace and
// comments) with a ';' that terminates a statement: outside quotes and comments, and not inside
// an unclosed statement set. The REPL reads more lines until this holds.
bool IsStatementComplete(std::string_view buffer);

// True when `text` holds only whitespace and complete comments (the REPL then discards it).
bool IsBlankScript(std::string_view text);

// True when `text` ends inside a quoted piece or a block comment.
bool EndsInsideQuoteOrComment(std::string_view text);

// The 1-based line and column of byte `offset` in `text`.
void LineColumnOf(std::string_view text, size_t offset, int* line, int* column);

}  // namespace sluice
