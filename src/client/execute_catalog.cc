// CREATE / DROP / USE / SHOW / DESCRIBE / ALTER of catalogs and databases.
#include <fmt/format.h>

#include "client/result_table_builder.h"
#include "client/statement_executor.h"

namespace sluice {

using sql::StatementKind;

namespace {

StatementResult Success() { return StatementResult{}; }

}  // namespace

Result<StatementResult> StatementExecutor::ExecuteCatalogStatement(const sql::Statement& statement) {
  switch (statement.kind) {
    case StatementKind::kCreateCatalog: {
      const auto& create = statement.As<sql::CreateCatalogStatement>();
      SLUICE_RETURN_NOT_OK(catalog_->CreateCatalog(create.name, ToOptionMap(create.options),
                                                   create.comment.value_or(""),
                                                   create.if_not_exists));
      return Success();
    }
    case StatementKind::kDropCatalog: {
      const auto& drop = statement.As<sql::DropCatalogStatement>();
      SLUICE_RETURN_NOT_OK(catalog_->DropCatalog(drop.name, drop.if_exists));
      return Success();
    }
    case StatementKind::kUseCatalog:
      SLUICE_RETURN_NOT_OK(catalog_->UseCatalog(statement.As<sql::UseCatalogStatement>().name));
      return Success();
    case StatementKind::kShowCatalogs: {
      SLUICE_ASSIGN_OR_RETURN(std::vector<std::string> names, catalog_->ListCatalogs());
      return RowsResult(
          NameTable("catalog name", FilterByLike(names, statement.As<sql::ShowCatalogsStatement>().like)));
    }
    case StatementKind::kShowCurrentCatalog:
      return RowsResult(NameTable("current catalog name", {catalog_->current_catalog()}));
    case StatementKind::kDescribeCatalog: {
      const auto& describe = statement.As<sql::DescribeCatalogStatement>();
      SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogDescriptor> descriptor,
                              catalog_->GetCatalog(describe.name));
      if (!descriptor) {
        return Status::UserError(
            fmt::format("Cannot obtain metadata information from Catalog {}.", describe.name));
      }
      ResultTable table = MakeStringTable({"info name", "info value"});
      table.rows.push_back({"name", descriptor->name});
      table.rows.push_back({"type", descriptor->type});
      table.rows.push_back({"comment", descriptor->comment});
      if (describe.extended) {
        for (const auto& [key, value] : descriptor->options) {
          table.rows.push_back({"option:" + key, value});
        }
      }
      return RowsResult(std::move(table));
    }
    case StatementKind::kAlterCatalog:
      return Status::UserError(
          "ALTER CATALOG is not supported: catalog options are fixed when the catalog is created.");
    default:
      break;
  }
  return Status::InternalError("not a catalog statement");
}

Result<StatementResult> StatementExecutor::ExecuteDatabaseStatement(
    const sql::Statement& statement) {
  switch (statement.kind) {
    case StatementKind::kCreateDatabase: {
      const auto& create = statement.As<sql::CreateDatabaseStatement>();
      SLUICE_ASSIGN_OR_RETURN(auto database, ResolveDatabase(create.name));
      SLUICE_RETURN_NOT_OK(catalog_->CreateDatabase(database.first, database.second,
                                                    create.comment.value_or(""),
                                                    ToOptionMap(create.options),
                                                    create.if_not_exists));
      return Success();
    }
    case StatementKind::kDropDatabase: {
      const auto& drop = statement.As<sql::DropDatabaseStatement>();
      SLUICE_ASSIGN_OR_RETURN(auto database, ResolveDatabase(drop.name));
      SLUICE_RETURN_NOT_OK(
          catalog_->DropDatabase(database.first, database.second, drop.if_exists, drop.cascade));
      return Success();
    }
    case StatementKind::kUseDatabase: {
      SLUICE_ASSIGN_OR_RETURN(auto database,
                              ResolveDatabase(statement.As<sql::UseDatabaseStatement>().name));
      SLUICE_RETURN_NOT_OK(catalog_->UseDatabase(database.first, database.second));
      return Success();
    }
    case StatementKind::kShowDatabases: {
      const auto& show = statement.As<sql::ShowDatabasesStatement>();
      SLUICE_ASSIGN_OR_RETURN(std::vector<std::string> names,
                              catalog_->ListDatabases(show.catalog.value_or(catalog_->current_catalog())));
      return RowsResult(NameTable("database name", FilterByLike(names, show.like)));
    }
    case StatementKind::kShowCurrentDatabase:
      return RowsResult(NameTable("current database name", {catalog_->current_database()}));
    case StatementKind::kAlterDatabase: {
      const auto& alter = statement.As<sql::AlterDatabaseStatement>();
      SLUICE_ASSIGN_OR_RETURN(auto database, ResolveDatabase(alter.name));
      SLUICE_RETURN_NOT_OK(
          catalog_->AlterDatabase(database.first, database.second, ToOptionMap(alter.options)));
      return Success();
    }
    default:
      break;
  }
  return Status::InternalError("not a database statement");
}

}  // namespace sluice
