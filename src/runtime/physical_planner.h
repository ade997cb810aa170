// PhysicalPlanner: turns logical plans (planner/logical_plan.h) into a PhysicalPlan of
// fragments, operators and exchanges (runtime/physical_plan.h).
//
// It lives in the runtime layer because scans and sinks open connectors (connectors/), which
// sit above exec. Mapping:
//   kScan        a TableSourceScan per task (the connector's SourceReader), plus a Calc for
//                the pushed filters
//   kValues      Values (each task emits a share of the rows)
//   kFilter,
//   kProject     Calc; a projection over a filter fuses into one Calc
//   kAggregate   hash exchange on the group keys (single task without keys), HashAggregate
//   kJoin        hash exchanges on the left and right keys (single task without keys), HashJoin
//   kSetOperation  hash exchanges on all columns, INTERSECT / EXCEPT
//   kSort        single-task Sort
//   kLimit       a local limit per task, then a single-task Limit; over a Sort (or with its own
//                sort keys) a top-N: a local SortLimit per task, then a single-task SortLimit
//   kUnion       Union of the inputs in the same tasks (forward)
//   kSink        a connector sink per task
// and a query that is not an INSERT ends in a single-task result collector.
//
// Thread-safety: a planner is used by one thread; the plan it returns is immutable.
#pragma once

#include <vector>

#include "common/status.h"
#include "connectors/connector.h"
#include "planner/logical_plan.h"
#include "runtime/physical_plan.h"

namespace sluice {

struct PhysicalPlannerOptions {
  bool streaming = true;
  int parallelism = 1;  // parallelism.default; at least 1
  // Where scans and sinks find their connectors; null means ConnectorRegistry::Builtins().
  const ConnectorRegistry* connectors = nullptr;
};

class PhysicalPlanner {
 public:
  explicit PhysicalPlanner(PhysicalPlannerOptions options);

  // Plans one query or INSERT.
  Result<PhysicalPlan> Plan(const LogicalNodePtr& root);
  // Plans several INSERTs as one job (EXECUTE STATEMENT SET); at most one root may be a query.
  Result<PhysicalPlan> Plan(const std::vector<LogicalNodePtr>& roots);

  // The filter and projection of a Calc still open for fusion (defined in the .cc).
  struct CalcSpec;

 private:
  struct Partial;

  Result<Partial> PlanNode(const LogicalNodePtr& node);
  Result<Partial> PlanScan(const LogicalNode& node);
  Result<Partial> PlanValues(const LogicalNode& node);
  Result<Partial> PlanCalc(const LogicalNode& node);
  Result<Partial> PlanAggregate(const LogicalNode& node);
  Result<Partial> PlanJoin(const LogicalNode& node);
  Result<Partial> PlanSetOperation(const LogicalNode& node);
  Result<Partial> PlanSort(const LogicalNode& node);
  Result<Partial> PlanLimit(const LogicalNode& node);
  Result<Partial> PlanUnion(const LogicalNode& node);
  Result<Partial> PlanTopN(const LogicalNodePtr& input, const std::vector<SortKey>& keys,
                           const Schema& schema, int64_t offset, std::optional<int64_t> fetch);
  Status PlanRoot(const LogicalNodePtr& root);

  // Returns the node that reads `child`'s rows in a consumer of `consumer_parallelism` tasks:
  // `child` itself when no rows need to move, else an exchange receiver (closing `child`'s
  // fragment).
  PhysicalNodePtr Connect(const Partial& child, ExchangeKind kind, std::vector<size_t> keys,
                          int consumer_parallelism);
  // Registers a fragment rooted at `root` and claims the receivers in its tree.
  int AddFragment(Fragment fragment);

  const ConnectorRegistry& connectors() const;

  PhysicalPlannerOptions options_;
  PhysicalPlan plan_;
};

}  // namespace sluice
