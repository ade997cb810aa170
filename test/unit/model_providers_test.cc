// Tests of the built-in providers' option and schema checks, through ValidateModelDefinition.

#include <gtest/gtest.h>

#include "model/builtin_providers.h"
#include "model/provider_registry.h"
#include "model/providers/openai/openai_provider.h"

namespace sluice {
namespace {

constexpr const char* kChatEndpoint = "https://api.openai.com/v1/chat/completions";
constexpr const char* kEmbeddingEndpoint = "https://api.openai.com/v1/embeddings";

ModelColumn Col(std::string name, LogicalType type, std::string metadata_key = "") {
  ModelColumn column;
  column.name = std::move(name);
  column.type = std::move(type);
  column.metadata_key = std::move(metadata_key);
  return column;
}

class ModelProvidersTest : public ::testing::Test {
 protected:
  void SetUp() override { RegisterBuiltinProviders(registry_); }

  // The messages of every problem of a model with these options and schemas.
  std::vector<std::string> Problems(OptionMap options, std::vector<ModelColumn> input,
                                    std::vector<ModelColumn> output,
                                    ModelKind kind = ModelKind::kRemote) {
    ModelVersion version;
    version.kind = kind;
    version.options = std::move(options);
    version.input = std::move(input);
    version.output = std::move(output);
    std::vector<std::string> messages;
    for (const Status& status : ValidateModelDefinition(registry_, version)) {
      EXPECT_EQ(status.code(), StatusCode::kUserError) << status.message();
      messages.push_back(status.message());
    }
    return messages;
  }

  // A valid chat model's options plus `extra`.
  static OptionMap Chat(OptionMap extra = {}) {
    OptionMap options = {{"provider", "openai"}, {"endpoint", kChatEndpoint}, {"model", "gpt-4o"}};
    for (auto& [key, value] : extra) options[key] = value;
    return options;
  }

  static std::vector<ModelColumn> StringIn() { return {Col("content", LogicalType::String())}; }
  static std::vector<ModelColumn> StringOut() { return {Col("answer", LogicalType::String())}; }

