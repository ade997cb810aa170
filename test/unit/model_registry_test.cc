// Tests of ProviderRegistry, provider resolution and the rows of SHOW PROVIDERS.

#include <algorithm>
#include <memory>

#include <gtest/gtest.h>

#include "model/builtin_providers.h"
#include "model/provider_catalog_rows.h"
#include "model/provider_registry.h"

namespace sluice {
namespace {

// A provider declared in the test, to check the registry and the base class's generic checks.
class FakeProviderFactory final : public ModelProviderFactory {
 public:
  explicit FakeProviderFactory(std::string name) : name_(std::move(name)) {
    options_ = {OptionSpec{.key = "provider", .type = OptionType::kString},
                OptionSpec{.key = "size", .type = OptionType::kInt, .required = true}};
  }
  std::string_view Name() const override { return name_; }
  std::string_view Description() const override { return "A fake."; }
  ModelKind Kind() const override { return ModelKind::kRemote; }
  const std::vector<OptionSpec>& Options() const override { return options_; }
  Status ValidateSchemas(const ModelVersion& version) const override {
    if (version.input.size() > 1) return Status::UserError("Too many inputs.");
    return Status::OK();
  }

 private:
  std::string name_;
  std::vector<OptionSpec> options_;
};

ModelVersion RemoteModel(OptionMap options) {
  ModelVersion version;
  version.options = std::move(options);
  return version;
}

std::vector<std::string> Messages(const std::vector<Status>& problems) {
  std::vector<std::string> messages;
  for (const Status& status : problems) messages.push_back(status.message());
  return messages;
}

TEST(ModelRegistryTest, RegisterFindAndList) {
  ProviderRegistry registry;
  ASSERT_TRUE(registry.Register(std::make_unique<FakeProviderFactory>("zeta")).ok());
  ASSERT_TRUE(registry.Register(std::make_unique<FakeProviderFactory>("alpha")).ok());
  Status duplicate = registry.Register(std::make_unique<FakeProviderFactory>("alpha"));
  EXPECT_EQ(duplicate.code(), StatusCode::kInternalError);
  EXPECT_EQ(duplicate.message(), "Model provider 'alpha' is registered twice.");
  ASSERT_NE(registry.Find("ALPHA"), nullptr);
  EXPECT_EQ(registry.Find("ALPHA")->Name(), "alpha");
  EXPECT_EQ(registry.Find("beta"), nullptr);
  std::vector<const ModelProviderFactory*> list = registry.List();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]->Name(), "alpha");
  EXPECT_EQ(list[1]->Name(), "zeta");
}

TEST(ModelRegistryTest, BuiltinProvidersAreRegisteredSorted) {
  ProviderRegistry registry;
  RegisterBuiltinProviders(registry);
  EXPECT_EQ(registry.Names(), (std::vector<std::string>{"anthropic", "builtin", "gemini", "onnx",
                                                        "openai", "xgboost"}));
  EXPECT_EQ(registry.Find("openai")->Kind(), ModelKind::kRemote);
  EXPECT_EQ(registry.Find("onnx")->Kind(), ModelKind::kImported);
  EXPECT_EQ(registry.Find("xgboost")->Kind(), ModelKind::kImported);
  EXPECT_EQ(registry.Find("builtin")->Kind(), ModelKind::kTrained);
  for (const ModelProviderFactory* factory : registry.List()) {
    const std::vector<OptionSpec>& options = factory->Options();
    EXPECT_TRUE(
        std::is_sorted(options.begin(), options.end(),
                       [](const OptionSpec& a, const OptionSpec& b) { return a.key < b.key; }))
        << factory->Name();
    EXPECT_NE(factory->FindOption("provider"), nullptr) << factory->Name();
    EXPECT_NE(factory->FindOption("task"), nullptr) << factory->Name();
    EXPECT_FALSE(factory->Description().empty());
  }
}

TEST(ModelRegistryTest, UnknownAndMissingProvider) {
  ProviderRegistry registry;
  RegisterBuiltinProviders(registry);
  EXPECT_EQ(Messages(ValidateModelDefinition(registry, RemoteModel({{"provider", "foo"}}))),
            (std::vector<std::string>{"Unsupported model provider 'foo'. Supported providers: "
                                      "anthropic, builtin, gemini, onnx, openai, xgboost."}));
  EXPECT_EQ(Messages(ValidateModelDefinition(registry, RemoteModel({{"model", "gpt"}}))),
            (std::vector<std::string>{"Missing model provider: set the 'provider' option. "
                                      "Supported providers: anthropic, builtin, gemini, onnx, "
                                      "openai, xgboost."}));
  EXPECT_EQ(Messages(ValidateModelDefinition(
                registry, RemoteModel({{"type", "import"}, {"format", "PMML"}}))),
            (std::vector<std::string>{"Unsupported model provider 'pmml'. Supported providers: "
                                      "anthropic, builtin, gemini, onnx, openai, xgboost."}));
}

