// ModelProviderFactory: one kind of model runtime (a remote LLM service, an imported file format
// or the built-in training algorithms), registered under the value of the 'provider' option
// (DESIGN.md §3).
//
// A factory declares its options as data (OptionSpec, for validation and SHOW PROVIDERS) and
// checks a model definition against them and against the INPUT / OUTPUT schemas it can serve.
// Checks run when a model is created (as warnings) and when it is used (as errors), so a factory
// must not touch the network or the file system here.
//
// Extension point: the runtimes come in later issues, which add to this class the factory method
// that opens a predictor for a validated model version (a synchronous, vectorized predictor for
// local models; an asynchronous one for remote services). Until then a factory only describes and
// validates.
//
// Ownership and threading: factories are owned by a ProviderRegistry, immutable after
// construction, and used from any thread.
#pragma once

#include <string_view>
#include <vector>

#include "catalog/catalog_objects.h"
#include "common/status.h"
#include "model/option_spec.h"

namespace sluice {

class ModelProviderFactory {
 public:
  virtual ~ModelProviderFactory() = default;

  // The value of the 'provider' option, lower-case: "openai", "onnx", ...
  virtual std::string_view Name() const = 0;
  // One sentence shown by SHOW PROVIDERS.
  virtual std::string_view Description() const = 0;
  virtual ModelKind Kind() const = 0;
  // Every option the provider accepts, sorted by key, with canonical (normalized) keys.
  virtual const std::vector<OptionSpec>& Options() const = 0;

  // The spec of a canonical key; nullptr when the provider has no such option.
  const OptionSpec* FindOption(std::string_view key) const;

  // Checks INPUT / OUTPUT against what the provider can serve and returns the first problem.
  // `version.options` must be normalized (NormalizeOptions) for this provider. The default
  // accepts any schema.
  virtual Status ValidateSchemas(const ModelVersion& version) const;

  // Every problem of a model definition, in a stable order: duplicate spellings of a key,
  // unknown options (listing the valid ones), missing required options, bad values, option
  // combinations (CheckOptionCombinations) and schemas (ValidateSchemas). Empty when the
  // definition is valid. `version.options` may use any accepted spelling; they are normalized
  // here. Providers extend the checks through the two hooks rather than overriding this.
  virtual std::vector<Status> Validate(const ModelVersion& version) const;

 protected:
  // Problems between options that each are valid alone (e.g. an endpoint that fixes the task
  // and a 'task' that disagrees). `options` are normalized; values that failed their own check
  // are still present, so implementations must parse defensively. The default finds none.
  virtual std::vector<Status> CheckOptionCombinations(const OptionMap& options) const;
};

}  // namespace sluice
