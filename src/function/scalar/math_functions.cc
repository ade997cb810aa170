// Math functions: ABS, SIGN, MOD, FLOOR, CEIL, ROUND, TRUNCATE (math_rounding.cc), and the
// DOUBLE functions (POWER, SQRT, LN, LOG*, EXP, trigonometry, DEGREES, RADIANS), RAND,
// RAND_INTEGER, PI, E.
#include <cmath>
#include <mutex>
#include <random>

#include "function/scalar/arithmetic_internal.h"
#include "function/scalar/function_util.h"
#include "function/scalar/kernel_util.h"

namespace sluice {

void RegisterRoundingFunctions(FunctionRegistry& registry);

namespace {

// A function of DOUBLE arguments returning DOUBLE.
template <typename Fn>
ScalarBindFn DoubleBinder(size_t arity, Fn fn) {
  return [arity, fn](const FunctionDescription& d, const std::vector<LogicalType>& types,
                     const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    if (types.size() != arity) return InvalidCall(d, types);
    for (const LogicalType& t : types) {
      if (!IsNumericLike(t)) return InvalidCall(d, types);
    }
    ScalarKernel kernel;
    if constexpr (std::is_invocable_v<Fn, double>) {
      kernel = UnaryKernel<double, double>(fn);
    } else {
      kernel = BinaryKernel<double, double, double>(fn);
    }
    return MakeBound(d, std::vector<LogicalType>(arity, LogicalType::Double()),
                     NullableLike(LogicalType::Double(), types), kernel);
  };
}

template <typename Fn>
void RegisterDouble(FunctionRegistry& registry, const char* name, const char* signature,
                    const char* description, size_t arity, Fn fn) {
  RegisterSimple(registry, name, signature, description, DoubleBinder(arity, fn));
}

// ABS and SIGN keep the argument type.
ScalarBindFn SameTypeBinder(bool sign) {
  return [sign](const FunctionDescription& d, const std::vector<LogicalType>& types,
                const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    if (types.size() != 1 || !IsNumericLike(types[0])) return InvalidCall(d, types);
    LogicalType t = IsNullType(types[0]) ? LogicalType::Int() : types[0];
    ScalarKernel kernel = DispatchPhysical(PhysicalTypeOf(t.id()), [sign, &t](auto tag) -> ScalarKernel {
      using T = typename decltype(tag)::type;
      if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, uint8_t>) {
        if (sign) {
          return UnaryKernel<T, T>([](T v) { return static_cast<T>((v > 0) - (v < 0)); });
        }
        // Java's Math.abs: the minimum integer stays negative.
        return UnaryKernel<T, T>([](T v) {
          if constexpr (std::is_integral_v<T>) {
            using U = std::make_unsigned_t<T>;
            return v < 0 ? static_cast<T>(U{0} - static_cast<U>(v)) : v;
          } else {
            return std::fabs(v);
          }
        });
      } else if constexpr (std::is_same_v<T, Int128>) {
        int32_t scale = t.scale();
        if (sign) {
          Int128 one = 1;
          for (int k = 0; k < scale; ++k) one *= 10;
          return UnaryKernel<Int128, Int128>(
              [one](Int128 v) -> Int128 { return v > 0 ? one : (v < 0 ? -one : 0); });
        }
        return UnaryKernel<Int128, Int128>([](Int128 v) { return v < 0 ? -v : v; });
      } else {
        return nullptr;
      }
    });
    if (!kernel) return InvalidCall(d, types);
    LogicalType result = t;
    if (sign && t.id() == TypeId::kDecimal) result = t;
    return MakeBound(d, {t.WithNullable(true)}, result.WithNullable(types[0].nullable()), kernel);
  };
}

// A generator shared by the calls of one bound RAND / RAND_INTEGER.
struct SharedRandom {
  std::mutex mutex;
  std::mt19937_64 engine;
  bool seeded = false;
};

ScalarBindFn RandBinder(bool integer) {
  return [integer](const FunctionDescription& d, const std::vector<LogicalType>& types,
                   const std::vector<const Value*>& constants) -> Result<BoundScalarFunction> {
    size_t base = integer ? 1 : 0;  // RAND_INTEGER's bound is the last argument
    if (types.size() != base && types.size() != base + 1) return InvalidCall(d, types);
    for (const LogicalType& t : types) {
      if (!IsIntegralLike(t)) return InvalidCall(d, types);
    }
    const bool has_seed = types.size() == base + 1;
    auto shared = std::make_shared<SharedRandom>();
    int64_t seed = 0;
    if (has_seed && ConstantInt(constants, 0, &seed)) {
      shared->engine.seed(static_cast<uint64_t>(seed));
      shared->seeded = true;
    } else {
      shared->engine.seed(std::random_device{}());
    }
    ScalarKernel kernel = [integer, has_seed, shared](const KernelContext&,
                                                      const std::vector<const Column*>& args,
                                                      const SelectionVector& rows,
                                                      Column* out) -> Status {
      std::lock_guard<std::mutex> lock(shared->mutex);
      std::uniform_real_distribution<double> unit(0.0, 1.0);
      ForEachActive(rows, [&](size_t i) {
        if (has_seed && !shared->seeded) {
          Value v = args[0]->GetValue(i);
          shared->engine.seed(static_cast<uint64_t>(v.GetInt64()));
          shared->seeded = true;
        }
        if (integer) {
          Value b = args.back()->GetValue(i);
          int64_t bound = b.GetInt64();
          if (bound <= 0) {
            out->SetNull(i);
            return;
          }
          out->Set<int32_t>(i, static_cast<int32_t>(unit(shared->engine) * bound));
        } else {
          out->Set<double>(i, unit(shared->engine));
        }
      });
      return Status::OK();
    };
    std::vector<LogicalType> params;
    for (const LogicalType& t : types) params.push_back(t.IsIntegral() ? t : LogicalType::Int());
    LogicalType result = integer ? LogicalType::Int() : LogicalType::Double().NotNull();
    return MakeBound(d, params, result, kernel, true, /*deterministic=*/false);
  };
}

ScalarBindFn ConstantBinder(double value) {
  return [value](const FunctionDescription& d, const std::vector<LogicalType>& types,
                 const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    if (!types.empty()) return InvalidCall(d, types);
    ScalarKernel kernel = [value](const KernelContext&, const std::vector<const Column*>&,
                                  const SelectionVector& rows, Column* out) -> Status {
      double* o = out->MutableData<double>();
      ForEachActive(rows, [&](size_t i) { o[i] = value; });
      return Status::OK();
    };
    return MakeBound(d, {}, LogicalType::Double().NotNull(), kernel);
  };
}

Result<BoundScalarFunction> BindMod(const FunctionDescription& d,
                                    const std::vector<LogicalType>& types,
                                    const std::vector<const Value*>&) {
  if (types.size() != 2 || !IsNumericLike(types[0]) || !IsNumericLike(types[1])) {
    return InvalidCall(d, types);
  }
  return BindNumericArithmetic(ArithmeticOp::kModulo, d, types);
}

// LOG(x) is the natural logarithm; LOG(base, x) = ln(x) / ln(base).
Result<BoundScalarFunction> BindLog(const FunctionDescription& d,
                                    const std::vector<LogicalType>& types,
                                    const std::vector<const Value*>& constants) {
  if (types.size() == 1) {
    return DoubleBinder(1, [](double x) { return std::log(x); })(d, types, constants);
  }
  return DoubleBinder(2, [](double b, double x) { return std::log(x) / std::log(b); })(d, types,
                                                                                       constants);
}

}  // namespace

