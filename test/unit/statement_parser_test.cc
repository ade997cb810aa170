// Tests of ParseStatement for catalog, database, table, view, function, DML and session
// statements (model statements: model_parser_test.cc).
#include <gtest/gtest.h>

#include "sql/parser/parser.h"

namespace sluice::sql {
namespace {

using Names = std::vector<std::string>;

// Parses `sql`, expects success and a statement of type T.
template <typename T>
std::unique_ptr<T> ParseAs(std::string_view sql) {
  auto result = ParseStatement(sql);
  if (!result.ok()) {
    ADD_FAILURE() << "parse failed for: " << sql << "\n  " << result.status().message() << " at "
                  << result.status().line() << ":" << result.status().column();
    return nullptr;
  }
  std::unique_ptr<Statement> statement = std::move(result).value();
  if (statement->kind != T::kKind) {
    ADD_FAILURE() << "wrong kind for: " << sql << ": " << StatementKindName(statement->kind);
    return nullptr;
  }
  return std::unique_ptr<T>(static_cast<T*>(statement.release()));
}

Status ParseError(std::string_view sql) {
  auto result = ParseStatement(sql);
  if (result.ok()) {
    ADD_FAILURE() << "expected an error for: " << sql;
    return Status::OK();
  }
  EXPECT_EQ(result.status().code(), StatusCode::kUserError);
  return result.status();
}

// ------------------------------------------------------------------------------- catalogs

TEST(CatalogStatementTest, CreateCatalog) {
  auto s = ParseAs<CreateCatalogStatement>(
      "CREATE CATALOG IF NOT EXISTS my_cat COMMENT 'hi' WITH ('type' = 'generic_in_memory')");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->name, "my_cat");
  EXPECT_TRUE(s->if_not_exists);
  EXPECT_EQ(s->comment, "hi");
  ASSERT_EQ(s->options.size(), 1u);
  EXPECT_EQ(s->options[0].first, "type");
  EXPECT_EQ(s->options[0].second, "generic_in_memory");
}

TEST(CatalogStatementTest, CreateCatalogRequiresWith) {
  Status st = ParseError("CREATE CATALOG c");
  EXPECT_EQ(st.message(), "Syntax error: unexpected end of input, expected 'WITH'");
}

TEST(CatalogStatementTest, DropUseShowCatalog) {
  auto drop = ParseAs<DropCatalogStatement>("DROP CATALOG IF EXISTS c1");
  ASSERT_TRUE(drop);
  EXPECT_TRUE(drop->if_exists);
  EXPECT_EQ(drop->name, "c1");
  auto use = ParseAs<UseCatalogStatement>("use catalog `my cat`");
  ASSERT_TRUE(use);
  EXPECT_EQ(use->name, "my cat");
  auto show = ParseAs<ShowCatalogsStatement>("SHOW CATALOGS");
  ASSERT_TRUE(show);
  EXPECT_FALSE(show->like.has_value());
  EXPECT_TRUE(ParseAs<ShowCurrentCatalogStatement>("SHOW CURRENT CATALOG"));
  EXPECT_TRUE(ParseAs<ShowCurrentDatabaseStatement>("show current database;"));
}

TEST(CatalogStatementTest, DescribeAndAlterCatalog) {
  auto d = ParseAs<DescribeCatalogStatement>("DESCRIBE CATALOG EXTENDED c");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->extended);
  EXPECT_EQ(d->name, "c");
  auto a = ParseAs<AlterCatalogStatement>("ALTER CATALOG c SET ('k' = 'v')");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->action, AlterCatalogStatement::Action::kSet);
  EXPECT_EQ(a->options.size(), 1u);
  auto r = ParseAs<AlterCatalogStatement>("ALTER CATALOG c RESET ('k', 'j')");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->reset_keys, (Names{"k", "j"}));
}

// ------------------------------------------------------------------------------- databases

TEST(DatabaseStatementTest, CreateDatabase) {
  auto s = ParseAs<CreateDatabaseStatement>(
      "CREATE DATABASE IF NOT EXISTS cat.db1 COMMENT 'c' WITH ('a' = 'b')");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->name, (Names{"cat", "db1"}));
  EXPECT_TRUE(s->if_not_exists);
  EXPECT_EQ(s->comment, "c");
  EXPECT_EQ(s->options.size(), 1u);
  auto plain = ParseAs<CreateDatabaseStatement>("CREATE DATABASE db");
  ASSERT_TRUE(plain);
  EXPECT_FALSE(plain->comment.has_value());
  EXPECT_TRUE(plain->options.empty());
}

TEST(DatabaseStatementTest, DatabaseNameHasAtMostTwoParts) {
  Status st = ParseError("CREATE DATABASE a.b.c");
  EXPECT_EQ(st.message(), "Syntax error: a database name has at most 2 parts but found 'a.b.c'");
  EXPECT_EQ(st.column(), 17);
}

