#include "exec/operators/join/hash_join_operator.h"

namespace sluice {

HashJoinOperator::HashJoinOperator(JoinSpec spec) : spec_(std::move(spec)) {}

Result<std::unique_ptr<HashJoinOperator>> HashJoinOperator::Make(const LogicalNode& node) {
  if (node.kind != LogicalNode::Kind::kJoin || node.inputs.size() != 2) {
    return Status::InternalError("HashJoinOperator needs a Join node with two inputs");
  }
  JoinSpec spec;
  spec.left_types = node.inputs[0]->schema.types;
  spec.right_types = node.inputs[1]->schema.types;
  spec.type = node.join_type;
  spec.left_keys = node.left_keys;
  spec.right_keys = node.right_keys;
  spec.residual = node.predicate;
  return std::make_unique<HashJoinOperator>(std::move(spec));
}

Status HashJoinOperator::Open(ExecContext* context) {
  SLUICE_RETURN_NOT_OK(Operator::Open(context));
  const bool streaming = context != nullptr && context->streaming;
  const KernelContext kernel_context =
      context != nullptr ? context->kernel_context : KernelContext{};
  auto emit = [this](Batch batch) { return Emit(std::move(batch)); };
  if (streaming) {
    streaming_ = std::make_unique<StreamingJoin>(spec_, emit);
    return streaming_->Open(kernel_context);
  }
  batch_ = std::make_unique<BatchHashJoin>(spec_, emit);
  return batch_->Open(kernel_context);
}

Status HashJoinOperator::Push(int input, Batch batch) {
  if (input != 0 && input != 1) return Status::InternalError("HashJoin has inputs 0 and 1");
  if (context_ != nullptr && context_->IsCancelled()) return Status::Cancelled("cancelled");
  if (streaming_ != nullptr) return streaming_->Push(input == 0, batch);
  if (batch_ == nullptr) return Status::InternalError("HashJoin pushed before Open");
  if (!batch.IsInsertOnly()) {
    return Status::InternalError("HashJoin in batch mode received a changelog row");
  }
  return input == 0 ? batch_->PushLeft(std::move(batch)) : batch_->PushRight(std::move(batch));
}

Status HashJoinOperator::Finish(int input) {
  if (input != 0 && input != 1) return Status::InternalError("HashJoin has inputs 0 and 1");
  if (finished_[input]) return Status::OK();
  finished_[input] = true;
  if (batch_ != nullptr) {
    SLUICE_RETURN_NOT_OK(input == 0 ? batch_->FinishLeft() : batch_->FinishRight());
  }
  if (finished_[0] && finished_[1]) return EmitFinish();
  return Status::OK();
}

}  // namespace sluice
