// FilesystemSink: one task's writer into a directory. Rows go to a hidden in-progress file
// ".part-<job>-<task>-0.<ext>.inprogress" (created on the first row; readers skip hidden
// files); Commit renames it to "part-<job>-<task>-0.<ext>", so a reader never sees half a
// file. With overwrite, Commit first removes every visible entry of the directory that this
// job did not write. Abort removes the in-progress file.
//
// Thread-safety: one task's thread; the tasks of one job write distinct files.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "connectors/connector.h"
#include "formats/record_codec.h"

namespace sluice {

class FilesystemSink : public SinkWriter {
 public:
  FilesystemSink(std::string directory, std::string job_id, int task_index, bool overwrite,
                 std::unique_ptr<RecordEncoder> encoder);
  ~FilesystemSink() override;

  Status Write(const Batch& batch) override;
  Status Commit() override;
  void Abort() override;

  // The names the part file has while written and after Commit (full paths).
  const std::string& in_progress_path() const { return in_progress_path_; }
  const std::string& final_path() const { return final_path_; }

 private:
  Status Flush();

  std::string directory_;
  std::string job_id_;
  bool overwrite_;
  std::unique_ptr<RecordEncoder> encoder_;
  std::string in_progress_path_;
  std::string final_path_;
  std::FILE* file_ = nullptr;
  std::string buffer_;
  bool done_ = false;
};

// A random UUID (version 4) in its 36-character text form.
std::string RandomUuid();

}  // namespace sluice
