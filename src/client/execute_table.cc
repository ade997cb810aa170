// Tables and views: CREATE / ALTER / DROP / SHOW / SHOW CREATE / DESCRIBE.
#include <fmt/format.h>

#include "client/result_table_builder.h"
#include "client/statement_executor.h"
#include "client/table_definition.h"
#include "client/table_presenter.h"
#include "common/like_pattern.h"
#include "connectors/connector.h"

namespace sluice {

using sql::StatementKind;

namespace {

Status NotSupportedWithoutEngine(const char* what) {
  return Status::UserError(fmt::format(
      "{} is not supported yet: it needs query execution, which this build does not have.",
      what));
}

// The named connector checks its options (unknown, missing, bad values) when a table is created
// or altered. A table without a 'connector' option is accepted, as in Flink: it fails when a
// query reads or writes it.
Status ValidateConnectorOptions(const CatalogTable& table) {
  if (table.options.count("connector") == 0) return Status::OK();
  return ConnectorRegistry::Builtins().ValidateTable(table);
}

}  // namespace

Result<StatementResult> StatementExecutor::CreateTable(const sql::CreateTableStatement& create) {
  if (create.query) return NotSupportedWithoutEngine("CREATE TABLE ... AS SELECT");
  SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id, catalog_->Qualify(create.name));
  std::optional<CatalogTable> like_source;
  if (create.like) {
    SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier source_id, catalog_->Qualify(create.like->source));
    SLUICE_ASSIGN_OR_RETURN(like_source, catalog_->GetTable(source_id));
    if (!like_source) {
      return Status::UserError(fmt::format("Source table '{}' of the LIKE clause not found.",
                                           source_id.ToString()));
    }
  }
  SLUICE_ASSIGN_OR_RETURN(CatalogTable table,
                          BuildCatalogTable(create, like_source ? &*like_source : nullptr));
  SLUICE_RETURN_NOT_OK(ValidateConnectorOptions(table));
  SLUICE_RETURN_NOT_OK(catalog_->CreateTable(id, table, create.if_not_exists, create.temporary));
  return StatementResult{};
}

Result<StatementResult> StatementExecutor::AlterTable(const sql::AlterTableStatement& alter) {
  using Action = sql::AlterTableStatement::Action;
  SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id, catalog_->Qualify(alter.name));
  if (alter.action == Action::kRename) {
    SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier new_id, catalog_->Qualify(alter.new_name));
    SLUICE_RETURN_NOT_OK(catalog_->RenameTable(id, new_id, alter.if_exists));
    return StatementResult{};
  }
  SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogTable> table, catalog_->GetTable(id));
  if (!table) {
    if (alter.if_exists) return StatementResult{};
    return Status::UserError(fmt::format("Table `{}`.`{}`.`{}` doesn't exist or is a temporary table.",
                                         id.catalog, id.database, id.name));
  }
  switch (alter.action) {
    case Action::kSetOptions:
      if (alter.options.empty()) {
        return Status::UserError("ALTER TABLE SET does not support empty option.");
      }
      for (const auto& [key, value] : alter.options) table->options[key] = value;
      break;
    case Action::kResetOptions:
      if (alter.reset_keys.empty()) {
        return Status::UserError("ALTER TABLE RESET does not support empty key.");
      }
      for (const std::string& key : alter.reset_keys) {
        if (key == "connector") {
          return Status::UserError("ALTER TABLE RESET does not support changing 'connector'");
        }
        table->options.erase(key);
      }
      break;
    default:
      SLUICE_RETURN_NOT_OK(ApplyColumnChange(alter, *table));
      break;
  }
  SLUICE_RETURN_NOT_OK(ValidateConnectorOptions(*table));
  SLUICE_RETURN_NOT_OK(catalog_->AlterTable(id, *table, alter.if_exists));
  return StatementResult{};
}

