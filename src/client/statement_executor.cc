#include "client/statement_executor.h"

#include <fmt/format.h>

#include "common/like_pattern.h"
#include "model/builtin_providers.h"

namespace sluice {

using sql::StatementKind;

Result<std::unique_ptr<StatementExecutor>> StatementExecutor::Open(const SessionOptions& options) {
  SLUICE_ASSIGN_OR_RETURN(std::unique_ptr<CatalogManager> catalog,
                          CatalogManager::Open(options.catalog_dir));
  return std::unique_ptr<StatementExecutor>(new StatementExecutor(std::move(catalog)));
}

StatementExecutor::StatementExecutor(std::unique_ptr<CatalogManager> catalog)
    : catalog_(std::move(catalog)) {
  RegisterBuiltinProviders(providers_);
  query_runner_ = std::make_unique<QueryRunner>(*catalog_, config_, cancel_requested_);
}

Result<StatementResult> StatementExecutor::Execute(const sql::Statement& statement,
                                                   const RowsCallback& on_rows) {
  on_rows_ = on_rows;
  Result<StatementResult> result = Dispatch(statement);
  on_rows_ = nullptr;
  return result;
}

Result<StatementResult> StatementExecutor::Dispatch(const sql::Statement& statement) {
  switch (statement.kind) {
    case StatementKind::kCreateCatalog:
    case StatementKind::kDropCatalog:
    case StatementKind::kUseCatalog:
    case StatementKind::kShowCatalogs:
    case StatementKind::kShowCurrentCatalog:
    case StatementKind::kDescribeCatalog:
    case StatementKind::kAlterCatalog:
      return ExecuteCatalogStatement(statement);
    case StatementKind::kCreateDatabase:
    case StatementKind::kDropDatabase:
    case StatementKind::kUseDatabase:
    case StatementKind::kShowDatabases:
    case StatementKind::kShowCurrentDatabase:
    case StatementKind::kAlterDatabase:
      return ExecuteDatabaseStatement(statement);
    case StatementKind::kCreateTable:
    case StatementKind::kAlterTable:
    case StatementKind::kDropTable:
    case StatementKind::kShowTables:
    case StatementKind::kShowCreateTable:
    case StatementKind::kDescribeTable:
    case StatementKind::kShowColumns:
      return ExecuteTableStatement(statement);
    case StatementKind::kCreateView:
    case StatementKind::kDropView:
    case StatementKind::kAlterView:
    case StatementKind::kShowViews:
    case StatementKind::kShowCreateView:
      return ExecuteViewStatement(statement);
    case StatementKind::kCreateModel:
    case StatementKind::kAlterModel:
    case StatementKind::kDropModel:
    case StatementKind::kShowModels:
    case StatementKind::kShowCreateModel:
    case StatementKind::kDescribeModel:
    case StatementKind::kShowModelVersions:
    case StatementKind::kShowProviders:
    case StatementKind::kShowModelMetrics:
      return ExecuteModelStatement(statement);
    case StatementKind::kCreateFunction:
    case StatementKind::kDropFunction:
    case StatementKind::kShowFunctions:
    case StatementKind::kDescribeFunction:
    case StatementKind::kQuery:
    case StatementKind::kInsert:
    case StatementKind::kStatementSet:
    case StatementKind::kBeginStatementSet:
    case StatementKind::kEndStatementSet:
    case StatementKind::kExplain:
    case StatementKind::kSet:
    case StatementKind::kReset:
    case StatementKind::kHelp:
    case StatementKind::kQuit:
      return ExecuteSessionStatement(statement);
  }
  return Status::InternalError(
      fmt::format("Unhandled statement kind {}", sql::StatementKindName(statement.kind)));
}

Result<std::pair<std::string, std::string>> StatementExecutor::ResolveDatabase(
    const std::vector<std::string>& parts) {
  if (parts.empty()) return std::make_pair(catalog_->current_catalog(), catalog_->current_database());
  if (parts.size() == 1) return std::make_pair(catalog_->current_catalog(), parts[0]);
  if (parts.size() == 2) return std::make_pair(parts[0], parts[1]);
  return Status::UserError(fmt::format("Invalid database name '{}': expected [catalog.]database.",
                                       fmt::join(parts, ".")));
}

std::vector<std::string> FilterByLike(const std::vector<std::string>& names,
                                      const std::optional<sql::LikeFilter>& like) {
  if (!like) return names;
  std::vector<std::string> kept;
  for (const std::string& name : names) {
    if (MatchesLikePattern(name, like->pattern, like->case_insensitive) != like->negated) {
      kept.push_back(name);
    }
  }
  return kept;
}

OptionMap ToOptionMap(const sql::OptionList& options) {
  OptionMap map;
  for (const auto& [key, value] : options) map[key] = value;
  return map;
}

}  // namespace sluice
