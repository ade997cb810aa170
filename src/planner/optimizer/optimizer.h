// The logical optimizer: rewrite rules over LogicalPlans, applied in a fixed order by Optimize.
//
// Rules (one per file): constant folding (through an injected ConstantFolder, since expression
// evaluation lives in the exec layer above the planner), merging adjacent filters and
// projections, filter push-down into scans (LogicalNode::pushed_filters, which the scan
// applies), projection push-down into scans (LogicalNode::projected_columns) with pruning of
// unused columns through the plan, and removal of trivial projections. Join order is left as
// written. Every rule keeps the root's output schema (names and types) unchanged.
//
// Thread-safety: plans are immutable; rules build new nodes and share unchanged subtrees.
#pragma once

#include <functional>
#include <vector>

#include "common/status.h"
#include "planner/logical_plan.h"

namespace sluice {

// Evaluates a constant expression (IsConstantTree) to a Value of the expression's type. An
// error leaves the expression unfolded (it then fails, or not, when rows are computed, as Flink
// does for a division by zero in a branch that is never taken).
using ConstantFolder = std::function<Result<Value>(const BoundExpression&)>;

struct OptimizerOptions {
  ConstantFolder fold_constant;  // constant folding is skipped when empty
  bool merge_nodes = true;
  bool push_filters = true;
  bool push_projections = true;
};

Result<LogicalNodePtr> Optimize(LogicalNodePtr plan, const OptimizerOptions& options);

// ---- The rules. ----
// Folds constant sub-expressions; drops filters that are always TRUE and replaces filters that
// are always FALSE or NULL by an empty VALUES.
LogicalNodePtr FoldConstants(const LogicalNodePtr& plan, const ConstantFolder& folder);
// Filter(Filter(x)) -> Filter(AND); Project(Project(x)) -> Project when no computed inner
// expression would be computed twice.
LogicalNodePtr MergeFiltersAndProjects(const LogicalNodePtr& plan);
// Filter(Scan) -> Scan with the filter's deterministic conjuncts as pushed_filters.
LogicalNodePtr PushFiltersIntoScans(const LogicalNodePtr& plan);
// Prunes columns no ancestor reads, down to Scan::projected_columns.
LogicalNodePtr PushProjectionsIntoScans(const LogicalNodePtr& plan);
// Removes projections that return their input unchanged (same columns, order and names).
LogicalNodePtr RemoveTrivialProjects(const LogicalNodePtr& plan);

// A copy of `node` with other inputs.
LogicalNodePtr WithInputs(const LogicalNode& node, std::vector<LogicalNodePtr> inputs);

}  // namespace sluice