  ProviderRegistry registry_;
};

// The expected problem messages, in order.
template <typename... Texts>
std::vector<std::string> Messages(Texts... texts) {
  return {std::string(texts)...};
}
std::vector<std::string> NoProblems() { return {}; }

// ---- openai: options ----

TEST_F(ModelProvidersTest, OpenAiValidChatModel) {
  EXPECT_EQ(Problems(Chat({{"api-key", "${OPENAI_API_KEY}"}, {"temperature", "0.2"}}), StringIn(),
                     StringOut()),
            NoProblems());
}

TEST_F(ModelProvidersTest, OpenAiFlinkAndConfluentSpellings) {
  OptionMap options = {
      {"provider", "openai"},   {"openai.endpoint", kChatEndpoint},    {"OPENAI.model", "gpt-4o"},
      {"openai.api_key", "sk"}, {"openai.system_prompt", "Classify."}, {"type", "remote"}};
  EXPECT_EQ(Problems(options, StringIn(), StringOut()), NoProblems());
}

TEST_F(ModelProvidersTest, OpenAiUnknownOptionListsSupportedOptions) {
  EXPECT_EQ(Problems(Chat({{"temprature", "0.5"}}), StringIn(), StringOut()),
            Messages("Unsupported option 'temprature' for provider 'openai'. Supported options: "
                     "api-key, batch-size, cache, context-overflow-action, default-version, "
                     "dimension, endpoint, error-handling-strategy, max-context-size, max-tokens, "
                     "model, n, presence-penalty, prompt, provider, requests-per-minute, "
                     "response-format, retry-fallback-strategy, retry-num, seed, stop, "
                     "system-prompt, task, temperature, token-budget, tokens-per-minute, top-p, "
                     "type."));
}

TEST_F(ModelProvidersTest, OpenAiMissingRequiredOptions) {
  EXPECT_EQ(Problems({{"provider", "openai"}}, StringIn(), StringOut()),
            Messages("Missing required option 'endpoint' for provider 'openai'.",
                     "Missing required option 'model' for provider 'openai'."));
}

TEST_F(ModelProvidersTest, OpenAiBadValues) {
  EXPECT_EQ(Problems(Chat({{"response-format", "xml"},
                           {"error-handling-strategy", "retry"},  // case-insensitive: fine
                           {"retry-num", "-1"},
                           {"context-overflow-action", "drop"}}),
                     StringIn(), StringOut()),
            Messages("Invalid value 'drop' for option 'context-overflow-action': expected "
                     "one of truncated-tail, truncated-tail-log, truncated-head, "
                     "truncated-head-log, skipped, skipped-log.",
                     "Invalid value 'xml' for option 'response-format': expected one of "
                     "text, json_object.",
                     "Invalid value '-1' for option 'retry-num': expected an integer >= 0."));
}

TEST_F(ModelProvidersTest, OpenAiDuplicateSpellings) {
  EXPECT_EQ(Problems(Chat({{"openai.model", "gpt-4"}}), StringIn(), StringOut()),
            Messages("Option 'model' is given twice, as 'model' and as 'openai.model'."));
}

TEST_F(ModelProvidersTest, OpenAiUnsupportedEndpointAndTaskMismatch) {
  EXPECT_EQ(Problems(Chat({{"endpoint", "https://api.openai.com/v1/completions"}}), StringIn(),
                     StringOut()),
            Messages("Unsupported endpoint 'https://api.openai.com/v1/completions' for "
                     "provider 'openai': it must end with /chat/completions (text "
                     "generation) or /embeddings (embedding)."));
  EXPECT_EQ(Problems(Chat({{"task", "embedding"}}), StringIn(), StringOut()),
            Messages("Option 'task' = 'embedding' does not match endpoint "
                     "'https://api.openai.com/v1/chat/completions', which serves "
                     "text_generation."));
}

TEST_F(ModelProvidersTest, OpenAiEndpointTask) {
  EXPECT_EQ(OpenAiTaskOfEndpoint("http://localhost:8000/v1/chat/completions/"), "text_generation");
  EXPECT_EQ(OpenAiTaskOfEndpoint("https://api.openai.com/v1/embeddings"), "embedding");
  EXPECT_EQ(OpenAiTaskOfEndpoint("http://localhost:11434/v1"), std::nullopt);
}

TEST_F(ModelProvidersTest, OpenAiTypeMustBeRemote) {
  EXPECT_EQ(Problems(Chat({{"type", "import"}}), StringIn(), StringOut()),
            Messages("Invalid value 'import' for option 'type': expected one of remote.",
                     "Option 'type' = 'import' does not match provider 'openai', which "
                     "serves remote models."));
}

// ---- openai: schemas ----

TEST_F(ModelProvidersTest, OpenAiNeedsExactlyOneStringInput) {
  EXPECT_EQ(Problems(Chat(), {Col("a", LogicalType::String()), Col("b", LogicalType::Int())},
                     StringOut()),
            Messages("Model should have exactly one input column, but actually has 2 columns: "
                     "[a, b]. Set the 'prompt' option to use several input columns."));
  EXPECT_EQ(Problems(Chat(), {Col("a", LogicalType::Int())}, StringOut()),
            Messages("input column a should be STRING, but is a INT."));
  EXPECT_EQ(Problems(Chat(), {}, StringOut()),
            Messages("Model should have exactly one input column, but actually has 0 "
                     "columns: []"));
}

TEST_F(ModelProvidersTest, OpenAiPromptAllowsSeveralInputs) {
  std::vector<ModelColumn> input = {Col("text", LogicalType::String()),
                                    Col("stars", LogicalType::Int())};
  EXPECT_EQ(Problems(Chat({{"prompt", "Review: {text}\nStars: {stars}"}}), input, StringOut()),
            NoProblems());
  EXPECT_EQ(Problems(Chat({{"prompt", "Review: {txt} {{literal}}"}}), input, StringOut()),
            Messages("The 'prompt' option refers to column 'txt', which is not an INPUT "
                     "column. INPUT columns: text, stars."));
}

TEST_F(ModelProvidersTest, OpenAiChatOutputs) {
  // Structured output: several typed columns, or one ROW.
  EXPECT_EQ(Problems(Chat(), StringIn(),
                     {Col("label", LogicalType::String()), Col("score", LogicalType::Double())}),
            NoProblems());
  EXPECT_EQ(Problems(Chat(), StringIn(),
                     {Col("r", LogicalType::Row({LogicalType::Field("x", LogicalType::Int())}))}),
            NoProblems());
  EXPECT_EQ(Problems(Chat(), StringIn(), {Col("n", LogicalType::Int())}),
            Messages("output column n should be STRING, but is a INT. Declare a ROW or "
                     "several OUTPUT columns for structured output."));
}

TEST_F(ModelProvidersTest, OpenAiEmbeddingOutputType) {
  OptionMap options = Chat({{"endpoint", kEmbeddingEndpoint}, {"dimension", "256"}});
  EXPECT_EQ(Problems(options, StringIn(), {Col("e", LogicalType::Array(LogicalType::Float()))}),
            NoProblems());
  EXPECT_EQ(Problems(options, StringIn(), {Col("e", LogicalType::Array(LogicalType::Double()))}),
            NoProblems());
  EXPECT_EQ(Problems(options, StringIn(), {Col("e", LogicalType::String())}),
            Messages("output column e should be ARRAY<FLOAT> or ARRAY<DOUBLE>, but is a "
                     "STRING."));
  EXPECT_EQ(Problems(options, StringIn(),
                     {Col("e", LogicalType::Array(LogicalType::Float())),
                      Col("f", LogicalType::Array(LogicalType::Float()))}),
            Messages("Model should have exactly one output column, but actually has 2 "
                     "columns: [e, f]"));
}

TEST_F(ModelProvidersTest, OpenAiMetadataColumnsAreNotOutputs) {
  LogicalType headers =
      LogicalType::Map(LogicalType::String(), LogicalType::Array(LogicalType::String()));
  std::vector<ModelColumn> output = {Col("e", LogicalType::Array(LogicalType::Float())),
                                     Col("err", LogicalType::String(), "error-string"),
                                     Col("code", LogicalType::Int(), "http-status-code"),
                                     Col("headers", headers, "http-headers-map")};
  EXPECT_EQ(Problems(Chat({{"endpoint", kEmbeddingEndpoint}}), StringIn(), output), NoProblems());
}

TEST_F(ModelProvidersTest, OpenAiMetadataColumnErrors) {
  EXPECT_EQ(Problems(Chat(), StringIn(),
                     {Col("answer", LogicalType::String()),
                      Col("code", LogicalType::String(), "http-status-code")}),
            Messages("Expected metadata column code to be of type INT, but is of type "
                     "STRING."));
  EXPECT_EQ(
      Problems(Chat(), StringIn(),
               {Col("answer", LogicalType::String()), Col("x", LogicalType::String(), "latency")}),
      Messages("Unexpected metadata key 'latency' of output column 'x'. Supported "
               "metadata keys: error-string, http-status-code, http-headers-map."));
  EXPECT_EQ(Problems(Chat(), {Col("content", LogicalType::String(), "error-string")}, StringOut()),
            Messages("Input column 'content' can not be a metadata column: only the output "
                     "schema supports metadata columns."));
}

// ---- anthropic ----

TEST_F(ModelProvidersTest, AnthropicRequiresModelAndMaxTokens) {
  EXPECT_EQ(Problems({{"provider", "anthropic"}}, StringIn(), StringOut()),
            Messages("Missing required option 'max-tokens' for provider 'anthropic'.",
                     "Missing required option 'model' for provider 'anthropic'."));
  EXPECT_EQ(Problems({{"provider", "anthropic"},
                      {"model", "claude-sonnet-4-5"},
                      {"max_tokens", "512"},
                      {"anthropic.top_k", "40"}},
                     StringIn(), StringOut()),
            NoProblems());
}

TEST_F(ModelProvidersTest, AnthropicBadValuesAndUnknownOptions) {
  OptionMap options = {{"provider", "anthropic"},
                       {"model", "claude"},
                       {"max-tokens", "512"},
                       {"temperature", "1.5"},
                       {"presence-penalty", "1"}};
  std::vector<std::string> problems = Problems(options, StringIn(), StringOut());
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].rfind("Unsupported option 'presence-penalty' for provider 'anthropic'. "
                              "Supported options: anthropic-version, api-key, batch-size, ",
                              0),
            0u)
      << problems[0];
  EXPECT_EQ(problems[1],
            "Invalid value '1.5' for option 'temperature': expected a number between 0 and 1.");
}

