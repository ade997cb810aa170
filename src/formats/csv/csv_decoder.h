// CsvDecoder: parses RFC 4180 CSV in place from a read buffer straight into typed columns.
//
// Records end at LF or CRLF; quoted fields may hold delimiters, line breaks and doubled quotes
// (""). Blank lines are skipped, and so are lines starting with '#' when comments are allowed.
// A field equal to the null literal is NULL; an empty field is NULL for non-string columns.
// Only projected columns are converted. A record whose field count differs from the table's
// column count, or a field that does not parse, is a bad row (see RecordDecoder).
//
// Thread-safety: one task's thread.
#pragma once

#include <string>
#include <vector>

#include "formats/csv/csv_options.h"
#include "formats/record_codec.h"

namespace sluice {

class CsvDecoder : public RecordDecoder {
 public:
  // `num_fields`: the table's physical column count; `projection`: the positions of the
  // columns to decode, in output order.
  CsvDecoder(CsvOptions options, size_t num_fields, std::vector<size_t> projection);

  void StartFile(std::string path) override;
  Result<size_t> Decode(const char* data, size_t size, bool at_eof,
                        std::vector<ColumnPtr>* columns, size_t max_rows,
                        size_t* rows_added) override;
  int64_t skipped_rows() const override { return skipped_rows_; }

 private:
  struct Field {
    const char* data;
    size_t size;
    bool escaped;  // quoted with doubled quotes inside: needs unescaping
  };
  enum class Scan { kRecord, kSkip, kIncomplete, kError };

  // Splits the record at `p` into fields_. Sets *next past its line end and counts lines.
  Scan ScanRecord(const char* p, const char* end, bool at_eof, const char** next,
                  int* lines, std::string* error);
  Status ConvertRecord(std::vector<ColumnPtr>* columns);

  CsvOptions options_;
  size_t num_fields_;
  std::vector<size_t> projection_;
  std::string path_;
  int64_t line_ = 1;  // line of the next record
  int64_t skipped_rows_ = 0;
  std::vector<Field> fields_;
  std::string scratch_;
};

}  // namespace sluice
