// The statement AST: one plain struct per Flink SQL statement, produced by ParseStatement
// (sql/parser/parser.h) and consumed by the statement executor.
//
// Conventions shared by every struct:
// - Compound names are kept as written, one element per part: `cat.db.m` is {"cat", "db", "m"}
//   (1 to 3 parts; back-quoted parts are unquoted). The executor fills missing parts from the
//   session's current catalog and database.
// - WITH options keep the user's order and spelling (keys and values are unquoted string
//   literals); duplicate keys are kept as written, so the executor decides (Flink: the last wins).
// - Texts that the catalog stores verbatim (computed column expressions, watermark expressions,
//   view and CTAS/CMAS/INSERT queries) are copied byte for byte from the statement's source.
//   Queries are also parsed, and the QueryNode (sql/parser/ast_query.h) is kept next to the
//   text.
// - `line` / `column` (1-based) are the position of the statement's first token; every clause
//   struct that can be named in an error has its own position.
//
// Downcast with `statement.As<CreateModelStatement>()` after checking `kind`.
//
// Ownership: a Statement owns its children. Thread-safety: plain values, no shared state.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sql/parser/ast_query.h"
#include "types/logical_type.h"

namespace sluice::sql {

enum class StatementKind {
  // Catalogs
  kCreateCatalog,
  kDropCatalog,
  kUseCatalog,
  kShowCatalogs,
  kShowCurrentCatalog,
  kDescribeCatalog,
  kAlterCatalog,
  // Databases
  kCreateDatabase,
  kDropDatabase,
  kUseDatabase,
  kShowDatabases,
  kShowCurrentDatabase,
  kAlterDatabase,
  // Tables
  kCreateTable,  // also CTAS (CreateTableStatement::query != nullptr)
  kAlterTable,
  kDropTable,
  kShowTables,
  kShowCreateTable,
  kDescribeTable,
  kShowColumns,
  // Views
  kCreateView,
  kDropView,
  kAlterView,
  kShowViews,
  kShowCreateView,
  // Functions
  kCreateFunction,
  kDropFunction,
  kShowFunctions,
  kDescribeFunction,
  // DML and session
  kQuery,
  kInsert,
  kStatementSet,
  kBeginStatementSet,  // BEGIN STATEMENT SET (the SQL client's multi-statement form)
  kEndStatementSet,    // END
  kExplain,
  kSet,
  kReset,
  kHelp,
  kQuit,
  // Models
  kCreateModel,  // also CREATE MODEL ... AS query (CreateModelStatement::query != nullptr)
  kAlterModel,
  kDropModel,
  kShowModels,
  kShowCreateModel,
  kDescribeModel,
  kShowModelVersions,
  kShowProviders,
  kShowModelMetrics,
};

// A stable name for diagnostics, e.g. "CREATE MODEL".
const char* StatementKindName(StatementKind kind);

// `'key' = 'value'` pairs in the order written.
using OptionList = std::vector<std::pair<std::string, std::string>>;

// `[NOT] LIKE 'p'` / `[NOT] ILIKE 'p'` of the SHOW statements.
struct LikeFilter {
  bool negated = false;
  bool case_insensitive = false;  // ILIKE
  std::string pattern;
};

class Statement {
 public:
  explicit Statement(StatementKind k) : kind(k) {}
  virtual ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  template <typename T>
  const T& As() const {
    return static_cast<const T&>(*this);
  }
  template <typename T>
  T& As() {
    return static_cast<T&>(*this);
  }