TEST(DatabaseStatementTest, DropDatabase) {
  auto s = ParseAs<DropDatabaseStatement>("DROP DATABASE IF EXISTS db CASCADE");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->if_exists);
  EXPECT_TRUE(s->cascade);
  auto r = ParseAs<DropDatabaseStatement>("DROP DATABASE c.db RESTRICT");
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->cascade);
  EXPECT_EQ(r->name, (Names{"c", "db"}));
}

TEST(DatabaseStatementTest, UseShowAlterDatabase) {
  auto use = ParseAs<UseDatabaseStatement>("USE c.db");
  ASSERT_TRUE(use);
  EXPECT_EQ(use->name, (Names{"c", "db"}));
  // A database called `catalog`.
  auto use2 = ParseAs<UseDatabaseStatement>("USE catalog");
  ASSERT_TRUE(use2);
  EXPECT_EQ(use2->name, (Names{"catalog"}));
  auto show = ParseAs<ShowDatabasesStatement>("SHOW DATABASES IN cat NOT LIKE 'x%'");
  ASSERT_TRUE(show);
  EXPECT_EQ(show->catalog, "cat");
  ASSERT_TRUE(show->like.has_value());
  EXPECT_TRUE(show->like->negated);
  EXPECT_FALSE(show->like->case_insensitive);
  EXPECT_EQ(show->like->pattern, "x%");
  auto alter = ParseAs<AlterDatabaseStatement>("ALTER DATABASE db SET ('k' = 'v', 'k2' = 'v2')");
  ASSERT_TRUE(alter);
  EXPECT_EQ(alter->options.size(), 2u);
}

// ------------------------------------------------------------------------------- tables

TEST(CreateTableTest, ColumnsOfAllKinds) {
  auto s = ParseAs<CreateTableStatement>(
      "CREATE TABLE orders (\n"
      "  id BIGINT NOT NULL COMMENT 'the id',\n"
      "  price DECIMAL(10, 2),\n"
      "  total AS price * 2 COMMENT 'computed',\n"
      "  ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL,\n"
      "  part INT METADATA,\n"
      "  `value` STRING\n"
      ") WITH ('connector' = 'datagen')");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->name, (Names{"orders"}));
  ASSERT_EQ(s->columns.size(), 6u);
  const auto& id = s->columns[0];
  EXPECT_EQ(id.kind, ColumnDefinition::Kind::kPhysical);
  EXPECT_EQ(id.type, LogicalType::BigInt().NotNull());
  EXPECT_EQ(id.comment, "the id");
  EXPECT_EQ(id.line, 2);
  EXPECT_EQ(id.column, 3);
  EXPECT_EQ(s->columns[1].type, LogicalType::Decimal(10, 2));
  const auto& total = s->columns[2];
  EXPECT_EQ(total.kind, ColumnDefinition::Kind::kComputed);
  EXPECT_EQ(total.expression_sql, "price * 2");
  EXPECT_EQ(total.comment, "computed");
  const auto& ts = s->columns[3];
  EXPECT_EQ(ts.kind, ColumnDefinition::Kind::kMetadata);
  EXPECT_EQ(ts.type, LogicalType::TimestampLtz(3));
  EXPECT_EQ(ts.metadata_key, "timestamp");
  EXPECT_TRUE(ts.is_virtual);
  EXPECT_FALSE(s->columns[4].metadata_key.has_value());
  EXPECT_FALSE(s->columns[4].is_virtual);
  EXPECT_EQ(s->columns[5].name, "value");
  EXPECT_EQ(s->options.size(), 1u);
}

TEST(CreateTableTest, ExpressionTextIsVerbatim) {
  auto s = ParseAs<CreateTableStatement>(
      "CREATE TABLE t (a INT, b AS   UPPER( CAST(a AS STRING) ) /* c */, "
      "ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector'='x')");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->columns[1].expression_sql, "UPPER( CAST(a AS STRING) )");
  ASSERT_TRUE(s->watermark.has_value());
  EXPECT_EQ(s->watermark->rowtime_column, "ts");
  EXPECT_EQ(s->watermark->expression_sql, "ts - INTERVAL '5' SECOND");
}

TEST(CreateTableTest, PrimaryKeyTableConstraint) {
  auto s = ParseAs<CreateTableStatement>(
      "CREATE TABLE t (a INT, b STRING, CONSTRAINT pk PRIMARY KEY (a, b) NOT ENFORCED)");
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->primary_key.has_value());
  EXPECT_EQ(s->primary_key->constraint_name, "pk");
  EXPECT_EQ(s->primary_key->columns, (Names{"a", "b"}));
  // Primary key columns become NOT NULL, as in Flink.
  EXPECT_FALSE(s->columns[0].type.nullable());
  EXPECT_FALSE(s->columns[1].type.nullable());
}

