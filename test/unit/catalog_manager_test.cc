// CatalogManager: current catalog/database, catalogs, databases, tables, views and temporary
// objects, with Flink's error texts.

#include "catalog/catalog_manager.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <string>

namespace sluice {
namespace {

class CatalogManagerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/sluice_catalog_test_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    auto opened = CatalogManager::Open(dir_);
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    manager_ = opened.MoveValue();
  }
  void TearDown() override {
    manager_.reset();
    std::filesystem::remove_all(dir_);
  }

  ObjectIdentifier Id(const std::string& name) {
    return ObjectIdentifier{"default_catalog", "default_database", name};
  }
  static CatalogTable SimpleTable() {
    CatalogTable table;
    TableColumn a;
    a.name = "a";
    a.type = LogicalType::Int();
    table.columns.push_back(a);
    table.options["connector"] = "datagen";
    return table;
  }
  static CatalogView SimpleView() {
    CatalogView view;
    view.query = "SELECT 1";
    return view;
  }
  std::string dir_;
  std::unique_ptr<CatalogManager> manager_;
};

#define EXPECT_ERROR(expr, text)        \
  do {                                  \
    Status _status = (expr);            \
    EXPECT_FALSE(_status.ok());         \
    EXPECT_EQ(_status.message(), text); \
  } while (false)

TEST_F(CatalogManagerTest, DefaultCatalogAndDatabaseExist) {
  EXPECT_EQ(manager_->current_catalog(), "default_catalog");
  EXPECT_EQ(manager_->current_database(), "default_database");
  EXPECT_EQ(*manager_->ListCatalogs(), std::vector<std::string>{"default_catalog"});
  EXPECT_EQ(*manager_->ListDatabases("default_catalog"),
            std::vector<std::string>{"default_database"});
  EXPECT_TRUE(std::filesystem::exists(dir_ + "/catalog.db"));
}

TEST_F(CatalogManagerTest, QualifyFillsCurrentCatalogAndDatabase) {
  EXPECT_EQ(*manager_->Qualify({"t"}), Id("t"));
  EXPECT_EQ(*manager_->Qualify({"db", "t"}), (ObjectIdentifier{"default_catalog", "db", "t"}));
  EXPECT_EQ(*manager_->Qualify({"c", "db", "t"}), (ObjectIdentifier{"c", "db", "t"}));
  auto too_many = manager_->Qualify({"a", "b", "c", "d"});
  ASSERT_FALSE(too_many.ok());
  EXPECT_NE(too_many.status().message().find("Invalid identifier 'a.b.c.d'"), std::string::npos);
  EXPECT_FALSE(manager_->Qualify({}).ok());
}

TEST_F(CatalogManagerTest, IdentifierPrinting) {
  ObjectIdentifier id{"c", "d", "we`ird"};
  EXPECT_EQ(id.ToString(), "c.d.we`ird");
  EXPECT_EQ(id.ToQuotedString(), "`c`.`d`.`we``ird`");
}

TEST_F(CatalogManagerTest, CreateUseAndDropPersistentCatalog) {
  ASSERT_TRUE(manager_->CreateCatalog("cat1", {}, "my catalog", false).ok());
  EXPECT_ERROR(manager_->CreateCatalog("cat1", {}, "", false), "Catalog cat1 already exists.");
  EXPECT_TRUE(manager_->CreateCatalog("cat1", {}, "", true).ok());
  auto descriptor = *manager_->GetCatalog("cat1");
  ASSERT_TRUE(descriptor.has_value());
  EXPECT_EQ(descriptor->type, "sluice");
  EXPECT_EQ(descriptor->comment, "my catalog");
  ASSERT_TRUE(manager_->UseCatalog("cat1").ok());
  EXPECT_EQ(manager_->current_catalog(), "cat1");
  EXPECT_EQ(manager_->current_database(), "default");
  EXPECT_ERROR(manager_->DropCatalog("cat1", false),
               "Cannot drop a catalog which is currently in use.");
  ASSERT_TRUE(manager_->UseCatalog("default_catalog").ok());
  EXPECT_EQ(manager_->current_database(), "default_database");
  ASSERT_TRUE(manager_->DropCatalog("cat1", false).ok());
  EXPECT_ERROR(manager_->DropCatalog("cat1", false), "Catalog cat1 does not exist.");
  EXPECT_TRUE(manager_->DropCatalog("cat1", true).ok());
}

