#include "statement_runner.h"

#include <cstdio>
#include <string>

#include "client/error_formatter.h"
#include "client/streaming_printer.h"
#include "interrupt.h"

namespace sluice::cli {
namespace {

void Write(std::FILE* stream, const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stream);
  std::fflush(stream);
}

}  // namespace

StatementOutcome RunStatement(Session& session, const ScriptStatement& statement,
                              std::string_view script, OutputFormat format) {
  SetRunningSession(&session);
  // Streaming query results are printed while the query runs.
  StreamingPrinter streaming(format, stdout);
  Result<StatementResult> result =
      session.Execute(statement.text, [&](const ResultTable& chunk) -> Status {
        streaming.Print(chunk);
        return Status::OK();
      });
  SetRunningSession(nullptr);
  if (!result.ok()) {
    Status status = result.status().ShiftPosition(statement.line - 1, statement.column - 1);
    std::fflush(stdout);
    Write(stderr, FormatError(status, script));
    return StatementOutcome::kFailed;
  }
  const StatementResult& outcome = *result;
  if (!outcome.warnings.empty()) {
    std::fflush(stdout);
    for (const std::string& warning : outcome.warnings) Write(stderr, FormatWarning(warning));
  }
  switch (outcome.kind) {
    case StatementResult::Kind::kSuccess:
      Write(stdout, FormatInfo(outcome.info_message));
      return StatementOutcome::kSucceeded;
    case StatementResult::Kind::kRows:
      if (streaming.started() || outcome.table.changelog) {
        streaming.Finish(outcome.table);
      } else {
        Write(stdout, FormatResultTable(outcome.table, format));
      }
      return StatementOutcome::kSucceeded;
    case StatementResult::Kind::kQuit:
      return StatementOutcome::kQuit;
  }
  return StatementOutcome::kSucceeded;
}

}  // namespace sluice::cli
