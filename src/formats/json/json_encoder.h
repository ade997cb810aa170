// JsonEncoder: writes batches as JSON lines, one object per row with the columns in order
// ({"id":1,"name":"a","ts":"2024-01-31 12:34:56.123"}), as Flink's json format: NULL as null,
// numbers as JSON numbers (NaN and infinities as strings), decimals plain, bytes base64,
// temporals per json.timestamp-format.standard, nested values as arrays / objects.
#pragma once

#include "formats/json/json_options.h"
#include "formats/record_codec.h"
#include "vector/schema.h"

namespace sluice {

class JsonEncoder : public RecordEncoder {
 public:
  JsonEncoder(JsonOptions options, std::vector<std::string> names)
      : options_(options), names_(std::move(names)) {}
  void Encode(const Batch& batch, std::string* out) override;
  std::string_view extension() const override { return "json"; }

 private:
  JsonOptions options_;
  std::vector<std::string> names_;
};

// Appends `text` as a JSON string literal (quoted and escaped).
void AppendJsonString(std::string_view text, std::string* out);

}  // namespace sluice
