#include "interrupt.h"

#include <signal.h>

#include <atomic>
#include <cstring>

namespace sluice::cli {
namespace {

std::atomic<Session*> g_running_session{nullptr};
volatile sig_atomic_t g_interrupted = 0;

void OnSigint(int) {
  g_interrupted = 1;
  Session* session = g_running_session.load();
  if (session != nullptr) session->Cancel();
}

}  // namespace

void InstallInterruptHandler() {
  struct sigaction action;
  std::memset(&action, 0, sizeof(action));
  action.sa_handler = OnSigint;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, nullptr);
}

void SetRunningSession(Session* session) { g_running_session.store(session); }

bool ConsumeInterrupt() {
  bool interrupted = g_interrupted != 0;
  g_interrupted = 0;
  return interrupted;
}

bool InterruptPending() { return g_interrupted != 0; }

}  // namespace sluice::cli
