#include "exec/operators/set/set_operation_operator.h"

#include <algorithm>

namespace sluice {

SetOperationOperator::SetOperationOperator(std::vector<LogicalType> types, bool is_intersect,
                                           bool all)
    : types_(types), is_intersect_(is_intersect), all_(all), table_(std::move(types)) {}

Result<std::unique_ptr<SetOperationOperator>> SetOperationOperator::Make(const LogicalNode& node) {
  if (node.kind != LogicalNode::Kind::kSetOperation || node.inputs.size() != 2) {
    return Status::InternalError("SetOperationOperator needs a SetOperation node with two inputs");
  }
  return std::make_unique<SetOperationOperator>(node.inputs[0]->schema.types, node.is_intersect,
                                                node.all);
}

std::string SetOperationOperator::Name() const {
  return std::string(is_intersect_ ? "Intersect" : "Except") + (all_ ? "All" : "");
}

Status SetOperationOperator::Open(ExecContext* context) {
  SLUICE_RETURN_NOT_OK(Operator::Open(context));
  streaming_ = context != nullptr && context->streaming;
  return Status::OK();
}

Status SetOperationOperator::Push(int input, Batch batch) {
  if (input != 0 && input != 1) return Status::InternalError("set operation has inputs 0 and 1");
  const size_t n = batch.num_rows();
  if (n == 0) return Status::OK();
  if (batch.num_columns() != types_.size()) {
    return Status::InternalError("set operation input has the wrong number of columns");
  }
  std::vector<const Column*> columns;
  for (const ColumnPtr& c : batch.columns()) columns.push_back(c.get());
  groups_.resize(n);
  table_.Lookup(columns, SelectionVector::All(n), /*insert=*/true, groups_.data());
  counts_[0].resize(table_.num_groups(), 0);
  counts_[1].resize(table_.num_groups(), 0);
  std::vector<int64_t>& counts = counts_[input];
  if (!streaming_) {
    if (!batch.IsInsertOnly()) {
      return Status::InternalError("set operation in batch mode received a changelog row");
    }
    for (uint32_t g : groups_) ++counts[g];
    return Status::OK();
  }
  std::vector<uint32_t> touched;
  std::vector<int64_t> before;
  touched_mark_.resize(table_.num_groups(), 0);
  for (uint32_t g : groups_) {
    if (!touched_mark_[g]) {
      touched_mark_[g] = 1;
      touched.push_back(g);
      before.push_back(Copies(g));
    }
  }
  for (size_t i = 0; i < n; ++i) counts[groups_[i]] += IsAccumulate(batch.row_kind(i)) ? 1 : -1;
  for (uint32_t g : touched) touched_mark_[g] = 0;
  return EmitStreamingChanges(touched, before);
}

int64_t SetOperationOperator::Copies(uint32_t group) const {
  const int64_t left = std::max<int64_t>(counts_[0][group], 0);
  const int64_t right = std::max<int64_t>(counts_[1][group], 0);
  if (is_intersect_) return all_ ? std::min(left, right) : (left > 0 && right > 0 ? 1 : 0);
  return all_ ? std::max<int64_t>(left - right, 0) : (left > 0 && right == 0 ? 1 : 0);
}

Status SetOperationOperator::EmitStreamingChanges(const std::vector<uint32_t>& touched,
                                                  const std::vector<int64_t>& before) {
  std::vector<uint32_t> take;
  std::vector<RowKind> kinds;
  for (size_t t = 0; t < touched.size(); ++t) {
    const int64_t delta = Copies(touched[t]) - before[t];
    for (int64_t c = 0; c < (delta < 0 ? -delta : delta); ++c) {
      take.push_back(touched[t]);
      kinds.push_back(delta > 0 ? RowKind::kInsert : RowKind::kDelete);
    }
  }
  if (take.empty()) return Status::OK();
  Batch out(table_.TakeKeys(take.data(), take.size()), take.size(), std::move(kinds));
  return Emit(std::move(out));
}

Status SetOperationOperator::Finish(int input) {
  if (input != 0 && input != 1) return Status::InternalError("set operation has inputs 0 and 1");
  if (finished_[input]) return Status::OK();
  finished_[input] = true;
  if (!(finished_[0] && finished_[1])) return Status::OK();
  if (!streaming_) SLUICE_RETURN_NOT_OK(EmitResult());
  return EmitFinish();
}

Status SetOperationOperator::EmitResult() {
  std::vector<uint32_t> take;
  auto flush = [&]() -> Status {
    if (take.empty()) return Status::OK();
    std::vector<ColumnPtr> columns = table_.TakeKeys(take.data(), take.size());
    Batch out(std::move(columns), take.size());
    take.clear();
    return Emit(std::move(out));
  };
  for (uint32_t g = 0; g < table_.num_groups(); ++g) {
    const int64_t copies = Copies(g);
    for (int64_t c = 0; c < copies; ++c) {
      take.push_back(g);
      if (take.size() >= kDefaultBatchSize) SLUICE_RETURN_NOT_OK(flush());
    }
  }
  return flush();
}

}  // namespace sluice
