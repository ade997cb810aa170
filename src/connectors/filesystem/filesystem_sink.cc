#include "connectors/filesystem/filesystem_sink.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>
#include <system_error>

#include <fmt/format.h>

#include "connectors/filesystem/file_listing.h"

namespace sluice {

namespace fs = std::filesystem;

namespace {
constexpr size_t kFlushBytes = 1 << 20;
}

std::string RandomUuid() {
  std::random_device device;
  std::mt19937_64 rng((static_cast<uint64_t>(device()) << 32) ^ device());
  uint64_t hi = rng();
  uint64_t lo = rng();
  hi = (hi & ~0xf000ULL) | 0x4000ULL;                        // version 4
  lo = (lo & ~(0xc000ULL << 48)) | (0x8000ULL << 48);        // variant 10
  return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", hi >> 32, (hi >> 16) & 0xffff,
                     hi & 0xffff, lo >> 48, lo & 0xffffffffffffULL);
}

FilesystemSink::FilesystemSink(std::string directory, std::string job_id, int task_index,
                               bool overwrite, std::unique_ptr<RecordEncoder> encoder)
    : directory_(std::move(directory)),
      job_id_(job_id.empty() ? RandomUuid() : std::move(job_id)),
      overwrite_(overwrite),
      encoder_(std::move(encoder)) {
  std::string name = fmt::format("part-{}-{}-0.{}", job_id_, task_index, encoder_->extension());
  final_path_ = (fs::path(directory_) / name).string();
  in_progress_path_ = (fs::path(directory_) / ("." + name + ".inprogress")).string();
}

FilesystemSink::~FilesystemSink() {
  if (!done_) Abort();
}

Status FilesystemSink::Flush() {
  if (buffer_.empty()) return Status::OK();
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    return Status::ExternalError(
        fmt::format("Cannot write file '{}': {}", in_progress_path_, std::strerror(errno)));
  }
  buffer_.clear();
  return Status::OK();
}

Status FilesystemSink::Write(const Batch& batch) {
  if (batch.num_rows() == 0) return Status::OK();
  if (file_ == nullptr) {
    std::error_code ec;
    fs::create_directories(directory_, ec);
    if (fs::exists(directory_) && !fs::is_directory(directory_)) {
      return Status::ExternalError(fmt::format(
          "Cannot write to '{}': it is a file, and the filesystem sink writes a directory.",
          directory_));
    }
    file_ = std::fopen(in_progress_path_.c_str(), "wb");
    if (file_ == nullptr) {
      return Status::ExternalError(
          fmt::format("Cannot create file '{}': {}", in_progress_path_, std::strerror(errno)));
    }
  }
  encoder_->Encode(batch, &buffer_);
  if (buffer_.size() >= kFlushBytes) return Flush();
  return Status::OK();
}

Status FilesystemSink::Commit() {
  done_ = true;
  if (file_ != nullptr) {
    SLUICE_RETURN_NOT_OK(Flush());
    bool closed = std::fclose(file_) == 0;
    file_ = nullptr;
    if (!closed) {
      return Status::ExternalError(fmt::format("Cannot close file '{}'", in_progress_path_));
    }
  }
  std::error_code ec;
  if (overwrite_ && fs::is_directory(directory_, ec)) {
    std::string own_prefix = "part-" + job_id_ + "-";
    for (const auto& entry : fs::directory_iterator(directory_, ec)) {
      std::string name = entry.path().filename().string();
      if (IsHiddenFileName(name) || name.rfind(own_prefix, 0) == 0) continue;
      fs::remove_all(entry.path(), ec);
      if (ec) {
        return Status::ExternalError(fmt::format("Cannot remove '{}' for INSERT OVERWRITE: {}",
                                                 entry.path().string(), ec.message()));
      }
    }
  }
  if (fs::exists(in_progress_path_, ec)) {
    fs::rename(in_progress_path_, final_path_, ec);
    if (ec) {
      return Status::ExternalError(fmt::format("Cannot rename '{}' to '{}': {}",
                                               in_progress_path_, final_path_, ec.message()));
    }
  }
  return Status::OK();
}

void FilesystemSink::Abort() {
  done_ = true;
  if (file_ != nullptr) std::fclose(file_);
  file_ = nullptr;
  buffer_.clear();
  std::error_code ec;
  fs::remove(in_progress_path_, ec);
}

}  // namespace sluice
