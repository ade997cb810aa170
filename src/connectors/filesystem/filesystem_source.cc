#include "connectors/filesystem/filesystem_source.h"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace sluice {

namespace {
constexpr size_t kInitialBuffer = 1 << 20;
}

FilesystemSource::FilesystemSource(std::vector<std::string> files,
                                   std::unique_ptr<RecordDecoder> decoder,
                                   std::vector<LogicalType> types, size_t batch_size)
    : files_(std::move(files)),
      decoder_(std::move(decoder)),
      types_(std::move(types)),
      batch_size_(batch_size == 0 ? kDefaultBatchSize : batch_size) {}

FilesystemSource::~FilesystemSource() { CloseFile(); }

void FilesystemSource::CloseFile() {
  if (file_ != nullptr) std::fclose(file_);
  file_ = nullptr;
}

Status FilesystemSource::OpenNextFile() {
  const std::string& path = files_[next_file_++];
  file_ = std::fopen(path.c_str(), "rb");
  if (file_ == nullptr) {
    return Status::ExternalError(
        fmt::format("Cannot open file '{}': {}", path, std::strerror(errno)));
  }
  if (buffer_.empty()) buffer_.resize(kInitialBuffer);
  begin_ = end_ = 0;
  eof_ = false;
  decoder_->StartFile(path);
  return Status::OK();
}

Status FilesystemSource::Fill() {
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
  size_t read = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_);
  if (read == 0) {
    if (std::ferror(file_)) return Status::ExternalError("Error reading a file of the table");
    eof_ = true;
  }
  end_ += read;
  return Status::OK();
}

Result<bool> FilesystemSource::Next(Batch* out) {
  std::vector<ColumnPtr> columns;
  columns.reserve(types_.size());
  for (const LogicalType& type : types_) columns.push_back(Column::Make(type, batch_size_));
  size_t rows = 0;
  while (rows < batch_size_) {
    if (file_ == nullptr) {
      if (next_file_ >= files_.size()) break;
      SLUICE_RETURN_NOT_OK(OpenNextFile());
    }
    if (begin_ == end_ && !eof_) SLUICE_RETURN_NOT_OK(Fill());
    if (begin_ == end_ && eof_) {
      CloseFile();
      continue;
    }
    size_t added = 0;
    SLUICE_ASSIGN_OR_RETURN(size_t consumed,
                            decoder_->Decode(buffer_.data() + begin_, end_ - begin_, eof_,
                                             &columns, batch_size_ - rows, &added));
    begin_ += consumed;
    rows += added;
    if (consumed == 0 && added == 0) {
      if (eof_) {
        CloseFile();  // nothing more can be decoded
      } else {
        SLUICE_RETURN_NOT_OK(Fill());
      }
    }
  }
  if (rows == 0 && file_ == nullptr && next_file_ >= files_.size()) {
    *out = Batch();
    return false;
  }
  *out = Batch(std::move(columns), rows);
  return true;
}

}  // namespace sluice
