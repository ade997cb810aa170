// Small constructors and queries over BoundExpression trees shared by the binder and the
// optimizer rules (kept here, in the planner layer, so that neither needs the evaluator).
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "planner/bound_expression.h"

namespace sluice {

// Plain nodes are built with MakeConstant / MakeColumnRef / MakeCall (planner/bound_expression.h).
// `input` converted to `target`: no node when the types already agree (modulo nullability and
// avoidable casts), a retyped constant for NULL and for integer / string literals that need no
// conversion, else a kCast node.
BoundExpressionPtr CastExpr(BoundExpressionPtr input, const LogicalType& target,
                            bool try_cast = false);
// A copy of `node` with other children.
BoundExpressionPtr WithChildren(const BoundExpression& node,
                                std::vector<BoundExpressionPtr> children);

// True when the tree has no column references and only deterministic calls.
bool IsConstantTree(const BoundExpression& expression);
// True when every call in the tree is deterministic.
bool IsDeterministicTree(const BoundExpression& expression);
// Marks the column positions the tree reads.
void CollectColumns(const BoundExpression& expression, std::vector<bool>* used);
// A copy of the tree with column i replaced by `replace(i, node)`.
BoundExpressionPtr RewriteColumns(
    const BoundExpressionPtr& expression,
    const std::function<BoundExpressionPtr(const BoundExpression& column)>& replace);
// A copy with column references renumbered through `mapping` (old -> new position).
BoundExpressionPtr RemapColumns(const BoundExpressionPtr& expression,
                                const std::vector<size_t>& mapping);
// Splits nested kAnd nodes into their conjuncts.
void SplitConjuncts(const BoundExpressionPtr& expression, std::vector<BoundExpressionPtr>* out);
// kAnd of the conjuncts (the single one for one; null for none).
BoundExpressionPtr CombineConjuncts(std::vector<BoundExpressionPtr> conjuncts);

// Calcite-style text of an expression, as EXPLAIN prints it: `$2`, `+($0, 1)`,
// `CAST($0):BIGINT`, `AND(>($0, 1), IS NULL($1))`, literals as SQL.
std::string ExplainExpression(const BoundExpression& expression);

}  // namespace sluice
