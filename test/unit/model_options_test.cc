// Tests of option-key normalization, provider resolution, secrets and ${ENV} references.

#include <cstdlib>

#include <gtest/gtest.h>

#include "model/model_options.h"

namespace sluice {
namespace {

TEST(ModelOptionsTest, NormalizeKeySpellings) {
  EXPECT_EQ(NormalizeOptionKey("openai", "endpoint"), "endpoint");
  EXPECT_EQ(NormalizeOptionKey("openai", "openai.endpoint"), "endpoint");
  EXPECT_EQ(NormalizeOptionKey("openai", "OpenAI.endpoint"), "endpoint");
  EXPECT_EQ(NormalizeOptionKey("onnx", "ONNX.path"), "path");
  EXPECT_EQ(NormalizeOptionKey("openai", "api_key"), "api-key");
  EXPECT_EQ(NormalizeOptionKey("openai", "openai.api_key"), "api-key");
  EXPECT_EQ(NormalizeOptionKey("openai", "openai.system_prompt"), "system-prompt");
  EXPECT_EQ(NormalizeOptionKey("openai", "api-key"), "api-key");
}

TEST(ModelOptionsTest, NormalizeKeepsCaseAndForeignPrefixes) {
  // Only the provider prefix is case-insensitive; the key itself stays as written.
  EXPECT_EQ(NormalizeOptionKey("openai", "Endpoint"), "Endpoint");
  EXPECT_EQ(NormalizeOptionKey("gemini", "openai.model"), "openai.model");
  EXPECT_EQ(NormalizeOptionKey("openai", "openai."), "openai.");
  EXPECT_EQ(NormalizeOptionKey("openai", "openaix.model"), "openaix.model");
}

TEST(ModelOptionsTest, NormalizeOptionsMap) {
  OptionMap options = {{"provider", "openai"},
                       {"openai.endpoint", "https://api.openai.com/v1/chat/completions"},
                       {"api_key", "sk"},
                       {"OPENAI.max_tokens", "10"}};
  Result<OptionMap> normalized = NormalizeOptions("openai", options);
  ASSERT_TRUE(normalized.ok()) << normalized.status().message();
  OptionMap expected = {{"provider", "openai"},
                        {"endpoint", "https://api.openai.com/v1/chat/completions"},
                        {"api-key", "sk"},
                        {"max-tokens", "10"}};
  EXPECT_EQ(*normalized, expected);
}

TEST(ModelOptionsTest, TwoSpellingsOfOneKeyAreAnError) {
  OptionMap options = {{"api_key", "sk-1"}, {"openai.api-key", "sk-2"}};
  Result<OptionMap> normalized = NormalizeOptions("openai", options);
  ASSERT_FALSE(normalized.ok());
  EXPECT_EQ(normalized.status().code(), StatusCode::kUserError);
  EXPECT_EQ(normalized.status().message(),
            "Option 'api-key' is given twice, as 'api_key' and as 'openai.api-key'.");
  EXPECT_EQ(normalized.status().message().find("sk-"), std::string::npos);
}

TEST(ModelOptionsTest, ResolveProviderFromProviderOption) {
  EXPECT_EQ(*ResolveProviderName({{"provider", "openai"}}), "openai");
  EXPECT_EQ(*ResolveProviderName({{"provider", "OpenAI"}}), "openai");
  EXPECT_EQ(*ResolveProviderName({{"type", "remote"}, {"provider", "gemini"}}), "gemini");
  EXPECT_EQ(*ResolveProviderName({{"endpoint", "x"}}), "");
  EXPECT_EQ(*ResolveProviderName({{"type", "remote"}}), "");
}

TEST(ModelOptionsTest, ResolveProviderFromFlip437Import) {
  EXPECT_EQ(*ResolveProviderName({{"type", "import"}, {"format", "ONNX"}, {"ONNX.path", "m.onnx"}}),
            "onnx");
  EXPECT_EQ(*ResolveProviderName({{"type", "IMPORT"}, {"format", "XGBOOST"}}), "xgboost");
  EXPECT_EQ(*ResolveProviderName({{"format", "onnx"}}), "onnx");
  EXPECT_EQ(*ResolveProviderName({{"type", "import"}, {"format", "ONNX"}, {"provider", "onnx"}}),
            "onnx");
}

TEST(ModelOptionsTest, ResolveProviderErrors) {
  EXPECT_EQ(ResolveProviderName({{"type", "import"}}).status().message(),
            "Option 'format' is required when 'type' = 'import'. Supported formats: ONNX, "
            "XGBOOST.");
  EXPECT_EQ(ResolveProviderName({{"type", "local"}}).status().message(),
            "Unsupported model type 'local'. Supported types: import, remote.");
  EXPECT_EQ(ResolveProviderName({{"provider", " "}}).status().message(),
            "Option 'provider' must not be empty.");
  EXPECT_EQ(ResolveProviderName({{"provider", "onnx"}, {"type", "import"}, {"format", "XGBOOST"}})
                .status()
                .message(),
            "Options 'provider' = 'onnx' and 'format' = 'XGBOOST' name different model "
            "providers.");
}

TEST(ModelOptionsTest, SecretKeys) {
  EXPECT_TRUE(IsSecretOptionKey("api-key"));
  EXPECT_TRUE(IsSecretOptionKey("api_key"));
  EXPECT_TRUE(IsSecretOptionKey("openai.api_key"));
  EXPECT_TRUE(IsSecretOptionKey("OPENAI.API-KEY"));
  EXPECT_TRUE(IsSecretOptionKey("apikey"));
  EXPECT_TRUE(IsSecretOptionKey("access-token"));
  EXPECT_TRUE(IsSecretOptionKey("client_secret"));
  EXPECT_TRUE(IsSecretOptionKey("db.password"));
  EXPECT_FALSE(IsSecretOptionKey("max-tokens"));
  EXPECT_FALSE(IsSecretOptionKey("tokens-per-minute"));
  EXPECT_FALSE(IsSecretOptionKey("token-budget"));
  EXPECT_FALSE(IsSecretOptionKey("endpoint"));
  EXPECT_FALSE(IsSecretOptionKey("key.path"));
}

TEST(ModelOptionsTest, MaskSecrets) {
  OptionMap options = {{"provider", "openai"},
                       {"openai.api_key", "sk-live"},
                       {"session-token", "t"},
                       {"max-tokens", "100"}};
  OptionMap masked = MaskSecretOptions(options);
  EXPECT_EQ(masked.at("provider"), "openai");
  EXPECT_EQ(masked.at("openai.api_key"), "****");
  EXPECT_EQ(masked.at("session-token"), "****");
  EXPECT_EQ(masked.at("max-tokens"), "100");
  EXPECT_EQ(options.at("openai.api_key"), "sk-live");  // the input is untouched
}

TEST(ModelOptionsTest, EnvReferencesFromProcessEnvironment) {
  ASSERT_EQ(setenv("SLUICE_TEST_OPENAI_KEY", "sk-from-env", 1), 0);
  EXPECT_EQ(*ResolveEnvReferences("${SLUICE_TEST_OPENAI_KEY}"), "sk-from-env");
  EXPECT_EQ(*ResolveEnvReferences("Bearer ${SLUICE_TEST_OPENAI_KEY}!"), "Bearer sk-from-env!");
  EXPECT_EQ(*ResolveEnvReferences("no reference, $5 and {braces}"),
            "no reference, $5 and {braces}");
  unsetenv("SLUICE_TEST_OPENAI_KEY");
}

TEST(ModelOptionsTest, MissingEnvVariableNamesOnlyTheVariable) {
  unsetenv("SLUICE_TEST_UNSET_VARIABLE");
  Result<std::string> resolved =
      ResolveEnvReferences("secret-prefix-${SLUICE_TEST_UNSET_VARIABLE}");
  ASSERT_FALSE(resolved.ok());
  EXPECT_EQ(resolved.status().code(), StatusCode::kUserError);
  EXPECT_EQ(resolved.status().message(),
            "Environment variable 'SLUICE_TEST_UNSET_VARIABLE' is not set.");
}

TEST(ModelOptionsTest, EnvReferenceEscapesAndMalformedReferences) {
  EXPECT_EQ(*ResolveEnvReferences("$${HOME}"), "${HOME}");
  EXPECT_EQ(ResolveEnvReferences("sk-${OPEN").status().message(),
            "Unterminated environment variable reference: '${' without a closing '}'. Write "
            "'$${' for a literal '${'.");
  EXPECT_EQ(ResolveEnvReferences("${1BAD}").status().message(),
            "Invalid environment variable reference: a name of letters, digits and '_' is "
            "expected between '${' and '}'.");
  EXPECT_FALSE(ResolveEnvReferences("${}").ok());
}

TEST(ModelOptionsTest, EnvReferencesWithInjectedLookupAndOptionMaps) {
  EnvLookup lookup = [](const std::string& name) -> std::optional<std::string> {
    if (name == "KEY") return std::string("sk-injected");
    return std::nullopt;
  };
  Result<OptionMap> resolved =
      ResolveEnvReferences(OptionMap{{"api-key", "${KEY}"}, {"model", "gpt"}}, lookup);
  ASSERT_TRUE(resolved.ok());
  EXPECT_EQ(resolved->at("api-key"), "sk-injected");
  EXPECT_EQ(resolved->at("model"), "gpt");
  Result<OptionMap> missing = ResolveEnvReferences(OptionMap{{"api-key", "${NOPE}"}}, lookup);
  EXPECT_EQ(missing.status().message(),
            "Option 'api-key': Environment variable 'NOPE' is not set.");
}

}  // namespace
}  // namespace sluice
