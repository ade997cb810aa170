// Bounded channels between tasks (DESIGN.md §2: backpressure), and the notifier a task waits on.
//
// A BatchChannel carries batches from the tasks of one fragment (its producers) to one task of
// another fragment (its consumer). It holds at most `capacity` batches: Push blocks while it is
// full, so a slow consumer slows its producers instead of growing memory. The channel ends when
// every producer called ProducerDone(). The consumer never blocks in the channel: it polls with
// TryPop and sleeps on its TaskNotifier, which every channel feeding it notifies, so that a task
// with several inputs (a join, a union) waits for whichever has data first.
//
// Stopping: Abort() (the job failed or was cancelled) wakes blocked producers, whose Push then
// returns false; CloseConsumer() (the consumer needs no more input, e.g. after a LIMIT) makes
// every later Push drop its batch and return false.
//
// Thread-safety: every method may be called from any thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>

#include "vector/batch.h"

namespace sluice {

class TaskNotifier {
 public:
  void Notify();
  // Returns when notified since the last wait, or after `timeout`.
  void WaitFor(std::chrono::milliseconds timeout);

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  bool signalled_ = false;
};

class BatchChannel {
 public:
  enum class PopResult { kBatch, kEmpty, kEnded };

  BatchChannel(size_t capacity, int num_producers, TaskNotifier* consumer)
      : capacity_(capacity == 0 ? 1 : capacity), producers_left_(num_producers),
        consumer_(consumer) {}

  // Blocks while the channel is full. Returns false (dropping the batch) when the consumer
  // closed the channel or the channel was aborted.
  bool Push(Batch batch);
  // One producer has sent everything. Idempotence is the caller's job (once per producer).
  void ProducerDone();
  PopResult TryPop(Batch* out);

  void CloseConsumer();
  void Abort();

  bool consumer_closed() const;
  // The most batches ever queued at once (for tests of backpressure).
  size_t max_queued() const;

 private:
  const size_t capacity_;
  mutable std::mutex mutex_;
  std::condition_variable not_full_;
  std::deque<Batch> queue_;
  int producers_left_;
  bool consumer_closed_ = false;
  bool aborted_ = false;
  size_t max_queued_ = 0;
  TaskNotifier* consumer_;
};

}  // namespace sluice
