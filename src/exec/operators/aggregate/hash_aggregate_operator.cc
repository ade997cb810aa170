#include "exec/operators/aggregate/hash_aggregate_operator.h"

#include <numeric>

namespace sluice {
namespace {

std::vector<LogicalType> KeyTypes(const std::vector<LogicalType>& input_types,
                                  const std::vector<size_t>& group_keys) {
  std::vector<LogicalType> types;
  for (size_t k : group_keys) types.push_back(input_types[k]);
  return types;
}

}  // namespace

HashAggregateOperator::HashAggregateOperator(std::vector<LogicalType> input_types,
                                             std::vector<size_t> group_keys,
                                             std::vector<AggregateCall> calls,
                                             bool input_may_retract)
    : input_types_(std::move(input_types)),
      group_keys_(std::move(group_keys)),
      calls_(std::move(calls)),
      input_may_retract_(input_may_retract),
      table_(KeyTypes(input_types_, group_keys_)) {}

Result<std::unique_ptr<HashAggregateOperator>> HashAggregateOperator::Make(
    const LogicalNode& node) {
  if (node.kind != LogicalNode::Kind::kAggregate || node.inputs.size() != 1) {
    return Status::InternalError("HashAggregateOperator needs an Aggregate node with one input");
  }
  for (const AggregateCall& call : node.aggregates) {
    if (call.function == nullptr) {
      return Status::InternalError("Aggregate call " + call.name + " is not bound");
    }
  }
  return std::make_unique<HashAggregateOperator>(node.inputs[0]->schema.types, node.group_keys,
                                                 node.aggregates, node.inputs[0]->produces_updates);
}

std::vector<LogicalType> HashAggregateOperator::output_types() const {
  std::vector<LogicalType> types = KeyTypes(input_types_, group_keys_);
  for (const AggregateCall& call : calls_) types.push_back(call.function->return_type());
  return types;
}

Status HashAggregateOperator::Open(ExecContext* context) {
  SLUICE_RETURN_NOT_OK(Operator::Open(context));
  streaming_ = context != nullptr && context->streaming;
  retracting_ = streaming_ && input_may_retract_;
  functions_.clear();
  for (const AggregateCall& call : calls_) {
    const BoundAggregateFunction* f = call.function.get();
    if (retracting_ && !f->SupportsRetraction()) {
      return Status::UserError("The aggregate " + call.name +
                               " does not support retraction of updating input.");
    }
    functions_.push_back(retracting_ ? f : f->AppendOnlyVariant());
  }
  states_ = std::make_unique<AggregateStates>(functions_);
  return Status::OK();
}

Status HashAggregateOperator::UpdateCalls(const Batch& batch, const SelectionVector& rows,
                                          const std::vector<uint32_t>& groups, bool retract) {
  if (rows.empty()) return Status::OK();
  std::vector<const Column*> args;
  for (size_t c = 0; c < calls_.size(); ++c) {
    const AggregateCall& call = calls_[c];
    args.clear();
    for (size_t a : call.arguments) args.push_back(batch.column(a).get());
    if (!call.filter_column.has_value()) {
      SLUICE_RETURN_NOT_OK(
          functions_[c]->Update(args, rows, groups.data(), states_->states(c), retract));
      continue;
    }
    const Column& filter = *batch.column(*call.filter_column);
    const uint8_t* keep = filter.Data<uint8_t>();
    SelectionVector selected;
    filter_groups_.clear();
    for (size_t i = 0; i < rows.size(); ++i) {
      const uint32_t row = rows[i];
      if (keep[row] == 0 || filter.IsNull(row)) continue;
      selected.push_back(row);
      filter_groups_.push_back(groups[i]);
    }
    if (selected.empty()) continue;
    SLUICE_RETURN_NOT_OK(
        functions_[c]->Update(args, selected, filter_groups_.data(), states_->states(c), retract));
  }
  return Status::OK();
}

Status HashAggregateOperator::Push(int, Batch batch) {
  if (states_ == nullptr) return Status::InternalError("HashAggregate pushed before Open");
  const size_t n = batch.num_rows();
  if (n == 0) return Status::OK();
  if (context_ != nullptr && context_->IsCancelled()) return Status::Cancelled("cancelled");

  std::vector<const Column*> keys;
  for (size_t k : group_keys_) keys.push_back(batch.column(k).get());

  SelectionVector acc_rows;
  SelectionVector ret_rows;
  if (batch.IsInsertOnly()) {
    acc_rows = SelectionVector::All(n);
  } else {
    for (uint32_t i = 0; i < n; ++i) {
      if (IsAccumulate(batch.row_kind(i))) {
        acc_rows.push_back(i);
      } else {
        ret_rows.push_back(i);
      }
    }
    if (!ret_rows.empty() && !retracting_) {
      return Status::InternalError(
          "HashAggregate received a retraction but its input was declared insert-only");
    }
  }

  acc_groups_.resize(acc_rows.size());
  table_.Lookup(keys, acc_rows, /*insert=*/true, acc_groups_.data());
  const size_t num_groups = table_.num_groups();
  states_->GrowTo(num_groups);
  row_counts_.resize(num_groups, 0);

  if (!streaming_) {
    for (uint32_t g : acc_groups_) ++row_counts_[g];
    return UpdateCalls(batch, acc_rows, acc_groups_, /*retract=*/false);
  }

  // Streaming: find the touched groups, and snapshot their previous values.
  touched_epoch_.resize(num_groups, 0);
  ++epoch_;
  touched_.clear();
  for (uint32_t g : acc_groups_) {
    if (touched_epoch_[g] != epoch_) {
      touched_epoch_[g] = epoch_;
      touched_.push_back(g);
    }
  }
  SelectionVector kept_ret_rows;
  ret_groups_.clear();
  if (!ret_rows.empty()) {
    ret_groups_.resize(ret_rows.size());
    table_.Lookup(keys, ret_rows, /*insert=*/false, ret_groups_.data());
    size_t kept = 0;
    for (size_t i = 0; i < ret_rows.size(); ++i) {
      const uint32_t g = ret_groups_[i];
      // No state for this key (never seen, or retracted to nothing): ignore, as Flink does.
      if (g == GroupHashTable::kNoGroup) continue;
      if (row_counts_[g] <= 0 && touched_epoch_[g] != epoch_) continue;
      if (touched_epoch_[g] != epoch_) {
        touched_epoch_[g] = epoch_;
        touched_.push_back(g);
      }
      kept_ret_rows.push_back(ret_rows[i]);
      ret_groups_[kept++] = g;
    }
    ret_groups_.resize(kept);
  }
  std::vector<uint8_t> was_alive(touched_.size());
  std::vector<uint32_t> previous_groups;
  for (size_t t = 0; t < touched_.size(); ++t) {
    was_alive[t] = row_counts_[touched_[t]] > 0;
    if (was_alive[t]) previous_groups.push_back(touched_[t]);
  }
  SLUICE_ASSIGN_OR_RETURN(Batch previous, FinalizeGroups(previous_groups));

  for (uint32_t g : acc_groups_) ++row_counts_[g];
  for (uint32_t g : ret_groups_) --row_counts_[g];
  SLUICE_RETURN_NOT_OK(UpdateCalls(batch, acc_rows, acc_groups_, /*retract=*/false));
  SLUICE_RETURN_NOT_OK(UpdateCalls(batch, kept_ret_rows, ret_groups_, /*retract=*/true));
  return EmitChanges(previous, was_alive);
}

Status HashAggregateOperator::EmitChanges(const Batch& previous,
                                          const std::vector<uint8_t>& was_alive) {
  std::vector<uint32_t> current_groups;
  for (uint32_t g : touched_) {
    if (row_counts_[g] > 0) current_groups.push_back(g);
  }
  SLUICE_ASSIGN_OR_RETURN(Batch current, FinalizeGroups(current_groups));
  const size_t prev_rows = previous.num_rows();
  const size_t num_keys = group_keys_.size();
  std::vector<uint32_t> take;
  std::vector<RowKind> kinds;
  size_t p = 0;
  size_t c = 0;
  for (size_t t = 0; t < touched_.size(); ++t) {
    const uint32_t g = touched_[t];
    const bool alive = row_counts_[g] > 0;
    if (was_alive[t] && alive) {
      bool equal = true;
      for (size_t k = num_keys; k < current.num_columns() && equal; ++k) {
        equal = current.column(k)->CompareRows(c, *previous.column(k), p) == 0;
      }
      if (!equal) {
        take.push_back(static_cast<uint32_t>(p));
        kinds.push_back(RowKind::kUpdateBefore);
        take.push_back(static_cast<uint32_t>(prev_rows + c));
        kinds.push_back(RowKind::kUpdateAfter);
      }
      ++p;
      ++c;
    } else if (alive) {
      take.push_back(static_cast<uint32_t>(prev_rows + c));
      kinds.push_back(RowKind::kInsert);
      ++c;
    } else {
      if (was_alive[t]) {
        take.push_back(static_cast<uint32_t>(p));
        kinds.push_back(RowKind::kDelete);
        ++p;
      }
      // Retracted to nothing: clear the state so the key starts afresh.
      states_->Reset(g);
      row_counts_[g] = 0;
    }
  }
  if (take.empty()) return Status::OK();
  const std::vector<LogicalType> types = output_types();
  Batch all = Batch::Concat({previous, current}, types);
  Batch out = all.Take(take);
  out.mutable_row_kinds() = std::move(kinds);
  return Emit(std::move(out));
}

Result<Batch> HashAggregateOperator::FinalizeGroups(const std::vector<uint32_t>& groups) const {
  const size_t m = groups.size();
  std::vector<ColumnPtr> columns = table_.TakeKeys(groups.data(), m);
  for (size_t c = 0; c < calls_.size(); ++c) {
    ColumnPtr column = Column::Make(calls_[c].function->return_type(), m);
    column->Resize(m);
    for (size_t i = 0; i < m; ++i) {
      SLUICE_RETURN_NOT_OK(functions_[c]->Finalize(states_->state(c, groups[i]), column.get(), i));
    }
    columns.push_back(std::move(column));
  }
  return Batch(std::move(columns), m);
}

Status HashAggregateOperator::Finish(int) {
  if (states_ == nullptr) return Status::InternalError("HashAggregate finished before Open");
  if (!streaming_) {
    if (group_keys_.empty() && table_.num_groups() == 0) {
      uint32_t group = 0;
      table_.Lookup({}, SelectionVector::All(1), /*insert=*/true, &group);
      states_->GrowTo(1);
      row_counts_.resize(1, 0);
    }
    const size_t total = table_.num_groups();
    std::vector<uint32_t> groups;
    for (size_t start = 0; start < total; start += kDefaultBatchSize) {
      const size_t end = std::min(total, start + kDefaultBatchSize);
      groups.resize(end - start);
      std::iota(groups.begin(), groups.end(), static_cast<uint32_t>(start));
      SLUICE_ASSIGN_OR_RETURN(Batch out, FinalizeGroups(groups));
      SLUICE_RETURN_NOT_OK(Emit(std::move(out)));
    }
  }
  return EmitFinish();
}

}  // namespace sluice