TEST_F(ModelProvidersTest, AnthropicDefaults) {
  const ModelProviderFactory* anthropic = registry_.Find("anthropic");
  ASSERT_NE(anthropic, nullptr);
  EXPECT_EQ(anthropic->FindOption("endpoint")->default_value,
            "https://api.anthropic.com/v1/messages");
  EXPECT_FALSE(anthropic->FindOption("endpoint")->required);
  EXPECT_EQ(anthropic->FindOption("anthropic-version")->default_value, "2023-06-01");
  EXPECT_TRUE(anthropic->FindOption("api-key")->secret);
  EXPECT_EQ(anthropic->FindOption("dimension"), nullptr);
}

// ---- gemini ----

TEST_F(ModelProvidersTest, GeminiTextAndEmbedding) {
  OptionMap text = {{"provider", "gemini"}, {"model", "gemini-2.5-flash"}};
  EXPECT_EQ(Problems(text, StringIn(), StringOut()), NoProblems());
  OptionMap embed = {{"provider", "gemini"},
                     {"model", "text-embedding-004"},
                     {"task", "embedding"},
                     {"dimension", "768"}};
  EXPECT_EQ(Problems(embed, StringIn(), {Col("v", LogicalType::Array(LogicalType::Float()))}),
            NoProblems());
  EXPECT_EQ(Problems(embed, StringIn(), StringOut()),
            Messages("output column answer should be ARRAY<FLOAT> or ARRAY<DOUBLE>, but is "
                     "a STRING."));
}

