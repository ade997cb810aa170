#include "connectors/filesystem/file_listing.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

namespace sluice {

namespace fs = std::filesystem;

bool IsHiddenFileName(const std::string& name) {
  return !name.empty() && (name[0] == '.' || name[0] == '_');
}

Result<std::vector<std::string>> ListDataFiles(const std::string& path) {
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    return Status::ExternalError(fmt::format("File or directory '{}' does not exist.", path));
  }
  std::vector<std::string> files;
  if (!fs::is_directory(status)) {
    files.push_back(path);
    return files;
  }
  fs::recursive_directory_iterator it(path, ec);
  if (ec) {
    return Status::ExternalError(
        fmt::format("Cannot list directory '{}': {}", path, ec.message()));
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      return Status::ExternalError(
          fmt::format("Cannot list directory '{}': {}", path, ec.message()));
    }
    std::string name = it->path().filename().string();
    if (IsHiddenFileName(name)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> FilesOfTask(const std::vector<std::string>& files, int task_index,
                                     int parallelism) {
  std::vector<std::string> mine;
  if (parallelism < 1) parallelism = 1;
  for (size_t i = static_cast<size_t>(task_index); i < files.size();
       i += static_cast<size_t>(parallelism)) {
    mine.push_back(files[i]);
  }
  return mine;
}

}  // namespace sluice
