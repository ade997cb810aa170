// CatalogManager: models, versions, temporary models and their error texts (SPEC-models.md §1, §6).

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <string>

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

class CatalogModelsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/sluice_catalog_models_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    manager_ = Reopen();
  }
  void TearDown() override {
    manager_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::unique_ptr<CatalogManager> Reopen() {
    auto opened = CatalogManager::Open(dir_, [this] { return now_; });
    EXPECT_TRUE(opened.ok()) << opened.status().message();
    return opened.ok() ? opened.MoveValue() : nullptr;
  }

  static ObjectIdentifier Id(const std::string& name) {
    return ObjectIdentifier{"default_catalog", "default_database", name};
  }
  static ModelVersion Remote(const std::string& model_name) {
    ModelVersion version;
    version.kind = ModelKind::kRemote;
    version.input.push_back({"text", LogicalType::String(), "the prompt", ""});
    version.output.push_back({"answer", LogicalType::String(), "", ""});
    version.output.push_back({"err", LogicalType::String(), "", "error-string"});
    version.comment = "chat";
    version.options = {{"provider", "openai"}, {"model", model_name}, {"api-key", "sk-1"}};
    return version;
  }

  int64_t now_ = 1700000000000;
  std::string dir_;
  std::unique_ptr<CatalogManager> manager_;
};

#define EXPECT_ERROR(expr, text)        \
  do {                                  \
    Status _status = (expr);            \
    EXPECT_FALSE(_status.ok());         \
    EXPECT_EQ(_status.message(), text); \
  } while (false)

TEST_F(CatalogModelsTest, CreateAndGetModel) {
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("gpt-4o"), false, false, false).ok());
  CatalogModel model = MustGetModel(manager_.get(), Id("m"));
  ASSERT_EQ(model.versions.size(), 1u);
  const ModelVersion& v1 = model.Latest();
  EXPECT_EQ(v1.version, 1);
  EXPECT_EQ(v1.created_at_millis, now_);
  EXPECT_EQ(v1.kind, ModelKind::kRemote);
  ASSERT_EQ(v1.input.size(), 1u);
  EXPECT_EQ(v1.input[0].name, "text");
  EXPECT_EQ(v1.input[0].type, LogicalType::String());
  EXPECT_EQ(v1.input[0].comment, "the prompt");
  ASSERT_EQ(v1.output.size(), 2u);
  EXPECT_EQ(v1.output[1].metadata_key, "error-string");
  EXPECT_EQ(v1.comment, "chat");
  EXPECT_EQ(v1.options.at("model"), "gpt-4o");
  EXPECT_EQ(model.DefaultVersion(), &model.Latest());
  EXPECT_FALSE(manager_->GetModel(Id("nope"))->has_value());
}

TEST_F(CatalogModelsTest, ExplicitCreationTimeIsKept) {
  ModelVersion version = Remote("a");
  version.created_at_millis = 42;
  ASSERT_TRUE(manager_->CreateModel(Id("m"), version, false, false, false).ok());
  EXPECT_EQ(manager_->GetModel(Id("m"))->value().Latest().created_at_millis, 42);
}

TEST_F(CatalogModelsTest, ModelAlreadyExists) {
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("a"), false, false, false).ok());
  EXPECT_ERROR(manager_->CreateModel(Id("m"), Remote("b"), false, false, false),
               "Model default_database.m already exists in Catalog default_catalog.");
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("b"), true, false, false).ok());
  CatalogModel model = MustGetModel(manager_.get(), Id("m"));
  EXPECT_EQ(model.versions.size(), 1u);
  EXPECT_EQ(model.Latest().options.at("model"), "a");
  EXPECT_ERROR(
      manager_->CreateModel({"default_catalog", "nodb", "m"}, Remote("a"), false, false, false),
      "Database nodb does not exist in Catalog default_catalog.");
  EXPECT_ERROR(manager_->CreateModel({"nocat", "db", "m"}, Remote("a"), false, false, false),
               "Catalog nocat does not exist.");
}

