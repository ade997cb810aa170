// JsonDecoder: reads JSON lines (one object per line; blank lines skipped) into typed columns,
// fields matched by column name. A missing field is NULL, or a bad row with
// fail-on-missing-field. Numbers may also be given as strings; a STRING column takes any JSON
// value (objects and arrays as their JSON text). Timestamps must follow the configured
// standard (SQL "2024-01-31 12:34:56.123", ISO-8601 "2024-01-31T12:34:56.123"; TIMESTAMP_LTZ
// with a trailing 'Z'). Bytes are base64 strings.
//
// Uses nlohmann/json; simdjson (installed, not yet wired into CMake) is the planned speed-up.
//
// Thread-safety: one task's thread.
#pragma once

#include <string>
#include <vector>

#include "formats/json/json_options.h"
#include "formats/record_codec.h"
#include "vector/schema.h"

namespace sluice {

class JsonDecoder : public RecordDecoder {
 public:
  // `projected`: the names and types of the columns to decode, in output order.
  JsonDecoder(JsonOptions options, Schema projected);

  void StartFile(std::string path) override;
  Result<size_t> Decode(const char* data, size_t size, bool at_eof,
                        std::vector<ColumnPtr>* columns, size_t max_rows,
                        size_t* rows_added) override;
  int64_t skipped_rows() const override { return skipped_rows_; }

 private:
  Status DecodeLine(std::string_view line, std::vector<ColumnPtr>* columns);

  JsonOptions options_;
  Schema projected_;
  std::string path_;
  int64_t line_ = 1;
  int64_t skipped_rows_ = 0;
};

}  // namespace sluice
