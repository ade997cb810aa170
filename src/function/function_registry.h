// FunctionRegistry: every built-in function, registered by explicit Register...() calls (one
// file per family, DESIGN.md §5.3), looked up by name case-insensitively.
//
// Thread-safety: filled once at start-up, then read-only and shared.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "function/aggregate_function.h"
#include "function/scalar_function.h"

namespace sluice {

class FunctionRegistry {
 public:
  // The registry with every built-in function (created on first use, then shared).
  static const FunctionRegistry& Builtins();

  void RegisterScalar(std::unique_ptr<ScalarFunction> function);
  void RegisterAggregate(std::unique_ptr<AggregateFunction> function);

  // nullptr when no function of that kind has the name.
  const ScalarFunction* FindScalar(std::string_view name) const;
  const AggregateFunction* FindAggregate(std::string_view name) const;

  // Every function, sorted by name (SHOW FUNCTIONS).
  std::vector<FunctionDescription> List() const;

 private:
  std::map<std::string, std::unique_ptr<ScalarFunction>> scalars_;       // key: upper-case name
  std::map<std::string, std::unique_ptr<AggregateFunction>> aggregates_;  // key: upper-case name
};

// Explicit registration of each family (function/scalar/*.cc, function/aggregate/*.cc).
void RegisterArithmeticFunctions(FunctionRegistry& registry);  // + - * / % unary -, comparisons
void RegisterLogicalFunctions(FunctionRegistry& registry);     // AND OR NOT IS [NOT] NULL/TRUE/FALSE
void RegisterStringFunctions(FunctionRegistry& registry);
void RegisterMathFunctions(FunctionRegistry& registry);
void RegisterConditionalFunctions(FunctionRegistry& registry);  // COALESCE NULLIF IF GREATEST LEAST
void RegisterTimeFunctions(FunctionRegistry& registry);
void RegisterJsonFunctions(FunctionRegistry& registry);
void RegisterCollectionFunctions(FunctionRegistry& registry);
void RegisterHashFunctions(FunctionRegistry& registry);  // MD5 SHA256 UUID ...
void RegisterCastFunctions(FunctionRegistry& registry);  // CAST, TRY_CAST
void RegisterAggregateFunctions(FunctionRegistry& registry);

}  // namespace sluice
