// Factories for the keyed operators the aggregates helper writes (exec/operators/aggregate/,
// join/, set/): the one place that knows their constructors, so the physical planner does not.
// Each builds the operator once at planning time so that its errors come before the job starts.
#pragma once

#include "common/status.h"
#include "planner/logical_plan.h"
#include "runtime/physical_plan.h"

namespace sluice {

// For a kAggregate node; `input` is its input node (for the input schema).
Result<OperatorFactory> MakeAggregateFactory(const LogicalNode& node, const LogicalNode& input);
// For a kJoin node.
Result<OperatorFactory> MakeJoinFactory(const LogicalNode& node);
// For a kSetOperation node.
Result<OperatorFactory> MakeSetOperationFactory(const LogicalNode& node);

// One EXPLAIN line for each.
std::string DescribeAggregate(const LogicalNode& node);
std::string DescribeJoin(const LogicalNode& node);
std::string DescribeSetOperation(const LogicalNode& node);

}  // namespace sluice
