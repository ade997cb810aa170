// Session statements (SET, RESET, HELP, QUIT), functions, and statements that run queries.
#include <fmt/format.h>

#include "client/help_text.h"
#include "client/query_runner.h"
#include "function/function_registry.h"
#include "sql/parser/reserved_words.h"
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
    case StatementKind::kQuery:
      return query_runner_->RunQuery(statement.As<sql::QueryStatement>(), on_rows_);
    case StatementKind::kInsert:
      return query_runner_->RunInsert(statement.As<sql::InsertStatement>());
    case StatementKind::kStatementSet:
      return query_runner_->RunStatementSet(statement.As<sql::StatementSetStatement>());
    case StatementKind::kExplain:
      return query_runner_->Explain(statement.As<sql::ExplainStatement>());
    case StatementKind::kShowFunctions: {
      const auto& show = statement.As<sql::ShowFunctionsStatement>();
      std::vector<std::string> names;
      if (!show.user_only) {
        for (const FunctionDescription& function : FunctionRegistry::Builtins().List()) {
          names.push_back(function.name);
        }
      }
      return RowsResult(NameTable("function name", FilterByLike(names, show.like)));
    }
    case StatementKind::kDescribeFunction: {
      const auto& describe = statement.As<sql::DescribeFunctionStatement>();
      const std::string name = describe.name.empty() ? "" : describe.name.back();
      for (const FunctionDescription& function : FunctionRegistry::Builtins().List()) {
        if (sql::EqualsIgnoreCase(function.name, name)) {
          ResultTable table = MakeStringTable({"info name", "info value"});
          table.rows.push_back({"name", function.name});
          table.rows.push_back({"signature", function.signature});
          table.rows.push_back({"description", function.description});
          return RowsResult(std::move(table));
        }
      }
      return Status::UserError(fmt::format("Function '{}' does not exist.", name));
    }
    default:
      return NeedsQueryEngine(statement.kind);
  }
}

}  // namespace sluice
