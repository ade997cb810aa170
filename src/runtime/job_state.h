// JobState: what every task of a running job shares: the first error, the cancel flag, the
// job's counters, and the channels to wake when the job stops.
//
// Thread-safety: every member may be used from any task's thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <vector>

#include "common/status.h"

namespace sluice {

class BatchChannel;

class JobState {
 public:
  explicit JobState(const std::atomic<bool>* cancel_requested)
      : cancel_requested_(cancel_requested) {}

  // True when the user cancelled the job.
  bool cancelled() const {
    return cancel_requested_ != nullptr && cancel_requested_->load(std::memory_order_relaxed);
  }
  // True when every task should stop now (an error somewhere, or a cancel).
  bool ShouldStop() const { return failed_.load(std::memory_order_relaxed) || cancelled(); }

  // Records `status` unless an error was already recorded (only the first is reported), and
  // wakes every task blocked on a channel.
  void Fail(const Status& status);
  // The first error, or OK.
  Status status() const;
  bool failed() const { return failed_.load(std::memory_order_relaxed); }

  // The channels to abort on failure or cancel (owned elsewhere; they outlive the tasks).
  void AddChannel(BatchChannel* channel);
  // Wakes everybody blocked on a channel (used when the cancel flag is seen).
  void AbortChannels();

  std::atomic<int64_t> rows_read{0};
  std::atomic<int64_t> rows_skipped{0};
  std::atomic<int64_t> rows_written{0};

 private:
  const std::atomic<bool>* cancel_requested_;
  std::atomic<bool> failed_{false};
  mutable std::mutex mutex_;
  Status first_error_;
  std::vector<BatchChannel*> channels_;
};

}  // namespace sluice
