// Shared building blocks of the built-in aggregate functions: typed row access, the storage type
// a state keeps for a row type (std::string for strings), an order consistent with
// Column::CompareRows, a physical-type dispatch, and a base class holding the bound types.
//
// Internal to function/aggregate/; not a public contract.
#pragma once

#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "common/status.h"
#include "function/aggregate_function.h"
#include "types/logical_type.h"
#include "vector/column.h"

namespace sluice::aggregate_internal {

// Rounds a state size up to the 16-byte alignment the operator guarantees.
inline constexpr size_t AlignState(size_t size) { return (size + 15) & ~size_t{15}; }

// The type a state keeps for a row of C++ type T (strings are copied out of the batch).
template <typename T>
struct Stored {
  using type = T;
};
template <>
struct Stored<std::string_view> {
  using type = std::string;
};
template <typename T>
using StoredT = typename Stored<T>::type;

template <typename T>
inline T ReadRow(const Column& column, uint32_t row) {
  return column.Data<T>()[row];
}

// Writes a valid value at `row` of `out`.
template <typename T, typename S>
inline void WriteRow(Column* out, size_t row, const S& value) {
  if constexpr (std::is_same_v<T, std::string_view>) {
    out->SetString(row, std::string_view(value));
  } else {
    out->MutableData<T>()[row] = static_cast<T>(value);
  }
  out->SetValid(row);
}

// Strict weak order matching Column::CompareRows for non-NULL values: numbers by value with NaN
// last (and -0.0 equal to 0.0), strings bytewise unsigned.
template <typename S>
struct StoredLess {
  bool operator()(const S& a, const S& b) const {
    if constexpr (std::is_floating_point_v<S>) {
      if (std::isnan(a)) return false;
      if (std::isnan(b)) return true;
      return a < b;
    } else {
      return a < b;
    }
  }
};

template <typename S>
inline bool StoredEqual(const S& a, const S& b) {
  StoredLess<S> less;
  return !less(a, b) && !less(b, a);
}

template <typename T>
struct TypeTag {
  using type = T;
};

// True for the physical types whose rows a state can copy (numbers, booleans, strings).
inline bool IsScalarPhysical(PhysicalType type) {
  switch (type) {
    case PhysicalType::kBool:
    case PhysicalType::kInt8:
    case PhysicalType::kInt16:
    case PhysicalType::kInt32:
    case PhysicalType::kInt64:
    case PhysicalType::kFloat:
    case PhysicalType::kDouble:
    case PhysicalType::kInt128:
    case PhysicalType::kString:
      return true;
    default:
      return false;
  }
}

// Calls f(TypeTag<T>{}) with the C++ row type of `type`, which must satisfy IsScalarPhysical.
template <typename F>
auto DispatchScalar(PhysicalType type, F&& f) {
  switch (type) {
    case PhysicalType::kBool:
      return f(TypeTag<uint8_t>{});
    case PhysicalType::kInt8:
      return f(TypeTag<int8_t>{});
    case PhysicalType::kInt16:
      return f(TypeTag<int16_t>{});
    case PhysicalType::kInt32:
      return f(TypeTag<int32_t>{});
    case PhysicalType::kInt64:
      return f(TypeTag<int64_t>{});
    case PhysicalType::kFloat:
      return f(TypeTag<float>{});
    case PhysicalType::kDouble:
      return f(TypeTag<double>{});
    case PhysicalType::kInt128:
      return f(TypeTag<Int128>{});
    default:
      return f(TypeTag<std::string_view>{});
  }
}

// Holds the bound types; subclasses implement the state logic.
class BoundAggregateBase : public BoundAggregateFunction {
 public:
  BoundAggregateBase(LogicalType return_type, std::vector<LogicalType> parameter_types)
      : return_type_(std::move(return_type)), parameter_types_(std::move(parameter_types)) {}
  const LogicalType& return_type() const override { return return_type_; }
  const std::vector<LogicalType>& parameter_types() const override { return parameter_types_; }

 protected:
  LogicalType return_type_;
  std::vector<LogicalType> parameter_types_;
};

// True when any of `args` is NULL at `row`.
inline bool AnyNull(const std::vector<const Column*>& args, uint32_t row) {
  for (const Column* arg : args) {
    if (arg->IsNull(row)) return true;
  }
  return false;
}

// 10^n for 0 <= n <= 38.
Int128 Pow10(int n);

// The largest magnitude a DECIMAL(38, s) unscaled value may have, plus one (10^38).
inline Int128 DecimalLimit() { return Pow10(38); }

// An AggregateFunction described by data and bound by a function.
class SimpleAggregateFunction : public AggregateFunction {
 public:
  using Binder = Result<std::shared_ptr<const BoundAggregateFunction>> (*)(
      const std::vector<LogicalType>& argument_types, bool distinct);
  SimpleAggregateFunction(FunctionDescription description, Binder binder)
      : description_(std::move(description)), binder_(binder) {}
  const FunctionDescription& Description() const override { return description_; }
  Result<std::shared_ptr<const BoundAggregateFunction>> Bind(
      const std::vector<LogicalType>& argument_types, bool distinct) const override {
    return binder_(argument_types, distinct);
  }

 private:
  FunctionDescription description_;
  Binder binder_;
};

// "SUM(STRING)": for error messages.
std::string CallText(const std::string& name, const std::vector<LogicalType>& argument_types);

// The user error for a call no overload accepts, in Flink's wording.
Status InvalidCall(const std::string& name, const std::vector<LogicalType>& argument_types,
                   const std::string& signatures);

// Wraps `inner` so that it sees each distinct argument row of a group once (COUNT(DISTINCT x),
// SUM(DISTINCT x), ...). Rows with a NULL argument are skipped, as SQL requires.
std::shared_ptr<const BoundAggregateFunction> MakeDistinct(
    std::shared_ptr<const BoundAggregateFunction> inner);

}  // namespace sluice::aggregate_internal
