// Non-interactive execution of a script (-f file or -e text).
#pragma once

#include <string>
#include <string_view>

#include "client/result_printer.h"
#include "client/session.h"

namespace sluice::cli {

struct ScriptOptions {
  OutputFormat format = OutputFormat::kTableau;
  // Run the remaining statements after a failure (a Ctrl-C still stops the script).
  bool continue_on_error = false;
};

// Runs the statements of `script` in order in `session`. Returns the process exit code: 0 when
// every statement run succeeded, 1 otherwise. Execution stops at the first failure unless
// continue_on_error, and at QUIT / EXIT.
int RunScript(Session& session, std::string_view script, const ScriptOptions& options);

// Reads a whole file; the error is "Could not read file '<path>': <reason>".
Result<std::string> ReadScriptFile(const std::string& path);

}  // namespace sluice::cli
