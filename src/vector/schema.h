// Schema: the names and types of the columns of a row (an operator's input or output, a table's
// physical columns). Names may repeat (a join of two tables with the same column name) and may
// be empty for expressions without an alias.
//
// Thread-safety: a plain value.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "types/logical_type.h"

namespace sluice {

struct Schema {
  std::vector<std::string> names;
  std::vector<LogicalType> types;

  Schema() = default;
  Schema(std::vector<std::string> names, std::vector<LogicalType> types)
      : names(std::move(names)), types(std::move(types)) {}

  size_t size() const { return types.size(); }
  bool empty() const { return types.empty(); }
  void Add(std::string name, LogicalType type) {
    names.push_back(std::move(name));
    types.push_back(std::move(type));
  }
  // The position of the first column called `name` (case-sensitive, as Flink identifiers after
  // resolution), or nullopt.
  std::optional<size_t> IndexOf(std::string_view name) const;
  // The position of the first column called `name` ignoring ASCII case, or nullopt.
  std::optional<size_t> IndexOfIgnoreCase(std::string_view name) const;
  // "(a INT, b STRING)" with summary type strings, for tests and EXPLAIN.
  std::string ToString() const;

  bool operator==(const Schema& other) const {
    return names == other.names && types == other.types;
  }
  bool operator!=(const Schema& other) const { return !(*this == other); }
};

}  // namespace sluice