TEST_F(CatalogModelsTest, OrReplaceAppendsVersions) {
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("a"), false, false, true).ok());
  now_ += 1000;
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("b"), false, false, true).ok());
  now_ += 1000;
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("c"), false, false, true).ok());
  CatalogModel model = MustGetModel(manager_.get(), Id("m"));
  ASSERT_EQ(model.versions.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(model.versions[i].version, i + 1);
    EXPECT_EQ(model.versions[i].created_at_millis, 1700000000000 + 1000 * i);
  }
  EXPECT_EQ(model.versions[0].options.at("model"), "a");
  EXPECT_EQ(model.Latest().options.at("model"), "c");
  ASSERT_NE(model.FindVersion(2), nullptr);
  EXPECT_EQ(model.FindVersion(2)->options.at("model"), "b");
  EXPECT_EQ(model.FindVersion(4), nullptr);
}

TEST_F(CatalogModelsTest, DefaultVersionPin) {
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("a"), false, false, true).ok());
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("b"), false, false, true).ok());
  ASSERT_TRUE(manager_->AlterModelOptions(Id("m"), {{"default-version", "1"}}, {}, false).ok());
  CatalogModel model = MustGetModel(manager_.get(), Id("m"));
  ASSERT_NE(model.DefaultVersion(), nullptr);
  EXPECT_EQ(model.DefaultVersion()->version, 1);
  ASSERT_TRUE(manager_->AlterModelOptions(Id("m"), {{"default-version", "9"}}, {}, false).ok());
  EXPECT_EQ(manager_->GetModel(Id("m"))->value().DefaultVersion(), nullptr);
}

TEST_F(CatalogModelsTest, AlterSetAndResetChangeLatestVersionInPlace) {
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("a"), false, false, true).ok());
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("b"), false, false, true).ok());
  ASSERT_TRUE(
      manager_->AlterModelOptions(Id("m"), {{"temperature", "0.2"}, {"model", "b2"}}, {}, false)
          .ok());
  ASSERT_TRUE(manager_->AlterModelOptions(Id("m"), {}, {"api-key", "absent"}, false).ok());
  CatalogModel model = MustGetModel(manager_.get(), Id("m"));
  ASSERT_EQ(model.versions.size(), 2u);
  EXPECT_EQ(model.Latest().options,
            (OptionMap{{"model", "b2"}, {"provider", "openai"}, {"temperature", "0.2"}}));
  EXPECT_EQ(model.versions[0].options.at("model"), "a");
  EXPECT_EQ(model.versions[0].options.count("api-key"), 1u);
  // Schemas and comment are untouched.
  EXPECT_EQ(model.Latest().comment, "chat");
  EXPECT_EQ(model.Latest().input.size(), 1u);
}

TEST_F(CatalogModelsTest, AlterMissingModel) {
  EXPECT_ERROR(manager_->AlterModelOptions(Id("nope"), {{"a", "b"}}, {}, false),
               "Model `default_catalog`.`default_database`.`nope` doesn't exist.");
  EXPECT_TRUE(manager_->AlterModelOptions(Id("nope"), {{"a", "b"}}, {}, true).ok());
  EXPECT_ERROR(manager_->AlterModelOptions({"nocat", "d", "m"}, {{"a", "b"}}, {}, false),
               "Model `nocat`.`d`.`m` doesn't exist.");
}

