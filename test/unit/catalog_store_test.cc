// The persistent catalog store: persistence across reopen, several managers on one directory
// (visibility and concurrent writers), and stores that cannot be opened.

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "catalog/catalog_manager.h"

namespace sluice {
namespace {

// The model `id`, which must exist (a failure otherwise).
CatalogModel MustGetModel(CatalogManager* manager, const ObjectIdentifier& id) {
  auto model = manager->GetModel(id);
  if (!model.ok() || !model->has_value()) {
    ADD_FAILURE() << "model " << id.ToString() << " not found";
    return CatalogModel{};
  }
  return std::move(**model);
}

class CatalogStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/sluice_catalog_store_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<CatalogManager> OpenManager(const std::string& directory) {
    auto opened = CatalogManager::Open(directory);
    EXPECT_TRUE(opened.ok()) << opened.status().message();
    return opened.ok() ? opened.MoveValue() : nullptr;
  }
  static ObjectIdentifier Id(const std::string& name) {
    return ObjectIdentifier{"default_catalog", "default_database", name};
  }
  static CatalogTable Table(const std::string& comment) {
    CatalogTable table;
    TableColumn column;
    column.name = "a";
    column.type = LogicalType::Int();
    table.columns.push_back(column);
    table.comment = comment;
    return table;
  }
  // Runs one SQL statement on the store file directly, returning the first column of the first
  // row as text ("" when none).
  std::string QueryStore(const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open((dir_ + "/catalog.db").c_str(), &db), SQLITE_OK);
    std::string result;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(statement, 0);
      if (text != nullptr) result = reinterpret_cast<const char*>(text);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
  }

  std::string dir_;
};

TEST_F(CatalogStoreTest, EverythingPersistsAcrossReopen) {
  {
    auto manager = OpenManager(dir_);
    ASSERT_TRUE(manager->CreateCatalog("cat1", {{"k", "v"}}, "c", false).ok());
    ASSERT_TRUE(manager->CreateDatabase("cat1", "db1", "d", {{"p", "q"}}, false).ok());
    ASSERT_TRUE(manager->CreateTable({"cat1", "db1", "t"}, Table("t"), false, false).ok());
    CatalogView view;
    view.query = "SELECT * FROM t";
    ASSERT_TRUE(manager->CreateView({"cat1", "db1", "v"}, view, false, false).ok());
    ModelVersion model;
    model.options["provider"] = "openai";
    ASSERT_TRUE(manager->CreateModel({"cat1", "db1", "m"}, model, false, false, false).ok());
    ASSERT_TRUE(manager->CreateModel({"cat1", "db1", "m"}, model, false, false, true).ok());
  }
  auto manager = OpenManager(dir_);
  EXPECT_EQ(*manager->ListCatalogs(), (std::vector<std::string>{"cat1", "default_catalog"}));
  auto descriptor = *manager->GetCatalog("cat1");
  ASSERT_TRUE(descriptor.has_value());
  EXPECT_EQ(descriptor->options, (OptionMap{{"k", "v"}}));
  EXPECT_EQ(descriptor->comment, "c");
  EXPECT_EQ(*manager->ListDatabases("cat1"), (std::vector<std::string>{"db1", "default"}));
  EXPECT_EQ(manager->GetDatabase("cat1", "db1")->value().properties, (OptionMap{{"p", "q"}}));
  EXPECT_EQ(*manager->ListTables("cat1", "db1"), (std::vector<std::string>{"t", "v"}));
  EXPECT_EQ(manager->GetView({"cat1", "db1", "v"})->value().query, "SELECT * FROM t");
  EXPECT_EQ(manager->GetModel({"cat1", "db1", "m"})->value().versions.size(), 2u);
  // The session state (current catalog) is not persisted.
  EXPECT_EQ(manager->current_catalog(), "default_catalog");
}

TEST_F(CatalogStoreTest, StoreLayout) {
  OpenManager(dir_);
  EXPECT_EQ(QueryStore("SELECT version FROM schema_version"), "1");
  EXPECT_EQ(QueryStore("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(QueryStore("SELECT count(*) FROM databases WHERE catalog = 'default_catalog' AND "
                       "name = 'default_database'"),
            "1");
}

