// Shared between the arithmetic, temporal-arithmetic and math families.
#pragma once

#include <vector>

#include "function/scalar_function.h"

namespace sluice {

enum class ArithmeticOp { kAdd, kSubtract, kMultiply, kDivide, kModulo, kNegate };

// Binds an arithmetic operator on two numbers (or negation of one), with Flink's result types.
Result<BoundScalarFunction> BindNumericArithmetic(ArithmeticOp op, const FunctionDescription& d,
                                                  const std::vector<LogicalType>& types);
// Binds DATE/TIME/TIMESTAMP +/- INTERVAL, INTERVAL +/- INTERVAL, INTERVAL * / integer and
// interval negation.
Result<BoundScalarFunction> BindTemporalArithmetic(ArithmeticOp op, const FunctionDescription& d,
                                                   const std::vector<LogicalType>& types);

// Calendar arithmetic shared with the time functions.
// Adds `months` to a day number, clamping the day of month (Jan 31 + 1 month = Feb 28/29).
int64_t AddMonthsToDays(int64_t days, int64_t months);
// Adds `months` to a timestamp in microseconds (UTC calendar).
int64_t AddMonthsToMicros(int64_t micros, int64_t months);
// Floor division and modulo for time arithmetic.
inline int64_t FloorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
inline int64_t FloorMod(int64_t a, int64_t b) { return a - FloorDiv(a, b) * b; }

inline constexpr int64_t kMicrosPerDay = 86400LL * 1000000LL;
inline constexpr int64_t kMillisPerDay = 86400LL * 1000LL;
inline constexpr int64_t kNanosPerDay = 86400LL * 1000000000LL;

}  // namespace sluice
