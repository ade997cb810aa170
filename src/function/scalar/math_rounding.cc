// ROUND and TRUNCATE (HALF_UP / towards zero at a number of decimal places, as Flink's
// BigDecimal-based implementations: doubles round their shortest decimal text, so
// ROUND(2.675, 2) = 2.68), FLOOR and CEIL on numbers (the time-unit forms are in
// time_floor_ceil.cc).
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "function/scalar/arithmetic_internal.h"
#include "function/scalar/decimal_util.h"
#include "function/scalar/function_util.h"
#include "function/scalar/kernel_util.h"

namespace sluice {
namespace {

// Rounds (HALF_UP) or truncates `x` at `places` decimal places, on its shortest decimal text.
double RoundDouble(double x, int64_t places, bool truncate) {
  if (!std::isfinite(x) || x == 0) return x;
  if (places > 300) return x;
  if (places < -330) return 0.0 * x;
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), x, std::chars_format::scientific);
  if (ec != std::errc()) return x;
  std::string_view text(buffer, static_cast<size_t>(end - buffer));
  bool negative = text[0] == '-';
  if (negative) text.remove_prefix(1);
  size_t e_pos = text.find('e');
  std::string digits;
  for (char c : text.substr(0, e_pos)) {
    if (c != '.') digits.push_back(c);
  }
  int64_t exponent = std::strtoll(std::string(text.substr(e_pos + 1)).c_str(), nullptr, 10);
  // value = 0.digits * 10^(exponent + 1); keep the first `keep` digits.
  int64_t keep = exponent + 1 + places;
  if (keep >= static_cast<int64_t>(digits.size())) return x;
  bool round_up = !truncate && keep >= 0 && digits[static_cast<size_t>(keep)] >= '5';
  if (keep < 0) return 0.0 * x;
  std::string kept = digits.substr(0, static_cast<size_t>(keep));
  int64_t scale_exponent = exponent + 1;
  if (round_up) {
    int64_t k = static_cast<int64_t>(kept.size()) - 1;
    while (k >= 0 && kept[static_cast<size_t>(k)] == '9') {
      kept[static_cast<size_t>(k)] = '0';
      --k;
    }
    if (k < 0) {
      kept.insert(kept.begin(), '1');
      ++scale_exponent;
    } else {
      ++kept[static_cast<size_t>(k)];
    }
  }
  if (kept.empty()) return 0.0 * x;
  std::string number = (negative ? "-0." : "0.") + kept + "e" + std::to_string(scale_exponent);
  return std::strtod(number.c_str(), nullptr);
}

template <typename T>
T RoundIntegral(T x, int64_t places, bool truncate) {
  if (places >= 0) return x;
  if (places < -18) return 0;
  int64_t p = 1;
  for (int64_t k = 0; k < -places; ++k) p *= 10;
  int64_t v = x;
  int64_t q = v / p;
  int64_t r = v % p;
  if (!truncate && (r >= 0 ? r : -r) * 2 >= p) q += v < 0 ? -1 : 1;
  return static_cast<T>(q * p);
}

// Flink's findRoundDecimalType.
LogicalType RoundDecimalType(int32_t precision, int32_t scale, int64_t places) {
  if (places >= scale) return LogicalType::Decimal(precision, scale);
  if (places < 0) return LogicalType::Decimal(std::min(38, 1 + precision - scale), 0);
  return LogicalType::Decimal(1 + precision - scale + static_cast<int32_t>(places),
                              static_cast<int32_t>(places));
}

ScalarBindFn RoundBinder(bool truncate) {
  return [truncate](const FunctionDescription& d, const std::vector<LogicalType>& types,
                    const std::vector<const Value*>& constants) -> Result<BoundScalarFunction> {
    if (types.empty() || types.size() > 2 || !IsNumericLike(types[0])) return InvalidCall(d, types);
    if (types.size() == 2 && !IsIntegralLike(types[1])) return InvalidCall(d, types);
    LogicalType t = IsNullType(types[0]) ? LogicalType::Int() : types[0].WithNullable(true);
    const bool has_places = types.size() == 2;
    int64_t constant_places = 0;
    bool constant = !has_places || ConstantInt(constants, 1, &constant_places);
    std::vector<LogicalType> params{t};
    if (has_places) params.push_back(LogicalType::Int());
    LogicalType result = t;
    ScalarKernel kernel;
    auto places_at = [has_places](const std::vector<const Column*>& args, size_t i) -> int64_t {
      return has_places ? args[1]->Get<int32_t>(i) : 0;
    };
    if (t.id() == TypeId::kDecimal) {
      int32_t s = t.scale();
      result = constant ? RoundDecimalType(t.precision(), s, constant_places) : t;
      int32_t rs = result.scale();
      int32_t rp = result.precision();
      kernel = RowKernel([=](const KernelContext&, const std::vector<const Column*>& args,
                             size_t i, Column* out) {
        Int128 v = args[0]->Get<Int128>(i);
        int64_t places = places_at(args, i);
        int32_t keep = static_cast<int32_t>(std::min<int64_t>(std::max<int64_t>(places, 0), s));
        Int128 r;
        if (truncate) {
          Int128 p = DecimalPow10(s - keep);
          r = v / p;
        } else {
          r = DecimalDivPow10HalfUp(v, s - keep);
        }
        if (places < 0) {
          int32_t drop = static_cast<int32_t>(std::min<int64_t>(-places, 38));
          Int128 p = DecimalPow10(drop);
          Int128 q = truncate ? r / p : DecimalDivPow10HalfUp(r, drop);
          if (__builtin_mul_overflow(q, p, &r)) r = 0;
        }
        Int128 scaled;
        if (!DecimalRescale(r, keep, rs, &scaled) || !DecimalFits(scaled, rp)) {
          out->SetNull(i);
        } else {
          out->Set<Int128>(i, scaled);
        }
        return Status::OK();
      });
    } else if (t.IsApproximateNumeric()) {
      bool is_float = t.id() == TypeId::kFloat;
      kernel = RowKernel([=](const KernelContext&, const std::vector<const Column*>& args,
                             size_t i, Column* out) {
        int64_t places = places_at(args, i);
        if (is_float) {
          out->Set<float>(i, static_cast<float>(RoundDouble(args[0]->Get<float>(i), places,
                                                            truncate)));
        } else {
          out->Set<double>(i, RoundDouble(args[0]->Get<double>(i), places, truncate));
        }
        return Status::OK();
      });
    } else {
      kernel = DispatchPhysical(PhysicalTypeOf(t.id()), [=](auto tag) -> ScalarKernel {
        using T = typename decltype(tag)::type;
        if constexpr (std::is_integral_v<T> && !std::is_same_v<T, uint8_t>) {
          return RowKernel([=](const KernelContext&, const std::vector<const Column*>& args,
                               size_t i, Column* out) {
            out->Set<T>(i, RoundIntegral<T>(args[0]->Get<T>(i), places_at(args, i), truncate));
            return Status::OK();
          });
        } else {
          return nullptr;
        }
      });
    }
    if (!kernel) return InvalidCall(d, types);
    bool nullable = AnyNullable(types) || t.id() == TypeId::kDecimal;
    return MakeBound(d, params, result.WithNullable(nullable), kernel);
  };
}

}  // namespace