TEST(CreateTableTest, PrimaryKeyColumnConstraint) {
  auto s = ParseAs<CreateTableStatement>(
      "CREATE TABLE t (id INT PRIMARY KEY NOT ENFORCED COMMENT 'k', v STRING)");
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->primary_key.has_value());
  EXPECT_FALSE(s->primary_key->constraint_name.has_value());
  EXPECT_EQ(s->primary_key->columns, (Names{"id"}));
  EXPECT_EQ(s->columns[0].type, LogicalType::Int().NotNull());
  EXPECT_EQ(s->columns[0].comment, "k");
  EXPECT_TRUE(s->columns[1].type.nullable());
}

TEST(CreateTableTest, PrimaryKeyWithoutNotEnforcedIsRefused) {
  const std::string expected =
      "Flink doesn't support ENFORCED mode for PRIMARY KEY constraint. ENFORCED/NOT ENFORCED "
      "controls if the constraint checks are performed on the incoming/outgoing data. Flink does "
      "not own the data therefore the only supported mode is the NOT ENFORCED mode";
  Status st = ParseError("CREATE TABLE t (a INT,\n  PRIMARY KEY (a)) WITH ('c' = 'd')");
  EXPECT_EQ(st.message(), expected);
  EXPECT_EQ(st.line(), 2);
  EXPECT_EQ(st.column(), 3);
  EXPECT_EQ(ParseError("CREATE TABLE t (a INT PRIMARY KEY)").message(), expected);
  EXPECT_EQ(ParseError("CREATE TABLE t (a INT PRIMARY KEY ENFORCED)").message(), expected);
}

TEST(CreateTableTest, NotWithoutNullAfterAColumnType) {
  Status st = ParseError("CREATE TABLE t (a INT NOT)");
  EXPECT_EQ(st.message(), "Syntax error: expected 'NULL' but found ')'");
  EXPECT_EQ(st.column(), 26);
  st = ParseError("CREATE TABLE t (a INT NOT ENFORCED)");
  EXPECT_EQ(st.message(), "Syntax error: expected 'NULL' but found 'ENFORCED'");
  EXPECT_EQ(st.column(), 27);
  EXPECT_EQ(ParseError("CREATE MODEL m INPUT (a INT NOT) OUTPUT (b INT) WITH ('provider' = 'x')")
                .message(),
            "Syntax error: expected 'NULL' but found ')'");
}

TEST(CreateTableTest, VarcharWithoutLengthIsString) {
  auto s = ParseAs<CreateTableStatement>(
      "CREATE TABLE t (a VARCHAR, b VARBINARY, c ARRAY<VARCHAR>, d CHAR, e BINARY, f VARCHAR(3))");
  ASSERT_TRUE(s);
  ASSERT_EQ(s->columns.size(), 6u);
  EXPECT_EQ(s->columns[0].type, LogicalType::String());
  EXPECT_EQ(s->columns[1].type, LogicalType::Bytes());
  EXPECT_EQ(s->columns[2].type, LogicalType::Array(LogicalType::String()));
  EXPECT_EQ(s->columns[3].type, LogicalType::Char(1));
  EXPECT_EQ(s->columns[4].type, LogicalType::Binary(1));
  EXPECT_EQ(s->columns[5].type, LogicalType::VarChar(3));
}

TEST(CreateTableTest, DuplicatePrimaryKey) {
  Status st = ParseError(
      "CREATE TABLE t (a INT PRIMARY KEY NOT ENFORCED, PRIMARY KEY (a) NOT ENFORCED)");
  EXPECT_EQ(st.message(), "Duplicate primary key definition");
  EXPECT_EQ(st.column(), 49);
}

TEST(CreateTableTest, UniqueIsNotSupported) {
  EXPECT_EQ(ParseError("CREATE TABLE t (a INT, UNIQUE (a))").message(),
            "UNIQUE constraint is not supported yet");
}

TEST(CreateTableTest, DuplicateRegularColumn) {
  Status st = ParseError("CREATE TABLE t (a INT,\n a STRING)");
  EXPECT_EQ(st.message(), "A regular Column named 'a' already exists in the table.");
  EXPECT_EQ(st.line(), 2);
  EXPECT_EQ(st.column(), 2);
}

TEST(CreateTableTest, DuplicateComputedAndMetadataColumns) {
  EXPECT_EQ(ParseError("CREATE TABLE t (a INT, a AS 1)").message(),
            "A column named 'a' already exists in the table. Duplicate columns exist in the "
            "compute column and regular column. ");
  EXPECT_EQ(ParseError("CREATE TABLE t (a INT, a INT METADATA)").message(),
            "A column named 'a' already exists in the table. Duplicate columns exist in the "
            "metadata column and regular column. ");
}

TEST(CreateTableTest, MultipleWatermarks) {
  Status st = ParseError(
      "CREATE TABLE t (ts TIMESTAMP(3), WATERMARK FOR ts AS ts, WATERMARK FOR ts AS ts)");
  EXPECT_EQ(st.message(), "Multiple WATERMARK statements is not supported yet.");
  EXPECT_EQ(st.column(), 58);
}

