// StatementExecutor: runs parsed statements against the session's catalogs and configuration.
//
// One executor per Session. Each statement family is executed in its own file
// (execute_catalog.cc, execute_table.cc, execute_model.cc, execute_session.cc); this class only
// owns the session state and dispatches.
//
// Thread-safety: Execute() from one thread at a time; Cancel() from any thread, and from a signal
// handler (it only stores an atomic flag).
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "catalog/catalog_manager.h"
#include "client/session.h"
#include "client/query_runner.h"
#include "client/session_config.h"
#include "model/provider_registry.h"
#include "sql/parser/ast_query.h"
#include "sql/parser/ast_statement.h"

namespace sluice {

class StatementExecutor {
 public:
  static Result<std::unique_ptr<StatementExecutor>> Open(const SessionOptions& options);

  // `on_rows` (may be empty) receives a query's rows while it runs; see Session::Execute.
  Result<StatementResult> Execute(const sql::Statement& statement, const RowsCallback& on_rows);

  void Cancel() noexcept { cancel_requested_.store(true, std::memory_order_relaxed); }
  // Clears a cancellation left from a previous statement; called before each statement.
  void ClearCancel() noexcept { cancel_requested_.store(false, std::memory_order_relaxed); }

 private:
  StatementExecutor(std::unique_ptr<CatalogManager> catalog);

  Result<StatementResult> Dispatch(const sql::Statement& statement);
  Result<StatementResult> ExecuteCatalogStatement(const sql::Statement& statement);
  Result<StatementResult> ExecuteDatabaseStatement(const sql::Statement& statement);
  Result<StatementResult> ExecuteTableStatement(const sql::Statement& statement);
  Result<StatementResult> ExecuteViewStatement(const sql::Statement& statement);
  Result<StatementResult> ExecuteModelStatement(const sql::Statement& statement);
  Result<StatementResult> ExecuteSessionStatement(const sql::Statement& statement);

  // Model statements, one per kind (execute_model.cc).
  Result<StatementResult> CreateModel(const sql::CreateModelStatement& statement);
  Result<StatementResult> AlterModel(const sql::AlterModelStatement& statement);
  Result<StatementResult> ShowModels(const sql::ShowModelsStatement& statement);
  Result<StatementResult> ShowModelVersionsOrDescribe(const sql::Statement& statement);

  // Table statements (execute_table.cc).
  Result<StatementResult> CreateTable(const sql::CreateTableStatement& statement);
  Result<StatementResult> AlterTable(const sql::AlterTableStatement& statement);

  // The catalog and database a SHOW ... FROM clause names (empty: the current ones).
  Result<std::pair<std::string, std::string>> ResolveDatabase(
      const std::vector<std::string>& parts);

  std::unique_ptr<CatalogManager> catalog_;
  ProviderRegistry providers_;
  SessionConfig config_;
  std::atomic<bool> cancel_requested_{false};
  std::unique_ptr<QueryRunner> query_runner_;
  RowsCallback on_rows_;  // of the statement being executed
};

// Keeps the names that pass a SHOW statement's [NOT] LIKE filter.
std::vector<std::string> FilterByLike(const std::vector<std::string>& names,
                                      const std::optional<sql::LikeFilter>& like);

// WITH options as a map; for a key given twice the last value wins (as in Flink).
OptionMap ToOptionMap(const sql::OptionList& options);

}  // namespace sluice
