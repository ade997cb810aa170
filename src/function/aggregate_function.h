// Aggregate functions (COUNT, SUM, AVG, MIN, MAX, FIRST_VALUE, LAST_VALUE, LISTAGG, ...).
//
// A bound aggregate keeps one fixed-size state slot per group in a flat buffer owned by the
// hash-aggregate operator (no allocation per group for numeric aggregates; aggregates that need
// more, such as LISTAGG or COUNT(DISTINCT), keep a pointer to heap state in their slot and free
// it in Destroy). Updates are vectorized: one call per batch with a group index per row.
//
// Streaming: an updating aggregate receives retractions (-U / -D rows). Functions that can undo
// an input implement Retract (COUNT, SUM, AVG); MIN/MAX/FIRST_VALUE/LAST_VALUE keep the values
// they saw (a multiset) so that a retraction is exact, as Flink's retractable versions do.
//
// Thread-safety: a BoundAggregateFunction is immutable and shared; the states belong to one task.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "function/scalar_function.h"
#include "types/logical_type.h"
#include "vector/column.h"

namespace sluice {

class BoundAggregateFunction {
 public:
  virtual ~BoundAggregateFunction() = default;
  virtual const LogicalType& return_type() const = 0;
  // The argument types the binder must cast the arguments to.
  virtual const std::vector<LogicalType>& parameter_types() const = 0;
  // Bytes of state per group; states are 16-byte aligned.
  virtual size_t state_size() const = 0;
  virtual void Initialize(uint8_t* state) const = 0;
  // Frees heap memory a state points to; a no-op for plain states.
  virtual void Destroy(uint8_t* state) const {}
  // Adds (retract == false) or removes (retract == true) the rows of `args` listed in `rows` to
  // the states `states[group_of_row[i]]` (group_of_row is parallel to `rows`).
  virtual Status Update(const std::vector<const Column*>& args, const SelectionVector& rows,
                        const uint32_t* group_of_row, uint8_t* const* states,
                        bool retract) const = 0;
  // Whether Update(..., retract = true) is supported.
  virtual bool SupportsRetraction() const = 0;
  // Writes the value of `state` at `row` of `out` (NULL when no input was seen, except COUNT).
  virtual Status Finalize(const uint8_t* state, Column* out, size_t row) const = 0;

  // [aggregates helper, additive] A variant for input that never retracts (batch mode, an
  // append-only stream), which may keep a smaller state (MIN/MAX without a multiset). It has
  // the same return and parameter types; `this` when there is no cheaper variant. Owned by
  // this object (valid as long as it lives).
  virtual const BoundAggregateFunction* AppendOnlyVariant() const { return this; }
};

class AggregateFunction {
 public:
  virtual ~AggregateFunction() = default;
  virtual const FunctionDescription& Description() const = 0;
  // `distinct` is COUNT(DISTINCT x) etc.; user errors as ScalarFunction::Bind.
  virtual Result<std::shared_ptr<const BoundAggregateFunction>> Bind(
      const std::vector<LogicalType>& argument_types, bool distinct) const = 0;
};

}  // namespace sluice
