#include "function/function_registry.h"

#include <algorithm>
#include <cctype>

namespace sluice {
namespace {

std::string UpperAscii(std::string_view name) {
  std::string key(name);
  for (char& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return key;
}

FunctionRegistry* BuildBuiltins() {
  auto* registry = new FunctionRegistry();
  RegisterArithmeticFunctions(*registry);
  RegisterComparisonFunctions(*registry);
  RegisterLogicalFunctions(*registry);
  RegisterStringFunctions(*registry);
  RegisterMathFunctions(*registry);
  RegisterConditionalFunctions(*registry);
  RegisterTimeFunctions(*registry);
  RegisterJsonFunctions(*registry);
  RegisterCollectionFunctions(*registry);
  RegisterHashFunctions(*registry);
  RegisterCastFunctions(*registry);
  RegisterAggregateFunctions(*registry);
  return registry;
}

}  // namespace

const FunctionRegistry& FunctionRegistry::Builtins() {
  // Built once, thread-safely (static initialization), and never destroyed so that tasks still
  // running at exit can use it.
  static const FunctionRegistry* builtins = BuildBuiltins();
  return *builtins;
}

void FunctionRegistry::RegisterScalar(std::unique_ptr<ScalarFunction> function) {
  std::string key = UpperAscii(function->Description().name);
  scalars_[key] = std::move(function);
}

void FunctionRegistry::RegisterAggregate(std::unique_ptr<AggregateFunction> function) {
  std::string key = UpperAscii(function->Description().name);
  aggregates_[key] = std::move(function);
}

const ScalarFunction* FunctionRegistry::FindScalar(std::string_view name) const {
  auto it = scalars_.find(UpperAscii(name));
  return it == scalars_.end() ? nullptr : it->second.get();
}

const AggregateFunction* FunctionRegistry::FindAggregate(std::string_view name) const {
  auto it = aggregates_.find(UpperAscii(name));
  return it == aggregates_.end() ? nullptr : it->second.get();
}

std::vector<FunctionDescription> FunctionRegistry::List() const {
  std::vector<FunctionDescription> out;
  out.reserve(scalars_.size() + aggregates_.size());
  for (const auto& [name, function] : scalars_) out.push_back(function->Description());
  for (const auto& [name, function] : aggregates_) out.push_back(function->Description());
  std::stable_sort(out.begin(), out.end(),
                   [](const FunctionDescription& a, const FunctionDescription& b) {
                     return a.name < b.name;
                   });
  return out;
}

}  // namespace sluice
