// The 'onnx' provider: ONNX model files run in process by ONNX Runtime (SPEC-models.md §2.3).
// Declared with 'provider' = 'onnx' and 'path', or FLIP-437's 'type' = 'import',
// 'format' = 'ONNX', 'ONNX.path' = ....
//
// Validation here only sees the SQL side: column types an ONNX tensor can carry. Matching the
// columns against the file's inputs and outputs needs the file and belongs to the runtime.
// INPUT and OUTPUT may both be omitted; they are then derived from the file.
#pragma once

#include <string_view>
#include <vector>

#include "model/model_provider.h"

namespace sluice {

class OnnxProviderFactory final : public ModelProviderFactory {
 public:
  OnnxProviderFactory();

  std::string_view Name() const override { return "onnx"; }
  std::string_view Description() const override;
  ModelKind Kind() const override { return ModelKind::kImported; }
  const std::vector<OptionSpec>& Options() const override { return options_; }
  Status ValidateSchemas(const ModelVersion& version) const override;

 private:
  std::vector<OptionSpec> options_;
};

}  // namespace sluice