TEST(CreateTableTest, TemporaryPartitionedComment) {
  auto s = ParseAs<CreateTableStatement>(
      "CREATE TEMPORARY TABLE IF NOT EXISTS c.d.t (a INT, dt STRING) COMMENT 'tbl' "
      "PARTITIONED BY (dt, a) WITH ('connector' = 'filesystem', 'path' = '/tmp/x')");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->temporary);
  EXPECT_TRUE(s->if_not_exists);
  EXPECT_EQ(s->name, (Names{"c", "d", "t"}));
  EXPECT_EQ(s->comment, "tbl");
  EXPECT_EQ(s->partition_keys, (Names{"dt", "a"}));
  ASSERT_EQ(s->options.size(), 2u);
  EXPECT_EQ(s->options[1].first, "path");
  EXPECT_EQ(s->options[1].second, "/tmp/x");
}

TEST(CreateTableTest, OptionsKeepOrderAndDuplicates) {
  auto s = ParseAs<CreateTableStatement>(
      "CREATE TABLE t (a INT) WITH ('z' = '1', 'a' = 'it''s', 'z' = '2')");
  ASSERT_TRUE(s);
  ASSERT_EQ(s->options.size(), 3u);
  EXPECT_EQ(s->options[0], (std::pair<std::string, std::string>{"z", "1"}));
  EXPECT_EQ(s->options[1].second, "it's");
  EXPECT_EQ(s->options[2].second, "2");
}

TEST(CreateTableTest, Like) {
  auto s = ParseAs<CreateTableStatement>(
      "CREATE TABLE t2 (b INT) WITH ('x' = 'y') LIKE t1 (EXCLUDING ALL INCLUDING WATERMARKS "
      "OVERWRITING OPTIONS)");
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->like.has_value());
  EXPECT_EQ(s->like->source, (Names{"t1"}));
  using L = TableLikeClause;
  ASSERT_EQ(s->like->options.size(), 3u);
  EXPECT_EQ(s->like->options[0], std::make_pair(L::Strategy::kExcluding, L::Feature::kAll));
  EXPECT_EQ(s->like->options[1],
            std::make_pair(L::Strategy::kIncluding, L::Feature::kWatermarks));
  EXPECT_EQ(s->like->options[2],
            std::make_pair(L::Strategy::kOverwriting, L::Feature::kOptions));
  auto bare = ParseAs<CreateTableStatement>("CREATE TABLE t2 LIKE t1");
  ASSERT_TRUE(bare);
  EXPECT_TRUE(bare->like->options.empty());
}

TEST(CreateTableTest, LikeOptionTypo) {
  Status st = ParseError("CREATE TABLE t2 LIKE t1 (INCLUDING EVERYTHING)");
  EXPECT_EQ(st.message(),
            "Syntax error: expected one of ALL, CONSTRAINTS, PARTITIONS, GENERATED, OPTIONS, "
            "WATERMARKS, METADATA but found 'EVERYTHING'");
}

TEST(CreateTableTest, CreateTableAsSelect) {
  auto s = ParseAs<CreateTableStatement>(
      "CREATE TABLE t WITH ('connector' = 'print') AS SELECT a, b FROM src WHERE a > 1;");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->columns.empty());
  ASSERT_NE(s->query, nullptr);
  EXPECT_EQ(s->query_sql, "SELECT a, b FROM src WHERE a > 1");
  auto rtas = ParseAs<CreateTableStatement>("CREATE OR REPLACE TABLE t AS SELECT 1");
  ASSERT_TRUE(rtas);
  EXPECT_TRUE(rtas->or_replace);
  EXPECT_EQ(rtas->query_sql, "SELECT 1");
}

TEST(CreateTableTest, OrReplaceNeedsAs) {
  EXPECT_EQ(ParseError("CREATE OR REPLACE TABLE t (a INT)").message(),
            "Syntax error: unexpected end of input, expected 'AS'");
}

TEST(CreateTableTest, SyntaxErrors) {
  Status st = ParseError("CREATE TABLE t (a INT,\n  b STRING\n  c INT)");
  EXPECT_EQ(st.message(), "Syntax error: expected ',' or ')' but found 'c'");
  EXPECT_EQ(st.line(), 3);
  EXPECT_EQ(st.column(), 3);
  EXPECT_EQ(ParseError("CREATE TABLE t (a INT) WITH ('k' 'v')").message(),
            "Syntax error: expected '=' but found ''v''");
  EXPECT_EQ(ParseError("CREATE TABLE t (a INT) WITH (k = 'v')").message(),
            "Syntax error: expected an option key string but found 'k'");
  EXPECT_EQ(ParseError("CREATE TABLE (a INT)").message(),
            "Syntax error: expected a table name but found '('");
}

TEST(CreateTableTest, TypeErrorIsPositioned) {
  Status st = ParseError("CREATE TABLE t (\n  a VARCHR(3))");
  EXPECT_EQ(st.line(), 2);
  EXPECT_TRUE(st.has_position());
}

