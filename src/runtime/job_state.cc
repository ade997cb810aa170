#include "runtime/job_state.h"

#include "runtime/channel.h"

namespace sluice {

void JobState::Fail(const Status& status) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!failed_.load()) {
      first_error_ = status;
      failed_.store(true);
    }
  }
  AbortChannels();
}

Status JobState::status() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return first_error_;
}

void JobState::AddChannel(BatchChannel* channel) {
  std::lock_guard<std::mutex> lock(mutex_);
  channels_.push_back(channel);
}

void JobState::AbortChannels() {
  std::vector<BatchChannel*> channels;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    channels = channels_;
  }
  for (BatchChannel* channel : channels) channel->Abort();
}

}  // namespace sluice
