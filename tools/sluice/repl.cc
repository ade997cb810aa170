#include "repl.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>

// libedit's readline compatibility header; it needs <cstdio> first.
#include <editline/readline.h>

#include "client/statement_splitter.h"
#include "interrupt.h"
#include "statement_runner.h"

namespace sluice::cli {
namespace {

constexpr const char* kPrompt = "sluice> ";
constexpr const char* kContinuationPrompt = "     > ";
constexpr int kHistorySize = 1000;

enum class ReadStatus { kLine, kEof, kInterrupted };

// State shared with libedit's line callback.
bool g_line_done = false;
std::optional<std::string> g_line;

void OnLine(char* line) {
  g_line_done = true;
  if (line == nullptr) {
    g_line.reset();
  } else {
    g_line = std::string(line);
    std::free(line);
  }
}

// Reads one line from the terminal with libedit's callback interface, so that Ctrl-C (which
// interrupts poll()) can abandon the line being edited.
ReadStatus ReadTerminalLine(const char* prompt, std::string* line) {
  g_line_done = false;
  g_line.reset();
  rl_callback_handler_install(prompt, OnLine);
  ReadStatus status = ReadStatus::kEof;
  while (true) {
    if (ConsumeInterrupt()) {
      status = ReadStatus::kInterrupted;
      break;
    }
    pollfd input{STDIN_FILENO, POLLIN, 0};
    int ready = poll(&input, 1, -1);
    if (ready < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (input.revents & (POLLIN | POLLHUP)) rl_callback_read_char();
    if (g_line_done) {
      status = g_line.has_value() ? ReadStatus::kLine : ReadStatus::kEof;
      if (g_line.has_value()) *line = std::move(*g_line);
      break;
    }
  }
  rl_callback_handler_remove();
  return status;
}

ReadStatus ReadPlainLine(std::string* line) {
  if (!std::getline(std::cin, *line)) return ReadStatus::kEof;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return ReadStatus::kLine;
}

// Turns a multi-line statement into one history entry.
std::string HistoryEntry(const std::string& buffer) {
  std::string entry;
  for (char c : buffer) entry.push_back(c == '\n' ? ' ' : c);
  while (!entry.empty() && entry.back() == ' ') entry.pop_back();
  return entry;
}

// Runs every statement of `buffer`; returns false when the user asked to leave. Sets *failed
// when a statement failed.
bool RunBuffer(Session& session, const std::string& buffer, OutputFormat format, bool blank_line,
               bool* failed) {
  for (const ScriptStatement& statement : SplitStatements(buffer)) {
    StatementOutcome outcome = RunStatement(session, statement, buffer, format);
    if (outcome == StatementOutcome::kQuit) return false;
    if (outcome == StatementOutcome::kFailed) *failed = true;
    if (blank_line) std::fputs("\n", stdout);
    std::fflush(stdout);
    // Ctrl-C cancelled the statement; the rest of the input is dropped too.
    if (ConsumeInterrupt()) break;
  }
  return true;
}

}  // namespace

int RunRepl(Session& session, const ReplOptions& options) {
  const bool terminal = isatty(STDIN_FILENO) != 0;
  if (terminal) {
    rl_catch_signals = 0;
    using_history();
    stifle_history(kHistorySize);
    if (!options.history_file.empty()) read_history(options.history_file.c_str());
    std::fputs(
        "Welcome to Sluice. Statements end with ';'. Type HELP; for help, QUIT; to leave.\n\n",
        stdout);
  }
  std::string buffer;
  bool any_failed = false;
  while (true) {
    std::string line;
    ReadStatus status;
    if (terminal) {
      status = ReadTerminalLine(buffer.empty() ? kPrompt : kContinuationPrompt, &line);
    } else {
      status = ReadPlainLine(&line);
    }
    if (status == ReadStatus::kInterrupted) {
      buffer.clear();
      std::fputs("\n", stdout);
      continue;
    }
    if (status == ReadStatus::kEof) {
      if (terminal) std::fputs("\n", stdout);
      if (!IsBlankScript(buffer)) RunBuffer(session, buffer, options.format, false, &any_failed);
      break;
    }
    buffer += line;
    buffer += '\n';
    if (IsBlankScript(buffer)) {
      buffer.clear();
      continue;
    }
    if (!IsStatementComplete(buffer)) continue;
    if (terminal) {
      add_history(HistoryEntry(buffer).c_str());
      if (!options.history_file.empty()) write_history(options.history_file.c_str());
    }
    bool keep_going = RunBuffer(session, buffer, options.format, terminal, &any_failed);
    buffer.clear();
    if (!keep_going) break;
  }
  std::fflush(stdout);
  // Piped input is a script: report failures through the exit code.
  return !terminal && any_failed ? 1 : 0;
}

}  // namespace sluice::cli