TEST(ModelRegistryTest, FindModelProviderResolvesEverySpelling) {
  ProviderRegistry registry;
  RegisterBuiltinProviders(registry);
  Result<const ModelProviderFactory*> onnx = FindModelProvider(
      registry, RemoteModel({{"type", "import"}, {"format", "ONNX"}, {"ONNX.path", "m.onnx"}}));
  ASSERT_TRUE(onnx.ok());
  EXPECT_EQ((*onnx)->Name(), "onnx");
  ModelVersion trained = RemoteModel({{"algorithm", "kmeans"}});
  trained.kind = ModelKind::kTrained;
  Result<const ModelProviderFactory*> builtin = FindModelProvider(registry, trained);
  ASSERT_TRUE(builtin.ok());
  EXPECT_EQ((*builtin)->Name(), "builtin");
}

TEST(ModelRegistryTest, GenericValidationOfBaseClass) {
  ProviderRegistry registry;
  ASSERT_TRUE(registry.Register(std::make_unique<FakeProviderFactory>("fake")).ok());
  ModelVersion version = RemoteModel({{"provider", "fake"}, {"colour", "red"}});
  version.input.resize(2);
  version.input[0].name = "a";
  version.input[1].name = "b";
  EXPECT_EQ(Messages(ValidateModelDefinition(registry, version)),
            (std::vector<std::string>{
                "Unsupported option 'colour' for provider 'fake'. Supported options: provider, "
                "size.",
                "Missing required option 'size' for provider 'fake'.", "Too many inputs."}));
  version = RemoteModel({{"provider", "fake"}, {"fake.size", "3"}});
  EXPECT_TRUE(ValidateModelDefinition(registry, version).empty());
}

TEST(ModelRegistryTest, ShowProvidersRows) {
  ProviderRegistry registry;
  RegisterBuiltinProviders(registry);
  EXPECT_EQ(ShowProvidersColumnNames(),
            (std::vector<std::string>{"provider", "kind", "option", "type", "required", "default",
                                      "secret", "description"}));
  std::vector<ProviderOptionRow> rows = ShowProvidersRows(registry);
  size_t expected_rows = 0;
  for (const ModelProviderFactory* factory : registry.List()) {
    expected_rows += factory->Options().size();
  }
  ASSERT_EQ(rows.size(), expected_rows);
  EXPECT_TRUE(std::is_sorted(
      rows.begin(), rows.end(), [](const ProviderOptionRow& a, const ProviderOptionRow& b) {
        return std::tie(a.provider, a.option) < std::tie(b.provider, b.option);
      }));
  EXPECT_EQ(rows.front().provider, "anthropic");
  EXPECT_EQ(rows.front().option, "anthropic-version");
  EXPECT_EQ(rows.front().kind, "remote");
  EXPECT_EQ(rows.front().default_value, "2023-06-01");

  auto find = [&](const std::string& provider, const std::string& option) {
    auto it = std::find_if(rows.begin(), rows.end(), [&](const ProviderOptionRow& row) {
      return row.provider == provider && row.option == option;
    });
    EXPECT_NE(it, rows.end()) << provider << "." << option;
    return *it;
  };
  ProviderOptionRow api_key = find("openai", "api-key");
  EXPECT_EQ(api_key.type, "STRING");
  EXPECT_FALSE(api_key.required);
  EXPECT_EQ(api_key.default_value, std::nullopt);
  EXPECT_TRUE(api_key.secret);

  ProviderOptionRow endpoint = find("openai", "endpoint");
  EXPECT_TRUE(endpoint.required);
  EXPECT_FALSE(endpoint.secret);

  ProviderOptionRow format = find("openai", "response-format");
  EXPECT_EQ(format.type, "ENUM(text, json_object)");
  EXPECT_EQ(find("openai", "system-prompt").default_value, "You are a helpful assistant.");
  EXPECT_EQ(find("openai", "retry-num").default_value, "100");
  EXPECT_EQ(find("openai", "error-handling-strategy").type, "ENUM(RETRY, FAILOVER, IGNORE)");
  EXPECT_EQ(find("onnx", "path").kind, "imported");
  EXPECT_TRUE(find("onnx", "path").required);
  EXPECT_EQ(find("builtin", "algorithm").kind, "trained");
  EXPECT_EQ(find("xgboost", "task").default_value, "regression");
}

}  // namespace
}  // namespace sluice
