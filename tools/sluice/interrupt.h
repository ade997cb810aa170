// Ctrl-C handling for the CLI.
//
// One SIGINT handler serves the whole process. While a statement runs (a session is registered
// with SetRunningSession), Ctrl-C calls Session::Cancel(), which only stores to an atomic and is
// async-signal-safe. Otherwise the handler only records that Ctrl-C was pressed; the REPL then
// discards the line being typed. The handler is installed without SA_RESTART so that a blocking
// poll() returns EINTR.
#pragma once

#include "client/session.h"

namespace sluice::cli {

void InstallInterruptHandler();

// Registers the session whose statement is running; nullptr when none is.
void SetRunningSession(Session* session);

// True (once) when Ctrl-C was pressed since the last call.
bool ConsumeInterrupt();

// True when Ctrl-C was pressed since the last ConsumeInterrupt(), without clearing it.
bool InterruptPending();

}  // namespace sluice::cli