  StatementKind kind;
  int line = 0;
  int column = 0;
};

// Declares the boilerplate of a statement struct: its kind constant and constructor.
#define SLUICE_STATEMENT(Name, Kind)                      \
  static constexpr StatementKind kKind = StatementKind::Kind; \
  Name() : Statement(kKind) {}

// ---------------------------------------------------------------------------------------------
// Catalogs

// CREATE CATALOG [IF NOT EXISTS] c [COMMENT '...'] WITH (...)
struct CreateCatalogStatement : Statement {
  SLUICE_STATEMENT(CreateCatalogStatement, kCreateCatalog)
  std::string name;
  bool if_not_exists = false;
  std::optional<std::string> comment;
  OptionList options;
};

// DROP CATALOG [IF EXISTS] c
struct DropCatalogStatement : Statement {
  SLUICE_STATEMENT(DropCatalogStatement, kDropCatalog)
  std::string name;
  bool if_exists = false;
};

// USE CATALOG c
struct UseCatalogStatement : Statement {
  SLUICE_STATEMENT(UseCatalogStatement, kUseCatalog)
  std::string name;
};

// SHOW CATALOGS [[NOT] LIKE|ILIKE 'p']
struct ShowCatalogsStatement : Statement {
  SLUICE_STATEMENT(ShowCatalogsStatement, kShowCatalogs)
  std::optional<LikeFilter> like;
};

// SHOW CURRENT CATALOG
struct ShowCurrentCatalogStatement : Statement {
  SLUICE_STATEMENT(ShowCurrentCatalogStatement, kShowCurrentCatalog)
};

// {DESCRIBE|DESC} CATALOG [EXTENDED] c
struct DescribeCatalogStatement : Statement {
  SLUICE_STATEMENT(DescribeCatalogStatement, kDescribeCatalog)
  std::string name;
  bool extended = false;
};

// ALTER CATALOG c SET (...) | RESET ('k', ...) | COMMENT '...'
struct AlterCatalogStatement : Statement {
  SLUICE_STATEMENT(AlterCatalogStatement, kAlterCatalog)
  enum class Action { kSet, kReset, kComment };
  std::string name;
  Action action = Action::kSet;
  OptionList options;               // kSet
  std::vector<std::string> reset_keys;  // kReset
  std::string comment;              // kComment
};

// ---------------------------------------------------------------------------------------------
// Databases

// CREATE DATABASE [IF NOT EXISTS] [c.]db [COMMENT '...'] [WITH (...)]
struct CreateDatabaseStatement : Statement {
  SLUICE_STATEMENT(CreateDatabaseStatement, kCreateDatabase)
  std::vector<std::string> name;  // 1 or 2 parts
  bool if_not_exists = false;
  std::optional<std::string> comment;
  OptionList options;
};

// DROP DATABASE [IF EXISTS] [c.]db [RESTRICT|CASCADE]
struct DropDatabaseStatement : Statement {
  SLUICE_STATEMENT(DropDatabaseStatement, kDropDatabase)
  std::vector<std::string> name;  // 1 or 2 parts
  bool if_exists = false;
  bool cascade = false;  // RESTRICT (the default) when false
};

// USE [c.]db
struct UseDatabaseStatement : Statement {
  SLUICE_STATEMENT(UseDatabaseStatement, kUseDatabase)
  std::vector<std::string> name;  // 1 or 2 parts
};

// SHOW DATABASES [(FROM|IN) c] [[NOT] LIKE|ILIKE 'p']
struct ShowDatabasesStatement : Statement {
  SLUICE_STATEMENT(ShowDatabasesStatement, kShowDatabases)
  std::optional<std::string> catalog;
  std::optional<LikeFilter> like;
};

// SHOW CURRENT DATABASE
struct ShowCurrentDatabaseStatement : Statement {
  SLUICE_STATEMENT(ShowCurrentDatabaseStatement, kShowCurrentDatabase)
};

// ALTER DATABASE [c.]db SET (...)
struct AlterDatabaseStatement : Statement {
  SLUICE_STATEMENT(AlterDatabaseStatement, kAlterDatabase)
  std::vector<std::string> name;  // 1 or 2 parts
  OptionList options;
};

// ---------------------------------------------------------------------------------------------
// Tables

// One column of CREATE TABLE / ALTER TABLE ADD|MODIFY.
struct ColumnDefinition {
  enum class Kind { kPhysical, kComputed, kMetadata };
  std::string name;
  Kind kind = Kind::kPhysical;
  // Physical and metadata columns: the declared type, with NOT NULL applied (also when the column
  // is declared PRIMARY KEY). Unused (nullable STRING) for computed columns.
  LogicalType type = LogicalType::String();
  std::string expression_sql;  // computed: the expression exactly as written
  // Metadata: the FROM key; std::nullopt when the key is the column name.
  std::optional<std::string> metadata_key;
  bool is_virtual = false;  // metadata columns declared VIRTUAL
  std::optional<std::string> comment;
  int line = 0;
  int column = 0;
};

// [CONSTRAINT n] PRIMARY KEY (a, b) NOT ENFORCED, or a column's PRIMARY KEY NOT ENFORCED.
struct PrimaryKeyDefinition {
  std::optional<std::string> constraint_name;
  std::vector<std::string> columns;
  int line = 0;
  int column = 0;
};

// WATERMARK FOR ts AS expr
struct WatermarkDefinition {
  std::string rowtime_column;  // a dotted path for nested fields
  std::string expression_sql;  // exactly as written
  int line = 0;
  int column = 0;  // of the WATERMARK keyword
};

// LIKE src (INCLUDING ALL OVERWRITING OPTIONS ...)
struct TableLikeClause {
  enum class Strategy { kIncluding, kExcluding, kOverwriting };
  enum class Feature { kAll, kConstraints, kPartitions, kGenerated, kOptions, kWatermarks, kMetadata };
  std::vector<std::string> source;
  std::vector<std::pair<Strategy, Feature>> options;  // in the order written
};

// CREATE [TEMPORARY] TABLE [IF NOT EXISTS] t (...) [COMMENT] [PARTITIONED BY (...)] WITH (...)
//   [LIKE src (...)]
// CREATE [TEMPORARY] TABLE [IF NOT EXISTS] t [(...)] [COMMENT] WITH (...) AS query   (CTAS)
struct CreateTableStatement : Statement {
  SLUICE_STATEMENT(CreateTableStatement, kCreateTable)
  ~CreateTableStatement() override;
  std::vector<std::string> name;
  bool or_replace = false;  // CREATE OR REPLACE TABLE ... AS query
  bool temporary = false;
  bool if_not_exists = false;
  std::vector<ColumnDefinition> columns;
  // Set from a table constraint or from a column's inline PRIMARY KEY.
  std::optional<PrimaryKeyDefinition> primary_key;
  std::optional<WatermarkDefinition> watermark;
  std::optional<std::string> comment;
  std::vector<std::string> partition_keys;
  OptionList options;
  std::optional<TableLikeClause> like;
  // CTAS: the query as written and parsed; empty / null otherwise.
  std::string query_sql;
  std::unique_ptr<QueryNode> query;
};

// ALTER TABLE [IF EXISTS] t SET (...) | RESET ('k', ...) | RENAME TO t2 |
//   ADD (col, ...) | ADD col | MODIFY (col, ...) | MODIFY col | DROP (a, b) | DROP [COLUMN] a |
//   RENAME a TO b | DROP WATERMARK | DROP PRIMARY KEY
struct AlterTableStatement : Statement {
  SLUICE_STATEMENT(AlterTableStatement, kAlterTable)
  enum class Action {
    kSetOptions,
    kResetOptions,
    kRename,
    kAddColumns,      // columns, primary_key, watermark
    kModifyColumns,   // columns, primary_key, watermark
    kDropColumns,     // dropped_columns
    kRenameColumn,    // old_column_name -> new_column_name
    kDropWatermark,
    kDropPrimaryKey,
  };
  std::vector<std::string> name;
  bool if_exists = false;
  Action action = Action::kSetOptions;
  OptionList options;                     // kSetOptions
  std::vector<std::string> reset_keys;    // kResetOptions
  std::vector<std::string> new_name;      // kRename
  std::vector<ColumnDefinition> columns;  // kAddColumns / kModifyColumns
  std::optional<PrimaryKeyDefinition> primary_key;
  std::optional<WatermarkDefinition> watermark;
  std::vector<std::string> dropped_columns;  // kDropColumns
  std::string old_column_name;               // kRenameColumn
  std::string new_column_name;               // kRenameColumn
};

// DROP [TEMPORARY] TABLE [IF EXISTS] t
struct DropTableStatement : Statement {
  SLUICE_STATEMENT(DropTableStatement, kDropTable)
  std::vector<std::string> name;
  bool temporary = false;
  bool if_exists = false;
};

// SHOW TABLES [(FROM|IN) [c.]db] [[NOT] LIKE|ILIKE 'p']
struct ShowTablesStatement : Statement {
  SLUICE_STATEMENT(ShowTablesStatement, kShowTables)
  std::vector<std::string> database;  // empty: the current database; else 1 or 2 parts
  std::optional<LikeFilter> like;
};

// SHOW CREATE TABLE t
struct ShowCreateTableStatement : Statement {
  SLUICE_STATEMENT(ShowCreateTableStatement, kShowCreateTable)
  std::vector<std::string> name;
};

// {DESCRIBE|DESC} [EXTENDED] t
struct DescribeTableStatement : Statement {
  SLUICE_STATEMENT(DescribeTableStatement, kDescribeTable)
  std::vector<std::string> name;
  bool extended = false;
};

// SHOW COLUMNS (FROM|IN) t [[NOT] LIKE|ILIKE 'p']
struct ShowColumnsStatement : Statement {
  SLUICE_STATEMENT(ShowColumnsStatement, kShowColumns)
  std::vector<std::string> table;
  std::optional<LikeFilter> like;
};

// ---------------------------------------------------------------------------------------------
// Views

// CREATE [TEMPORARY] VIEW [IF NOT EXISTS] v [(a, b)] [COMMENT '...'] AS query
struct CreateViewStatement : Statement {
  SLUICE_STATEMENT(CreateViewStatement, kCreateView)
  ~CreateViewStatement() override;
  std::vector<std::string> name;
  bool temporary = false;
  bool if_not_exists = false;
  std::vector<std::string> column_names;  // empty when not given
  std::optional<std::string> comment;
  std::string query_sql;
  std::unique_ptr<QueryNode> query;
};

// DROP [TEMPORARY] VIEW [IF EXISTS] v
struct DropViewStatement : Statement {
  SLUICE_STATEMENT(DropViewStatement, kDropView)
  std::vector<std::string> name;
  bool temporary = false;
  bool if_exists = false;
};

// ALTER VIEW v RENAME TO v2 | ALTER VIEW v AS query
struct AlterViewStatement : Statement {
  SLUICE_STATEMENT(AlterViewStatement, kAlterView)
  ~AlterViewStatement() override;
  enum class Action { kRename, kAs };
  std::vector<std::string> name;
  Action action = Action::kRename;
  std::vector<std::string> new_name;  // kRename
  std::string query_sql;              // kAs
  std::unique_ptr<QueryNode> query;   // kAs
};

// SHOW VIEWS [(FROM|IN) [c.]db] [[NOT] LIKE|ILIKE 'p']
struct ShowViewsStatement : Statement {
  SLUICE_STATEMENT(ShowViewsStatement, kShowViews)
  std::vector<std::string> database;
  std::optional<LikeFilter> like;
};

// SHOW CREATE VIEW v
struct ShowCreateViewStatement : Statement {
  SLUICE_STATEMENT(ShowCreateViewStatement, kShowCreateView)
  std::vector<std::string> name;
};

// ---------------------------------------------------------------------------------------------
// Functions

// CREATE [TEMPORARY [SYSTEM]] FUNCTION [IF NOT EXISTS] f AS 'class' [LANGUAGE JAVA|SCALA|PYTHON]
struct CreateFunctionStatement : Statement {
  SLUICE_STATEMENT(CreateFunctionStatement, kCreateFunction)
  std::vector<std::string> name;
  bool temporary = false;
  bool system = false;
  bool if_not_exists = false;
  std::string class_name;
  std::optional<std::string> language;  // upper-cased
};

// DROP [TEMPORARY [SYSTEM]] FUNCTION [IF EXISTS] f
struct DropFunctionStatement : Statement {
  SLUICE_STATEMENT(DropFunctionStatement, kDropFunction)
  std::vector<std::string> name;
  bool temporary = false;
  bool system = false;
  bool if_exists = false;
};

// SHOW [USER] FUNCTIONS [(FROM|IN) [c.]db] [[NOT] LIKE|ILIKE 'p']
struct ShowFunctionsStatement : Statement {
  SLUICE_STATEMENT(ShowFunctionsStatement, kShowFunctions)
  bool user_only = false;
  std::vector<std::string> database;
  std::optional<LikeFilter> like;
};

// {DESCRIBE|DESC} FUNCTION [EXTENDED] f
struct DescribeFunctionStatement : Statement {
  SLUICE_STATEMENT(DescribeFunctionStatement, kDescribeFunction)
  std::vector<std::string> name;
  bool extended = false;
};

// ---------------------------------------------------------------------------------------------
// DML and session statements

// A bare query (SELECT / WITH / VALUES / parenthesised query), or EXECUTE query.
struct QueryStatement : Statement {
  SLUICE_STATEMENT(QueryStatement, kQuery)
  ~QueryStatement() override;
  std::string query_sql;
  std::unique_ptr<QueryNode> query;
};

// INSERT {INTO|OVERWRITE} t [PARTITION (k = v, ...)] [(a, b)] query, or EXECUTE INSERT ...
struct InsertStatement : Statement {
  SLUICE_STATEMENT(InsertStatement, kInsert)
  ~InsertStatement() override;
  bool overwrite = false;
  std::vector<std::string> target;
  // PARTITION (k = v): the literal's value as text ('x' -> x, 1 -> 1, NULL -> NULL).
  std::vector<std::pair<std::string, std::string>> static_partitions;
  std::vector<std::string> column_list;  // empty when not given
  std::string query_sql;
  std::unique_ptr<QueryNode> query;
};

// [EXECUTE] STATEMENT SET BEGIN insert; insert; ... END  (BEGIN STATEMENT SET; ... END; too)
struct StatementSetStatement : Statement {
  SLUICE_STATEMENT(StatementSetStatement, kStatementSet)
  ~StatementSetStatement() override;
  std::vector<std::unique_ptr<InsertStatement>> inserts;
};

// BEGIN STATEMENT SET: the SQL client collects the following INSERTs until END.
struct BeginStatementSetStatement : Statement {
  SLUICE_STATEMENT(BeginStatementSetStatement, kBeginStatementSet)
};

// END: closes BEGIN STATEMENT SET and runs the collected INSERTs as one job.
struct EndStatementSetStatement : Statement {
  SLUICE_STATEMENT(EndStatementSetStatement, kEndStatementSet)
};

// EXPLAIN [PLAN FOR | detail, ...] statement, where statement is a query, an INSERT or a
// statement set.
struct ExplainStatement : Statement {
  SLUICE_STATEMENT(ExplainStatement, kExplain)
  ~ExplainStatement() override;
  bool plan_for = false;
  // Upper-cased: ESTIMATED_COST, CHANGELOG_MODE, PLAN_ADVICE, JSON_EXECUTION_PLAN.
  std::vector<std::string> details;
  std::unique_ptr<Statement> statement;
};

// SET | SET 'k' = 'v'
struct SetStatement : Statement {
  SLUICE_STATEMENT(SetStatement, kSet)
  std::optional<std::string> key;    // std::nullopt: list all options
  std::optional<std::string> value;  // present whenever key is
};

// RESET | RESET 'k'
struct ResetStatement : Statement {
  SLUICE_STATEMENT(ResetStatement, kReset)
  std::optional<std::string> key;  // std::nullopt: reset all
};

// HELP
struct HelpStatement : Statement {
  SLUICE_STATEMENT(HelpStatement, kHelp)
};

// QUIT | EXIT
struct QuitStatement : Statement {
  SLUICE_STATEMENT(QuitStatement, kQuit)
};

// ---------------------------------------------------------------------------------------------
// Models (SPEC-models.md §1, §6)

// One INPUT or OUTPUT column of CREATE MODEL.
struct ModelColumnDefinition {
  std::string name;
  LogicalType type = LogicalType::String();  // NOT NULL applied
  // OUTPUT only: `METADATA FROM 'key'` (error columns, e.g. 'error-string').
  std::optional<std::string> metadata_key;
  std::optional<std::string> comment;
  int line = 0;
  int column = 0;
};

// CREATE [OR REPLACE] [TEMPORARY] MODEL [IF NOT EXISTS] [c.][db.]m
//   [INPUT (...)] [OUTPUT (...)] [COMMENT '...'] WITH (...) [AS query]
// The parser has checked Flink's rules: INPUT and OUTPUT together, no duplicate column names,
// non-empty WITH, no INPUT/OUTPUT with AS.
struct CreateModelStatement : Statement {
  SLUICE_STATEMENT(CreateModelStatement, kCreateModel)
  ~CreateModelStatement() override;
  std::vector<std::string> name;  // the last part may carry a version (`m$2`), as written
  bool or_replace = false;
  bool temporary = false;
  bool if_not_exists = false;
  std::vector<ModelColumnDefinition> input_columns;
  std::vector<ModelColumnDefinition> output_columns;
  std::optional<std::string> comment;
  OptionList options;  // never empty
  // CREATE MODEL ... AS query (training): the query as written and parsed; empty / null otherwise.
  std::string query_sql;
  std::unique_ptr<QueryNode> query;
};

// ALTER MODEL [IF EXISTS] m SET (...) | RESET ('k', ...) | RENAME TO m2
struct AlterModelStatement : Statement {
  SLUICE_STATEMENT(AlterModelStatement, kAlterModel)
  enum class Action { kSet, kReset, kRename };
  std::vector<std::string> name;
  bool if_exists = false;
  Action action = Action::kSet;
  OptionList options;                   // kSet, never empty
  std::vector<std::string> reset_keys;  // kReset, never empty
  std::vector<std::string> new_name;    // kRename, 1 to 3 parts as written
};

// DROP [TEMPORARY] MODEL [IF EXISTS] m
struct DropModelStatement : Statement {
  SLUICE_STATEMENT(DropModelStatement, kDropModel)
  std::vector<std::string> name;
  bool temporary = false;
  bool if_exists = false;
};

// SHOW MODELS [(FROM|IN) [c.]db] [[NOT] LIKE|ILIKE 'p']
struct ShowModelsStatement : Statement {
  SLUICE_STATEMENT(ShowModelsStatement, kShowModels)
  std::vector<std::string> database;  // empty: the current database; else 1 or 2 parts
  std::optional<LikeFilter> like;
};

// SHOW CREATE MODEL m
struct ShowCreateModelStatement : Statement {
  SLUICE_STATEMENT(ShowCreateModelStatement, kShowCreateModel)
  std::vector<std::string> name;
};

// {DESCRIBE|DESC} MODEL [EXTENDED] m
struct DescribeModelStatement : Statement {
  SLUICE_STATEMENT(DescribeModelStatement, kDescribeModel)
  std::vector<std::string> name;
  bool extended = false;
};

// SHOW MODEL VERSIONS m
struct ShowModelVersionsStatement : Statement {
  SLUICE_STATEMENT(ShowModelVersionsStatement, kShowModelVersions)
  std::vector<std::string> name;
};

// SHOW PROVIDERS
struct ShowProvidersStatement : Statement {
  SLUICE_STATEMENT(ShowProvidersStatement, kShowProviders)
};

// SHOW MODEL METRICS [m]
struct ShowModelMetricsStatement : Statement {
  SLUICE_STATEMENT(ShowModelMetricsStatement, kShowModelMetrics)
  std::vector<std::string> name;  // empty: every model
};

#undef SLUICE_STATEMENT

}  // namespace sluice::sql
