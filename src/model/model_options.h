// The spelling rules of model option keys (SPEC-models.md §1), the resolution of a model's
// provider from its options, secret detection and masking, and `${ENV_VAR}` references.
//
// Key normalization. The bare key and the provider-prefixed key name the same option, and '_'
// equals '-', so FLIP-437's and Confluent's spellings work:
//   openai.endpoint = endpoint;  ONNX.path = path (provider onnx);  api_key = api-key;
//   openai.api_key = api-key.
// Only the provider prefix is compared case-insensitively (FLIP-437 writes 'ONNX.path'); the rest
// of the key stays case-sensitive, as Flink's option keys are: 'Endpoint' is not 'endpoint' and is
// reported as an unsupported option. A prefix naming another provider ('openai.x' for provider
// gemini) is kept, and so reported as unsupported too.
//
// Thread-safety: free functions without shared state (ResolveEnvReferences reads the process
// environment through getenv unless a lookup is given).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "catalog/catalog_objects.h"
#include "common/status.h"

namespace sluice {

// The canonical form of `key` for `provider` (lower-case provider name, e.g. "openai"): the
// "<provider>." prefix (any case) removed and every '_' replaced by '-'.
std::string NormalizeOptionKey(std::string_view provider, std::string_view key);

// Returns `options` with normalized keys and unchanged values. Two spellings of one key given
// together are a user error that names both spellings (never the values), e.g.
//   Option 'api-key' is given twice, as 'api_key' and as 'openai.api-key'.
Result<OptionMap> NormalizeOptions(std::string_view provider, const OptionMap& options);

// The provider a model's options name, lower-cased:
//   'provider' = 'openai'                                   -> "openai"
//   'type' = 'import', 'format' = 'ONNX' | 'XGBOOST'        -> "onnx" | "xgboost" (FLIP-437)
//   'type' = 'remote', 'provider' = 'openai'                -> "openai" (FLIP-437)
// Returns an empty string when the options name no provider (the caller decides: a trained model
// uses "builtin", anything else is an error listing the supported providers). User errors: an
// empty 'provider', 'type' = 'import' without 'format', a 'type' other than import / remote, and
// a 'provider' that contradicts 'format'. The keys 'provider', 'type' and 'format' are matched
// exactly (no prefix stripping: the prefix is not known yet). 'format' without 'type' is taken
// as an import too.
Result<std::string> ResolveProviderName(const OptionMap& options);

// True for keys whose values are secrets: after lower-casing, folding '_' to '-' and dropping any
// dotted prefix, the key is 'api-key' or ends in 'key', 'token', 'secret' or 'password'
// (e.g. 'openai.api_key', 'access-token'; not 'max-tokens').
bool IsSecretOptionKey(std::string_view key);

// A copy of `options` in which the value of every secret key (IsSecretOptionKey) is "****".
OptionMap MaskSecretOptions(const OptionMap& options);

// Looks up an environment variable; nullopt when it is not set.
using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;

// Replaces each `${NAME}` in `value` by the value of environment variable NAME (NAME: letters,
// digits and '_', not starting with a digit). `$${` stands for a literal `${` and is not
// resolved. A missing variable is a user error naming only the variable:
//   Environment variable 'OPENAI_API_KEY' is not set.
// Malformed references (no closing '}', a bad name) are user errors that do not quote the value,
// since values holding references are usually secrets. `lookup` defaults to getenv.
Result<std::string> ResolveEnvReferences(std::string_view value, const EnvLookup& lookup = {});

// Resolves the references of every value; errors are prefixed with the option's key:
//   Option 'api-key': Environment variable 'OPENAI_API_KEY' is not set.
Result<OptionMap> ResolveEnvReferences(const OptionMap& options, const EnvLookup& lookup = {});

}  // namespace sluice