TEST_F(CatalogModelsTest, RenameKeepsVersions) {
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("a"), false, false, true).ok());
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("b"), false, false, true).ok());
  ASSERT_TRUE(manager_->RenameModel(Id("m"), Id("m2"), false).ok());
  EXPECT_FALSE(manager_->GetModel(Id("m"))->has_value());
  CatalogModel model = MustGetModel(manager_.get(), Id("m2"));
  EXPECT_EQ(model.versions.size(), 2u);
  // Into another database of the same catalog.
  ASSERT_TRUE(manager_->CreateDatabase("default_catalog", "db2", "", {}, false).ok());
  ObjectIdentifier moved{"default_catalog", "db2", "m3"};
  ASSERT_TRUE(manager_->RenameModel(Id("m2"), moved, false).ok());
  EXPECT_EQ(manager_->GetModel(moved)->value().versions.size(), 2u);
  EXPECT_EQ(*manager_->ListModels("default_catalog", "db2"), std::vector<std::string>{"m3"});
}

TEST_F(CatalogModelsTest, RenameErrors) {
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("a"), false, false, false).ok());
  ASSERT_TRUE(manager_->CreateModel(Id("other"), Remote("a"), false, false, false).ok());
  EXPECT_ERROR(manager_->RenameModel(Id("m"), {"cat2", "default_database", "m"}, false),
               "The catalog name of the new model name 'cat2.default_database.m' must be the "
               "same as the old model name 'default_catalog.default_database.m'.");
  EXPECT_ERROR(manager_->RenameModel(Id("m"), Id("other"), false),
               "Model default_database.other already exists in Catalog default_catalog.");
  EXPECT_ERROR(manager_->RenameModel(Id("nope"), Id("x"), false),
               "Model `default_catalog`.`default_database`.`nope` doesn't exist.");
  EXPECT_TRUE(manager_->RenameModel(Id("nope"), Id("x"), true).ok());
  EXPECT_ERROR(manager_->RenameModel(Id("m"), {"default_catalog", "nodb", "m"}, false),
               "Database nodb does not exist in Catalog default_catalog.");
  EXPECT_TRUE(manager_->GetModel(Id("m"))->has_value());
}

TEST_F(CatalogModelsTest, DropRemovesAllVersions) {
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("a"), false, false, true).ok());
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("b"), false, false, true).ok());
  ASSERT_TRUE(manager_->DropModel(Id("m"), false, false).ok());
  EXPECT_FALSE(manager_->GetModel(Id("m"))->has_value());
  EXPECT_ERROR(manager_->DropModel(Id("m"), false, false),
               "Model with identifier 'default_catalog.default_database.m' does not exist.");
  EXPECT_TRUE(manager_->DropModel(Id("m"), true, false).ok());
  // A new model of the same name starts again at version 1.
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("c"), false, false, true).ok());
  EXPECT_EQ(manager_->GetModel(Id("m"))->value().Latest().version, 1);
}

TEST_F(CatalogModelsTest, ListModelsSortedWithTemporary) {
  ASSERT_TRUE(manager_->CreateModel(Id("zeta"), Remote("a"), false, false, false).ok());
  ASSERT_TRUE(manager_->CreateModel(Id("alpha"), Remote("a"), false, false, false).ok());
  ASSERT_TRUE(manager_->CreateModel(Id("mid"), Remote("a"), false, true, false).ok());
  ASSERT_TRUE(manager_->CreateModel(Id("alpha"), Remote("a"), false, true, false).ok());
  EXPECT_EQ(*manager_->ListModels("default_catalog", "default_database"),
            (std::vector<std::string>{"alpha", "mid", "zeta"}));
  EXPECT_EQ(manager_->ListModels("default_catalog", "nodb").status().message(),
            "Database nodb does not exist in Catalog default_catalog.");
}

