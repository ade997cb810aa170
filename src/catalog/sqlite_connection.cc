#include "catalog/sqlite_connection.h"

#include <sqlite3.h>

#include <fmt/format.h>

namespace sluice {

// ---- SqliteStatement -----------------------------------------------------------------------

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : connection_(other.connection_), statement_(other.statement_) {
  other.statement_ = nullptr;
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
  if (this != &other) {
    if (statement_ != nullptr) sqlite3_finalize(statement_);
    connection_ = other.connection_;
    statement_ = other.statement_;
    other.statement_ = nullptr;
  }
  return *this;
}

SqliteStatement::~SqliteStatement() {
  if (statement_ != nullptr) sqlite3_finalize(statement_);
}

Status SqliteStatement::CheckBind(int rc) {
  if (rc == SQLITE_OK) return Status::OK();
  return connection_->Error(rc, "binding a parameter");
}

Status SqliteStatement::BindText(int index, std::string_view value) {
  return CheckBind(sqlite3_bind_text64(statement_, index, value.data(), value.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8));
}

Status SqliteStatement::BindInt64(int index, int64_t value) {
  return CheckBind(sqlite3_bind_int64(statement_, index, value));
}

Status SqliteStatement::BindBlob(int index, std::string_view bytes) {
  // A zero-length blob must still be a blob, not NULL: pass a valid pointer.
  static const char kEmpty = 0;
  const void* data = bytes.empty() ? &kEmpty : bytes.data();
  return CheckBind(sqlite3_bind_blob64(statement_, index, data, bytes.size(), SQLITE_TRANSIENT));
}

Status SqliteStatement::BindNull(int index) {
  return CheckBind(sqlite3_bind_null(statement_, index));
}

Result<bool> SqliteStatement::Step() {
  int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status error = connection_->Error(rc, "running a statement");
  sqlite3_reset(statement_);
  return error;
}

Status SqliteStatement::Run() {
  while (true) {
    SLUICE_ASSIGN_OR_RETURN(bool has_row, Step());
    if (!has_row) return Status::OK();
  }
}

void SqliteStatement::Reset() { sqlite3_reset(statement_); }

std::string SqliteStatement::ColumnText(int column) const {
  const unsigned char* text = sqlite3_column_text(statement_, column);
  if (text == nullptr) return std::string();
  int size = sqlite3_column_bytes(statement_, column);
  return std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(size));
}

std::string SqliteStatement::ColumnBlob(int column) const {
  const void* data = sqlite3_column_blob(statement_, column);
  if (data == nullptr) return std::string();
  int size = sqlite3_column_bytes(statement_, column);
  return std::string(static_cast<const char*>(data), static_cast<size_t>(size));
}

int64_t SqliteStatement::ColumnInt64(int column) const {
  return sqlite3_column_int64(statement_, column);
}

bool SqliteStatement::ColumnIsNull(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

// ---- SqliteConnection ----------------------------------------------------------------------

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::Open(const std::string& path,
                                                                 int busy_timeout_ms) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string reason = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    if (db != nullptr) sqlite3_close(db);
    return Status::ExternalError(
        fmt::format("Cannot open the catalog store '{}': {}", path, reason));
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, busy_timeout_ms);
  return std::unique_ptr<SqliteConnection>(new SqliteConnection(path, db));
}

SqliteConnection::~SqliteConnection() {
  if (db_ != nullptr) sqlite3_close(db_);
}

Status SqliteConnection::Error(int rc, std::string_view what) const {
  const char* message = sqlite3_errmsg(db_);
  std::string reason = message != nullptr ? message : sqlite3_errstr(rc);
  return Status::ExternalError(
      fmt::format("Catalog store '{}' failed while {}: {}", path_, what, reason));
}

Status SqliteConnection::Execute(const std::string& sql) {
  char* error = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
  if (rc == SQLITE_OK) return Status::OK();
  std::string reason = error != nullptr ? error : sqlite3_errstr(rc);
  sqlite3_free(error);
  return Status::ExternalError(
      fmt::format("Catalog store '{}' failed while running '{}': {}", path_, sql, reason));
}

Result<SqliteStatement> SqliteConnection::Prepare(std::string_view sql) {
  sqlite3_stmt* statement = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
  if (rc != SQLITE_OK) {
    if (statement != nullptr) sqlite3_finalize(statement);
    return Error(rc, fmt::format("preparing '{}'", sql));
  }
  return SqliteStatement(this, statement);
}

int64_t SqliteConnection::Changes() const { return sqlite3_changes64(db_); }

// ---- SqliteTransaction ---------------------------------------------------------------------

Result<std::unique_ptr<SqliteTransaction>> SqliteTransaction::Begin(SqliteConnection* connection) {
  SLUICE_RETURN_NOT_OK(connection->Execute("BEGIN IMMEDIATE"));
  return std::unique_ptr<SqliteTransaction>(new SqliteTransaction(connection));
}

SqliteTransaction::~SqliteTransaction() {
  if (!done_) (void)connection_->Execute("ROLLBACK");
}

Status SqliteTransaction::Commit() {
  Status status = connection_->Execute("COMMIT");
  if (status.ok()) done_ = true;
  // On failure the destructor rolls back.
  return status;
}

}  // namespace sluice
