#include "runtime/keyed_operators.h"

#include <memory>
#include <string>

#include "exec/operators/aggregate/hash_aggregate_operator.h"
#include "exec/operators/join/hash_join_operator.h"
#include "exec/operators/set/set_operation_operator.h"

namespace sluice {
namespace {

std::string JoinTypeName(JoinType type) {
  switch (type) {
    case JoinType::kInner:
      return "InnerJoin";
    case JoinType::kLeft:
      return "LeftOuterJoin";
    case JoinType::kRight:
      return "RightOuterJoin";
    case JoinType::kFull:
      return "FullOuterJoin";
    case JoinType::kCross:
      return "InnerJoin";
  }
  return "Join";
}

std::string Positions(const std::vector<size_t>& positions) {
  std::string text;
  for (size_t i = 0; i < positions.size(); ++i) {
    if (i > 0) text += ", ";
    text += "$" + std::to_string(positions[i]);
  }
  return text;
}

// A factory for an operator built by `T::Make(node)`. Make runs once here, so that errors (an
// unsupported construct) surface at planning time, before any task starts.
template <typename T>
Result<OperatorFactory> MakeFactory(const LogicalNode& node) {
  SLUICE_RETURN_NOT_OK(T::Make(node).status());
  auto shared = std::make_shared<const LogicalNode>(node);
  return OperatorFactory([shared](const TaskInfo&) -> Result<OperatorPtr> {
    SLUICE_ASSIGN_OR_RETURN(std::unique_ptr<T> op, T::Make(*shared));
    return OperatorPtr(std::move(op));
  });
}

}  // namespace

std::string DescribeAggregate(const LogicalNode& node) {
  std::string text = "HashAggregate(groupBy=[" + Positions(node.group_keys) + "], select=[";
  for (size_t i = 0; i < node.aggregates.size(); ++i) {
    if (i > 0) text += ", ";
    text += node.aggregates[i].name;
  }
  return text + "])";
}

std::string DescribeJoin(const LogicalNode& node) {
  std::string text = "HashJoin(joinType=[" + JoinTypeName(node.join_type) + "]";
  if (!node.left_keys.empty()) {
    text += ", leftKeys=[" + Positions(node.left_keys) + "], rightKeys=[" +
            Positions(node.right_keys) + "]";
  }
  if (node.predicate != nullptr) text += ", where=[" + node.predicate->ToString() + "]";
  return text + ")";
}

std::string DescribeSetOperation(const LogicalNode& node) {
  return std::string(node.is_intersect ? "Intersect" : "Minus") + "(all=[" +
         (node.all ? "true" : "false") + "])";
}

Result<OperatorFactory> MakeAggregateFactory(const LogicalNode& node,
                                             const LogicalNode& /*input*/) {
  return MakeFactory<HashAggregateOperator>(node);
}

Result<OperatorFactory> MakeJoinFactory(const LogicalNode& node) {
  return MakeFactory<HashJoinOperator>(node);
}

Result<OperatorFactory> MakeSetOperationFactory(const LogicalNode& node) {
  return MakeFactory<SetOperationOperator>(node);
}

}  // namespace sluice
