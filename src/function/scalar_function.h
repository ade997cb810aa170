// Scalar functions: signatures as data (for binding and SHOW FUNCTIONS) and vectorized kernels.
//
// A ScalarFunction is a named family of overloads (Flink's built-in function definitions). The
// binder calls Bind() with the argument types; Bind picks an overload, says which implicit casts
// the arguments need, derives the return type (Flink's type inference) and returns a
// BoundScalarFunction whose kernel evaluates whole columns at once.
//
// Kernel contract: `args` are columns of equal length, already cast to the overload's parameter
// types; `rows` lists the active rows (the evaluator passes a selection for CASE / AND / OR /
// COALESCE so unselected rows are never computed: no error from `1 / 0` in a branch not taken);
// the kernel writes `out` (pre-sized to the batch length, of the bound return type) only at the
// active rows, and sets nulls there. Null handling: with `null_propagating` set, the evaluator
// has already removed rows where any argument is NULL from `rows` and marked them NULL in `out`.
// Runtime errors (overflow, bad input to CAST, division by zero on exact types) return a user
// error naming the function and the offending value, as Flink does.
//
// Thread-safety: functions and bound functions are immutable and shared across tasks; kernels
// keep no state between calls except through `KernelContext`.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "types/logical_type.h"
#include "types/value.h"
#include "vector/column.h"

namespace sluice {

// Per-call context of a kernel: the session time zone, the statement's start time (for
// CURRENT_TIMESTAMP, constant within a query as in Flink batch mode), a random generator seed.
struct KernelContext {
  int64_t statement_start_micros = 0;
  std::string session_time_zone = "UTC";
  uint64_t random_seed = 0;
};

using ScalarKernel =
    std::function<Status(const KernelContext& context, const std::vector<const Column*>& args,
                         const SelectionVector& rows, Column* out)>;

// The result of binding a call: what to cast the arguments to, and what to run.
struct BoundScalarFunction {
  std::string name;                          // as registered, upper-case
  std::vector<LogicalType> parameter_types;  // the binder casts each argument to these
  LogicalType return_type;
  bool null_propagating = true;  // NULL in any argument gives NULL without calling the kernel
  bool deterministic = true;     // false for RAND, UUID, CURRENT_TIMESTAMP in streaming: no folding
  ScalarKernel kernel;
};

// How a function appears in SHOW FUNCTIONS / DESCRIBE FUNCTION.
struct FunctionDescription {
  std::string name;
  std::string signature;  // e.g. "SUBSTRING(STRING, INT [, INT])"
  std::string description;
};

class ScalarFunction {
 public:
  virtual ~ScalarFunction() = default;
  virtual const FunctionDescription& Description() const = 0;
  // Picks an overload for `argument_types`. A user error names the function and the types and
  // lists the accepted signatures, as Flink's "Invalid function call: ..." messages do.
  virtual Result<BoundScalarFunction> Bind(const std::vector<LogicalType>& argument_types) const = 0;
  // As Bind, with the values of the arguments that are constants (`constant_arguments[i]` is
  // null for a non-constant argument; the vector is as long as `argument_types`). Functions
  // with pattern or format arguments (REGEXP*, LIKE, DATE_FORMAT, JSON paths, IN lists) compile
  // them once here and report a bad constant pattern as a user error at bind time. The binder
  // should prefer this entry point; the default forgets the constants.
  virtual Result<BoundScalarFunction> BindWithConstants(
      const std::vector<LogicalType>& argument_types,
      const std::vector<const Value*>& constant_arguments) const {
    return Bind(argument_types);
  }
};

}  // namespace sluice
