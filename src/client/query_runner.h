// QueryRunner: plans and runs the statements that execute queries (SELECT, INSERT, EXECUTE
// STATEMENT SET, EXPLAIN) for the statement executor: bind → optimize → physical plan → job.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>

#include "catalog/catalog_manager.h"
#include "client/session.h"
#include "client/session_config.h"
#include "planner/logical_plan.h"
#include "sql/parser/ast_statement.h"

namespace sluice {

class QueryRunner {
 public:
  // All references must outlive the runner.
  QueryRunner(CatalogManager& catalog, const SessionConfig& config,
              const std::atomic<bool>& cancel_requested);

  // `on_rows`, when set, receives the result rows of a query while it runs (streaming results
  // are printed as they arrive); the returned table then holds the schema only.
  Result<StatementResult> RunQuery(const sql::QueryStatement& statement,
                                   const RowsCallback& on_rows);
  Result<StatementResult> RunInsert(const sql::InsertStatement& statement);
  Result<StatementResult> RunStatementSet(const sql::StatementSetStatement& statement);
  Result<StatementResult> Explain(const sql::ExplainStatement& statement);

 private:
  bool streaming() const;
  int parallelism() const;
  Result<LogicalNodePtr> Optimize(LogicalNodePtr plan) const;
  Result<LogicalNodePtr> PlanStatement(const sql::Statement& statement);

  CatalogManager& catalog_;
  const SessionConfig& config_;
  const std::atomic<bool>& cancel_requested_;
};

}  // namespace sluice
