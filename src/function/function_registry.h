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

// ---- Names the binder uses (every lookup is case-insensitive). ----
// Operators are functions named by their SQL spelling:
//   "+" "-" "*" "/" "%"      arithmetic; "-" with one argument is negation (unary "+" is dropped);
//                            also DATE/TIMESTAMP/TIME +/- INTERVAL, INTERVAL +/- INTERVAL,
//                            DATE - DATE is not supported (use TIMESTAMPDIFF)
//   "||"                     string concatenation
//   "=" "<>" "<" "<=" ">" ">="  "IS DISTINCT FROM" "IS NOT DISTINCT FROM"
//   "NOT" "IS NULL" "IS NOT NULL" "IS TRUE" "IS NOT TRUE" "IS FALSE" "IS NOT FALSE"
//                            (IS UNKNOWN = "IS NULL", IS NOT UNKNOWN = "IS NOT NULL")
//   "AND" "OR"               registered for SHOW FUNCTIONS; the binder builds kAnd / kOr nodes
//   "BETWEEN"(x, low, high)  asymmetric; SYMMETRIC: the binder ORs both orders
//   "IN"(x, v1, ..., vn)     SQL semantics with NULLs; give constants through BindWithConstants
//                            so that long lists use a hash set
//   "LIKE"(s, pattern [, escape]) "ILIKE"(...) "SIMILAR TO"(s, pattern [, escape])
//   Negated forms (NOT IN, NOT BETWEEN, NOT LIKE, IS NOT JSON, ...) are "NOT" around the
//   positive form (three-valued NOT gives SQL's answer).
// Keyword arguments are passed as constant STRING arguments (upper case), first:
//   EXTRACT(unit FROM x)      "EXTRACT"('YEAR', x)  (units: MILLENNIUM CENTURY DECADE YEAR
//                             QUARTER MONTH WEEK DAY HOUR MINUTE SECOND MILLISECOND MICROSECOND
//                             NANOSECOND DOW ISODOW DOY EPOCH ISOYEAR)
//   FLOOR(x TO unit) / CEIL   "FLOOR"(x, 'DAY') / "CEIL"(x, 'DAY')   (the unit second)
//   TIMESTAMPADD(unit, n, t)  "TIMESTAMPADD"('DAY', n, t); TIMESTAMPDIFF likewise
//   TRIM(BOTH c FROM s)       "TRIM"(s, c); LEADING: "LTRIM"(s, c); TRAILING: "RTRIM"(s, c);
//                             TRIM(s) = "TRIM"(s)
//   POSITION(a IN b)          "POSITION"(a, b)
//   x IS JSON [kind]          "IS JSON"(x [, 'VALUE'|'OBJECT'|'ARRAY'|'SCALAR'])
//   JSON_VALUE(j, p RETURNING t)  CAST("JSON_VALUE"(j, p) AS t); ON EMPTY / ON ERROR are NULL
//   JSON_OBJECT(KEY k VALUE v, ...)  "JSON_OBJECT"(k1, v1, k2, v2, ...)  (NULL ON NULL)
// Constructors and access:
//   ARRAY[a, b] "ARRAY"(a, b); MAP[k, v, ...] "MAP"(k, v, ...); ROW(a, b) "ROW"(a, b)
//   x[i] "ITEM"(x, i) (arrays 1-based, maps by key); r.f "FIELD_ACCESS"(r, 'f') with the field
//   name (or its 1-based position) as a constant, through BindWithConstants.
// CAST / TRY_CAST are kCast nodes (MakeCastKernel); "CAST" and "TRY_CAST" are registered only
// for SHOW FUNCTIONS. CASE, COALESCE and IF(c, a, b) (as a CASE) are special forms.

// Explicit registration of each family (function/scalar/*.cc, function/aggregate/*.cc).
void RegisterArithmeticFunctions(FunctionRegistry& registry);  // + - * / % unary -, comparisons
void RegisterComparisonFunctions(FunctionRegistry& registry);  // = <> < ... IN BETWEEN DISTINCT
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
