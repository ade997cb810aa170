// LimitOperator: OFFSET / FETCH without ORDER BY (LogicalNode::kLimit).
//
// Skips the first `offset` rows, then passes up to `fetch` rows (all of them when there is no
// fetch). Once `fetch` rows have passed, it finishes its output at once and ignores any further
// input: done() turns true, and the runtime stops pulling the sources that feed only this
// pipeline, so `SELECT * FROM endless LIMIT 5` ends.
//
// Input must be insert-only (batch mode, or streaming over an append-only input); an updating
// input is a user error, since retracting rows through a limit needs a rank operator.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "exec/operator.h"

namespace sluice {

class LimitOperator : public Operator {
 public:
  LimitOperator(int64_t offset, std::optional<int64_t> fetch);

  std::string Name() const override { return "Limit"; }
  Status Open(ExecContext* context) override;
  Status Push(int input, Batch batch) override;
  Status Finish(int input) override;

  // True once every row the limit can pass has passed (and the output has finished).
  bool done() const { return done_; }

  // "Limit(offset=[0], fetch=[5])" for EXPLAIN.
  static std::string Describe(int64_t offset, std::optional<int64_t> fetch);

 private:
  int64_t to_skip_;
  std::optional<int64_t> remaining_;
  bool done_ = false;
};

}  // namespace sluice
