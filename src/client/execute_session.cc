// Session statements (SET, RESET, HELP, QUIT), functions, and statements that run queries.
#include <fmt/format.h>

#include "client/help_text.h"
#include "client/result_table_builder.h"
#include "client/statement_executor.h"

namespace sluice {

using sql::StatementKind;

namespace {

// Statements whose execution needs the query engine (planner, operators, connectors).
Status NeedsQueryEngine(StatementKind kind) {
  const char* what = kind == StatementKind::kQuery          ? "Running a query"
                     : kind == StatementKind::kInsert       ? "INSERT"
                     : kind == StatementKind::kStatementSet ? "EXECUTE STATEMENT SET"
                     : kind == StatementKind::kBeginStatementSet ? "BEGIN STATEMENT SET"
                     : kind == StatementKind::kEndStatementSet   ? "END (of a statement set)"
                     : kind == StatementKind::kExplain      ? "EXPLAIN"
                     : kind == StatementKind::kShowFunctions ? "SHOW FUNCTIONS"
                                                             : sql::StatementKindName(kind);
  return Status::UserError(fmt::format(
      "{} is not supported yet: this build parses and checks queries but has no execution "
      "engine.",
      what));
}

}  // namespace

Result<StatementResult> StatementExecutor::ExecuteSessionStatement(const sql::Statement& statement) {
  switch (statement.kind) {
    case StatementKind::kSet: {
      const auto& set = statement.As<sql::SetStatement>();
      if (!set.key) {
        ResultTable table = MakeStringTable({"key", "value"});
        for (const auto& [key, value] : config_.Entries()) table.rows.push_back({key, value});
        return RowsResult(std::move(table));
      }
      SLUICE_RETURN_NOT_OK(config_.Set(*set.key, set.value.value_or("")));
      return StatementResult{};
    }
    case StatementKind::kReset: {
      const auto& reset = statement.As<sql::ResetStatement>();
      if (reset.key) {
        config_.Reset(*reset.key);
      } else {
        config_.ResetAll();
      }
      return StatementResult{};
    }
    case StatementKind::kHelp: {
      StatementResult result;
      result.info_message = HelpText();
      return result;
    }
    case StatementKind::kQuit: {
      StatementResult result;
      result.kind = StatementResult::Kind::kQuit;
      result.info_message = "Exiting Sluice.";
      return result;
    }
    case StatementKind::kCreateFunction:
      return Status::UserError(
          "CREATE FUNCTION is not supported: Sluice runs no Java or Python user-defined "
          "functions.");
    case StatementKind::kDropFunction: {
      const auto& drop = statement.As<sql::DropFunctionStatement>();
      if (drop.if_exists) return StatementResult{};
      return Status::UserError(fmt::format("Function {} doesn't exist.", fmt::join(drop.name, ".")));
    }
    default:
      return NeedsQueryEngine(statement.kind);
  }
}

}  // namespace sluice