TEST_F(CatalogManagerTest, UnknownCatalogErrors) {
  EXPECT_ERROR(manager_->UseCatalog("nope"), "A catalog with name [nope] does not exist.");
  EXPECT_ERROR(manager_->UseDatabase("nope", "db"), "A catalog with name [nope] does not exist.");
  EXPECT_ERROR(manager_->CreateDatabase("nope", "db", "", {}, false),
               "Catalog nope does not exist.");
  EXPECT_ERROR(manager_->CreateTable({"nope", "db", "t"}, SimpleTable(), false, false),
               "Catalog nope does not exist.");
  EXPECT_EQ(manager_->ListTables("nope", "db").status().message(), "Catalog nope does not exist.");
  EXPECT_FALSE(*manager_->CatalogExists("nope"));
}

TEST_F(CatalogManagerTest, CatalogTypesAndDefaultDatabaseOption) {
  ASSERT_TRUE(manager_
                  ->CreateCatalog("mem", {{"type", "generic_in_memory"}, {"default-database", "x"}},
                                  "", false)
                  .ok());
  EXPECT_EQ(manager_->GetCatalog("mem")->value().type, "generic_in_memory");
  EXPECT_EQ(*manager_->ListDatabases("mem"), std::vector<std::string>{"x"});
  EXPECT_EQ(*manager_->ListCatalogs(), (std::vector<std::string>{"default_catalog", "mem"}));
  Status bad = manager_->CreateCatalog("bad", {{"type", "hive"}}, "", false);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("Could not find any factory for identifier 'hive'"),
            std::string::npos);
  // The persistent store and the session-only catalogs share one namespace.
  EXPECT_ERROR(manager_->CreateCatalog("mem", {}, "", false), "Catalog mem already exists.");
}

TEST_F(CatalogManagerTest, InMemoryCatalogIsSessionOnly) {
  ASSERT_TRUE(manager_->CreateCatalog("mem", {{"type", "generic_in_memory"}}, "", false).ok());
  ASSERT_TRUE(manager_->CreateTable({"mem", "default", "t"}, SimpleTable(), false, false).ok());
  EXPECT_TRUE(manager_->GetTable({"mem", "default", "t"})->has_value());
  manager_.reset();
  manager_ = CatalogManager::Open(dir_).MoveValue();
  EXPECT_FALSE(*manager_->CatalogExists("mem"));
  EXPECT_FALSE(manager_->GetTable({"mem", "default", "t"})->has_value());
}

TEST_F(CatalogManagerTest, DatabasesCreateAlterDrop) {
  ASSERT_TRUE(
      manager_->CreateDatabase("default_catalog", "db1", "first", {{"k1", "v1"}}, false).ok());
  EXPECT_ERROR(manager_->CreateDatabase("default_catalog", "db1", "", {}, false),
               "Database db1 already exists in Catalog default_catalog.");
  EXPECT_TRUE(manager_->CreateDatabase("default_catalog", "db1", "", {}, true).ok());
  ASSERT_TRUE(manager_->AlterDatabase("default_catalog", "db1", {{"k2", "v2"}, {"k1", "x"}}).ok());
  auto database = *manager_->GetDatabase("default_catalog", "db1");
  ASSERT_TRUE(database.has_value());
  EXPECT_EQ(database->comment, "first");
  EXPECT_EQ(database->properties, (OptionMap{{"k1", "x"}, {"k2", "v2"}}));
  EXPECT_ERROR(manager_->AlterDatabase("default_catalog", "nope", {}),
               "Database nope does not exist in Catalog default_catalog.");
  EXPECT_EQ(*manager_->ListDatabases("default_catalog"),
            (std::vector<std::string>{"db1", "default_database"}));
  ASSERT_TRUE(manager_->DropDatabase("default_catalog", "db1", false, false).ok());
  EXPECT_ERROR(manager_->DropDatabase("default_catalog", "db1", false, false),
               "Database db1 does not exist in Catalog default_catalog.");
  EXPECT_TRUE(manager_->DropDatabase("default_catalog", "db1", true, false).ok());
}

TEST_F(CatalogManagerTest, UseDatabase) {
  EXPECT_ERROR(manager_->UseDatabase("default_catalog", "nope"),
               "A database with name [nope] does not exist in the catalog: [default_catalog].");
  ASSERT_TRUE(manager_->CreateDatabase("default_catalog", "db1", "", {}, false).ok());
  ASSERT_TRUE(manager_->UseDatabase("default_catalog", "db1").ok());
  EXPECT_EQ(manager_->current_database(), "db1");
  EXPECT_EQ(*manager_->Qualify({"t"}), (ObjectIdentifier{"default_catalog", "db1", "t"}));
  EXPECT_ERROR(manager_->DropDatabase("default_catalog", "db1", false, true),
               "Cannot drop a database which is currently in use.");
}