TEST(CreateStatementTest, MisspelledObjectKeyword) {
  Status st = ParseError("CREATE TABEL t (a INT)");
  EXPECT_EQ(st.message(),
            "Syntax error: expected one of TABLE, VIEW, MODEL, DATABASE, CATALOG, FUNCTION but "
            "found 'TABEL'");
  EXPECT_EQ(st.line(), 1);
  EXPECT_EQ(st.column(), 8);
}

TEST(AlterTableTest, SetResetRename) {
  auto set = ParseAs<AlterTableStatement>("ALTER TABLE IF EXISTS db.t SET ('a' = 'b')");
  ASSERT_TRUE(set);
  EXPECT_TRUE(set->if_exists);
  EXPECT_EQ(set->name, (Names{"db", "t"}));
  EXPECT_EQ(set->action, AlterTableStatement::Action::kSetOptions);
  EXPECT_EQ(set->options.size(), 1u);
  auto reset = ParseAs<AlterTableStatement>("ALTER TABLE t RESET ('a', 'b')");
  ASSERT_TRUE(reset);
  EXPECT_EQ(reset->action, AlterTableStatement::Action::kResetOptions);
  EXPECT_EQ(reset->reset_keys, (Names{"a", "b"}));
  auto rename = ParseAs<AlterTableStatement>("ALTER TABLE t RENAME TO t2");
  ASSERT_TRUE(rename);
  EXPECT_EQ(rename->action, AlterTableStatement::Action::kRename);
  EXPECT_EQ(rename->new_name, (Names{"t2"}));
}

TEST(AlterTableTest, SchemaChanges) {
  auto add = ParseAs<AlterTableStatement>(
      "ALTER TABLE t ADD (c INT COMMENT 'x', d AS c + 1, WATERMARK FOR ts AS ts)");
  ASSERT_TRUE(add);
  EXPECT_EQ(add->action, AlterTableStatement::Action::kAddColumns);
  ASSERT_EQ(add->columns.size(), 2u);
  EXPECT_EQ(add->columns[1].expression_sql, "c + 1");
  EXPECT_TRUE(add->watermark.has_value());
  auto add1 = ParseAs<AlterTableStatement>("ALTER TABLE t ADD e STRING");
  ASSERT_TRUE(add1);
  EXPECT_EQ(add1->columns.size(), 1u);
  auto modify = ParseAs<AlterTableStatement>("ALTER TABLE t MODIFY e BIGINT NOT NULL");
  ASSERT_TRUE(modify);
  EXPECT_EQ(modify->action, AlterTableStatement::Action::kModifyColumns);
  auto drop = ParseAs<AlterTableStatement>("ALTER TABLE t DROP (a, b)");
  ASSERT_TRUE(drop);
  EXPECT_EQ(drop->dropped_columns, (Names{"a", "b"}));
  auto drop_pk = ParseAs<AlterTableStatement>("ALTER TABLE t DROP PRIMARY KEY");
  ASSERT_TRUE(drop_pk);
  EXPECT_EQ(drop_pk->action, AlterTableStatement::Action::kDropPrimaryKey);
  auto drop_wm = ParseAs<AlterTableStatement>("ALTER TABLE t DROP WATERMARK");
  ASSERT_TRUE(drop_wm);
  EXPECT_EQ(drop_wm->action, AlterTableStatement::Action::kDropWatermark);
  auto rename_col = ParseAs<AlterTableStatement>("ALTER TABLE t RENAME a TO b");
  ASSERT_TRUE(rename_col);
  EXPECT_EQ(rename_col->action, AlterTableStatement::Action::kRenameColumn);
  EXPECT_EQ(rename_col->old_column_name, "a");
  EXPECT_EQ(rename_col->new_column_name, "b");
}

TEST(AlterTableTest, MisspelledAction) {
  EXPECT_EQ(ParseError("ALTER TABLE t SETT ('a' = 'b')").message(),
            "Syntax error: expected one of SET, RESET, RENAME, ADD, MODIFY, DROP but found 'SETT'");
  EXPECT_EQ(ParseError("ALTER TABEL t").message(),
            "Syntax error: expected one of TABLE, VIEW, MODEL, DATABASE, CATALOG but found "
            "'TABEL'");
}

TEST(TableStatementTest, DropTable) {
  auto s = ParseAs<DropTableStatement>("DROP TEMPORARY TABLE IF EXISTS `c`.`d`.`t`");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->temporary);
  EXPECT_TRUE(s->if_exists);
  EXPECT_EQ(s->name, (Names{"c", "d", "t"}));
}

TEST(TableStatementTest, ShowTables) {
  auto s = ParseAs<ShowTablesStatement>("SHOW TABLES FROM cat.db ILIKE 'Ord%'");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->database, (Names{"cat", "db"}));
  ASSERT_TRUE(s->like);
  EXPECT_TRUE(s->like->case_insensitive);
  EXPECT_FALSE(s->like->negated);
  auto plain = ParseAs<ShowTablesStatement>("SHOW TABLES");
  ASSERT_TRUE(plain);
  EXPECT_TRUE(plain->database.empty());
  auto not_like = ParseAs<ShowTablesStatement>("SHOW TABLES NOT LIKE 'a%'");
  ASSERT_TRUE(not_like);
  EXPECT_TRUE(not_like->like->negated);
}

