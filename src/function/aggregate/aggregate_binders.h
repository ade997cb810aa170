// The Bind entry points of each built-in aggregate family, registered by
// RegisterAggregateFunctions (register_aggregates.cc). Internal to function/aggregate/.
#pragma once

#include <memory>
#include <vector>

#include "function/aggregate_function.h"

namespace sluice::aggregate_internal {

using BindResult = Result<std::shared_ptr<const BoundAggregateFunction>>;

BindResult BindCount(const std::vector<LogicalType>& types, bool distinct);
BindResult BindSum(const std::vector<LogicalType>& types, bool distinct);
BindResult BindSum0(const std::vector<LogicalType>& types, bool distinct);
BindResult BindAvg(const std::vector<LogicalType>& types, bool distinct);
BindResult BindMin(const std::vector<LogicalType>& types, bool distinct);
BindResult BindMax(const std::vector<LogicalType>& types, bool distinct);
BindResult BindFirstValue(const std::vector<LogicalType>& types, bool distinct);
BindResult BindLastValue(const std::vector<LogicalType>& types, bool distinct);
BindResult BindListAgg(const std::vector<LogicalType>& types, bool distinct);
BindResult BindVarPop(const std::vector<LogicalType>& types, bool distinct);
BindResult BindVarSamp(const std::vector<LogicalType>& types, bool distinct);
BindResult BindStddevPop(const std::vector<LogicalType>& types, bool distinct);
BindResult BindStddevSamp(const std::vector<LogicalType>& types, bool distinct);

}  // namespace sluice::aggregate_internal