TEST_F(CatalogModelsTest, TemporaryModels) {
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("perm"), false, false, false).ok());
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("temp"), false, true, false).ok());
  EXPECT_TRUE(manager_->IsTemporary(Id("m")));
  EXPECT_EQ(manager_->GetModel(Id("m"))->value().Latest().options.at("model"), "temp");
  EXPECT_ERROR(manager_->CreateModel(Id("m"), Remote("temp"), false, true, false),
               "Temporary model '`default_catalog`.`default_database`.`m`' already exists");
  ASSERT_TRUE(manager_->CreateModel(Id("m"), Remote("temp2"), false, true, true).ok());
  EXPECT_EQ(manager_->GetModel(Id("m"))->value().versions.size(), 2u);
  ASSERT_TRUE(manager_->AlterModelOptions(Id("m"), {{"x", "y"}}, {"api-key"}, false).ok());
  EXPECT_EQ(manager_->GetModel(Id("m"))->value().Latest().options.count("x"), 1u);
  EXPECT_ERROR(manager_->DropModel(Id("m"), false, false),
               "Temporary model with identifier '`default_catalog`.`default_database`.`m`' "
               "exists. Drop it first before removing the permanent model.");
  ASSERT_TRUE(manager_->DropModel(Id("m"), false, true).ok());
  EXPECT_ERROR(manager_->DropModel(Id("m"), false, true),
               "Temporary model with identifier 'default_catalog.default_database.m' does not "
               "exist.");
  // The permanent model was never touched.
  CatalogModel model = MustGetModel(manager_.get(), Id("m"));
  EXPECT_EQ(model.versions.size(), 1u);
  EXPECT_EQ(model.Latest().options.at("model"), "perm");
  EXPECT_EQ(model.Latest().options.count("x"), 0u);
}

TEST_F(CatalogModelsTest, TemporaryModelRename) {
  ASSERT_TRUE(manager_->CreateModel(Id("t"), Remote("a"), false, true, false).ok());
  ASSERT_TRUE(manager_->RenameModel(Id("t"), Id("t2"), false).ok());
  EXPECT_FALSE(manager_->IsTemporary(Id("t")));
  EXPECT_TRUE(manager_->IsTemporary(Id("t2")));
  EXPECT_TRUE(manager_->GetModel(Id("t2"))->has_value());
}

TEST_F(CatalogModelsTest, ArtifactsAndTrainingReportPersist) {
  ModelVersion version;
  version.kind = ModelKind::kTrained;
  version.input.push_back({"x", LogicalType::Double(), "", ""});
  version.output.push_back({"y", LogicalType::Double().NotNull(), "", ""});
  version.options = {{"task", "regression"}, {"algorithm", "linear_regression"}};
  version.artifact = std::string("\0\x01\x02binary\xff", 10);
  version.artifact_sha256 = "abc123";
  version.training_report = R"({"loss": 0.5})";
  ASSERT_TRUE(manager_->CreateModel(Id("m"), version, false, false, false).ok());
  ModelVersion embedding = Remote("e");
  embedding.output = {{"v", LogicalType::Array(LogicalType::Float()), "", ""}};
  ASSERT_TRUE(manager_->CreateModel(Id("e"), embedding, false, false, false).ok());
  manager_ = Reopen();
  CatalogModel model = MustGetModel(manager_.get(), Id("m"));
  const ModelVersion& read = model.Latest();
  EXPECT_EQ(read.kind, ModelKind::kTrained);
  EXPECT_EQ(read.artifact, version.artifact);
  EXPECT_EQ(read.artifact.size(), 10u);
  EXPECT_EQ(read.artifact_sha256, "abc123");
  EXPECT_EQ(read.training_report, R"({"loss": 0.5})");
  EXPECT_EQ(read.output[0].type, LogicalType::Double().NotNull());
  EXPECT_EQ(manager_->GetModel(Id("e"))->value().Latest().output[0].type,
            LogicalType::Array(LogicalType::Float()));
}

TEST_F(CatalogModelsTest, ModelKindNames) {
  EXPECT_STREQ(ModelKindName(ModelKind::kRemote), "remote");
  EXPECT_STREQ(ModelKindName(ModelKind::kImported), "imported");
  EXPECT_STREQ(ModelKindName(ModelKind::kTrained), "trained");
}

}  // namespace
}  // namespace sluice
