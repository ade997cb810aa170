// Parsing of SQL logic test files (the sqllogictest dialect, with Sluice's directives).
//
// A file is a sequence of records separated by blank lines; lines starting with '#' between
// records are comments. Records:
//   statement ok                 SQL follows (up to a blank line that is not inside a quoted
//                                piece or comment); must succeed.
//   statement error <text>       SQL follows; must fail with a message containing <text>.
//   statement error              SQL, a line "----", then the exact message (see below).
//   statement warning <text>     SQL follows; must succeed with a warning containing <text>.
//   query <letters> [rowsort]    SQL, a line "----", then the expected rows (see below).
//   query <letters> both         the same query in batch and in streaming mode (changelog folded).
//   restart                      reopens the session(s) on the same catalog directory.
//   connection <name>            switches to the session <name>, created on first use.
//   env <NAME> <value>           sets an environment variable (value: rest of the line).
//   unsetenv <NAME>              removes an environment variable.
//   halt                         ignores the rest of the file.
// An expected block after "----" ends at a blank line, or, when it must contain blank lines, at
// a line "====" (a block is fenced when a "====" line comes before the first blank line that is
// followed by a record, a comment or the end of the file).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sluice::slt {

enum class RecordKind {
  kStatementOk,
  kStatementError,
  kStatementWarning,
  kQuery,
  kRestart,
  kConnection,
  kEnv,
  kUnsetEnv,
  kHalt,
  kInvalid,  // a malformed record; `argument` holds the problem
};

struct SltRecord {
  RecordKind kind = RecordKind::kInvalid;
  // 1-based line of the directive.
  int line = 0;
  // The SQL (lines joined by '\n'), for statement and query records.
  std::string sql;
  // statement error/warning: the expected message part; connection: the name; env/unsetenv: the
  // variable; kInvalid: what is wrong.
  std::string argument;
  // env: the value.
  std::string value;
  // query: the column letters and whether rows are sorted before comparing.
  std::string column_letters;
  bool rowsort = false;
  // `query <letters> both`: the query runs in batch mode and in streaming mode; the batch result
  // and the streaming changelog folded into a table must both equal the expected rows (sorted).
  bool both_modes = false;
  // Whether an expected block ("----") was given, and its lines.
  bool has_expected_block = false;
  std::vector<std::string> expected_lines;

  // Where the record sits in the file, as 0-based line indexes, for --rewrite: the SQL ends
  // before `sql_end`; the expected block (separator to terminator included) covers
  // [sql_end, block_end).
  int sql_end = 0;
  int block_end = 0;
};

// Splits `content` into lines ('\n' separated, a trailing '\r' removed).
std::vector<std::string> SplitLines(std::string_view content);

// Parses the lines of a file into records. Malformed records come back as kInvalid.
std::vector<SltRecord> ParseSlt(const std::vector<std::string>& lines);

}  // namespace sluice::slt
