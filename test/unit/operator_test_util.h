// Helpers for tests that drive operators directly: a capturing downstream operator, batches
// from Values, and the folding of a changelog into the multiset of rows it describes.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "exec/operator.h"
#include "vector/batch.h"

namespace sluice::testing {

// Records every batch pushed into it.
class CaptureOperator : public Operator {
 public:
  std::string Name() const override { return "Capture"; }
  Status Push(int input, Batch batch) override {
    inputs.push_back(input);
    batches.push_back(std::move(batch));
    return Status::OK();
  }
  Status Finish(int) override {
    ++finished;
    return Status::OK();
  }

  // Every row as "+I[1, abc]", in order.
  std::vector<std::string> Lines() const {
    std::vector<std::string> lines;
    for (const Batch& b : batches) {
      for (size_t i = 0; i < b.num_rows(); ++i) lines.push_back(b.RowToString(i));
    }
    return lines;
  }

  std::vector<int> inputs;
  std::vector<Batch> batches;
  int finished = 0;
};

// "[1, abc]" for "+I[1, abc]".
inline std::string StripKind(const std::string& line) { return line.substr(2); }

// Applies a changelog (+I/+U add, -U/-D remove) to an empty table. A removal of a row that is
// not there is a test failure.
inline std::multiset<std::string> Fold(const std::vector<std::string>& lines) {
  std::multiset<std::string> table;
  for (const std::string& line : lines) {
    std::string row = StripKind(line);
    if (line[0] == '+') {
      table.insert(row);
    } else {
      auto it = table.find(row);
      EXPECT_TRUE(it != table.end()) << "retraction of a missing row: " << line;
      if (it != table.end()) table.erase(it);
    }
  }
  return table;
}

// The rows of insert-only lines, ignoring their kinds.
inline std::multiset<std::string> RowSet(const std::vector<std::string>& lines) {
  std::multiset<std::string> rows;
  for (const std::string& line : lines) rows.insert(StripKind(line));
  return rows;
}

inline Batch MakeBatch(const std::vector<LogicalType>& types,
                       const std::vector<std::vector<Value>>& rows,
                       const std::vector<RowKind>& kinds = {}) {
  Result<Batch> batch = Batch::FromRows(types, rows, kinds);
  EXPECT_TRUE(batch.ok()) << batch.status().ToString();
  return batch.ok() ? batch.MoveValue() : Batch();
}

// Folds an input changelog given as batches into the net rows, as insert-only batches (one).
inline Batch NetInput(const std::vector<LogicalType>& types, const std::vector<Batch>& batches) {
  std::vector<std::vector<Value>> rows;
  std::vector<std::string> texts;
  for (const Batch& b : batches) {
    for (size_t i = 0; i < b.num_rows(); ++i) {
      std::string text = StripKind(b.RowToString(i));
      if (IsAccumulate(b.row_kind(i))) {
        rows.push_back(b.GetRow(i));
        texts.push_back(text);
      } else {
        for (size_t j = 0; j < texts.size(); ++j) {
          if (texts[j] == text) {
            texts.erase(texts.begin() + j);
            rows.erase(rows.begin() + j);
            break;
          }
        }
      }
    }
  }
  return MakeBatch(types, rows);
}

inline std::multiset<std::string> Multiset(std::vector<std::string> rows) {
  return std::multiset<std::string>(rows.begin(), rows.end());
}

}  // namespace sluice::testing