void RegisterMathFunctions(FunctionRegistry& registry) {
  RegisterSimple(registry, "ABS", "ABS(NUMERIC)", "Returns the absolute value of the number.",
                 SameTypeBinder(false));
  RegisterSimple(registry, "SIGN", "SIGN(NUMERIC)",
                 "Returns -1, 0 or 1 according to the sign of the number.", SameTypeBinder(true));
  RegisterSimple(registry, "MOD", "MOD(NUMERIC, NUMERIC)",
                 "Returns the remainder of dividing the first number by the second.", BindMod);
  RegisterDouble(registry, "POWER", "POWER(NUMERIC, NUMERIC)",
                 "Returns the first number raised to the power of the second.", 2,
                 [](double a, double b) { return std::pow(a, b); });
  RegisterDouble(registry, "SQRT", "SQRT(NUMERIC)", "Returns the square root of the number.", 1,
                 [](double a) { return std::sqrt(a); });
  RegisterDouble(registry, "LN", "LN(NUMERIC)", "Returns the natural logarithm of the number.", 1,
                 [](double a) { return std::log(a); });
  RegisterSimple(registry, "LOG", "LOG(NUMERIC) | LOG(base NUMERIC, NUMERIC)",
                 "Returns the natural logarithm, or the logarithm to the given base.", BindLog);
  RegisterDouble(registry, "LOG10", "LOG10(NUMERIC)",
                 "Returns the base-10 logarithm of the number.", 1,
                 [](double a) { return std::log10(a); });
  RegisterDouble(registry, "LOG2", "LOG2(NUMERIC)", "Returns the base-2 logarithm of the number.",
                 1, [](double a) { return std::log2(a); });
  RegisterDouble(registry, "EXP", "EXP(NUMERIC)", "Returns e raised to the power of the number.",
                 1, [](double a) { return std::exp(a); });
  RegisterDouble(registry, "SIN", "SIN(NUMERIC)", "Returns the sine of an angle in radians.", 1,
                 [](double a) { return std::sin(a); });
  RegisterDouble(registry, "COS", "COS(NUMERIC)", "Returns the cosine of an angle in radians.", 1,
                 [](double a) { return std::cos(a); });
  RegisterDouble(registry, "TAN", "TAN(NUMERIC)", "Returns the tangent of an angle in radians.",
                 1, [](double a) { return std::tan(a); });
  RegisterDouble(registry, "COT", "COT(NUMERIC)",
                 "Returns the cotangent of an angle in radians.", 1,
                 [](double a) { return 1.0 / std::tan(a); });
  RegisterDouble(registry, "ASIN", "ASIN(NUMERIC)", "Returns the arc sine, in radians.", 1,
                 [](double a) { return std::asin(a); });
  RegisterDouble(registry, "ACOS", "ACOS(NUMERIC)", "Returns the arc cosine, in radians.", 1,
                 [](double a) { return std::acos(a); });
  RegisterDouble(registry, "ATAN", "ATAN(NUMERIC)", "Returns the arc tangent, in radians.", 1,
                 [](double a) { return std::atan(a); });
  RegisterDouble(registry, "ATAN2", "ATAN2(y NUMERIC, x NUMERIC)",
                 "Returns the angle of the point (x, y), in radians.", 2,
                 [](double y, double x) { return std::atan2(y, x); });
  RegisterDouble(registry, "SINH", "SINH(NUMERIC)", "Returns the hyperbolic sine.", 1,
                 [](double a) { return std::sinh(a); });
  RegisterDouble(registry, "COSH", "COSH(NUMERIC)", "Returns the hyperbolic cosine.", 1,
                 [](double a) { return std::cosh(a); });
  RegisterDouble(registry, "TANH", "TANH(NUMERIC)", "Returns the hyperbolic tangent.", 1,
                 [](double a) { return std::tanh(a); });
  RegisterDouble(registry, "DEGREES", "DEGREES(NUMERIC)", "Converts radians to degrees.", 1,
                 [](double a) { return a * 180.0 / M_PI; });
  RegisterDouble(registry, "RADIANS", "RADIANS(NUMERIC)", "Converts degrees to radians.", 1,
                 [](double a) { return a * M_PI / 180.0; });
  RegisterSimple(registry, "PI", "PI()", "Returns the constant pi.", ConstantBinder(M_PI));
  RegisterSimple(registry, "E", "E()", "Returns the constant e.", ConstantBinder(M_E));
  RegisterSimple(registry, "RAND", "RAND([seed INT])",
                 "Returns a pseudo-random DOUBLE in [0, 1), repeatable with a seed.",
                 RandBinder(false));
  RegisterSimple(registry, "RAND_INTEGER", "RAND_INTEGER([seed INT, ] bound INT)",
                 "Returns a pseudo-random INT in [0, bound), repeatable with a seed.",
                 RandBinder(true));
  RegisterRoundingFunctions(registry);
}

}  // namespace sluice
