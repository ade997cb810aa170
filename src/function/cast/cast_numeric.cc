// Numeric and BOOLEAN casts. Integer narrowing and floating-to-integer follow Java's primitive
// casts (Flink's NumericPrimitiveCastRule): wrap-around, and saturation / NaN -> 0 for floats.
#include <charconv>
#include <cmath>
#include <limits>
#include <type_traits>

#include "function/cast/cast_internal.h"
#include "function/scalar/decimal_util.h"
#include "function/scalar/kernel_util.h"

namespace sluice {
namespace {

// Java's (long) of a double: saturating, NaN -> 0.
inline int64_t JavaDoubleToLong(double v) {
  if (std::isnan(v)) return 0;
  if (v >= 9223372036854775807.0) return std::numeric_limits<int64_t>::max();
  if (v <= -9223372036854775808.0) return std::numeric_limits<int64_t>::min();
  return static_cast<int64_t>(v);
}
// Java's (int) of a double.
inline int32_t JavaDoubleToInt(double v) {
  if (std::isnan(v)) return 0;
  if (v >= 2147483647.0) return std::numeric_limits<int32_t>::max();
  if (v <= -2147483648.0) return std::numeric_limits<int32_t>::min();
  return static_cast<int32_t>(v);
}

template <typename From, typename To>
inline To ConvertPrimitive(From v) {
  if constexpr (std::is_floating_point_v<From> && std::is_integral_v<To>) {
    if constexpr (sizeof(To) == 8) {
      return JavaDoubleToLong(static_cast<double>(v));
    } else {
      // Java narrows float -> byte/short through int.
      return static_cast<To>(JavaDoubleToInt(static_cast<double>(v)));
    }
  } else {
    return static_cast<To>(v);
  }
}

template <typename From>
ScalarKernel PrimitiveTo(PhysicalType to) {
  switch (to) {
    case PhysicalType::kInt8:
      return UnaryKernel<From, int8_t>([](From v) { return ConvertPrimitive<From, int8_t>(v); });
    case PhysicalType::kInt16:
      return UnaryKernel<From, int16_t>([](From v) { return ConvertPrimitive<From, int16_t>(v); });
    case PhysicalType::kInt32:
      return UnaryKernel<From, int32_t>([](From v) { return ConvertPrimitive<From, int32_t>(v); });
    case PhysicalType::kInt64:
      return UnaryKernel<From, int64_t>([](From v) { return ConvertPrimitive<From, int64_t>(v); });
    case PhysicalType::kFloat:
      return UnaryKernel<From, float>([](From v) { return static_cast<float>(v); });
    case PhysicalType::kDouble:
      return UnaryKernel<From, double>([](From v) { return static_cast<double>(v); });
    case PhysicalType::kBool:
      return UnaryKernel<From, uint8_t>([](From v) { return v != 0; });
    default:
      return nullptr;
  }
}

ScalarKernel PrimitiveCast(PhysicalType from, PhysicalType to) {
  switch (from) {
    case PhysicalType::kBool:
      return PrimitiveTo<uint8_t>(to);
    case PhysicalType::kInt8:
      return PrimitiveTo<int8_t>(to);
    case PhysicalType::kInt16:
      return PrimitiveTo<int16_t>(to);
    case PhysicalType::kInt32:
      return PrimitiveTo<int32_t>(to);
    case PhysicalType::kInt64:
      return PrimitiveTo<int64_t>(to);
    case PhysicalType::kFloat:
      return PrimitiveTo<float>(to);
    case PhysicalType::kDouble:
      return PrimitiveTo<double>(to);
    default:
      return nullptr;
  }
}

// Integer / boolean / floating -> DECIMAL(p, s); NULL when the value does not fit.
template <typename From>
ScalarKernel ToDecimal(int32_t precision, int32_t scale) {
  return [precision, scale](const KernelContext&, const std::vector<const Column*>& args,
                            const SelectionVector& rows, Column* out) -> Status {
    const From* in = args[0]->Data<From>();
    Int128* o = out->MutableData<Int128>();
    ForEachActive(rows, [&](size_t i) {
      Int128 r;
      bool ok;
      if constexpr (std::is_floating_point_v<From>) {
        // Java's BigDecimal.valueOf: the shortest decimal text of the value, then HALF_UP.
        ok = std::isfinite(static_cast<double>(in[i]));
        if (ok) {
          char text[400];
          auto [end, ec] = std::to_chars(text, text + sizeof(text), in[i], std::chars_format::fixed);
          Result<Value> parsed =
              ec == std::errc() ? ParseValue(std::string_view(text, static_cast<size_t>(end - text)),
                                             LogicalType::Decimal(precision, scale))
                                : Result<Value>(Status::UserError("overflow"));
          ok = parsed.ok();
          r = ok ? parsed->GetDecimal() : 0;
        }
      } else {
        ok = DecimalRescale(static_cast<Int128>(in[i]), 0, scale, &r);
      }
      if (ok && DecimalFits(r, precision)) {
        o[i] = r;
      } else {
        out->SetNull(i);
      }
    });
    return Status::OK();
  };
}

// DECIMAL -> integer (truncating towards zero, then wrapping as Java's BigDecimal.longValue),
// floating, or boolean.
template <typename To>
ScalarKernel FromDecimal(int32_t scale) {
  return UnaryKernel<Int128, To>([scale](Int128 v) -> To {
    if constexpr (std::is_floating_point_v<To>) {
      return static_cast<To>(static_cast<long double>(v) /
                             std::pow(10.0L, static_cast<long double>(scale)));
    } else if constexpr (std::is_same_v<To, uint8_t>) {
      return v != 0;
    } else {
      Int128 whole = scale > 0 ? v / DecimalPow10(scale) : v;
      return static_cast<To>(static_cast<int64_t>(static_cast<uint64_t>(whole)));
    }
  });
}

}  // namespace

ScalarKernel MakeNumericCast(const LogicalType& source, const LogicalType& target) {
  auto numeric_or_bool = [](const LogicalType& t) {
    return t.IsNumeric() || t.id() == TypeId::kBoolean;
  };
  if (!numeric_or_bool(source) || !numeric_or_bool(target)) return nullptr;
  PhysicalType from = PhysicalTypeOf(source.id());
  PhysicalType to = PhysicalTypeOf(target.id());
  if (target.id() == TypeId::kDecimal) {
    int32_t p = target.precision();
    int32_t s = target.scale();
    if (source.id() == TypeId::kDecimal) {
      int32_t from_scale = source.scale();
      return [p, s, from_scale](const KernelContext&, const std::vector<const Column*>& args,
                                const SelectionVector& rows, Column* out) -> Status {
        const Int128* in = args[0]->Data<Int128>();
        Int128* o = out->MutableData<Int128>();
        ForEachActive(rows, [&](size_t i) {
          Int128 r;
          if (DecimalRescale(in[i], from_scale, s, &r) && DecimalFits(r, p)) {
            o[i] = r;
          } else {
            out->SetNull(i);
          }
        });
        return Status::OK();
      };
    }
    switch (from) {
      case PhysicalType::kBool:
        return ToDecimal<uint8_t>(p, s);
      case PhysicalType::kInt8:
        return ToDecimal<int8_t>(p, s);
      case PhysicalType::kInt16:
        return ToDecimal<int16_t>(p, s);
      case PhysicalType::kInt32:
        return ToDecimal<int32_t>(p, s);
      case PhysicalType::kInt64:
        return ToDecimal<int64_t>(p, s);
      case PhysicalType::kFloat:
        return ToDecimal<float>(p, s);
      case PhysicalType::kDouble:
        return ToDecimal<double>(p, s);
      default:
        return nullptr;
    }
  }
  if (source.id() == TypeId::kDecimal) {
    int32_t s = source.scale();
    switch (to) {
      case PhysicalType::kBool:
        return FromDecimal<uint8_t>(s);
      case PhysicalType::kInt8:
        return FromDecimal<int8_t>(s);
      case PhysicalType::kInt16:
        return FromDecimal<int16_t>(s);
      case PhysicalType::kInt32:
        return FromDecimal<int32_t>(s);
      case PhysicalType::kInt64:
        return FromDecimal<int64_t>(s);
      case PhysicalType::kFloat:
        return FromDecimal<float>(s);
      case PhysicalType::kDouble:
        return FromDecimal<double>(s);
      default:
        return nullptr;
    }
  }
  return PrimitiveCast(from, to);
}

}  // namespace sluice