TEST_F(ModelProvidersTest, GeminiErrors) {
  EXPECT_EQ(Problems({{"provider", "gemini"}, {"task", "regression"}, {"top-k", "0"}}, StringIn(),
                     StringOut()),
            Messages("Missing required option 'model' for provider 'gemini'.",
                     "Invalid value 'regression' for option 'task': expected one of "
                     "text_generation, embedding.",
                     "Invalid value '0' for option 'top-k': expected an integer >= 1."));
  const ModelProviderFactory* gemini = registry_.Find("gemini");
  EXPECT_EQ(gemini->FindOption("endpoint")->default_value,
            "https://generativelanguage.googleapis.com/v1beta");
}

// ---- onnx ----

TEST_F(ModelProvidersTest, OnnxFlip437Spelling) {
  OptionMap options = {{"type", "import"}, {"format", "ONNX"}, {"ONNX.path", "/models/m.onnx"}};
  EXPECT_EQ(Problems(options, {Col("x", LogicalType::Array(LogicalType::Float()))},
                     {Col("y", LogicalType::Double())}, ModelKind::kImported),
            NoProblems());
}

TEST_F(ModelProvidersTest, OnnxErrors) {
  EXPECT_EQ(Problems({{"provider", "onnx"}, {"input-mode", "rows"}, {"intra-op-threads", "0"}}, {},
                     {}, ModelKind::kImported),
            Messages("Invalid value 'rows' for option 'input-mode': expected one of "
                     "per-column, packed.",
                     "Invalid value '0' for option 'intra-op-threads': expected an integer "
                     ">= 1.",
                     "Missing required option 'path' for provider 'onnx'."));
  EXPECT_EQ(Problems({{"provider", "onnx"}, {"path", "m.onnx"}, {"input-mode", "packed"}},
                     {Col("a", LogicalType::Double()), Col("s", LogicalType::String())},
                     {Col("y", LogicalType::Double())}, ModelKind::kImported),
            Messages("Input column 's' should be numeric with 'input-mode' = 'packed', but "
                     "is a STRING."));
  EXPECT_EQ(Problems({{"provider", "onnx"}, {"path", "m.onnx"}}, {Col("d", LogicalType::Date())},
                     {Col("y", LogicalType::Double())}, ModelKind::kImported),
            Messages("Input column 'd' of type DATE can not be passed to an ONNX model: "
                     "expected a numeric, BOOLEAN or STRING column, or an ARRAY of them."));
}

