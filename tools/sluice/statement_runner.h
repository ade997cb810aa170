// Running one statement of the CLI and printing its outcome: result tables and [INFO] lines to
// stdout, [WARNING] and [ERROR] lines to stderr. Shared by the REPL and the script runner.
#pragma once

#include <string_view>

#include "client/result_printer.h"
#include "client/session.h"
#include "client/statement_splitter.h"

namespace sluice::cli {

enum class StatementOutcome {
  kSucceeded,
  kFailed,
  kQuit,  // QUIT / EXIT: the caller leaves
};

// Executes `statement` (one statement of `script`, which error positions are shown against) in
// `session`, registering the session for Ctrl-C while it runs, and prints the outcome.
StatementOutcome RunStatement(Session& session, const ScriptStatement& statement,
                              std::string_view script, OutputFormat format);

}  // namespace sluice::cli
