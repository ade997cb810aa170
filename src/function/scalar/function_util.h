// Building blocks for the built-in scalar families: a ScalarFunction defined by a bind callback,
// overload matching with Flink's implicit casts, and the "Invalid function call" error.
//
// Thread-safety: everything here is immutable once built.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "function/function_registry.h"
#include "function/scalar_function.h"
#include "types/logical_type.h"
#include "types/value.h"

namespace sluice {

// Picks the overload for argument types (and the constant arguments, null where not constant).
using ScalarBindFn = std::function<Result<BoundScalarFunction>(
    const FunctionDescription& description, const std::vector<LogicalType>& types,
    const std::vector<const Value*>& constants)>;

// A ScalarFunction whose binding is a callback.
class SimpleScalarFunction : public ScalarFunction {
 public:
  SimpleScalarFunction(std::string name, std::string signature, std::string description,
                       ScalarBindFn bind);
  const FunctionDescription& Description() const override { return description_; }
  Result<BoundScalarFunction> Bind(const std::vector<LogicalType>& argument_types) const override;
  Result<BoundScalarFunction> BindWithConstants(
      const std::vector<LogicalType>& argument_types,
      const std::vector<const Value*>& constant_arguments) const override;

 private:
  FunctionDescription description_;
  ScalarBindFn bind_;
};

// Registers a SimpleScalarFunction.
void RegisterSimple(FunctionRegistry& registry, std::string name, std::string signature,
                    std::string description, ScalarBindFn bind);

// The user error for arguments no overload accepts, as Flink's:
//   Invalid function call:
//   UPPER(INT NOT NULL)
//   Expected signatures: UPPER(STRING)
Status InvalidCall(const FunctionDescription& description,
                   const std::vector<LogicalType>& types);

// True when any type is nullable.
bool AnyNullable(const std::vector<LogicalType>& types);
// `type` made nullable when any of `inputs` is nullable, NOT NULL otherwise.
LogicalType NullableLike(const LogicalType& type, const std::vector<LogicalType>& inputs);

// True for CHAR/VARCHAR, or the NULL type (an untyped NULL literal fits any parameter).
bool IsStringLike(const LogicalType& type);
bool IsNumericLike(const LogicalType& type);     // numeric or NULL
bool IsIntegralLike(const LogicalType& type);    // integral or NULL
bool IsBinaryLike(const LogicalType& type);      // BINARY/VARBINARY or NULL
bool IsTimestampLike(const LogicalType& type);   // TIMESTAMP/TIMESTAMP_LTZ or NULL
bool IsNullType(const LogicalType& type);

// A bound function with the common defaults.
BoundScalarFunction MakeBound(const FunctionDescription& description,
                              std::vector<LogicalType> parameter_types, LogicalType return_type,
                              ScalarKernel kernel, bool null_propagating = true,
                              bool deterministic = true);

// One fixed overload: parameters (compared by type root with SupportsImplicitCast) and result.
struct Overload {
  std::vector<LogicalType> parameters;
  LogicalType result;
  ScalarKernel kernel;
};

// Binds to the first overload whose parameters accept `types` by implicit cast (exact type-root
// matches are preferred); the result is nullable when an argument is. An InvalidCall error
// when none fits.
Result<BoundScalarFunction> BindOverloads(const FunctionDescription& description,
                                          const std::vector<LogicalType>& types,
                                          const std::vector<Overload>& overloads);

// The integer constant argument at `index`, when it is a non-NULL integral constant.
bool ConstantInt(const std::vector<const Value*>& constants, size_t index, int64_t* value);
// The string constant argument at `index`, when it is a non-NULL character-string constant.
bool ConstantString(const std::vector<const Value*>& constants, size_t index, std::string* value);

}  // namespace sluice
