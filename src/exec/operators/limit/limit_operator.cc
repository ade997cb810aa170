#include "exec/operators/limit/limit_operator.h"

#include <algorithm>
#include <utility>

namespace sluice {

LimitOperator::LimitOperator(int64_t offset, std::optional<int64_t> fetch)
    : to_skip_(std::max<int64_t>(offset, 0)), remaining_(fetch) {}

Status LimitOperator::Open(ExecContext* context) {
  SLUICE_RETURN_NOT_OK(Operator::Open(context));
  // FETCH 0 passes nothing: the output is complete before any input.
  if (remaining_.has_value() && *remaining_ <= 0) {
    done_ = true;
    return EmitFinish();
  }
  return Status::OK();
}

Status LimitOperator::Push(int /*input*/, Batch batch) {
  if (done_ || batch.num_rows() == 0) return Status::OK();
  if (!batch.IsInsertOnly()) {
    return Status::UserError(
        "LIMIT / OFFSET without ORDER BY over an updating input is not supported.");
  }
  size_t begin = 0;
  const size_t rows = batch.num_rows();
  if (to_skip_ > 0) {
    const size_t skip = static_cast<size_t>(std::min<int64_t>(to_skip_, rows));
    to_skip_ -= static_cast<int64_t>(skip);
    begin = skip;
    if (begin == rows) return Status::OK();
  }
  size_t end = rows;
  if (remaining_.has_value()) {
    end = begin + static_cast<size_t>(std::min<int64_t>(*remaining_, rows - begin));
    *remaining_ -= static_cast<int64_t>(end - begin);
  }
  if (begin == 0 && end == rows) {
    SLUICE_RETURN_NOT_OK(Emit(std::move(batch)));
  } else {
    SLUICE_RETURN_NOT_OK(Emit(batch.Slice(begin, end - begin)));
  }
  if (remaining_.has_value() && *remaining_ == 0) {
    done_ = true;
    return EmitFinish();
  }
  return Status::OK();
}

Status LimitOperator::Finish(int /*input*/) {
  if (done_) return Status::OK();
  done_ = true;
  return EmitFinish();
}

std::string LimitOperator::Describe(int64_t offset, std::optional<int64_t> fetch) {
  std::string text = "Limit(offset=[" + std::to_string(offset) + "]";
  if (fetch.has_value()) text += ", fetch=[" + std::to_string(*fetch) + "]";
  return text + ")";
}

}  // namespace sluice