TEST_F(CatalogManagerTest, DropDatabaseRestrictAndCascade) {
  ASSERT_TRUE(manager_->CreateDatabase("default_catalog", "db1", "", {}, false).ok());
  ObjectIdentifier table{"default_catalog", "db1", "t"};
  ObjectIdentifier model{"default_catalog", "db1", "m"};
  ASSERT_TRUE(manager_->CreateTable(table, SimpleTable(), false, false).ok());
  EXPECT_ERROR(manager_->DropDatabase("default_catalog", "db1", false, false),
               "Database db1 in Catalog default_catalog is not empty.");
  ASSERT_TRUE(manager_->DropTable(table, false, false).ok());
  ModelVersion version;
  version.options["provider"] = "openai";
  ASSERT_TRUE(manager_->CreateModel(model, version, false, false, false).ok());
  EXPECT_ERROR(manager_->DropDatabase("default_catalog", "db1", false, false),
               "Database db1 in Catalog default_catalog is not empty.");
  ASSERT_TRUE(manager_->CreateTable(table, SimpleTable(), false, false).ok());
  ASSERT_TRUE(manager_->DropDatabase("default_catalog", "db1", false, true).ok());
  EXPECT_FALSE(*manager_->DatabaseExists("default_catalog", "db1"));
  // Recreating the database finds it empty: the cascade removed its objects.
  ASSERT_TRUE(manager_->CreateDatabase("default_catalog", "db1", "", {}, false).ok());
  EXPECT_TRUE(manager_->ListTables("default_catalog", "db1")->empty());
  EXPECT_TRUE(manager_->ListModels("default_catalog", "db1")->empty());
}

TEST_F(CatalogManagerTest, CreateAndGetTableRoundTrip) {
  CatalogTable table;
  TableColumn id;
  id.name = "id";
  id.type = LogicalType::BigInt().NotNull();
  id.comment = "the key";
  TableColumn ts;
  ts.name = "ts";
  ts.type = LogicalType::Timestamp(3);
  TableColumn computed;
  computed.name = "c";
  computed.kind = TableColumn::Kind::kComputed;
  computed.expression = "id * 2";
  TableColumn meta;
  meta.name = "off";
  meta.kind = TableColumn::Kind::kMetadata;
  meta.type = LogicalType::BigInt();
  meta.metadata_key = "offset";
  meta.is_virtual = true;
  table.columns = {id, ts, computed, meta};
  table.watermark = WatermarkSpec{"ts", "ts - INTERVAL '5' SECOND"};
  table.primary_key = PrimaryKey{"pk", {"id"}};
  table.partition_keys = {"id"};
  table.comment = "a table";
  table.options = {{"connector", "datagen"}, {"rows-per-second", "5"}};
  ASSERT_TRUE(manager_->CreateTable(Id("t"), table, false, false).ok());

  auto read = *manager_->GetTable(Id("t"));
  ASSERT_TRUE(read.has_value());
  ASSERT_EQ(read->columns.size(), 4u);
  EXPECT_EQ(read->columns[0].type, LogicalType::BigInt().NotNull());
  EXPECT_EQ(read->columns[0].comment, "the key");
  EXPECT_EQ(read->columns[1].type, LogicalType::Timestamp(3));
  EXPECT_EQ(read->columns[2].kind, TableColumn::Kind::kComputed);
  EXPECT_EQ(read->columns[2].expression, "id * 2");
  EXPECT_EQ(read->columns[3].metadata_key, "offset");
  EXPECT_TRUE(read->columns[3].is_virtual);
  ASSERT_TRUE(read->watermark.has_value());
  EXPECT_EQ(read->watermark->expression, "ts - INTERVAL '5' SECOND");
  ASSERT_TRUE(read->primary_key.has_value());
  EXPECT_EQ(read->primary_key->constraint_name, "pk");
  EXPECT_EQ(read->partition_keys, std::vector<std::string>{"id"});
  EXPECT_EQ(read->comment, "a table");
  EXPECT_EQ(read->options, table.options);
  EXPECT_FALSE(manager_->GetView(Id("t"))->has_value());
  EXPECT_FALSE(manager_->GetTable(Id("missing"))->has_value());
}

TEST_F(CatalogManagerTest, TableAlreadyExistsAndMissingDatabase) {
  ASSERT_TRUE(manager_->CreateTable(Id("t"), SimpleTable(), false, false).ok());
  EXPECT_ERROR(manager_->CreateTable(Id("t"), SimpleTable(), false, false),
               "Table (or view) default_database.t already exists in Catalog default_catalog.");
  EXPECT_TRUE(manager_->CreateTable(Id("t"), SimpleTable(), true, false).ok());
  // Tables and views share one namespace.
  EXPECT_ERROR(manager_->CreateView(Id("t"), SimpleView(), false, false),
               "Table (or view) default_database.t already exists in Catalog default_catalog.");
  EXPECT_ERROR(manager_->CreateTable({"default_catalog", "nodb", "t"}, SimpleTable(), false, false),
               "Database nodb does not exist in Catalog default_catalog.");
}

