#include "client/session.h"

#include "client/statement_executor.h"
#include "sql/parser/ast_query.h"
#include "sql/parser/parser.h"

namespace sluice {

Result<std::unique_ptr<Session>> Session::Open(const SessionOptions& options) {
  SLUICE_ASSIGN_OR_RETURN(std::unique_ptr<StatementExecutor> executor,
                          StatementExecutor::Open(options));
  return std::unique_ptr<Session>(new Session(std::move(executor)));
}

Session::Session(std::unique_ptr<StatementExecutor> executor) : executor_(std::move(executor)) {}

Session::~Session() = default;

Result<StatementResult> Session::Execute(std::string_view statement) {
  return Execute(statement, nullptr);
}

Result<StatementResult> Session::Execute(std::string_view statement,
                                         const RowsCallback& on_rows) {
  executor_->ClearCancel();
  SLUICE_ASSIGN_OR_RETURN(std::unique_ptr<sql::Statement> parsed, sql::ParseStatement(statement));
  return executor_->Execute(*parsed, on_rows);
}

void Session::Cancel() { executor_->Cancel(); }

}  // namespace sluice
