#include "exec/operators/join/batch_hash_join.h"

namespace sluice {
namespace {

constexpr size_t kPairChunk = kDefaultBatchSize;

std::vector<LogicalType> KeyTypes(const std::vector<LogicalType>& types,
                                  const std::vector<size_t>& keys) {
  std::vector<LogicalType> result;
  for (size_t k : keys) result.push_back(types[k]);
  return result;
}

}  // namespace

BatchHashJoin::BatchHashJoin(JoinSpec spec, JoinEmitter emit)
    : spec_(std::move(spec)),
      emit_(std::move(emit)),
      table_(KeyTypes(spec_.right_types, spec_.right_keys)) {}

Status BatchHashJoin::Open(const KernelContext& context) {
  if (spec_.left_keys.size() != spec_.right_keys.size()) {
    return Status::InternalError("join: left and right key counts differ");
  }
  for (size_t k = 0; k < spec_.left_keys.size(); ++k) {
    if (PhysicalTypeOf(spec_.left_types[spec_.left_keys[k]].id()) !=
        PhysicalTypeOf(spec_.right_types[spec_.right_keys[k]].id())) {
      return Status::InternalError("join: key pair " + std::to_string(k) +
                                   " has different physical types; cast it first");
    }
  }
  if (spec_.residual != nullptr) {
    SLUICE_ASSIGN_OR_RETURN(residual_, ExpressionEvaluator::Make(spec_.residual, context));
  }
  return Status::OK();
}

Status BatchHashJoin::PushRight(Batch batch) {
  if (batch.num_rows() > 0) right_batches_.push_back(std::move(batch));
  return Status::OK();
}

Status BatchHashJoin::PushLeft(Batch batch) {
  if (batch.num_rows() == 0) return Status::OK();
  if (!built_) {
    pending_left_.push_back(std::move(batch));
    return Status::OK();
  }
  return Probe(batch);
}

Status BatchHashJoin::FinishRight() {
  SLUICE_RETURN_NOT_OK(Build());
  for (const Batch& left : pending_left_) SLUICE_RETURN_NOT_OK(Probe(left));
  pending_left_.clear();
  if (left_finished_) return EmitUnmatchedBuildRows();
  return Status::OK();
}

Status BatchHashJoin::FinishLeft() {
  left_finished_ = true;
  if (built_) return EmitUnmatchedBuildRows();
  return Status::OK();
}

Status BatchHashJoin::Build() {
  build_ = right_batches_.size() == 1 ? right_batches_[0]
                                      : Batch::Concat(right_batches_, spec_.right_types);
  if (right_batches_.empty()) {
    build_ = Batch::Make(spec_.right_types, 0);
  }
  right_batches_.clear();
  const size_t n = build_.num_rows();
  const std::vector<const Column*> keys = KeyColumns(build_, spec_.right_keys);
  SelectionVector rows;
  rows.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    if (!AnyKeyNull(keys, i)) rows.push_back(i);
  }
  std::vector<uint32_t> groups(rows.size());
  table_.Lookup(keys, rows, /*insert=*/true, groups.data());
  head_.assign(table_.num_groups(), GroupHashTable::kNoGroup);
  next_.assign(n, GroupHashTable::kNoGroup);
  // Insert in reverse so that each chain lists build rows in input order.
  for (size_t i = rows.size(); i-- > 0;) {
    next_[rows[i]] = head_[groups[i]];
    head_[groups[i]] = rows[i];
  }
  build_matched_.assign(n, 0);
  built_ = true;
  return Status::OK();
}