// ---- xgboost ----

TEST_F(ModelProvidersTest, XgboostClassifier) {
  OptionMap options = {{"type", "import"},
                       {"format", "XGBOOST"},
                       {"xgboost.path", "m.json"},
                       {"task", "classification"},
                       {"num_class", "3"}};
  EXPECT_EQ(Problems(options, {Col("a", LogicalType::Double()), Col("b", LogicalType::Int())},
                     {Col("label", LogicalType::Int()),
                      Col("p", LogicalType::Array(LogicalType::Double()))},
                     ModelKind::kImported),
            NoProblems());
}

TEST_F(ModelProvidersTest, XgboostErrors) {
  EXPECT_EQ(Problems({{"provider", "xgboost"}, {"path", "m.json"}, {"num-class", "3"}},
                     {Col("a", LogicalType::String())}, {Col("y", LogicalType::Double())},
                     ModelKind::kImported),
            Messages("Option 'num-class' only applies to task 'classification'.",
                     "Input column 'a' should be numeric or BOOLEAN, but is a STRING."));
  EXPECT_EQ(
      Problems({{"provider", "xgboost"}, {"path", "m.json"}}, {Col("a", LogicalType::Double())},
               {Col("y", LogicalType::Double()), Col("z", LogicalType::Double())},
               ModelKind::kImported),
      Messages("Model with task 'regression' should have at most 1 output column, but "
               "has 2."));
}

// ---- builtin (trained) ----

TEST_F(ModelProvidersTest, BuiltinTrainedModelNeedsNoProvider) {
  OptionMap options = {{"task", "classification"},
                       {"algorithm", "logistic_regression"},
                       {"label", "species"},
                       {"l2_reg", "0.1"},
                       {"max-iterations", "200"}};
  EXPECT_EQ(Problems(options, {}, {}, ModelKind::kTrained), NoProblems());
}

TEST_F(ModelProvidersTest, BuiltinAlgorithmChecks) {
  EXPECT_EQ(
      Problems(
          {{"algorithm", "kmeans"}, {"task", "regression"}, {"label", "y"}, {"num-trees", "10"}},
          {}, {}, ModelKind::kTrained),
      Messages("Algorithm 'kmeans' does not support task 'regression'. Supported "
               "tasks: clustering.",
               "Option 'label' does not apply to algorithm 'kmeans'.",
               "Option 'num-trees' does not apply to algorithm 'kmeans'. It applies "
               "to: boosted_trees."));
  EXPECT_EQ(Problems({{"algorithm", "boosted_trees"}}, {}, {}, ModelKind::kTrained),
            Messages("Missing required option 'label' for algorithm 'boosted_trees'."));
  EXPECT_EQ(Problems({{"algorithm", "svm"}, {"learning-rate", "2"}}, {}, {}, ModelKind::kTrained),
            Messages("Invalid value 'svm' for option 'algorithm': expected one of "
                     "linear_regression, logistic_regression, kmeans, boosted_trees.",
                     "Invalid value '2' for option 'learning-rate': expected a number "
                     "between 0 and 1."));
  EXPECT_EQ(Problems({{"label", "y"}}, {}, {}, ModelKind::kTrained),
            Messages("Missing required option 'algorithm' for provider 'builtin'."));
}

TEST_F(ModelProvidersTest, KindsMustMatch) {
  EXPECT_EQ(Problems({{"provider", "builtin"}, {"algorithm", "kmeans"}}, {}, {}),
            Messages("Provider 'builtin' serves models trained by CREATE MODEL ... AS "
                     "SELECT; add AS SELECT ... to train the model."));
  EXPECT_EQ(Problems(Chat(), StringIn(), StringOut(), ModelKind::kTrained),
            Messages("Provider 'openai' serves remote models; a model created by CREATE "
                     "MODEL ... AS SELECT is trained by provider 'builtin'."));
}

}  // namespace
}  // namespace sluice
