// The interactive read-eval-print loop of the CLI.
//
// Statements end with ';' and may span lines: the prompt is "sluice> " for a new statement and
// "     > " while one continues. When stdin is a terminal, lines are read with libedit (line
// editing, history kept in `history_file`); Ctrl-C while typing discards the input, Ctrl-C while
// a statement runs cancels it; Ctrl-D on an empty line, QUIT or EXIT leave. When stdin is not a
// terminal, lines are read plainly without prompts, and text left without a final ';' at the end
// of input still runs.
#pragma once

#include <string>

#include "client/result_printer.h"
#include "client/session.h"

namespace sluice::cli {

struct ReplOptions {
  OutputFormat format = OutputFormat::kTableau;
  // Where the history is loaded from and saved to; empty for none.
  std::string history_file;
};

// Runs the loop until the user leaves. Returns the process exit code: 0, or 1 when stdin is not
// a terminal and a statement failed.
int RunRepl(Session& session, const ReplOptions& options);

}  // namespace sluice::cli
