// Session: executes SQL statements against a catalog, the one entry point shared by the CLI, the
// SQL logic test runner and embedders.
//
// A Session owns its session state (current catalog and database, temporary objects, `SET`
// options) and opens the persistent catalog store in `SessionOptions::catalog_dir`. Several
// sessions, in one process or in several, may use the same directory at once.
//
// Thread-safety: Execute() is called from one thread at a time. Cancel() may be called from any
// thread (e.g. a SIGINT handler thread) while Execute() runs; it makes the running statement end
// with a kCancelled status as soon as it can.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "types/logical_type.h"

namespace sluice {

struct SessionOptions {
  // Directory of the persistent catalog store; created when missing.
  std::string catalog_dir;
};

// A materialized result table. Cells hold display text (as Flink's SQL client prints values:
// numbers in plain form, TRUE/FALSE, strings unquoted); std::nullopt is SQL NULL.
struct ResultTable {
  std::vector<std::string> column_names;
  std::vector<LogicalType> column_types;
  std::vector<std::vector<std::optional<std::string>>> rows;
  // Streaming results only: one row kind ("+I", "-U", "+U", "-D") per row; empty otherwise.
  std::vector<std::string> row_kinds;
  // True for the result of a streaming query (a changelog), even when it has no rows.
  bool changelog = false;
};

struct StatementResult {
  enum class Kind {
    kSuccess,  // DDL and other statements without rows: the CLI prints info_message
    kRows,     // statements that return a table: the CLI prints `table`
    kQuit,     // QUIT / EXIT
  };
  Kind kind = Kind::kSuccess;
  // For kSuccess, e.g. "Execute statement succeeded." (printed as "[INFO] ...").
  std::string info_message = "Execute statement succeeded.";
  ResultTable table;
  // Problems found that do not fail the statement (printed as "[WARNING] ...").
  std::vector<std::string> warnings;
};

class StatementExecutor;

// Receives result rows while a query runs: `chunk` has the result's columns and the new rows (and
// their row kinds in streaming mode). An error stops the query.
using RowsCallback = std::function<Status(const ResultTable& chunk)>;

class Session {
 public:
  static Result<std::unique_ptr<Session>> Open(const SessionOptions& options);
  ~Session();

  // Parses and executes one statement. A trailing ';' is allowed. Errors in the SQL text carry
  // a line and column relative to `statement`.
  Result<StatementResult> Execute(std::string_view statement);
  // As Execute; a query's rows go to `on_rows` as they are produced (the returned table then has
  // the columns but no rows), so that a streaming query prints before it ends.
  Result<StatementResult> Execute(std::string_view statement, const RowsCallback& on_rows);

  // Asks the running statement to stop. Safe from any thread and async-signal-safe (it only
  // stores an atomic flag), so a SIGINT handler may call it.
  void Cancel();

 private:
  explicit Session(std::unique_ptr<StatementExecutor> executor);
  std::unique_ptr<StatementExecutor> executor_;
};

}  // namespace sluice
