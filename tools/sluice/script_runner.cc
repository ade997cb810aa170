#include "script_runner.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <sys/stat.h>

#include "client/statement_splitter.h"
#include "interrupt.h"
#include "statement_runner.h"

namespace sluice::cli {

int RunScript(Session& session, std::string_view script, const ScriptOptions& options) {
  bool any_failed = false;
  for (const ScriptStatement& statement : SplitStatements(script)) {
    StatementOutcome outcome = RunStatement(session, statement, script, options.format);
    if (outcome == StatementOutcome::kQuit) break;
    if (outcome == StatementOutcome::kFailed) {
      any_failed = true;
      if (!options.continue_on_error) break;
    }
    if (ConsumeInterrupt()) {
      any_failed = true;
      break;
    }
  }
  return any_failed ? 1 : 0;
}

Result<std::string> ReadScriptFile(const std::string& path) {
  struct stat info;
  if (stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
    return Status::ExternalError(
        fmt::format("Could not read file '{}': {}", path, std::strerror(EISDIR)));
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int error = errno != 0 ? errno : ENOENT;
    return Status::ExternalError(
        fmt::format("Could not read file '{}': {}", path, std::strerror(error)));
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) {
    return Status::ExternalError(fmt::format("Could not read file '{}': read failed", path));
  }
  return content.str();
}

}  // namespace sluice::cli
