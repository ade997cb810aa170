// StreamingJoin: Flink's regular (unbounded) streaming join, as its StreamingJoinOperator.
//
// Each side keeps its rows in state, grouped by join key, as distinct records with a count
// (and, for an outer side, the number of rows of the other side each record is joined with).
// An input row is joined with the other side's records that have the same key and satisfy the
// residual condition (its "associated records"), then added to (or retracted from) its own
// side's state. Output kinds follow Flink exactly:
//   inner side, accumulate:  the input's kind (+I/+U) for each joined row;
//   inner side, retract:     the input's kind (-U/-D) for each joined row;
//   outer side, accumulate:  +I[input + NULLs] when nothing matches, else +I joined rows;
//   outer side, retract:     -D[input + NULLs] when nothing matched, else -D joined rows;
//   other side outer:        a record whose association count goes 0 -> 1 first retracts its
//                            NULL-padded row (-D), and one going 1 -> 0 re-emits it (+I).
// NULL keys never match; such rows are still kept so that outer sides can retract them.
//
// State rows are appended to per-side column stores and never compacted (a retracted record is
// only unlinked); see the aggregates helper's report.
//
// Thread-safety: one instance per task.
#pragma once

#include <memory>
#include <vector>

#include "exec/expression/expression_evaluator.h"
#include "exec/operators/aggregate/group_hash_table.h"
#include "exec/operators/join/join_spec.h"

namespace sluice {

class StreamingJoin {
 public:
  StreamingJoin(JoinSpec spec, JoinEmitter emit);
  Status Open(const KernelContext& context);
  // Processes a batch of the left (input_is_left) or right input.
  Status Push(bool input_is_left, const Batch& batch);

 private:
  struct Record {
    uint32_t row;          // in the side's store
    int64_t count;         // copies of this row in the state
    int64_t associations;  // outer sides: joined rows of the other side
  };
  struct Side {
    std::vector<LogicalType> types;
    std::vector<size_t> keys;
    bool outer = false;
    std::unique_ptr<GroupHashTable> table;
    std::vector<ColumnPtr> store;
    std::vector<std::vector<Record>> groups;  // per key group: its distinct records
  };
  // Where a side of an output row comes from.
  enum class Source : uint8_t { kNull, kInput, kStore };
  struct OutputRow {
    RowKind kind;
    Source left;
    uint32_t left_row;
    Source right;
    uint32_t right_row;
  };

  void AddRecord(Side& side, uint32_t group, const Batch& input, uint32_t row,
                 int64_t associations);
  void RetractRecord(Side& side, uint32_t group, const Batch& input, uint32_t row);
  Result<Batch> Assemble(const std::vector<OutputRow>& rows, bool input_is_left,
                         const Batch& input) const;

  JoinSpec spec_;
  JoinEmitter emit_;
  std::unique_ptr<ExpressionEvaluator> residual_;
  Side left_;
  Side right_;
};

}  // namespace sluice
