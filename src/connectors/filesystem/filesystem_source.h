// FilesystemSource: reads a task's files one after the other through a RecordDecoder, from a
// large read buffer (1 MiB, grown when one record is longer), so that decoders parse in place.
//
// Thread-safety: one task's thread.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "connectors/connector.h"
#include "formats/record_codec.h"

namespace sluice {

class FilesystemSource : public SourceReader {
 public:
  FilesystemSource(std::vector<std::string> files, std::unique_ptr<RecordDecoder> decoder,
                   std::vector<LogicalType> types, size_t batch_size);
  ~FilesystemSource() override;

  Result<bool> Next(Batch* out) override;
  bool IsBounded() const override { return true; }
  int64_t skipped_rows() const override { return decoder_->skipped_rows(); }

 private:
  Status OpenNextFile();
  // Reads more bytes after the unparsed ones (moving them to the front, growing when full).
  Status Fill();
  void CloseFile();

  std::vector<std::string> files_;
  std::unique_ptr<RecordDecoder> decoder_;
  std::vector<LogicalType> types_;
  size_t batch_size_;
  size_t next_file_ = 0;
  std::FILE* file_ = nullptr;
  bool eof_ = false;
  std::vector<char> buffer_;
  size_t begin_ = 0;
  size_t end_ = 0;
};

}  // namespace sluice
