// CsvEncoder: writes batches as CSV lines (LF-terminated), quoting a field (RFC 4180) when it
// holds the delimiter, the quote character, CR or LF, or has leading/trailing spaces, or is
// empty text (so that it differs from NULL), or starts with '#' (so that a reader allowing
// comments keeps it); quotes inside are doubled. NULL is written as the
// null literal, or as an empty field. Values are written as Flink's CSV format does (see
// AppendValueText, SQL timestamps).
#pragma once

#include "formats/csv/csv_options.h"
#include "formats/record_codec.h"

namespace sluice {

class CsvEncoder : public RecordEncoder {
 public:
  explicit CsvEncoder(CsvOptions options) : options_(std::move(options)) {}
  void Encode(const Batch& batch, std::string* out) override;
  std::string_view extension() const override { return "csv"; }

 private:
  void AppendQuoted(std::string_view text, std::string* out) const;

  CsvOptions options_;
  std::string field_;
};

}  // namespace sluice