// FLOOR / CEIL(x) on numbers; the (x, unit) form goes to the time family.
Result<BoundScalarFunction> BindNumericFloorCeil(bool ceil, const FunctionDescription& d,
                                                 const std::vector<LogicalType>& types) {
  if (types.size() != 1 || !IsNumericLike(types[0])) return InvalidCall(d, types);
  LogicalType t = IsNullType(types[0]) ? LogicalType::Int() : types[0].WithNullable(true);
  if (t.IsIntegral()) {
    return MakeBound(d, {t}, t.WithNullable(types[0].nullable()),
                     DispatchPhysical(PhysicalTypeOf(t.id()), [](auto tag) -> ScalarKernel {
                       using T = typename decltype(tag)::type;
                       if constexpr (std::is_integral_v<T>) {
                         return UnaryKernel<T, T>([](T v) { return v; });
                       } else {
                         return nullptr;
                       }
                     }));
  }
  if (t.id() == TypeId::kFloat) {
    return MakeBound(d, {t}, t.WithNullable(types[0].nullable()),
                     UnaryKernel<float, float>([ceil](float v) {
                       return ceil ? std::ceil(v) : std::floor(v);
                     }));
  }
  if (t.id() == TypeId::kDouble) {
    return MakeBound(d, {t}, t.WithNullable(types[0].nullable()),
                     UnaryKernel<double, double>([ceil](double v) {
                       return ceil ? std::ceil(v) : std::floor(v);
                     }));
  }
  int32_t s = t.scale();
  LogicalType result = RoundDecimalType(t.precision(), s, 0);
  ScalarKernel kernel = UnaryKernel<Int128, Int128>([s, ceil](Int128 v) -> Int128 {
    if (s == 0) return v;
    Int128 p = DecimalPow10(s);
    Int128 q = v / p;
    Int128 r = v % p;
    if (r != 0 && ceil && v > 0) ++q;
    if (r != 0 && !ceil && v < 0) --q;
    return q;
  });
  return MakeBound(d, {t}, result.WithNullable(types[0].nullable()), kernel);
}

Result<BoundScalarFunction> BindTemporalFloorCeil(bool ceil, const FunctionDescription& d,
                                                  const std::vector<LogicalType>& types,
                                                  const std::vector<const Value*>& constants);

namespace {

ScalarBindFn FloorCeilBinder(bool ceil) {
  return [ceil](const FunctionDescription& d, const std::vector<LogicalType>& types,
                const std::vector<const Value*>& constants) -> Result<BoundScalarFunction> {
    if (types.size() == 2) return BindTemporalFloorCeil(ceil, d, types, constants);
    return BindNumericFloorCeil(ceil, d, types);
  };
}

}  // namespace

void RegisterRoundingFunctions(FunctionRegistry& registry) {
  RegisterSimple(registry, "ROUND", "ROUND(NUMERIC [, places INT])",
                 "Returns the number rounded HALF_UP to the given decimal places (default 0).",
                 RoundBinder(false));
  RegisterSimple(registry, "TRUNCATE", "TRUNCATE(NUMERIC [, places INT])",
                 "Returns the number truncated towards zero at the given decimal places.",
                 RoundBinder(true));
  RegisterSimple(registry, "FLOOR", "FLOOR(NUMERIC) | FLOOR(TIMESTAMP TO unit)",
                 "Returns the largest integer not greater than the number, or the time rounded "
                 "down to the unit.",
                 FloorCeilBinder(false));
  RegisterSimple(registry, "CEIL", "CEIL(NUMERIC) | CEIL(TIMESTAMP TO unit)",
                 "Returns the smallest integer not less than the number, or the time rounded up "
                 "to the unit.",
                 FloorCeilBinder(true));
  RegisterSimple(registry, "CEILING", "CEILING(NUMERIC) | CEILING(TIMESTAMP TO unit)",
                 "Returns the smallest integer not less than the number, or the time rounded up "
                 "to the unit.",
                 FloorCeilBinder(true));
}

}  // namespace sluice