Status BatchHashJoin::Probe(const Batch& left) {
  const size_t n = left.num_rows();
  const std::vector<const Column*> keys = KeyColumns(left, spec_.left_keys);
  SelectionVector rows;
  rows.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    if (!AnyKeyNull(keys, i)) rows.push_back(i);
  }
  std::vector<uint32_t> groups(rows.size());
  if (table_.num_groups() > 0) {
    table_.Lookup(keys, rows, /*insert=*/false, groups.data());
  } else {
    groups.assign(rows.size(), GroupHashTable::kNoGroup);
  }
  std::vector<uint8_t> left_matched(n, 0);
  std::vector<uint32_t> left_rows;
  std::vector<uint32_t> build_rows;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (groups[i] == GroupHashTable::kNoGroup) continue;
    for (uint32_t b = head_[groups[i]]; b != GroupHashTable::kNoGroup; b = next_[b]) {
      left_rows.push_back(rows[i]);
      build_rows.push_back(b);
      if (left_rows.size() >= kPairChunk) {
        SLUICE_RETURN_NOT_OK(FlushPairs(left, &left_rows, &build_rows, &left_matched));
      }
    }
  }
  SLUICE_RETURN_NOT_OK(FlushPairs(left, &left_rows, &build_rows, &left_matched));
  if (spec_.LeftIsOuter()) {
    std::vector<uint32_t> unmatched;
    for (uint32_t i = 0; i < n; ++i) {
      if (!left_matched[i]) unmatched.push_back(i);
    }
    if (!unmatched.empty()) SLUICE_RETURN_NOT_OK(emit_(NullPadded(left.Take(unmatched), true)));
  }
  return Status::OK();
}

Status BatchHashJoin::FlushPairs(const Batch& left, std::vector<uint32_t>* left_rows,
                                 std::vector<uint32_t>* build_rows,
                                 std::vector<uint8_t>* left_matched) {
  if (left_rows->empty()) return Status::OK();
  std::vector<ColumnPtr> columns;
  for (const ColumnPtr& c : left.columns()) columns.push_back(c->Take(*left_rows));
  for (const ColumnPtr& c : build_.columns()) columns.push_back(c->Take(*build_rows));
  Batch joined(std::move(columns), left_rows->size());
  if (residual_ != nullptr) {
    SLUICE_ASSIGN_OR_RETURN(SelectionVector keep, residual_->EvaluateFilter(joined));
    for (uint32_t i : keep) {
      (*left_matched)[(*left_rows)[i]] = 1;
      build_matched_[(*build_rows)[i]] = 1;
    }
    if (keep.size() != joined.num_rows()) joined = joined.Take(keep);
  } else {
    for (uint32_t r : *left_rows) (*left_matched)[r] = 1;
    for (uint32_t b : *build_rows) build_matched_[b] = 1;
  }
  left_rows->clear();
  build_rows->clear();
  if (joined.num_rows() == 0) return Status::OK();
  return emit_(std::move(joined));
}

Status BatchHashJoin::EmitUnmatchedBuildRows() {
  if (!spec_.RightIsOuter()) return Status::OK();
  std::vector<uint32_t> unmatched;
  for (uint32_t i = 0; i < build_matched_.size(); ++i) {
    if (!build_matched_[i]) {
      unmatched.push_back(i);
      if (unmatched.size() == kDefaultBatchSize) {
        SLUICE_RETURN_NOT_OK(emit_(NullPadded(build_.Take(unmatched), false)));
        unmatched.clear();
      }
    }
  }
  if (!unmatched.empty()) SLUICE_RETURN_NOT_OK(emit_(NullPadded(build_.Take(unmatched), false)));
  build_matched_.assign(build_matched_.size(), 1);  // emitted once
  return Status::OK();
}

Batch BatchHashJoin::NullPadded(const Batch& rows, bool rows_are_left) const {
  const size_t n = rows.num_rows();
  std::vector<ColumnPtr> columns;
  if (rows_are_left) {
    columns = rows.columns();
    for (const LogicalType& t : spec_.right_types) columns.push_back(Column::MakeNulls(t, n));
  } else {
    for (const LogicalType& t : spec_.left_types) columns.push_back(Column::MakeNulls(t, n));
    for (const ColumnPtr& c : rows.columns()) columns.push_back(c);
  }
  return Batch(std::move(columns), n);
}

}  // namespace sluice
