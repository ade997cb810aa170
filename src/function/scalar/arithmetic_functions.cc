// + - * / % and unary minus on numbers (Flink's result types: the common type of the operands,
// Flink's decimal precision/scale rules, integer overflow wrapping as Java, exact division by
// zero an error, approximate division by zero Infinity/NaN). Temporal and interval arithmetic
// live in temporal_arithmetic.cc.
#include <cmath>
#include <limits>
#include <type_traits>

#include "function/scalar/arithmetic_internal.h"
#include "function/scalar/decimal_util.h"
#include "function/scalar/function_util.h"
#include "function/scalar/kernel_util.h"
#include "types/type_casts.h"

namespace sluice {
namespace {

Status DivisionByZero() { return Status::UserError("ArithmeticException: / by zero"); }
Status DecimalDivisionByZero() {
  return Status::UserError("ArithmeticException: Division by zero");
}

template <typename T>
T WrapAdd(T a, T b) {
  using U = std::make_unsigned_t<T>;
  return static_cast<T>(static_cast<U>(a) + static_cast<U>(b));
}
template <typename T>
T WrapSub(T a, T b) {
  using U = std::make_unsigned_t<T>;
  return static_cast<T>(static_cast<U>(a) - static_cast<U>(b));
}
template <typename T>
T WrapMul(T a, T b) {
  using U = std::make_unsigned_t<T>;
  return static_cast<T>(static_cast<U>(a) * static_cast<U>(b));
}

// Integral kernels for T, storing into Out (== T except for % whose result type is the right
// operand's, as Calcite's MOD).
template <typename T, typename Out>
ScalarKernel IntegralKernel(ArithmeticOp op) {
  switch (op) {
    case ArithmeticOp::kAdd:
      return BinaryKernel<T, T, Out>([](T a, T b) { return WrapAdd(a, b); });
    case ArithmeticOp::kSubtract:
      return BinaryKernel<T, T, Out>([](T a, T b) { return WrapSub(a, b); });
    case ArithmeticOp::kMultiply:
      return BinaryKernel<T, T, Out>([](T a, T b) { return WrapMul(a, b); });
    case ArithmeticOp::kDivide:
    case ArithmeticOp::kModulo: {
      bool divide = op == ArithmeticOp::kDivide;
      return [divide](const KernelContext&, const std::vector<const Column*>& args,
                      const SelectionVector& rows, Column* out) -> Status {
        const T* a = args[0]->Data<T>();
        const T* b = args[1]->Data<T>();
        Out* o = out->MutableData<Out>();
        bool zero = false;
        ForEachActive(rows, [&](size_t i) {
          T x = a[i];
          T y = b[i];
          if (y == 0) {
            zero = true;
            return;
          }
          if (y == -1) {  // avoids the MIN / -1 trap; Java wraps
            o[i] = static_cast<Out>(divide ? WrapSub(T{0}, x) : T{0});
            return;
          }
          o[i] = static_cast<Out>(divide ? x / y : x % y);
        });
        return zero ? DivisionByZero() : Status::OK();
      };
    }
    case ArithmeticOp::kNegate:
      return UnaryKernel<T, Out>([](T a) { return WrapSub(T{0}, a); });
  }
  return nullptr;
}

template <typename T>
ScalarKernel FloatingKernel(ArithmeticOp op) {
  switch (op) {
    case ArithmeticOp::kAdd:
      return BinaryKernel<T, T, T>([](T a, T b) { return a + b; });
    case ArithmeticOp::kSubtract:
      return BinaryKernel<T, T, T>([](T a, T b) { return a - b; });
    case ArithmeticOp::kMultiply:
      return BinaryKernel<T, T, T>([](T a, T b) { return a * b; });
    case ArithmeticOp::kDivide:
      return BinaryKernel<T, T, T>([](T a, T b) { return a / b; });
    case ArithmeticOp::kModulo:
      return BinaryKernel<T, T, T>([](T a, T b) { return std::fmod(a, b); });
    case ArithmeticOp::kNegate:
      return UnaryKernel<T, T>([](T a) { return -a; });
  }
  return nullptr;
}

// Decimal kernel: operands DECIMAL(p1, s1), DECIMAL(p2, s2), result DECIMAL(p, s). A result
// that does not fit its precision is NULL, as Flink's DecimalData.
ScalarKernel DecimalKernel(ArithmeticOp op, LogicalType a_type, LogicalType b_type,
                           LogicalType result) {
  const int32_t s1 = a_type.scale();
  const int32_t s2 = b_type.scale();
  const int32_t s = result.scale();
  const int32_t p = result.precision();
  return [=](const KernelContext&, const std::vector<const Column*>& args,
             const SelectionVector& rows, Column* out) -> Status {
    const Int128* a = args[0]->Data<Int128>();
    const Int128* b = op == ArithmeticOp::kNegate ? nullptr : args[1]->Data<Int128>();
    Int128* o = out->MutableData<Int128>();
    return ForEachActiveChecked(rows, [&](size_t i) -> Status {
      Int128 r = 0;
      bool ok = true;
      switch (op) {
        case ArithmeticOp::kNegate:
          r = -a[i];
          break;
        case ArithmeticOp::kAdd:
        case ArithmeticOp::kSubtract:
        case ArithmeticOp::kModulo: {
          int32_t common = std::max(s1, s2);
          Int128 x, y;
          ok = DecimalRescale(a[i], s1, common, &x) && DecimalRescale(b[i], s2, common, &y);
          if (!ok) break;
          if (op == ArithmeticOp::kModulo) {
            if (y == 0) return DecimalDivisionByZero();
            r = x % y;
          } else {
            ok = op == ArithmeticOp::kAdd ? !__builtin_add_overflow(x, y, &r)
                                          : !__builtin_sub_overflow(x, y, &r);
          }
          if (ok) ok = DecimalRescale(r, common, s, &r);
          break;
        }
        case ArithmeticOp::kMultiply: {
          ok = !__builtin_mul_overflow(a[i], b[i], &r);
          if (ok) ok = DecimalRescale(r, s1 + s2, s, &r);
          break;
        }
        case ArithmeticOp::kDivide: {
          if (b[i] == 0) return DecimalDivisionByZero();
          // a / 10^s1 / (b / 10^s2) at scale s: a * 10^(s + s2 - s1) / b, rounded HALF_UP.
          int32_t e = s + s2 - s1;
          Int128 num = a[i];
          Int128 den = b[i];
          if (e >= 0) {
            ok = e <= 38 && !__builtin_mul_overflow(num, DecimalPow10(e), &num);
          } else {
            ok = -e <= 38 && !__builtin_mul_overflow(den, DecimalPow10(-e), &den);
          }
          if (!ok) break;
          Int128 q = num / den;
          Int128 rem = num % den;
          Int128 abs_rem = rem < 0 ? -rem : rem;
          Int128 abs_den = den < 0 ? -den : den;
          if (abs_rem >= abs_den - abs_rem) q += ((num < 0) != (den < 0)) ? -1 : 1;
          r = q;
          break;
        }
      }
      if (!ok || !DecimalFits(r, p)) {
        out->SetNull(i);
      } else {
        o[i] = r;
      }
      return Status::OK();
    });
  };
}

template <typename Out>
ScalarKernel IntegralKernelFor(PhysicalType t, ArithmeticOp op) {
  switch (t) {
    case PhysicalType::kInt8:
      return IntegralKernel<int8_t, Out>(op);
    case PhysicalType::kInt16:
      return IntegralKernel<int16_t, Out>(op);
    case PhysicalType::kInt32:
      return IntegralKernel<int32_t, Out>(op);
    default:
      return IntegralKernel<int64_t, Out>(op);
  }
}

ScalarKernel IntegralKernelFor(PhysicalType t, PhysicalType out, ArithmeticOp op) {
  switch (out) {
    case PhysicalType::kInt8:
      return IntegralKernelFor<int8_t>(t, op);
    case PhysicalType::kInt16:
      return IntegralKernelFor<int16_t>(t, op);
    case PhysicalType::kInt32:
      return IntegralKernelFor<int32_t>(t, op);
    default:
      return IntegralKernelFor<int64_t>(t, op);
  }
}

const char* OpSymbol(ArithmeticOp op) {
  switch (op) {
    case ArithmeticOp::kAdd:
      return "+";
    case ArithmeticOp::kSubtract:
    case ArithmeticOp::kNegate:
      return "-";
    case ArithmeticOp::kMultiply:
      return "*";
    case ArithmeticOp::kDivide:
      return "/";
    case ArithmeticOp::kModulo:
      return "%";
  }
  return "?";
}

}  // namespace

Result<BoundScalarFunction> BindNumericArithmetic(ArithmeticOp op,
                                                  const FunctionDescription& d,
                                                  const std::vector<LogicalType>& types) {
  if (op == ArithmeticOp::kNegate) {
    LogicalType t = IsNullType(types[0]) ? LogicalType::Int() : types[0];
    if (!IsNumericLike(t)) return InvalidCall(d, types);
    ScalarKernel kernel;
    if (t.id() == TypeId::kDecimal) {
      kernel = DecimalKernel(op, t, t, t);
    } else if (t.IsApproximateNumeric()) {
      kernel = t.id() == TypeId::kFloat ? FloatingKernel<float>(op) : FloatingKernel<double>(op);
    } else {
      PhysicalType pt = PhysicalTypeOf(t.id());
      kernel = IntegralKernelFor(pt, pt, op);
    }
    return MakeBound(d, {t.WithNullable(true)}, t.WithNullable(types[0].nullable()), kernel);
  }
  LogicalType a = types[0];
  LogicalType b = types[1];
  if (!IsNumericLike(a) || !IsNumericLike(b)) return InvalidCall(d, types);
  if (IsNullType(a) && IsNullType(b)) a = b = LogicalType::Int();
  if (IsNullType(a)) a = b;
  if (IsNullType(b)) b = a;
  const bool nullable = AnyNullable(types);
  if (a.IsApproximateNumeric() || b.IsApproximateNumeric()) {
    SLUICE_ASSIGN_OR_RETURN(LogicalType common, CommonType(a.WithNullable(true), b.WithNullable(true)));
    ScalarKernel kernel = common.id() == TypeId::kFloat ? FloatingKernel<float>(op)
                                                        : FloatingKernel<double>(op);
    return MakeBound(d, {common, common}, common.WithNullable(nullable), kernel);
  }
  if (a.id() == TypeId::kDecimal || b.id() == TypeId::kDecimal) {
    LogicalType da = DecimalTypeOf(a).WithNullable(true);
    LogicalType db = DecimalTypeOf(b).WithNullable(true);
    LogicalType result = LogicalType::Null();
    switch (op) {
      case ArithmeticOp::kAdd:
      case ArithmeticOp::kSubtract:
        result = DecimalAdditionType(da, db);
        break;
      case ArithmeticOp::kMultiply:
        result = DecimalMultiplicationType(da, db);
        break;
      case ArithmeticOp::kDivide:
        result = DecimalDivisionType(da, db);
        break;
      default:
        result = DecimalModuloType(da, db);
        break;
    }
    // Decimal overflow gives NULL, so the result is always nullable.
    BoundScalarFunction bound =
        MakeBound(d, {da, db}, result, DecimalKernel(op, da, db, result));
    return bound;
  }
  SLUICE_ASSIGN_OR_RETURN(LogicalType common, CommonType(a.WithNullable(true), b.WithNullable(true)));
  LogicalType result = op == ArithmeticOp::kModulo ? b.WithNullable(true) : common;
  ScalarKernel kernel =
      IntegralKernelFor(PhysicalTypeOf(common.id()), PhysicalTypeOf(result.id()), op);
  (void)OpSymbol;
  return MakeBound(d, {common, common}, result.WithNullable(nullable), kernel);
}

namespace {

ScalarBindFn ArithmeticBinder(ArithmeticOp binary_op) {
  return [binary_op](const FunctionDescription& d, const std::vector<LogicalType>& types,
                     const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    if (types.size() == 1 && binary_op == ArithmeticOp::kSubtract) {
      if (types[0].IsInterval()) return BindTemporalArithmetic(ArithmeticOp::kNegate, d, types);
      return BindNumericArithmetic(ArithmeticOp::kNegate, d, types);
    }
    if (types.size() != 2) return InvalidCall(d, types);
    if (IsNumericLike(types[0]) && IsNumericLike(types[1])) {
      return BindNumericArithmetic(binary_op, d, types);
    }
    return BindTemporalArithmetic(binary_op, d, types);
  };
}

}  // namespace

void RegisterArithmeticFunctions(FunctionRegistry& registry) {
  RegisterSimple(registry, "+",
                 "NUMERIC + NUMERIC | TEMPORAL + INTERVAL | INTERVAL + INTERVAL",
                 "Returns the sum of two numbers, or a date/time moved forward by an interval.",
                 ArithmeticBinder(ArithmeticOp::kAdd));
  RegisterSimple(registry, "-",
                 "NUMERIC - NUMERIC | - NUMERIC | TEMPORAL - INTERVAL | INTERVAL - INTERVAL",
                 "Returns the difference of two numbers, a negated number, or a date/time moved "
                 "back by an interval.",
                 ArithmeticBinder(ArithmeticOp::kSubtract));
  RegisterSimple(registry, "*", "NUMERIC * NUMERIC | INTERVAL * INTEGER",
                 "Returns the product of two numbers.", ArithmeticBinder(ArithmeticOp::kMultiply));
  RegisterSimple(registry, "/", "NUMERIC / NUMERIC",
                 "Returns the quotient; integer division truncates and fails on a zero divisor.",
                 ArithmeticBinder(ArithmeticOp::kDivide));
  RegisterSimple(registry, "%", "NUMERIC % NUMERIC",
                 "Returns the remainder of dividing the first number by the second.",
                 ArithmeticBinder(ArithmeticOp::kModulo));
}

}  // namespace sluice