TEST_F(CatalogManagerTest, ViewsCreateGetAlterDrop) {
  CatalogView view;
  view.query = "SELECT a FROM t";
  view.column_names = {"a"};
  view.comment = "v";
  ASSERT_TRUE(manager_->CreateView(Id("v"), view, false, false).ok());
  auto read = *manager_->GetView(Id("v"));
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->query, "SELECT a FROM t");
  EXPECT_EQ(read->column_names, std::vector<std::string>{"a"});
  EXPECT_FALSE(manager_->GetTable(Id("v"))->has_value());
  view.query = "SELECT 2";
  ASSERT_TRUE(manager_->AlterView(Id("v"), view, false).ok());
  EXPECT_EQ(manager_->GetView(Id("v"))->value().query, "SELECT 2");
  ASSERT_TRUE(manager_->CreateTable(Id("t"), SimpleTable(), false, false).ok());
  EXPECT_EQ(*manager_->ListTables("default_catalog", "default_database"),
            (std::vector<std::string>{"t", "v"}));
  EXPECT_EQ(*manager_->ListViews("default_catalog", "default_database"),
            std::vector<std::string>{"v"});
  // DROP TABLE does not drop a view, and DROP VIEW does not drop a table (Flink's texts).
  EXPECT_ERROR(manager_->DropTable(Id("v"), false, false),
               "Table with identifier 'default_catalog.default_database.v' does not exist.");
  EXPECT_ERROR(manager_->DropView(Id("t"), false, false),
               "View with identifier 'default_catalog.default_database.t' does not exist.");
  ASSERT_TRUE(manager_->DropView(Id("v"), false, false).ok());
  EXPECT_FALSE(*manager_->TableOrViewExists(Id("v")));
}

TEST_F(CatalogManagerTest, AlterTable) {
  ASSERT_TRUE(manager_->CreateTable(Id("t"), SimpleTable(), false, false).ok());
  CatalogTable updated = SimpleTable();
  updated.options["rows-per-second"] = "10";
  ASSERT_TRUE(manager_->AlterTable(Id("t"), updated, false).ok());
  EXPECT_EQ(manager_->GetTable(Id("t"))->value().options.at("rows-per-second"), "10");
  EXPECT_ERROR(manager_->AlterTable(Id("nope"), updated, false),
               "Table `default_catalog`.`default_database`.`nope` doesn't exist or is a "
               "temporary table.");
  EXPECT_TRUE(manager_->AlterTable(Id("nope"), updated, true).ok());
  ASSERT_TRUE(manager_->CreateTable(Id("tmp"), SimpleTable(), false, true).ok());
  EXPECT_ERROR(manager_->AlterTable(Id("tmp"), updated, false),
               "Table `default_catalog`.`default_database`.`tmp` doesn't exist or is a "
               "temporary table.");
}

TEST_F(CatalogManagerTest, RenameTableAndView) {
  ASSERT_TRUE(manager_->CreateTable(Id("t"), SimpleTable(), false, false).ok());
  ASSERT_TRUE(manager_->CreateTable(Id("u"), SimpleTable(), false, false).ok());
  ASSERT_TRUE(manager_->CreateView(Id("v"), SimpleView(), false, false).ok());
  ASSERT_TRUE(manager_->RenameTable(Id("t"), Id("t2"), false).ok());
  EXPECT_FALSE(manager_->GetTable(Id("t"))->has_value());
  EXPECT_TRUE(manager_->GetTable(Id("t2"))->has_value());
  EXPECT_ERROR(manager_->RenameTable(Id("t2"), Id("u"), false),
               "Table (or view) default_database.u already exists in Catalog default_catalog.");
  EXPECT_ERROR(manager_->RenameTable(Id("v"), Id("v2"), false),
               "Table `default_catalog`.`default_database`.`v` doesn't exist or is a temporary "
               "table.");
  EXPECT_TRUE(manager_->RenameTable(Id("nope"), Id("x"), true).ok());
  ASSERT_TRUE(manager_->RenameView(Id("v"), Id("v2"), false).ok());
  EXPECT_TRUE(manager_->GetView(Id("v2"))->has_value());
  ASSERT_TRUE(manager_->CreateDatabase("default_catalog", "db2", "", {}, false).ok());
  EXPECT_FALSE(manager_->RenameTable(Id("t2"), {"default_catalog", "db2", "t"}, false).ok());
}