TEST(TableStatementTest, ShowCreateAndDescribe) {
  auto sc = ParseAs<ShowCreateTableStatement>("SHOW CREATE TABLE db.t");
  ASSERT_TRUE(sc);
  EXPECT_EQ(sc->name, (Names{"db", "t"}));
  auto d = ParseAs<DescribeTableStatement>("DESC EXTENDED t");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->extended);
  auto d2 = ParseAs<DescribeTableStatement>("DESCRIBE t");
  ASSERT_TRUE(d2);
  EXPECT_FALSE(d2->extended);
  // A table called model.
  auto d3 = ParseAs<DescribeTableStatement>("DESCRIBE model");
  ASSERT_TRUE(d3);
  EXPECT_EQ(d3->name, (Names{"model"}));
  auto cols = ParseAs<ShowColumnsStatement>("SHOW COLUMNS IN t LIKE '%id'");
  ASSERT_TRUE(cols);
  EXPECT_EQ(cols->table, (Names{"t"}));
  EXPECT_EQ(cols->like->pattern, "%id");
}

TEST(TableStatementTest, MisspelledShow) {
  Status st = ParseError("SHOW TABLS");
  EXPECT_EQ(st.column(), 6);
  EXPECT_NE(st.message().find("expected one of CATALOGS, DATABASES, TABLES"), std::string::npos);
  EXPECT_NE(st.message().find("but found 'TABLS'"), std::string::npos);
}

// ------------------------------------------------------------------------------- views

TEST(ViewStatementTest, CreateView) {
  auto s = ParseAs<CreateViewStatement>(
      "CREATE TEMPORARY VIEW IF NOT EXISTS v (x, y) COMMENT 'vv' AS\n"
      "  SELECT a, b\n  FROM t -- trailing comment\n;");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->temporary);
  EXPECT_TRUE(s->if_not_exists);
  EXPECT_EQ(s->column_names, (Names{"x", "y"}));
  EXPECT_EQ(s->comment, "vv");
  EXPECT_EQ(s->query_sql, "SELECT a, b\n  FROM t");
  EXPECT_NE(s->query, nullptr);
}

TEST(ViewStatementTest, CreateViewNeedsAs) {
  EXPECT_EQ(ParseError("CREATE VIEW v SELECT 1").message(),
            "Syntax error: expected 'AS' but found 'SELECT'");
}

TEST(ViewStatementTest, DropAlterShowView) {
  auto drop = ParseAs<DropViewStatement>("DROP TEMPORARY VIEW IF EXISTS v");
  ASSERT_TRUE(drop);
  EXPECT_TRUE(drop->temporary);
  EXPECT_TRUE(drop->if_exists);
  auto rename = ParseAs<AlterViewStatement>("ALTER VIEW v RENAME TO w");
  ASSERT_TRUE(rename);
  EXPECT_EQ(rename->action, AlterViewStatement::Action::kRename);
  EXPECT_EQ(rename->new_name, (Names{"w"}));
  auto as = ParseAs<AlterViewStatement>("ALTER VIEW v AS SELECT 2");
  ASSERT_TRUE(as);
  EXPECT_EQ(as->action, AlterViewStatement::Action::kAs);
  EXPECT_EQ(as->query_sql, "SELECT 2");
  auto show = ParseAs<ShowViewsStatement>("SHOW VIEWS IN db");
  ASSERT_TRUE(show);
  EXPECT_EQ(show->database, (Names{"db"}));
  auto sc = ParseAs<ShowCreateViewStatement>("SHOW CREATE VIEW v");
  ASSERT_TRUE(sc);
  EXPECT_EQ(sc->name, (Names{"v"}));
}

// ------------------------------------------------------------------------------- functions

TEST(FunctionStatementTest, CreateDropShowDescribe) {
  auto c = ParseAs<CreateFunctionStatement>(
      "CREATE TEMPORARY SYSTEM FUNCTION IF NOT EXISTS f AS 'com.x.F' LANGUAGE java");
  ASSERT_TRUE(c);
  EXPECT_TRUE(c->temporary);
  EXPECT_TRUE(c->system);
  EXPECT_EQ(c->class_name, "com.x.F");
  EXPECT_EQ(c->language, "JAVA");
  auto d = ParseAs<DropFunctionStatement>("DROP FUNCTION IF EXISTS db.f");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->name, (Names{"db", "f"}));
  auto show = ParseAs<ShowFunctionsStatement>("SHOW USER FUNCTIONS");
  ASSERT_TRUE(show);
  EXPECT_TRUE(show->user_only);
  auto all = ParseAs<ShowFunctionsStatement>("SHOW FUNCTIONS LIKE 'ml%'");
  ASSERT_TRUE(all);
  EXPECT_FALSE(all->user_only);
  auto desc = ParseAs<DescribeFunctionStatement>("DESCRIBE FUNCTION EXTENDED upper");
  ASSERT_TRUE(desc);
  EXPECT_TRUE(desc->extended);
  EXPECT_EQ(desc->name, (Names{"upper"}));
}

