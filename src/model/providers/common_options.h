// The option lists several providers share (SPEC-models.md §2), built once here so that a
// provider's Options() is the concatenation of the groups that apply to it plus its own options.
//
// Every function returns fresh specs with canonical keys; callers combine them with
// CombineOptions, which sorts by key.
#pragma once

#include <string>
#include <vector>

#include "model/option_spec.h"

namespace sluice {

// The five values of 'task' (SPEC-models.md §2).
inline constexpr const char* kTaskRegression = "regression";
inline constexpr const char* kTaskClassification = "classification";
inline constexpr const char* kTaskClustering = "clustering";
inline constexpr const char* kTaskEmbedding = "embedding";
inline constexpr const char* kTaskTextGeneration = "text_generation";

// 'provider', 'default-version' and 'task' restricted to `tasks` (default `default_task`,
// empty when the task follows from other options).
std::vector<OptionSpec> CoreOptions(std::vector<std::string> tasks, std::string default_task);

// Options of HTTP services: 'endpoint' (required when `endpoint_default` is empty), 'api-key'
// (secret), 'model' (required), FLIP-437's 'type' = 'remote', Flink's error handling
// ('error-handling-strategy', 'retry-num', 'retry-fallback-strategy') and the Sluice extensions
// ('prompt', 'cache', 'batch-size', 'requests-per-minute', 'tokens-per-minute', 'token-budget').
std::vector<OptionSpec> RemoteServiceOptions(std::string endpoint_default,
                                             std::string endpoint_description);

// The generation parameters of chat services.
struct ChatOptionsConfig {
  std::string system_prompt_default{};  // empty: no system prompt unless given
  bool max_tokens_required = false;     // Anthropic requires 'max-tokens'
  bool with_top_k = false;              // Anthropic and Gemini accept 'top-k'
  double temperature_max = 2.0;         // OpenAI and Gemini: 0..2; Anthropic: 0..1
};
// 'system-prompt', 'temperature', 'top-p', 'stop', 'max-tokens' and, when configured, 'top-k'.
std::vector<OptionSpec> ChatOptions(const ChatOptionsConfig& config);

// Options of imported model files: FLIP-437's 'type' = 'import' and 'format' (= `format`, e.g.
// "ONNX"), 'path' (required) and 'batch-size'.
std::vector<OptionSpec> ImportOptions(std::string format);

// The concatenation of `groups`, sorted by key. Keys must be unique across groups.
std::vector<OptionSpec> CombineOptions(std::vector<std::vector<OptionSpec>> groups);

}  // namespace sluice
