// RecordDecoder / RecordEncoder: the interface between the filesystem connector and a format
// (csv, json). A decoder turns bytes of one file into rows of typed columns; an encoder turns
// batches into bytes. Calls are per buffer or per batch, never per row.
//
// Thread-safety: one task's thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "vector/batch.h"

namespace sluice {

class RecordDecoder {
 public:
  virtual ~RecordDecoder() = default;
  // Starts a new file: line numbers restart at 1, and `path` names the file in errors.
  virtual void StartFile(std::string path) = 0;
  // Decodes whole records from [data, data + size) and appends them to `columns` (one per
  // projected column, possibly none) until `max_rows` rows were added. Returns the bytes
  // consumed; a trailing incomplete record is left for the next call unless `at_eof`. A bad
  // record is a user error "Failed to parse <FORMAT> row at <path>:<line>: <reason>", or, when
  // the format ignores parse errors, is skipped and counted. `rows_added` receives the count.
  virtual Result<size_t> Decode(const char* data, size_t size, bool at_eof,
                                std::vector<ColumnPtr>* columns, size_t max_rows,
                                size_t* rows_added) = 0;
  virtual int64_t skipped_rows() const = 0;
};

class RecordEncoder {
 public:
  virtual ~RecordEncoder() = default;
  // Appends the encoded rows of `batch` (all its columns, in order) to `out`.
  virtual void Encode(const Batch& batch, std::string* out) = 0;
  // The part-file extension, without the dot: "csv", "json".
  virtual std::string_view extension() const = 0;
};

}  // namespace sluice
