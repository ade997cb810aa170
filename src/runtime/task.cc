#include "runtime/task.h"

#include <chrono>
#include <utility>

#include "runtime/exchange.h"

namespace sluice {
namespace {

// How long an idle task sleeps before looking at its sources again; channels wake it earlier.
constexpr std::chrono::milliseconds kSourcePoll{1};
constexpr std::chrono::milliseconds kChannelPoll{20};

}  // namespace

void Task::AddSource(SourcePtr source, Operator* target, int target_input) {
  Input input;
  input.source = source.get();
  input.target = target;
  input.target_input = target_input;
  inputs_.push_back(input);
  sources_.push_back(std::move(source));
}

void Task::AddChannel(BatchChannel* channel, Operator* target, int target_input) {
  Input input;
  input.channel = channel;
  input.target = target;
  input.target_input = target_input;
  inputs_.push_back(input);
}

Status Task::StopStatus() const {
  if (state_->failed()) return state_->status();
  return Status::Cancelled("The query was cancelled.");
}

Status Task::Run() {
  Status status = Loop();
  // Wake tasks blocked on a full channel at once rather than when their consumer exits.
  if (!status.ok()) state_->AbortChannels();
  for (Input& input : inputs_) {
    if (input.channel != nullptr) input.channel->CloseConsumer();
  }
  if (auto* sender = dynamic_cast<ExchangeSender*>(terminal_.get())) sender->Close();
  return status;
}

Status Task::Loop() {
  if (terminal_ == nullptr) return Status::InternalError("Task without a terminal operator");
  SLUICE_RETURN_NOT_OK(terminal_->Open(&context_));
  for (const OperatorPtr& op : operators_) SLUICE_RETURN_NOT_OK(op->Open(&context_));
  for (const SourcePtr& source : sources_) SLUICE_RETURN_NOT_OK(source->Open(&context_));

  const size_t n = inputs_.size();
  size_t start = 0;
  while (true) {
    if (state_->ShouldStop()) return StopStatus();
    if (terminal_->finished()) return Status::OK();
    bool any_open = false;
    bool progress = false;
    bool has_source = false;
    for (size_t k = 0; k < n; ++k) {
      Input& input = inputs_[(start + k) % n];
      if (input.done) continue;
      any_open = true;
      Batch batch;
      if (input.source != nullptr) {
        has_source = true;
        SLUICE_ASSIGN_OR_RETURN(bool more, input.source->Next(&batch));
        if (!more) {
          input.done = true;
          progress = true;
          SLUICE_RETURN_NOT_OK(input.target->Finish(input.target_input));
        } else if (batch.num_rows() > 0) {
          progress = true;
          SLUICE_RETURN_NOT_OK(input.target->Push(input.target_input, std::move(batch)));
        }
      } else {
        switch (input.channel->TryPop(&batch)) {
          case BatchChannel::PopResult::kBatch:
            progress = true;
            SLUICE_RETURN_NOT_OK(input.target->Push(input.target_input, std::move(batch)));
            break;
          case BatchChannel::PopResult::kEnded:
            if (state_->ShouldStop()) return StopStatus();
            input.done = true;
            progress = true;
            SLUICE_RETURN_NOT_OK(input.target->Finish(input.target_input));
            break;
          case BatchChannel::PopResult::kEmpty:
            break;
        }
      }
      if (terminal_->finished()) return Status::OK();
    }
    if (!any_open) return Status::OK();
    if (n > 0) start = (start + 1) % n;
    if (!progress) notifier_.WaitFor(has_source ? kSourcePoll : kChannelPoll);
  }
}

}  // namespace sluice
