#include "runtime/channel.h"

#include <algorithm>
#include <utility>

namespace sluice {

void TaskNotifier::Notify() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    signalled_ = true;
  }
  cv_.notify_one();
}

void TaskNotifier::WaitFor(std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(mutex_);
  cv_.wait_for(lock, timeout, [this] { return signalled_; });
  signalled_ = false;
}

bool BatchChannel::Push(Batch batch) {
  {
    std::unique_lock<std::mutex> lock(mutex_);
    not_full_.wait(lock, [this] {
      return queue_.size() < capacity_ || consumer_closed_ || aborted_;
    });
    if (consumer_closed_ || aborted_) return false;
    queue_.push_back(std::move(batch));
    max_queued_ = std::max(max_queued_, queue_.size());
  }
  if (consumer_ != nullptr) consumer_->Notify();
  return true;
}

void BatchChannel::ProducerDone() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (producers_left_ > 0) --producers_left_;
  }
  if (consumer_ != nullptr) consumer_->Notify();
}

BatchChannel::PopResult BatchChannel::TryPop(Batch* out) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (queue_.empty()) {
      return producers_left_ == 0 || aborted_ ? PopResult::kEnded : PopResult::kEmpty;
    }
    *out = std::move(queue_.front());
    queue_.pop_front();
  }
  not_full_.notify_one();
  return PopResult::kBatch;
}

void BatchChannel::CloseConsumer() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    consumer_closed_ = true;
    queue_.clear();
  }
  not_full_.notify_all();
}

void BatchChannel::Abort() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    aborted_ = true;
  }
  not_full_.notify_all();
  if (consumer_ != nullptr) consumer_->Notify();
}

bool BatchChannel::consumer_closed() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return consumer_closed_;
}

size_t BatchChannel::max_queued() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return max_queued_;
}

}  // namespace sluice