TEST_F(CatalogStoreTest, DroppedCatalogLosesItsObjects) {
  auto manager = OpenManager(dir_);
  ASSERT_TRUE(manager->CreateCatalog("cat1", {}, "", false).ok());
  ASSERT_TRUE(manager->CreateTable({"cat1", "default", "t"}, Table(""), false, false).ok());
  ModelVersion model;
  ASSERT_TRUE(manager->CreateModel({"cat1", "default", "m"}, model, false, false, false).ok());
  ASSERT_TRUE(manager->DropCatalog("cat1", false).ok());
  EXPECT_EQ(QueryStore("SELECT count(*) FROM relations WHERE catalog = 'cat1'"), "0");
  EXPECT_EQ(QueryStore("SELECT count(*) FROM model_versions WHERE catalog = 'cat1'"), "0");
  ASSERT_TRUE(manager->CreateCatalog("cat1", {}, "", false).ok());
  EXPECT_TRUE(manager->ListTables("cat1", "default")->empty());
}

TEST_F(CatalogStoreTest, TwoManagersSeeEachOthersChanges) {
  auto first = OpenManager(dir_);
  auto second = OpenManager(dir_);
  ASSERT_TRUE(first->CreateTable(Id("t"), Table("one"), false, false).ok());
  EXPECT_EQ(second->GetTable(Id("t"))->value().comment, "one");
  ASSERT_TRUE(second->AlterTable(Id("t"), Table("two"), false).ok());
  EXPECT_EQ(first->GetTable(Id("t"))->value().comment, "two");
  ASSERT_TRUE(second->CreateModel(Id("m"), ModelVersion{}, false, false, false).ok());
  ASSERT_TRUE(first->CreateModel(Id("m"), ModelVersion{}, false, false, true).ok());
  EXPECT_EQ(second->GetModel(Id("m"))->value().versions.size(), 2u);
  ASSERT_TRUE(first->CreateCatalog("shared", {}, "", false).ok());
  EXPECT_TRUE(second->UseCatalog("shared").ok());
  EXPECT_EQ(second->current_database(), "default");
  ASSERT_TRUE(first->DropTable(Id("t"), false, false).ok());
  EXPECT_FALSE(second->GetTable(Id("t"))->has_value());
  EXPECT_FALSE(second->DropTable(Id("t"), false, false).ok());
}

TEST_F(CatalogStoreTest, ConcurrentCreatesOfOneNameFromTwoThreads) {
  auto first = OpenManager(dir_);
  auto second = OpenManager(dir_);
  constexpr int kRounds = 30;
  for (int round = 0; round < kRounds; ++round) {
    ObjectIdentifier id = Id("t" + std::to_string(round));
    std::atomic<bool> go{false};
    Status results[2];
    auto worker = [&](CatalogManager* manager, int slot) {
      while (!go.load()) {
      }
      results[slot] = manager->CreateTable(id, Table(std::to_string(slot)), false, false);
    };
    std::thread a(worker, first.get(), 0);
    std::thread b(worker, second.get(), 1);
    go = true;
    a.join();
    b.join();
    int successes = results[0].ok() + results[1].ok();
    ASSERT_EQ(successes, 1) << results[0].message() << " / " << results[1].message();
    const Status& failure = results[0].ok() ? results[1] : results[0];
    EXPECT_EQ(failure.message(), "Table (or view) default_database." + id.name +
                                     " already exists in Catalog default_catalog.");
  }
  EXPECT_EQ(first->ListTables("default_catalog", "default_database")->size(),
            static_cast<size_t>(kRounds));
  EXPECT_EQ(QueryStore("PRAGMA integrity_check"), "ok");
}

