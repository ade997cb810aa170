// Helpers for the function tests: bind a built-in by name on argument Values, evaluate it
// through the ExpressionEvaluator, and show the result as text.
#pragma once

#include <string>
#include <vector>

#include "exec/expression/expression_evaluator.h"
#include "function/function_registry.h"
#include "planner/bound_expression.h"
#include "types/value.h"
#include "vector/batch.h"

namespace sluice::testing {

// Wraps `e` in a cast to `target` unless the types already agree (ignoring nullability).
inline BoundExpressionPtr CastIfNeeded(BoundExpressionPtr e, const LogicalType& target) {
  if (e->type.WithNullable(true) == target.WithNullable(true)) return e;
  return MakeCast(std::move(e), target, false);
}

// Binds `name` with the argument types and values (BindWithConstants, so that keyword and
// pattern arguments are known). The call reads the arguments as constants when `constant`,
// else as column references $0..$n-1.
inline Result<BoundExpressionPtr> BindCall(const std::string& name,
                                           const std::vector<Value>& args, bool constant) {
  const ScalarFunction* f = FunctionRegistry::Builtins().FindScalar(name);
  if (f == nullptr) return Status::UserError("No function " + name);
  std::vector<LogicalType> types;
  std::vector<const Value*> constants;
  for (const Value& v : args) {
    types.push_back(v.type());
    constants.push_back(&v);
  }
  SLUICE_ASSIGN_OR_RETURN(BoundScalarFunction bound, f->BindWithConstants(types, constants));
  auto shared = std::make_shared<const BoundScalarFunction>(std::move(bound));
  std::vector<BoundExpressionPtr> children;
  for (size_t k = 0; k < args.size(); ++k) {
    BoundExpressionPtr e = constant ? MakeConstant(args[k])
                                    : MakeColumnRef(k, args[k].type(), "c" + std::to_string(k));
    children.push_back(CastIfNeeded(std::move(e), shared->parameter_types[k]));
  }
  return MakeCall(shared, std::move(children));
}

// Evaluates `e` over a one-row batch holding `args` as columns.
inline Result<Value> EvalOneRow(const BoundExpressionPtr& e, const std::vector<Value>& args,
                                KernelContext context = {}) {
  std::vector<LogicalType> types;
  for (const Value& v : args) types.push_back(v.type());
  SLUICE_ASSIGN_OR_RETURN(Batch batch, Batch::FromRows(types, {args}));
  if (args.empty()) batch = Batch({}, 1);
  ExpressionEvaluator evaluator(e, context);
  SLUICE_ASSIGN_OR_RETURN(ColumnPtr c, evaluator.Evaluate(batch));
  return c->GetValue(0);
}

inline std::string Show(const Result<Value>& v) {
  if (!v.ok()) return "ERROR: " + v.status().message();
  if (v->is_null()) return "NULL";
  return v->ToDisplayString();
}

// Calls `name` on `args` (as columns, then as constants) and returns the display text of the
// result, "NULL", or "ERROR: <message>". When the two paths disagree, returns both.
inline std::string Call(const std::string& name, const std::vector<Value>& args,
                        KernelContext context = {}) {
  std::string results[2];
  for (int constant = 0; constant < 2; ++constant) {
    Result<BoundExpressionPtr> e = BindCall(name, args, constant == 1);
    if (!e.ok()) {
      results[constant] = "ERROR: " + e.status().message();
      continue;
    }
    results[constant] = Show(EvalOneRow(*e, args, context));
  }
  if (results[0] == results[1]) return results[0];
  return results[0] + " | constant: " + results[1];
}

// The bound return type of `name` on argument types.
inline std::string ReturnType(const std::string& name, const std::vector<LogicalType>& types) {
  const ScalarFunction* f = FunctionRegistry::Builtins().FindScalar(name);
  if (f == nullptr) return "no function";
  Result<BoundScalarFunction> b = f->Bind(types);
  if (!b.ok()) return "ERROR: " + b.status().message();
  return b->return_type.ToSummaryString();
}

inline Value S(const std::string& s) { return Value::String(s); }
inline Value I(int32_t v) { return Value::Int(v); }
inline Value L(int64_t v) { return Value::BigInt(v); }
inline Value D(double v) { return Value::Double(v); }
inline Value B(bool v) { return Value::Boolean(v); }
inline Value Dec(const std::string& text, int p, int s) {
  return ParseValue(text, LogicalType::Decimal(p, s)).value();
}
inline Value NullOf(const LogicalType& t) { return Value::Null(t); }

}  // namespace sluice::testing
