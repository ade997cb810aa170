// Turns the CREATE TABLE / ALTER TABLE AST into a checked CatalogTable: columns, primary key,
// watermark, partitions, options, and the LIKE clause (Flink's merging strategies).
#pragma once

#include <optional>

#include "catalog/catalog_objects.h"
#include "sql/parser/ast_query.h"
#include "sql/parser/ast_statement.h"

namespace sluice {

TableColumn ToTableColumn(const sql::ColumnDefinition& definition);
PrimaryKey ToPrimaryKey(const sql::PrimaryKeyDefinition& definition);

// Builds the table of a CREATE TABLE statement. `like_source` is the table its LIKE clause names
// (nullptr without LIKE). Errors name the offending column or clause, as Flink's do.
Result<CatalogTable> BuildCatalogTable(const sql::CreateTableStatement& statement,
                                       const CatalogTable* like_source);

// Checks what a table's parts refer to: primary-key, watermark and partition columns exist, the
// primary key is on physical columns, and column names are unique. Primary-key columns become
// NOT NULL, as in Flink.
Status ValidateTable(CatalogTable& table);

// Applies ALTER TABLE ADD / MODIFY / DROP / RENAME column, DROP WATERMARK / PRIMARY KEY.
Status ApplyColumnChange(const sql::AlterTableStatement& statement, CatalogTable& table);

}  // namespace sluice