TEST_F(CatalogManagerTest, DropTableErrors) {
  EXPECT_ERROR(manager_->DropTable(Id("nope"), false, false),
               "Table with identifier 'default_catalog.default_database.nope' does not exist.");
  EXPECT_TRUE(manager_->DropTable(Id("nope"), true, false).ok());
  EXPECT_ERROR(manager_->DropTable({"nocat", "db", "t"}, false, false),
               "Table with identifier 'nocat.db.t' does not exist.");
  ASSERT_TRUE(manager_->CreateTable(Id("t"), SimpleTable(), false, false).ok());
  // DROP TEMPORARY TABLE of a permanent table.
  EXPECT_ERROR(manager_->DropTable(Id("t"), false, true),
               "Temporary table or view with identifier 'default_catalog.default_database.t' "
               "does not exist.");
  ASSERT_TRUE(manager_->DropTable(Id("t"), false, false).ok());
  EXPECT_FALSE(manager_->GetTable(Id("t"))->has_value());
}

TEST_F(CatalogManagerTest, TemporaryTablesShadowPermanentOnes) {
  CatalogTable permanent = SimpleTable();
  permanent.comment = "permanent";
  CatalogTable temporary = SimpleTable();
  temporary.comment = "temporary";
  ASSERT_TRUE(manager_->CreateTable(Id("t"), permanent, false, false).ok());
  ASSERT_TRUE(manager_->CreateTable(Id("t"), temporary, false, true).ok());
  EXPECT_TRUE(manager_->IsTemporary(Id("t")));
  EXPECT_EQ(manager_->GetTable(Id("t"))->value().comment, "temporary");
  EXPECT_ERROR(manager_->CreateTable(Id("t"), temporary, false, true),
               "Temporary table '`default_catalog`.`default_database`.`t`' already exists");
  EXPECT_TRUE(manager_->CreateTable(Id("t"), temporary, true, true).ok());
  EXPECT_EQ(*manager_->ListTables("default_catalog", "default_database"),
            std::vector<std::string>{"t"});
  EXPECT_ERROR(manager_->DropTable(Id("t"), false, false),
               "Temporary table with identifier '`default_catalog`.`default_database`.`t`' "
               "exists. Drop it first before removing the permanent table.");
  ASSERT_TRUE(manager_->DropTable(Id("t"), false, true).ok());
  EXPECT_FALSE(manager_->IsTemporary(Id("t")));
  EXPECT_EQ(manager_->GetTable(Id("t"))->value().comment, "permanent");
}

TEST_F(CatalogManagerTest, PermanentTableMayBeCreatedUnderTemporaryName) {
  ASSERT_TRUE(manager_->CreateTable(Id("t"), SimpleTable(), false, true).ok());
  ASSERT_TRUE(manager_->CreateTable(Id("t"), SimpleTable(), false, false).ok());
  // Temporary objects need no existing database.
  ASSERT_TRUE(manager_->CreateView({"x", "y", "v"}, SimpleView(), false, true).ok());
  EXPECT_TRUE(manager_->GetView({"x", "y", "v"})->has_value());
  ASSERT_TRUE(manager_->CreateView(Id("tv"), SimpleView(), false, true).ok());
  EXPECT_EQ(*manager_->ListViews("default_catalog", "default_database"),
            std::vector<std::string>{"tv"});
  ASSERT_TRUE(manager_->DropView(Id("tv"), false, true).ok());
  EXPECT_ERROR(manager_->DropView(Id("tv"), false, true),
               "Temporary table or view with identifier 'default_catalog.default_database.tv' "
               "does not exist.");
}

TEST_F(CatalogManagerTest, TemporaryObjectsAreSessionScoped) {
  ASSERT_TRUE(manager_->CreateTable(Id("tmp"), SimpleTable(), false, true).ok());
  auto other = CatalogManager::Open(dir_).MoveValue();
  EXPECT_FALSE(other->GetTable(Id("tmp"))->has_value());
  EXPECT_TRUE(other->ListTables("default_catalog", "default_database")->empty());
}

TEST_F(CatalogManagerTest, ListTablesOfMissingDatabase) {
  EXPECT_EQ(manager_->ListTables("default_catalog", "nodb").status().message(),
            "Database nodb does not exist in Catalog default_catalog.");
  EXPECT_EQ(manager_->ListViews("default_catalog", "nodb").status().message(),
            "Database nodb does not exist in Catalog default_catalog.");
}

}  // namespace
}  // namespace sluice
