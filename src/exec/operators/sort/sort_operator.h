// SortOperator: ORDER BY (LogicalNode::kSort), optionally fused with OFFSET / FETCH (top-N).
//
// Without a fetch, the operator keeps every input batch and, when its input finishes, emits all
// rows sorted by the keys, in batches of kDefaultBatchSize, skipping `offset` rows. With a
// fetch, it keeps only the best offset + fetch rows: buffered rows are sorted and truncated
// whenever the buffer grows past twice that (at least a few thousand rows), so memory stays
// bounded by the limit, not the input.
//
// Order: SortKey::ascending and SortKey::nulls_first decide, per key, as Flink (the planner
// fills Flink's defaults: NULLS FIRST for ASC, NULLS LAST for DESC). Non-NULL values compare as
// Column::CompareRows (numbers by value with NaN last, strings bytewise). The sort is stable:
// rows with equal keys keep their arrival order.
//
// Row kinds: the sort is for bounded (batch) input; rows keep their kinds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "exec/operator.h"
#include "planner/logical_plan.h"

namespace sluice {

class SortOperator : public Operator {
 public:
  SortOperator(std::vector<LogicalType> types, std::vector<SortKey> keys, int64_t offset = 0,
               std::optional<int64_t> fetch = std::nullopt);

  std::string Name() const override { return fetch_.has_value() ? "SortLimit" : "Sort"; }
  Status Push(int input, Batch batch) override;
  Status Finish(int input) override;

  // "Sort(orderBy=[$0 ASC, $1 DESC NULLS LAST])" and the like, for EXPLAIN.
  static std::string Describe(const std::vector<SortKey>& keys, int64_t offset,
                              std::optional<int64_t> fetch);

 private:
  // Sorts (and for top-N truncates) the buffered rows into one batch.
  void Compact();
  std::vector<uint32_t> SortedOrder(const Batch& batch) const;

  std::vector<LogicalType> types_;
  std::vector<SortKey> keys_;
  int64_t offset_ = 0;
  std::optional<int64_t> fetch_;
  std::vector<Batch> buffered_;
  size_t buffered_rows_ = 0;
};

}  // namespace sluice
