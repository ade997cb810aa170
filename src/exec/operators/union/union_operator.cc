#include "exec/operators/union/union_operator.h"

#include <string>
#include <utility>

namespace sluice {

UnionOperator::UnionOperator(int num_inputs)
    : finished_(static_cast<size_t>(num_inputs), false), remaining_(num_inputs) {}

Status UnionOperator::Push(int input, Batch batch) {
  if (input < 0 || static_cast<size_t>(input) >= finished_.size()) {
    return Status::InternalError("Union: no input " + std::to_string(input));
  }
  return Emit(std::move(batch));
}

Status UnionOperator::Finish(int input) {
  if (input < 0 || static_cast<size_t>(input) >= finished_.size() || finished_[input]) {
    return Status::InternalError("Union: input " + std::to_string(input) +
                                 " finished twice or does not exist");
  }
  finished_[input] = true;
  if (--remaining_ == 0) return EmitFinish();
  return Status::OK();
}

}  // namespace sluice
