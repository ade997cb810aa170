// HashAggregateOperator: GROUP BY (LogicalNode::kAggregate) with a hash table of groups.
//
// Output row: the group keys, then one column per aggregate call (the call's return type).
// A node without calls is a DISTINCT.
//
// Batch mode (ExecContext::streaming == false): accumulates every input batch and emits all
// groups at Finish, in order of first appearance; a global aggregate (no keys) emits one row
// even on empty input (COUNT(*) = 0, SUM = NULL), as SQL requires.
//
// Streaming mode: emits a changelog as Flink's (mini-batch) GroupAggFunction does, treating
// each input batch as one bundle. For each group the batch touched, in order of first touch:
// +I new when the group is new (or was retracted to nothing before), -U old then +U new when
// its values changed (nothing when they are equal), -D old when its row count dropped to zero
// (its state is then cleared). Input rows +I/+U accumulate, -U/-D retract; a retraction for a
// group that has no state is ignored, as Flink does. Within a batch all accumulations are
// applied before the retractions (so a retraction finds a row the same batch inserted).
//
// State: retractable functions are used only when the input may retract (streaming over an
// updating input, `input_may_retract`); otherwise each call's AppendOnlyVariant() (a plain
// MIN/MAX instead of a multiset) is used. A call's `function` must already be bound with its
// DISTINCT flag (AggregateFunction::Bind(types, distinct)); AggregateCall::distinct is only
// informational here. `filter_column` (FILTER (WHERE ...)) selects rows per call.
//
// Thread-safety: one instance per task (Operator contract).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "exec/operator.h"
#include "exec/operators/aggregate/aggregate_states.h"
#include "exec/operators/aggregate/group_hash_table.h"
#include "planner/logical_plan.h"

namespace sluice {

class HashAggregateOperator : public Operator {
 public:
  HashAggregateOperator(std::vector<LogicalType> input_types, std::vector<size_t> group_keys,
                        std::vector<AggregateCall> calls, bool input_may_retract);
  // From a kAggregate node; the input may retract when node.inputs[0]->produces_updates.
  static Result<std::unique_ptr<HashAggregateOperator>> Make(const LogicalNode& node);

  std::string Name() const override { return "HashAggregate"; }
  Status Open(ExecContext* context) override;
  Status Push(int input, Batch batch) override;
  Status Finish(int input) override;

  // Keys then calls.
  std::vector<LogicalType> output_types() const;
  size_t num_groups() const { return table_.num_groups(); }

 private:
  // Finalizes the rows of `groups` (keys then calls).
  Result<Batch> FinalizeGroups(const std::vector<uint32_t>& groups) const;
  Status UpdateCalls(const Batch& batch, const SelectionVector& rows,
                     const std::vector<uint32_t>& groups, bool retract);
  Status EmitChanges(const Batch& previous, const std::vector<uint8_t>& was_alive);

  std::vector<LogicalType> input_types_;
  std::vector<size_t> group_keys_;
  std::vector<AggregateCall> calls_;
  bool input_may_retract_;
  bool streaming_ = false;
  bool retracting_ = false;                               // retractable function variants in use
  std::vector<const BoundAggregateFunction*> functions_;  // per call, the variant in use

  GroupHashTable table_;
  std::unique_ptr<AggregateStates> states_;
  std::vector<int64_t> row_counts_;  // per group: accumulated minus retracted rows

  // Streaming bookkeeping for the current batch.
  std::vector<uint32_t> touched_epoch_;  // per group: the batch that last touched it
  uint32_t epoch_ = 0;
  std::vector<uint32_t> touched_;  // groups touched by the current batch, in order

  // Scratch buffers reused across batches.
  std::vector<uint32_t> acc_groups_;
  std::vector<uint32_t> ret_groups_;
  std::vector<uint32_t> filter_groups_;
};

}  // namespace sluice
