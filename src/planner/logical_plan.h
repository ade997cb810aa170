// The logical plan: a tree of relational operators with typed output schemas, built by the binder
// (planner/binder/) from a query AST, rewritten by the optimizer rules (planner/optimizer/), and
// turned into a pipeline of runtime operators by the physical planner (exec/physical_planner.h).
//
// Each node's `schema` is its output row. Column references in a node's expressions are
// positions in its input's schema (for joins: the left schema followed by the right one).
//
// Changelog: `produces_updates` is true when the node's output may contain -U/+U/-D rows in
// streaming mode (an updating aggregate, a regular join over updating input, ...). Batch mode
// never produces updates. The planner refuses constructs it cannot run with a user error naming
// the construct.
//
// Ownership: nodes are shared immutable values (children by shared_ptr).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog_objects.h"
#include "function/aggregate_function.h"
#include "planner/bound_expression.h"
#include "types/value.h"
#include "vector/batch.h"

namespace sluice {

struct LogicalNode;
using LogicalNodePtr = std::shared_ptr<const LogicalNode>;

// One aggregate call of an Aggregate node: `function` over input columns `arguments`.
struct AggregateCall {
  std::string name;  // for EXPLAIN: "COUNT(DISTINCT $1)"
  std::shared_ptr<const BoundAggregateFunction> function;
  std::vector<size_t> arguments;
  bool distinct = false;
  std::optional<size_t> filter_column;  // FILTER (WHERE ...) as a BOOLEAN input column
};

struct SortKey {
  size_t column = 0;
  bool ascending = true;
  bool nulls_first = true;  // Flink's default: NULLS FIRST for ASC, NULLS LAST for DESC
};

enum class JoinType { kInner, kLeft, kRight, kFull, kCross };

struct LogicalNode {
  enum class Kind {
    kScan,       // a catalog table through its connector
    kValues,     // literal rows
    kProject,    // expressions
    kFilter,     // predicate
    kAggregate,  // GROUP BY group_keys + aggregate calls; output = keys then calls
    kJoin,       // equi-join keys + residual condition
    kSort,       // ORDER BY (batch)
    kLimit,      // OFFSET / FETCH (with or without a Sort below)
    kUnion,      // UNION ALL of inputs with equal schemas
    kSetOperation,  // INTERSECT / EXCEPT [ALL] (batch)
    kSink,          // INSERT INTO a catalog table
  };

  Kind kind = Kind::kValues;
  Schema schema;
  std::vector<LogicalNodePtr> inputs;
  bool produces_updates = false;

  // kScan
  ObjectIdentifier table_id;
  CatalogTable table;
  std::vector<size_t> projected_columns;  // positions in the table's physical columns
  std::vector<BoundExpressionPtr> pushed_filters;  // over the projected columns; all must hold
  // kValues
  std::vector<std::vector<Value>> rows;
  // kProject
  std::vector<BoundExpressionPtr> expressions;
  // kFilter (and kJoin's residual condition; may be null)
  BoundExpressionPtr predicate;
  // kAggregate
  std::vector<size_t> group_keys;
  std::vector<AggregateCall> aggregates;
  // kJoin
  JoinType join_type = JoinType::kInner;
  std::vector<size_t> left_keys;
  std::vector<size_t> right_keys;
  // kSort / kLimit
  std::vector<SortKey> sort_keys;
  int64_t offset = 0;
  std::optional<int64_t> fetch;
  // kSetOperation
  bool is_intersect = true;  // else EXCEPT
  bool all = false;          // INTERSECT ALL / EXCEPT ALL
  // kSink
  bool overwrite = false;

  // Indented, one node per line, e.g. "Filter(condition=[>($1, 0)])"; children indented by two.
  std::string Explain(int indent = 0) const;
};

}  // namespace sluice
