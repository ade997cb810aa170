// A small RAII layer over the SQLite C API, used by the catalog store only.
//
// SqliteConnection owns one database handle; SqliteStatement owns one prepared statement;
// SqliteTransaction is a guard that rolls back unless Commit() was called. Every SQLite failure
// becomes an ExternalError whose message names the database path and SQLite's reason.
//
// Threading: a connection and its statements are used by one thread at a time. Separate
// connections (in one process or several) may use the same file concurrently; SQLite's locking
// and the busy timeout serialize their writes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "common/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sluice {

class SqliteConnection;

class SqliteStatement {
 public:
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&& other) noexcept;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement();

  // Parameters are 1-based, as in SQLite. Text and blobs are copied.
  Status BindText(int index, std::string_view value);
  Status BindInt64(int index, int64_t value);
  Status BindBlob(int index, std::string_view bytes);
  Status BindNull(int index);

  // Runs the statement one step: true when a row is available, false when done.
  Result<bool> Step();
  // Runs the statement to completion, ignoring any rows.
  Status Run();
  // Makes the statement runnable again, keeping bindings.
  void Reset();

  // Columns are 0-based. NULL reads as "" / 0.
  std::string ColumnText(int column) const;
  std::string ColumnBlob(int column) const;
  int64_t ColumnInt64(int column) const;
  bool ColumnIsNull(int column) const;

 private:
  friend class SqliteConnection;
  SqliteStatement(SqliteConnection* connection, sqlite3_stmt* statement)
      : connection_(connection), statement_(statement) {}
  Status CheckBind(int rc);

  SqliteConnection* connection_;
  sqlite3_stmt* statement_;
};

class SqliteConnection {
 public:
  // Opens (creating when missing) the database at `path`; ":memory:" opens a private in-memory
  // database. `busy_timeout_ms` bounds how long a statement waits for another connection's lock.
  static Result<std::unique_ptr<SqliteConnection>> Open(const std::string& path,
                                                        int busy_timeout_ms);
  ~SqliteConnection();
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  // Runs one or more statements without parameters or results.
  Status Execute(const std::string& sql);
  Result<SqliteStatement> Prepare(std::string_view sql);
  // The number of rows changed by the last INSERT, UPDATE or DELETE.
  int64_t Changes() const;

  const std::string& path() const { return path_; }
  // An ExternalError naming the path, `what` was being done, and SQLite's message for `rc`.
  Status Error(int rc, std::string_view what) const;

 private:
  SqliteConnection(std::string path, sqlite3* db) : path_(std::move(path)), db_(db) {}

  std::string path_;
  sqlite3* db_;
};

// BEGIN IMMEDIATE ... COMMIT: the write lock is taken at the start, so a read-check-write sequence
// inside the transaction cannot race with another connection. Rolls back on destruction unless
// committed.
class SqliteTransaction {
 public:
  static Result<std::unique_ptr<SqliteTransaction>> Begin(SqliteConnection* connection);
  ~SqliteTransaction();
  SqliteTransaction(const SqliteTransaction&) = delete;
  SqliteTransaction& operator=(const SqliteTransaction&) = delete;

  Status Commit();

 private:
  explicit SqliteTransaction(SqliteConnection* connection) : connection_(connection) {}

  SqliteConnection* connection_;
  bool done_ = false;
};

}  // namespace sluice
