// Scope: the columns a clause of a query may name, with the tables they come from, and Flink's
// (Calcite's) rules to resolve `c`, `t.c`, `db.t.c` and `r.f` against them.
//
// A scope column is one column of the input row of the operator that evaluates the clause; its
// position in the scope is its position in that row. A column remembers the qualifier path of
// its table (the alias, or the table's full catalog path for an unaliased table, matched by
// suffix: `t`, `db.t` and `cat.db.t` all name `cat.db.t`).
//
// Thread-safety: a plain value used by one binder.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/status.h"
#include "types/logical_type.h"
#include "vector/schema.h"

namespace sluice {

struct ScopeColumn {
  std::vector<std::string> qualifier;  // empty for derived columns without a table
  std::string name;
  LogicalType type = LogicalType::Null();
  bool hidden_from_star = false;  // VIRTUAL metadata columns, USING duplicates
  bool time_attribute = false;    // a rowtime (watermarked) or proctime column
  int using_group = -1;           // columns merged by JOIN ... USING share a group
};

// A resolved column name: the scope position, plus the ROW field names accessed after it.
struct ResolvedColumn {
  size_t index = 0;
  std::vector<std::string> fields;
};

class Scope {
 public:
  Scope() = default;
  explicit Scope(std::vector<ScopeColumn> columns) : columns_(std::move(columns)) {}

  // A scope of unqualified columns from a schema.
  static Scope FromSchema(const Schema& schema);

  const std::vector<ScopeColumn>& columns() const { return columns_; }
  std::vector<ScopeColumn>& mutable_columns() { return columns_; }
  size_t size() const { return columns_.size(); }
  void Add(ScopeColumn column) { columns_.push_back(std::move(column)); }

  // Resolves 1..n name parts. Errors (Calcite's texts): "Column 'x' not found in any table",
  // "Column 'x' not found in table 't'", "Table 't' not found", "Column 'x' is ambiguous".
  Result<ResolvedColumn> Resolve(const std::vector<std::string>& names) const;

  // The positions `*` (empty qualifier) or `t.*` expands to; "Unknown identifier 't'" when no
  // table matches the qualifier.
  Result<std::vector<size_t>> ExpandStar(const std::vector<std::string>& qualifier) const;

  // Every column with its qualifier replaced (a derived table's alias).
  void Requalify(const std::vector<std::string>& qualifier);

  Schema ToSchema() const;

 private:
  bool QualifierMatches(const ScopeColumn& column, const std::vector<std::string>& names,
                        size_t count) const;
  std::vector<ScopeColumn> columns_;
};

}  // namespace sluice
