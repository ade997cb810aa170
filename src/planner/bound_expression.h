// BoundExpression: a resolved, typed expression tree, produced by the binder from the AST and
// evaluated column-at-a-time by the ExpressionEvaluator (exec/expression/).
//
// Column references are positions in the input row of the operator that evaluates the
// expression (the binder resolves names against the input Schema). Function calls carry their
// bound overload; arguments are already wrapped in kCast nodes where the overload needs other
// types, so the evaluator never coerces.
//
// Special forms, which the evaluator implements itself because they must not evaluate every
// argument on every row: kAnd / kOr (three-valued logic; the right side only where the left does
// not decide), kCase (each THEN only on the rows its WHEN selected), kCoalesce (each argument
// only where the previous ones were NULL), kIf is a kCase. Everything else is a kCall.
//
// Ownership: a node owns its children. Immutable after binding; shared read-only by tasks.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "function/scalar_function.h"
#include "types/logical_type.h"
#include "types/value.h"

namespace sluice {

struct BoundExpression;
using BoundExpressionPtr = std::shared_ptr<const BoundExpression>;

struct BoundExpression {
  enum class Kind {
    kConstant,   // `constant`
    kColumnRef,  // `column_index` into the input row
    kCall,       // `function` applied to `children`
    kCast,       // children[0] converted to `type`; `try_cast` for TRY_CAST
    kAnd,        // children (2 or more)
    kOr,         // children (2 or more)
    kCase,       // children: when1, then1, when2, then2, ..., [else]; `has_else`
    kCoalesce,   // children (1 or more)
  };

  Kind kind = Kind::kConstant;
  LogicalType type = LogicalType::Null();
  Value constant;                 // kConstant
  size_t column_index = 0;        // kColumnRef
  std::string column_name;        // kColumnRef: for EXPLAIN and error messages
  std::shared_ptr<const BoundScalarFunction> function;  // kCall
  bool try_cast = false;          // kCast
  bool has_else = false;          // kCase
  std::vector<BoundExpressionPtr> children;

  // Canonical SQL-like text for EXPLAIN and tests: `$2`/names, `+(a, 1)` as `(a + 1)`, etc.
  std::string ToString() const;
  // True when the tree has no column references and only deterministic calls.
  bool IsConstant() const;
};

// Convenience constructors.
BoundExpressionPtr MakeConstant(Value value);
BoundExpressionPtr MakeColumnRef(size_t index, LogicalType type, std::string name);
BoundExpressionPtr MakeCast(BoundExpressionPtr input, LogicalType target, bool try_cast);
BoundExpressionPtr MakeCall(std::shared_ptr<const BoundScalarFunction> function,
                            std::vector<BoundExpressionPtr> children);

}  // namespace sluice