Result<StatementResult> StatementExecutor::ExecuteTableStatement(const sql::Statement& statement) {
  switch (statement.kind) {
    case StatementKind::kCreateTable:
      return CreateTable(statement.As<sql::CreateTableStatement>());
    case StatementKind::kAlterTable:
      return AlterTable(statement.As<sql::AlterTableStatement>());
    case StatementKind::kDropTable: {
      const auto& drop = statement.As<sql::DropTableStatement>();
      SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id, catalog_->Qualify(drop.name));
      SLUICE_RETURN_NOT_OK(catalog_->DropTable(id, drop.if_exists, drop.temporary));
      return StatementResult{};
    }
    case StatementKind::kShowTables: {
      const auto& show = statement.As<sql::ShowTablesStatement>();
      SLUICE_ASSIGN_OR_RETURN(auto database, ResolveDatabase(show.database));
      SLUICE_ASSIGN_OR_RETURN(std::vector<std::string> names,
                              catalog_->ListTables(database.first, database.second));
      return RowsResult(NameTable("table name", FilterByLike(names, show.like)));
    }
    case StatementKind::kShowCreateTable: {
      SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id,
                              catalog_->Qualify(statement.As<sql::ShowCreateTableStatement>().name));
      SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogTable> table, catalog_->GetTable(id));
      if (!table) {
        SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogView> view, catalog_->GetView(id));
        if (view) {
          return Status::UserError(fmt::format(
              "SHOW CREATE TABLE is only supported for tables, but {} is a view. Please use SHOW "
              "CREATE VIEW instead.",
              id.ToQuotedString()));
        }
        return Status::UserError(fmt::format(
            "Could not execute SHOW CREATE TABLE. Table with identifier {} does not exist.",
            id.ToQuotedString()));
      }
      return RowsResult(NameTable("result", {ShowCreateTable(id, *table, catalog_->IsTemporary(id))}));
    }
    case StatementKind::kDescribeTable:
    case StatementKind::kShowColumns: {
      const bool is_describe = statement.kind == StatementKind::kDescribeTable;
      const std::vector<std::string>& name =
          is_describe ? statement.As<sql::DescribeTableStatement>().name
                      : statement.As<sql::ShowColumnsStatement>().table;
      SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id, catalog_->Qualify(name));
      SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogTable> table, catalog_->GetTable(id));
      if (!table) {
        SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogView> view, catalog_->GetView(id));
        if (view) {
          return NotSupportedWithoutEngine("Describing a view (its schema comes from its query)");
        }
        return Status::UserError(fmt::format(
            "Tables or views with the identifier '{}' doesn't exist.", id.ToString()));
      }
      ResultTable described = DescribeTable(*table);
      if (!is_describe) {
        const auto& like = statement.As<sql::ShowColumnsStatement>().like;
        if (like) {
          std::vector<std::vector<std::optional<std::string>>> kept;
          for (auto& row : described.rows) {
            if (MatchesLikePattern(*row[0], like->pattern, like->case_insensitive) != like->negated) {
              kept.push_back(std::move(row));
            }
          }
          described.rows = std::move(kept);
        }
      }
      return RowsResult(std::move(described));
    }
    default:
      break;
  }
  return Status::InternalError("not a table statement");
}

Result<StatementResult> StatementExecutor::ExecuteViewStatement(const sql::Statement& statement) {
  switch (statement.kind) {
    case StatementKind::kCreateView: {
      const auto& create = statement.As<sql::CreateViewStatement>();
      SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id, catalog_->Qualify(create.name));
      CatalogView view{create.query_sql, create.column_names, create.comment.value_or("")};
      SLUICE_RETURN_NOT_OK(catalog_->CreateView(id, view, create.if_not_exists, create.temporary));
      return StatementResult{};
    }
    case StatementKind::kDropView: {
      const auto& drop = statement.As<sql::DropViewStatement>();
      SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id, catalog_->Qualify(drop.name));
      SLUICE_RETURN_NOT_OK(catalog_->DropView(id, drop.if_exists, drop.temporary));
      return StatementResult{};
    }
    case StatementKind::kAlterView: {
      const auto& alter = statement.As<sql::AlterViewStatement>();
      SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id, catalog_->Qualify(alter.name));
      if (alter.action == sql::AlterViewStatement::Action::kRename) {
        SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier new_id, catalog_->Qualify(alter.new_name));
        SLUICE_RETURN_NOT_OK(catalog_->RenameView(id, new_id, false));
        return StatementResult{};
      }
      SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogView> view, catalog_->GetView(id));
      if (!view) {
        return Status::UserError(fmt::format("View {} doesn't exist.", id.ToQuotedString()));
      }
      view->query = alter.query_sql;
      SLUICE_RETURN_NOT_OK(catalog_->AlterView(id, *view, false));
      return StatementResult{};
    }
    case StatementKind::kShowViews: {
      const auto& show = statement.As<sql::ShowViewsStatement>();
      SLUICE_ASSIGN_OR_RETURN(auto database, ResolveDatabase(show.database));
      SLUICE_ASSIGN_OR_RETURN(std::vector<std::string> names,
                              catalog_->ListViews(database.first, database.second));
      return RowsResult(NameTable("view name", FilterByLike(names, show.like)));
    }
    case StatementKind::kShowCreateView: {
      SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id,
                              catalog_->Qualify(statement.As<sql::ShowCreateViewStatement>().name));
      SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogView> view, catalog_->GetView(id));
      if (!view) {
        SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogTable> table, catalog_->GetTable(id));
        if (table) {
          return Status::UserError(fmt::format(
              "SHOW CREATE VIEW is only supported for views, but {} is a table. Please use SHOW "
              "CREATE TABLE instead.",
              id.ToQuotedString()));
        }
        return Status::UserError(fmt::format(
            "Could not execute SHOW CREATE VIEW. View with identifier {} does not exist.",
            id.ToQuotedString()));
      }
      return RowsResult(NameTable("result", {ShowCreateView(id, *view, catalog_->IsTemporary(id))}));
    }
    default:
      break;
  }
  return Status::InternalError("not a view statement");
}

}  // namespace sluice
