// JoinSpec: what a hash join needs from a LogicalNode::kJoin, shared by the batch and the
// streaming implementations. Output row: the left columns followed by the right ones.
#pragma once

#include <functional>
#include <vector>

#include "planner/bound_expression.h"
#include "planner/logical_plan.h"
#include "vector/batch.h"

namespace sluice {

struct JoinSpec {
  std::vector<LogicalType> left_types;
  std::vector<LogicalType> right_types;
  JoinType type = JoinType::kInner;
  // Equi-join keys, pairwise; the planner casts each pair to one type. Empty for a cross join
  // (or a join on the residual condition only).
  std::vector<size_t> left_keys;
  std::vector<size_t> right_keys;
  // Evaluated over the joined row (left then right columns); null when there is none.
  BoundExpressionPtr residual;

  bool LeftIsOuter() const { return type == JoinType::kLeft || type == JoinType::kFull; }
  bool RightIsOuter() const { return type == JoinType::kRight || type == JoinType::kFull; }
  std::vector<LogicalType> OutputTypes() const {
    std::vector<LogicalType> types = left_types;
    types.insert(types.end(), right_types.begin(), right_types.end());
    return types;
  }
};

// Where an implementation sends its output batches.
using JoinEmitter = std::function<Status(Batch)>;

// The columns of `keys` in `batch`.
inline std::vector<const Column*> KeyColumns(const Batch& batch, const std::vector<size_t>& keys) {
  std::vector<const Column*> columns;
  for (size_t k : keys) columns.push_back(batch.column(k).get());
  return columns;
}

// True when any key column is NULL at `row` (such rows never match).
inline bool AnyKeyNull(const std::vector<const Column*>& keys, uint32_t row) {
  for (const Column* key : keys) {
    if (key->IsNull(row)) return true;
  }
  return false;
}

}  // namespace sluice
