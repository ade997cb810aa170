#include "sql/parser/ast_statement.h"

#include "sql/parser/ast_query.h"

namespace sluice::sql {

// Out of line so that the header needs only a declaration of QueryNode.
Statement::~Statement() = default;
CreateTableStatement::~CreateTableStatement() = default;
CreateViewStatement::~CreateViewStatement() = default;
AlterViewStatement::~AlterViewStatement() = default;
QueryStatement::~QueryStatement() = default;
InsertStatement::~InsertStatement() = default;
StatementSetStatement::~StatementSetStatement() = default;
ExplainStatement::~ExplainStatement() = default;
CreateModelStatement::~CreateModelStatement() = default;

const char* StatementKindName(StatementKind kind) {
  switch (kind) {
    case StatementKind::kCreateCatalog: return "CREATE CATALOG";
    case StatementKind::kDropCatalog: return "DROP CATALOG";
    case StatementKind::kUseCatalog: return "USE CATALOG";
    case StatementKind::kShowCatalogs: return "SHOW CATALOGS";
    case StatementKind::kShowCurrentCatalog: return "SHOW CURRENT CATALOG";
    case StatementKind::kDescribeCatalog: return "DESCRIBE CATALOG";
    case StatementKind::kAlterCatalog: return "ALTER CATALOG";
    case StatementKind::kCreateDatabase: return "CREATE DATABASE";
    case StatementKind::kDropDatabase: return "DROP DATABASE";
    case StatementKind::kUseDatabase: return "USE";
    case StatementKind::kShowDatabases: return "SHOW DATABASES";
    case StatementKind::kShowCurrentDatabase: return "SHOW CURRENT DATABASE";
    case StatementKind::kAlterDatabase: return "ALTER DATABASE";
    case StatementKind::kCreateTable: return "CREATE TABLE";
    case StatementKind::kAlterTable: return "ALTER TABLE";
    case StatementKind::kDropTable: return "DROP TABLE";
    case StatementKind::kShowTables: return "SHOW TABLES";
    case StatementKind::kShowCreateTable: return "SHOW CREATE TABLE";
    case StatementKind::kDescribeTable: return "DESCRIBE";
    case StatementKind::kShowColumns: return "SHOW COLUMNS";
    case StatementKind::kCreateView: return "CREATE VIEW";
    case StatementKind::kDropView: return "DROP VIEW";
    case StatementKind::kAlterView: return "ALTER VIEW";
    case StatementKind::kShowViews: return "SHOW VIEWS";
    case StatementKind::kShowCreateView: return "SHOW CREATE VIEW";
    case StatementKind::kCreateFunction: return "CREATE FUNCTION";
    case StatementKind::kDropFunction: return "DROP FUNCTION";
    case StatementKind::kShowFunctions: return "SHOW FUNCTIONS";
    case StatementKind::kDescribeFunction: return "DESCRIBE FUNCTION";
    case StatementKind::kQuery: return "QUERY";
    case StatementKind::kInsert: return "INSERT";
    case StatementKind::kStatementSet: return "STATEMENT SET";
    case StatementKind::kBeginStatementSet: return "BEGIN STATEMENT SET";
    case StatementKind::kEndStatementSet: return "END";
    case StatementKind::kExplain: return "EXPLAIN";
    case StatementKind::kSet: return "SET";
    case StatementKind::kReset: return "RESET";
    case StatementKind::kHelp: return "HELP";
    case StatementKind::kQuit: return "QUIT";
    case StatementKind::kCreateModel: return "CREATE MODEL";
    case StatementKind::kAlterModel: return "ALTER MODEL";
    case StatementKind::kDropModel: return "DROP MODEL";
    case StatementKind::kShowModels: return "SHOW MODELS";
    case StatementKind::kShowCreateModel: return "SHOW CREATE MODEL";
    case StatementKind::kDescribeModel: return "DESCRIBE MODEL";
    case StatementKind::kShowModelVersions: return "SHOW MODEL VERSIONS";
    case StatementKind::kShowProviders: return "SHOW PROVIDERS";
    case StatementKind::kShowModelMetrics: return "SHOW MODEL METRICS";
  }
  return "UNKNOWN";
}

}  // namespace sluice::sql
