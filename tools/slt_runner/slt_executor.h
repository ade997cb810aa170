// Execution of parsed SQL logic test records against Sluice sessions.
//
// One executor runs one file: it owns the sessions (named connections, "default" first) opened on
// one catalog directory, runs the records in order, prints every mismatch (file:line, the SQL,
// the expected and the actual outcome, the latter as a block that can be pasted into the file)
// to stdout, and carries on with the next record.
//
// Query results are rendered one line per row, cells separated by a TAB, NULL as "NULL", the empty
// string as "(empty)"; a cell holding line breaks continues on the following lines. A streaming
// result (with row kinds) has the row kind ("+I", "-U", ...) as its first cell, which counts as a
// column for the column letters. `rowsort` sorts the rendered rows. An expected cell "<ANY>"
// matches any actual cell (for timestamps and other values that change from run to run).
//
// Environment variables set by `env` / `unsetenv` are restored when the executor is destroyed.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "client/session.h"
#include "slt_parser.h"

namespace sluice::slt {

struct SltSummary {
  int passed = 0;
  int failed = 0;
};

class SltExecutor {
 public:
  SltExecutor(std::string file_name, std::string catalog_dir);
  ~SltExecutor();

  SltExecutor(const SltExecutor&) = delete;
  SltExecutor& operator=(const SltExecutor&) = delete;

  // Runs `records` in order. When `actual_blocks` is not null it receives, per record index, the
  // rendered actual rows of every failed query that returned a table (for --rewrite).
  SltSummary Run(const std::vector<SltRecord>& records,
                 std::map<size_t, std::vector<std::string>>* actual_blocks);

  // Closes every session (before the catalog directory is removed).
  void CloseSessions();

 private:
  // The current session, opened on first use; nullptr (and a printed failure) if Open failed.
  Session* Current(const SltRecord& record);
  bool RunStatement(const SltRecord& record);
  // `rendered` receives the rendered rows when the query returned a table.
  bool RunQuery(const SltRecord& record, std::optional<std::vector<std::string>>* rendered);
  // `query ... both`: batch result and folded streaming changelog must both match.
  bool RunBothModes(const SltRecord& record, std::optional<std::vector<std::string>>* rendered);
  // Prints a mismatch: the record's position and `reason`, its SQL, then `details`.
  void Fail(const SltRecord& record, const std::string& reason, const std::string& details);
  void SetEnv(const std::string& name, const std::optional<std::string>& value);

  std::string file_name_;
  std::string catalog_dir_;
  std::map<std::string, std::unique_ptr<Session>> sessions_;
  std::string current_ = "default";
  // Original values of the environment variables changed by the file.
  std::map<std::string, std::optional<std::string>> saved_env_;
};

// Renders a result table as described above.
std::vector<std::string> RenderRows(const ResultTable& table, bool rowsort);

}  // namespace sluice::slt
