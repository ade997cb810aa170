// Helpers shared by the operator_* and runtime_* unit tests: building batches and logical
// plans by hand, and an operator that records what reaches it.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "exec/operator.h"
#include "planner/bound_expression.h"
#include "planner/logical_plan.h"
#include "vector/batch.h"

namespace sluice::testing {

// Records every batch and Finish call that reaches it.
class CaptureOperator : public Operator {
 public:
  std::string Name() const override { return "Capture"; }
  Status Push(int input, Batch batch) override {
    inputs.push_back(input);
    batches.push_back(std::move(batch));
    return Status::OK();
  }
  Status Finish(int input) override {
    finished.push_back(input);
    return Status::OK();
  }
  std::vector<std::string> Rows() const {
    std::vector<std::string> rows;
    for (const Batch& batch : batches) {
      for (size_t i = 0; i < batch.num_rows(); ++i) rows.push_back(batch.RowToString(i));
    }
    return rows;
  }
  std::vector<int> inputs;
  std::vector<Batch> batches;
  std::vector<int> finished;
};

inline Batch MakeBatch(const std::vector<LogicalType>& types,
                       const std::vector<std::vector<Value>>& rows,
                       const std::vector<RowKind>& kinds = {}) {
  Result<Batch> batch = Batch::FromRows(types, rows, kinds);
  EXPECT_TRUE(batch.ok()) << batch.status().ToString();
  return batch.ok() ? batch.MoveValue() : Batch();
}

// BIGINT rows 0..count-1 (column "v") plus their value modulo `groups` (column "k").
inline std::vector<std::vector<Value>> NumberRows(int64_t count, int64_t groups = 7) {
  std::vector<std::vector<Value>> rows;
  for (int64_t i = 0; i < count; ++i) rows.push_back({Value::BigInt(i), Value::BigInt(i % groups)});
  return rows;
}

inline Schema NumberSchema() {
  return Schema({"v", "k"}, {LogicalType::BigInt(), LogicalType::BigInt()});
}

inline LogicalNodePtr ValuesNode(Schema schema, std::vector<std::vector<Value>> rows) {
  auto node = std::make_shared<LogicalNode>();
  node->kind = LogicalNode::Kind::kValues;
  node->schema = std::move(schema);
  node->rows = std::move(rows);
  return node;
}

inline LogicalNodePtr UnaryNode(LogicalNode::Kind kind, LogicalNodePtr input) {
  auto node = std::make_shared<LogicalNode>();
  node->kind = kind;
  node->schema = input->schema;
  node->inputs.push_back(std::move(input));
  return node;
}

inline BoundExpressionPtr Col(size_t index, LogicalType type = LogicalType::BigInt()) {
  return MakeColumnRef(index, std::move(type), "$" + std::to_string(index));
}

inline std::vector<std::string> Sorted(std::vector<std::string> rows) {
  std::sort(rows.begin(), rows.end());
  return rows;
}

}  // namespace sluice::testing