// ------------------------------------------------------------------------------- DML

TEST(DmlStatementTest, BareQueries) {
  auto s = ParseAs<QueryStatement>("SELECT * FROM t;");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->query_sql, "SELECT * FROM t");
  EXPECT_EQ(s->line, 1);
  EXPECT_EQ(s->column, 1);
  EXPECT_TRUE(ParseAs<QueryStatement>("WITH x AS (SELECT 1 AS a) SELECT a FROM x"));
  EXPECT_TRUE(ParseAs<QueryStatement>("VALUES (1, 'a'), (2, 'b')"));
  EXPECT_TRUE(ParseAs<QueryStatement>("(SELECT 1) UNION ALL (SELECT 2)"));
}

TEST(DmlStatementTest, Insert) {
  auto s = ParseAs<InsertStatement>(
      "INSERT INTO cat.db.sink PARTITION (dt = '2024-01-01', h = 3) (a, b)\n"
      "SELECT a, b FROM src");
  ASSERT_TRUE(s);
  EXPECT_FALSE(s->overwrite);
  EXPECT_EQ(s->target, (Names{"cat", "db", "sink"}));
  ASSERT_EQ(s->static_partitions.size(), 2u);
  EXPECT_EQ(s->static_partitions[0],
            (std::pair<std::string, std::string>{"dt", "2024-01-01"}));
  EXPECT_EQ(s->static_partitions[1].second, "3");
  EXPECT_EQ(s->column_list, (Names{"a", "b"}));
  EXPECT_EQ(s->query_sql, "SELECT a, b FROM src");
}

TEST(DmlStatementTest, InsertOverwriteValuesAndParenthesizedQuery) {
  auto s = ParseAs<InsertStatement>("INSERT OVERWRITE t VALUES (1), (2)");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->overwrite);
  EXPECT_EQ(s->query_sql, "VALUES (1), (2)");
  auto p = ParseAs<InsertStatement>("INSERT INTO t (SELECT 1)");
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->column_list.empty());
  EXPECT_EQ(p->query_sql, "(SELECT 1)");
}

TEST(DmlStatementTest, InsertErrors) {
  EXPECT_EQ(ParseError("INSERT t SELECT 1").message(),
            "Syntax error: expected 'INTO' or 'OVERWRITE' but found 't'");
  EXPECT_EQ(ParseError("INSERT INTO t").message(),
            "Syntax error: unexpected end of input, expected a query");
}

TEST(DmlStatementTest, ExecuteStatementSet) {
  auto s = ParseAs<StatementSetStatement>(
      "EXECUTE STATEMENT SET\nBEGIN\n  INSERT INTO a SELECT * FROM s;\n"
      "  INSERT INTO b SELECT x FROM s;\nEND;");
  ASSERT_TRUE(s);
  ASSERT_EQ(s->inserts.size(), 2u);
  EXPECT_EQ(s->inserts[0]->target, (Names{"a"}));
  EXPECT_EQ(s->inserts[1]->query_sql, "SELECT x FROM s");
  EXPECT_EQ(s->inserts[1]->line, 4);
  EXPECT_EQ(s->inserts[1]->column, 3);
}

TEST(DmlStatementTest, StatementSetErrors) {
  Status st = ParseError("EXECUTE STATEMENT SET BEGIN SELECT 1; END");
  EXPECT_EQ(st.message(), "Syntax error: expected 'INSERT' but found 'SELECT'");
  EXPECT_EQ(st.column(), 29);
  EXPECT_EQ(ParseError("EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1;").message(),
            "Syntax error: unexpected end of input, expected 'INSERT'");
}

TEST(DmlStatementTest, ExecuteInsertAndBeginEnd) {
  auto s = ParseAs<InsertStatement>("EXECUTE INSERT INTO t SELECT 1");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->target, (Names{"t"}));
  EXPECT_TRUE(ParseAs<BeginStatementSetStatement>("BEGIN STATEMENT SET;"));
  EXPECT_TRUE(ParseAs<EndStatementSetStatement>("END;"));
  auto whole = ParseAs<StatementSetStatement>("BEGIN STATEMENT SET; INSERT INTO t SELECT 1; END");
  ASSERT_TRUE(whole);
  EXPECT_EQ(whole->inserts.size(), 1u);
}

