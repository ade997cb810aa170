// Which files a filesystem table reads: `path` itself when it is a file, else every regular
// file under the directory (recursively), in name order, skipping hidden entries (names that
// start with '.' or '_': in-progress part files, _SUCCESS markers).
#pragma once

#include <string>
#include <vector>

#include "common/status.h"

namespace sluice {

// An external error naming the path when it does not exist.
Result<std::vector<std::string>> ListDataFiles(const std::string& path);

// The files of task `task_index` of `parallelism`: every parallelism-th file from task_index.
std::vector<std::string> FilesOfTask(const std::vector<std::string>& files, int task_index,
                                     int parallelism);

bool IsHiddenFileName(const std::string& name);

}  // namespace sluice
