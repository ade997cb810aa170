#include "formats/csv/csv_decoder.h"

#include <cstring>

#include <fmt/format.h>

#include "formats/field_text.h"

namespace sluice {

CsvDecoder::CsvDecoder(CsvOptions options, size_t num_fields, std::vector<size_t> projection)
    : options_(std::move(options)), num_fields_(num_fields), projection_(std::move(projection)) {}

void CsvDecoder::StartFile(std::string path) {
  path_ = std::move(path);
  line_ = 1;
}

CsvDecoder::Scan CsvDecoder::ScanRecord(const char* p, const char* end, bool at_eof,
                                        const char** next, int* lines, std::string* error) {
  fields_.clear();
  *lines = 0;
  const char delimiter = options_.field_delimiter;
  const char quote = options_.disable_quote_character ? '\0' : options_.quote_character;
  const bool quoting = !options_.disable_quote_character;
  if (p < end && (*p == '\n' || (*p == '\r' && p + 1 < end && p[1] == '\n') ||
                  (options_.allow_comments && *p == '#'))) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', end - p));
    if (nl == nullptr) {
      if (!at_eof) return Scan::kIncomplete;
      *next = end;
    } else {
      *next = nl + 1;
    }
    *lines = 1;
    return Scan::kSkip;
  }
  while (true) {
    if (quoting && p < end && *p == quote) {
      const char* start = ++p;
      bool escaped = false;
      while (true) {
        const char* q = static_cast<const char*>(std::memchr(p, quote, end - p));
        if (q == nullptr) {
          if (!at_eof) return Scan::kIncomplete;
          *error = "Unterminated quoted field";
          *next = end;
          return Scan::kError;
        }
        for (const char* c = p; c < q; ++c) *lines += *c == '\n';
        if (q + 1 < end && q[1] == quote) {
          escaped = true;
          p = q + 2;
          continue;
        }
        if (q + 1 == end && !at_eof) return Scan::kIncomplete;
        fields_.push_back(Field{start, static_cast<size_t>(q - start), escaped});
        p = q + 1;
        break;
      }
      if (p < end && *p == '\r' && p + 1 < end && p[1] == '\n') ++p;
      if (p == end || *p == '\n') {
        if (p == end && !at_eof) return Scan::kIncomplete;
        *next = p == end ? end : p + 1;
        *lines += 1;
        return Scan::kRecord;
      }
      if (*p != delimiter) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', end - p));
        if (nl == nullptr && !at_eof) return Scan::kIncomplete;
        *next = nl == nullptr ? end : nl + 1;
        *lines += 1;
        *error = fmt::format("Unexpected character '{}' after a closing quote", *p);
        return Scan::kError;
      }
      ++p;
      continue;
    }
    const char* start = p;
    while (p < end && *p != delimiter && *p != '\n') ++p;
    if (p == end && !at_eof) return Scan::kIncomplete;
    const char* field_end = p;
    if (p == end || *p == '\n') {
      if (field_end > start && field_end[-1] == '\r') --field_end;
      fields_.push_back(Field{start, static_cast<size_t>(field_end - start), false});
      *next = p == end ? end : p + 1;
      *lines += 1;
      return Scan::kRecord;
    }
    fields_.push_back(Field{start, static_cast<size_t>(field_end - start), false});
    ++p;  // the delimiter
    if (p == end && at_eof) {  // a trailing delimiter: one more empty field
      fields_.push_back(Field{p, 0, false});
      *next = end;
      *lines += 1;
      return Scan::kRecord;
    }
  }
}

Status CsvDecoder::ConvertRecord(std::vector<ColumnPtr>* columns) {
  if (fields_.size() != num_fields_) {
    return Status::UserError(fmt::format("Expected {} fields but found {}", num_fields_,
                                         fields_.size()));
  }
  for (size_t c = 0; c < projection_.size(); ++c) {
    const Field& field = fields_[projection_[c]];
    std::string_view text(field.data, field.size);
    if (field.escaped) {
      scratch_.clear();
      char quote = options_.quote_character;
      for (size_t i = 0; i < text.size(); ++i) {
        scratch_.push_back(text[i]);
        if (text[i] == quote) ++i;  // skip the second quote of a pair
      }
      text = scratch_;
    }
    Column* column = (*columns)[c].get();
    if (options_.null_literal && text == *options_.null_literal) {
      column->AppendNull();
      continue;
    }
    Status status = AppendFieldText(column, text);
    if (!status.ok()) {
      return Status::UserError(fmt::format("Field '{}': {}", text, status.message()));
    }
  }
  return Status::OK();
}

Result<size_t> CsvDecoder::Decode(const char* data, size_t size, bool at_eof,
                                  std::vector<ColumnPtr>* columns, size_t max_rows,
                                  size_t* rows_added) {
  const char* p = data;
  const char* end = data + size;
  size_t rows = 0;
  size_t base = columns->empty() ? 0 : (*columns)[0]->size();
  std::string error;
  while (p < end && rows < max_rows) {
    const char* next = p;
    int lines = 0;
    error.clear();
    Scan scan = ScanRecord(p, end, at_eof, &next, &lines, &error);
    if (scan == Scan::kIncomplete) break;
    int64_t record_line = line_;
    line_ += lines;
    p = next;
    if (scan == Scan::kSkip) continue;
    Status status;
    if (scan == Scan::kRecord) {
      status = ConvertRecord(columns);
    } else {
      status = Status::UserError(error);
    }
    if (!status.ok()) {
      for (auto& column : *columns) column->Resize(base + rows);
      if (options_.ignore_parse_errors) {
        ++skipped_rows_;
        continue;
      }
      *rows_added = rows;
      return Status::UserError(fmt::format("Failed to parse CSV row at {}:{}: {}", path_,
                                           record_line, status.message()));
    }
    ++rows;
  }
  *rows_added = rows;
  return static_cast<size_t>(p - data);
}

}  // namespace sluice
