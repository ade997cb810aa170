// BatchHashJoin: the batch-mode hash join. The right input is the build side: its batches are
// collected until it finishes, then hashed on the right keys (rows with a NULL key are kept
// only for RIGHT/FULL output, since NULL never matches). Left batches are probed as they come
// (buffered while the build side is still open). Matching pairs are produced in chunks, the
// residual condition filters them, and LEFT/FULL emit unmatched left rows NULL-padded per probe
// batch; RIGHT/FULL emit the unmatched build rows once both inputs have finished.
//
// Thread-safety: one instance per task.
#pragma once

#include <memory>
#include <vector>

#include "exec/expression/expression_evaluator.h"
#include "exec/operators/aggregate/group_hash_table.h"
#include "exec/operators/join/join_spec.h"

namespace sluice {

class BatchHashJoin {
 public:
  BatchHashJoin(JoinSpec spec, JoinEmitter emit);
  Status Open(const KernelContext& context);
  Status PushLeft(Batch batch);
  Status PushRight(Batch batch);
  Status FinishLeft();
  Status FinishRight();

 private:
  Status Build();
  Status Probe(const Batch& left);
  // Joins the pairs (left row, build row), applies the residual, emits; marks matches.
  Status FlushPairs(const Batch& left, std::vector<uint32_t>* left_rows,
                    std::vector<uint32_t>* build_rows, std::vector<uint8_t>* left_matched);
  Status EmitUnmatchedBuildRows();
  Batch NullPadded(const Batch& rows, bool rows_are_left) const;

  JoinSpec spec_;
  JoinEmitter emit_;
  std::unique_ptr<ExpressionEvaluator> residual_;
  std::vector<Batch> right_batches_;
  std::vector<Batch> pending_left_;
  bool built_ = false;
  bool left_finished_ = false;
  Batch build_;
  GroupHashTable table_;
  std::vector<uint32_t> head_;  // per group: first build row, or kNoGroup
  std::vector<uint32_t> next_;  // per build row: next build row of its group, or kNoGroup
  std::vector<uint8_t> build_matched_;
};

}  // namespace sluice