TEST(DmlStatementTest, Explain) {
  auto s = ParseAs<ExplainStatement>("EXPLAIN SELECT * FROM t");
  ASSERT_TRUE(s);
  EXPECT_FALSE(s->plan_for);
  ASSERT_NE(s->statement, nullptr);
  EXPECT_EQ(s->statement->kind, StatementKind::kQuery);
  auto p = ParseAs<ExplainStatement>("EXPLAIN PLAN FOR INSERT INTO t SELECT 1");
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->plan_for);
  EXPECT_EQ(p->statement->kind, StatementKind::kInsert);
  auto d = ParseAs<ExplainStatement>(
      "EXPLAIN ESTIMATED_COST, CHANGELOG_MODE, JSON_EXECUTION_PLAN SELECT 1");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->details, (Names{"ESTIMATED_COST", "CHANGELOG_MODE", "JSON_EXECUTION_PLAN"}));
  auto set = ParseAs<ExplainStatement>(
      "EXPLAIN STATEMENT SET BEGIN INSERT INTO a SELECT 1; END");
  ASSERT_TRUE(set);
  EXPECT_EQ(set->statement->kind, StatementKind::kStatementSet);
}

TEST(DmlStatementTest, ExplainErrors) {
  EXPECT_EQ(ParseError("EXPLAIN CHANGELOG_MODE, FOO SELECT 1").message(),
            "Syntax error: expected one of ESTIMATED_COST, CHANGELOG_MODE, PLAN_ADVICE, "
            "JSON_EXECUTION_PLAN but found 'FOO'");
  EXPECT_EQ(ParseError("EXPLAIN DROP TABLE t").message(),
            "Syntax error: expected a query, INSERT or STATEMENT SET but found 'DROP'");
}

TEST(SessionStatementTest, SetAndReset) {
  auto all = ParseAs<SetStatement>("SET");
  ASSERT_TRUE(all);
  EXPECT_FALSE(all->key.has_value());
  auto one = ParseAs<SetStatement>("SET 'parallelism.default' = '4';");
  ASSERT_TRUE(one);
  EXPECT_EQ(one->key, "parallelism.default");
  EXPECT_EQ(one->value, "4");
  auto bare = ParseAs<SetStatement>("SET execution.runtime-mode = batch");
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->key, "execution.runtime-mode");
  EXPECT_EQ(bare->value, "batch");
  auto reset_all = ParseAs<ResetStatement>("RESET");
  ASSERT_TRUE(reset_all);
  EXPECT_FALSE(reset_all->key.has_value());
  auto reset = ParseAs<ResetStatement>("RESET 'table.exec.x'");
  ASSERT_TRUE(reset);
  EXPECT_EQ(reset->key, "table.exec.x");
}

TEST(SessionStatementTest, SetWithoutValue) {
  EXPECT_EQ(ParseError("SET 'a'").message(),
            "Syntax error: unexpected end of input, expected '='");
}

TEST(SessionStatementTest, HelpQuitExit) {
  EXPECT_TRUE(ParseAs<HelpStatement>("HELP;"));
  EXPECT_TRUE(ParseAs<QuitStatement>("quit"));
  EXPECT_TRUE(ParseAs<QuitStatement>("EXIT;"));
}

// ------------------------------------------------------------------------------- general

TEST(ParseStatementTest, EmptyInput) {
  EXPECT_EQ(ParseError("").message(), "Syntax error: unexpected end of input, expected a statement");
  EXPECT_EQ(ParseError("  -- only a comment\n").message(),
            "Syntax error: unexpected end of input, expected a statement");
}

TEST(ParseStatementTest, UnknownStatement) {
  Status st = ParseError("\n  FROB t");
  EXPECT_EQ(st.message(), "Syntax error: expected a statement but found 'FROB'");
  EXPECT_EQ(st.line(), 2);
  EXPECT_EQ(st.column(), 3);
}

TEST(ParseStatementTest, TrailingTextAfterStatement) {
  Status st = ParseError("SHOW TABLES; SHOW VIEWS");
  EXPECT_EQ(st.message(), "Syntax error: expected end of statement but found 'SHOW'");
  EXPECT_EQ(st.column(), 14);
}

TEST(ParseStatementTest, CommentsAndPositions) {
  auto s = ParseAs<DropTableStatement>("/* header */\n-- note\n   DROP TABLE t -- end\n");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->line, 3);
  EXPECT_EQ(s->column, 4);
}

TEST(ParseStatementTest, LexerErrorsPropagate) {
  Status st = ParseError("CREATE TABLE t (a INT) WITH ('k' = 'v)");
  EXPECT_EQ(st.message(), "Syntax error: unterminated string literal");
}

TEST(ParseStatementTest, KeywordsAreCaseInsensitive) {
  auto s = ParseAs<CreateTableStatement>("create temporary table T (A int) with ('k' = 'v')");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->name, (Names{"T"}));
  EXPECT_EQ(s->columns[0].name, "A");
}

TEST(ParseStatementTest, KindNames) {
  EXPECT_STREQ(StatementKindName(StatementKind::kCreateModel), "CREATE MODEL");
  EXPECT_STREQ(StatementKindName(StatementKind::kShowTables), "SHOW TABLES");
}

}  // namespace
}  // namespace sluice::sql