TEST_F(CatalogStoreTest, ConcurrentWritersOfDifferentObjects) {
  constexpr int kPerThread = 40;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 3; ++t) {
    threads.emplace_back([&, t] {
      auto opened = CatalogManager::Open(dir_);
      if (!opened.ok()) {
        ++failures;
        return;
      }
      auto manager = opened.MoveValue();
      for (int i = 0; i < kPerThread; ++i) {
        std::string name = "m" + std::to_string(t) + "_" + std::to_string(i);
        if (!manager->CreateModel(Id(name), ModelVersion{}, false, false, false).ok()) ++failures;
        // Everyone also appends to one shared model.
        if (!manager->CreateModel(Id("shared"), ModelVersion{}, false, false, true).ok()) {
          ++failures;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  auto manager = OpenManager(dir_);
  EXPECT_EQ(manager->ListModels("default_catalog", "default_database")->size(),
            static_cast<size_t>(3 * kPerThread + 1));
  CatalogModel shared = MustGetModel(manager.get(), Id("shared"));
  ASSERT_EQ(shared.versions.size(), static_cast<size_t>(3 * kPerThread));
  for (size_t i = 0; i < shared.versions.size(); ++i) {
    EXPECT_EQ(shared.versions[i].version, static_cast<int64_t>(i + 1));
  }
}

TEST_F(CatalogStoreTest, DirectoryUnderARegularFileIsAClearError) {
  std::string file = dir_ + "/plain_file";
  std::ofstream(file) << "x";
  auto opened = CatalogManager::Open(file + "/catalog");
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), StatusCode::kExternalError);
  EXPECT_NE(opened.status().message().find("Cannot create the catalog directory"),
            std::string::npos);
  EXPECT_NE(opened.status().message().find(file + "/catalog"), std::string::npos);
}

TEST_F(CatalogStoreTest, DirectoryThatIsAFileIsAClearError) {
  std::string file = dir_ + "/plain_file";
  std::ofstream(file) << "x";
  auto opened = CatalogManager::Open(file);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), StatusCode::kExternalError);
  EXPECT_NE(opened.status().message().find(file), std::string::npos);
}

TEST_F(CatalogStoreTest, CorruptStoreFileIsAClearError) {
  std::ofstream(dir_ + "/catalog.db") << std::string(4096, 'g');
  auto opened = CatalogManager::Open(dir_);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), StatusCode::kExternalError);
  EXPECT_NE(opened.status().message().find(dir_ + "/catalog.db"), std::string::npos);
  EXPECT_NE(opened.status().message().find("not a database"), std::string::npos)
      << opened.status().message();
}

TEST_F(CatalogStoreTest, ForeignSqliteDatabaseIsRefused) {
  QueryStore("CREATE TABLE something_else (x INTEGER)");
  auto opened = CatalogManager::Open(dir_);
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().message().find("is not a Sluice catalog store"), std::string::npos)
      << opened.status().message();
}

TEST_F(CatalogStoreTest, NewerLayoutIsRefused) {
  OpenManager(dir_);
  QueryStore("UPDATE schema_version SET version = 99");
  auto opened = CatalogManager::Open(dir_);
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().message().find("layout version 99"), std::string::npos)
      << opened.status().message();
}

TEST_F(CatalogStoreTest, DamagedDefinitionIsAnErrorNotACrash) {
  auto manager = OpenManager(dir_);
  ASSERT_TRUE(manager->CreateTable(Id("t"), Table(""), false, false).ok());
  QueryStore("UPDATE relations SET definition = 'not json' WHERE name = 't'");
  auto read = manager->GetTable(Id("t"));
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), StatusCode::kExternalError);
}

TEST_F(CatalogStoreTest, OpenCreatesNestedDirectories) {
  std::string nested = dir_ + "/a/b/c";
  auto manager = OpenManager(nested);
  ASSERT_NE(manager, nullptr);
  EXPECT_TRUE(std::filesystem::exists(nested + "/catalog.db"));
}

TEST_F(CatalogStoreTest, ConcurrentOpensOfANewStore) {
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      auto opened = CatalogManager::Open(dir_ + "/fresh");
      if (!opened.ok()) ++failures;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  auto manager = OpenManager(dir_ + "/fresh");
  EXPECT_EQ(*manager->ListCatalogs(), std::vector<std::string>{"default_catalog"});
}

}  // namespace
}  // namespace sluice
