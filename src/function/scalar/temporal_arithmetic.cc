// DATE / TIME / TIMESTAMP / TIMESTAMP_LTZ +/- INTERVAL, and arithmetic on intervals.
#include "function/scalar/arithmetic_internal.h"
#include "function/scalar/function_util.h"
#include "function/scalar/kernel_util.h"
#include "types/type_casts.h"
#include "types/value.h"

namespace sluice {

int64_t AddMonthsToDays(int64_t days, int64_t months) {
  int64_t y;
  unsigned m, d;
  CivilFromDays(days, &y, &m, &d);
  int64_t total = y * 12 + (m - 1) + months;
  int64_t ny = FloorDiv(total, 12);
  unsigned nm = static_cast<unsigned>(FloorMod(total, 12)) + 1;
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  unsigned last = kDays[nm - 1];
  if (nm == 2 && ((ny % 4 == 0 && ny % 100 != 0) || ny % 400 == 0)) last = 29;
  return DaysFromCivil(ny, nm, d > last ? last : d);
}

int64_t AddMonthsToMicros(int64_t micros, int64_t months) {
  int64_t days = FloorDiv(micros, kMicrosPerDay);
  int64_t rest = micros - days * kMicrosPerDay;
  return AddMonthsToDays(days, months) * kMicrosPerDay + rest;
}

namespace {

bool IsYearMonth(const LogicalType& t) { return t.id() == TypeId::kIntervalYearMonth; }
bool IsDayTime(const LogicalType& t) { return t.id() == TypeId::kIntervalDayTime; }

// temporal (+|-) interval; `temporal_first` says which argument is the temporal one.
ScalarKernel TemporalIntervalKernel(TypeId temporal, bool year_month, bool temporal_first,
                                    int sign) {
  size_t ti = temporal_first ? 0 : 1;
  size_t ii = temporal_first ? 1 : 0;
  return [=](const KernelContext&, const std::vector<const Column*>& args,
             const SelectionVector& rows, Column* out) -> Status {
    const Column* t = args[ti];
    const Column* iv = args[ii];
    switch (temporal) {
      case TypeId::kDate: {
        const int32_t* d = t->Data<int32_t>();
        int32_t* o = out->MutableData<int32_t>();
        if (year_month) {
          const int32_t* m = iv->Data<int32_t>();
          ForEachActive(rows, [&](size_t i) {
            o[i] = static_cast<int32_t>(AddMonthsToDays(d[i], sign * int64_t{m[i]}));
          });
        } else {
          const int64_t* ms = iv->Data<int64_t>();
          ForEachActive(rows, [&](size_t i) {
            o[i] = static_cast<int32_t>(d[i] + sign * FloorDiv(ms[i], kMillisPerDay));
          });
        }
        break;
      }
      case TypeId::kTime: {
        const int64_t* n = t->Data<int64_t>();
        int64_t* o = out->MutableData<int64_t>();
        if (year_month) {
          ForEachActive(rows, [&](size_t i) { o[i] = n[i]; });
        } else {
          const int64_t* ms = iv->Data<int64_t>();
          ForEachActive(rows, [&](size_t i) {
            o[i] = FloorMod(n[i] + sign * FloorMod(ms[i], kMillisPerDay) * 1000000, kNanosPerDay);
          });
        }
        break;
      }
      default: {  // TIMESTAMP, TIMESTAMP_LTZ
        const int64_t* us = t->Data<int64_t>();
        int64_t* o = out->MutableData<int64_t>();
        if (year_month) {
          const int32_t* m = iv->Data<int32_t>();
          ForEachActive(rows,
                        [&](size_t i) { o[i] = AddMonthsToMicros(us[i], sign * int64_t{m[i]}); });
        } else {
          const int64_t* ms = iv->Data<int64_t>();
          ForEachActive(rows, [&](size_t i) { o[i] = us[i] + sign * ms[i] * 1000; });
        }
        break;
      }
    }
    return Status::OK();
  };
}

template <typename T>
ScalarKernel IntervalKernel(ArithmeticOp op) {
  switch (op) {
    case ArithmeticOp::kAdd:
      return BinaryKernel<T, T, T>([](T a, T b) { return a + b; });
    case ArithmeticOp::kSubtract:
      return BinaryKernel<T, T, T>([](T a, T b) { return a - b; });
    default:
      return UnaryKernel<T, T>([](T a) { return -a; });
  }
}

// interval * integer (integer already cast to BIGINT); `interval_first` orders the arguments.
template <typename T>
ScalarKernel IntervalScaleKernel(bool interval_first) {
  return [interval_first](const KernelContext&, const std::vector<const Column*>& args,
                          const SelectionVector& rows, Column* out) -> Status {
    const T* iv = args[interval_first ? 0 : 1]->Data<T>();
    const int64_t* n = args[interval_first ? 1 : 0]->Data<int64_t>();
    T* o = out->MutableData<T>();
    ForEachActive(rows, [&](size_t i) { o[i] = static_cast<T>(iv[i] * n[i]); });
    return Status::OK();
  };
}

}  // namespace

Result<BoundScalarFunction> BindTemporalArithmetic(ArithmeticOp op, const FunctionDescription& d,
                                                   const std::vector<LogicalType>& types) {
  if (op == ArithmeticOp::kNegate) {
    const LogicalType& t = types[0];
    ScalarKernel k = IsYearMonth(t) ? IntervalKernel<int32_t>(op) : IntervalKernel<int64_t>(op);
    return MakeBound(d, {t.WithNullable(true)}, t, k);
  }
  const LogicalType& a = types[0];
  const LogicalType& b = types[1];
  const bool nullable = AnyNullable(types);
  auto temporal = [](const LogicalType& t) {
    return t.id() == TypeId::kDate || t.id() == TypeId::kTime || t.id() == TypeId::kTimestamp ||
           t.id() == TypeId::kTimestampLtz;
  };
  if ((op == ArithmeticOp::kAdd || op == ArithmeticOp::kSubtract) && temporal(a) &&
      b.IsInterval()) {
    return MakeBound(d, {a.WithNullable(true), b.WithNullable(true)}, a.WithNullable(nullable),
                     TemporalIntervalKernel(a.id(), IsYearMonth(b), true,
                                            op == ArithmeticOp::kAdd ? 1 : -1));
  }
  if (op == ArithmeticOp::kAdd && a.IsInterval() && temporal(b)) {
    return MakeBound(d, {a.WithNullable(true), b.WithNullable(true)}, b.WithNullable(nullable),
                     TemporalIntervalKernel(b.id(), IsYearMonth(a), false, 1));
  }
  if ((op == ArithmeticOp::kAdd || op == ArithmeticOp::kSubtract) && a.IsInterval() &&
      b.IsInterval() && a.id() == b.id()) {
    Result<LogicalType> common = CommonType(a.WithNullable(true), b.WithNullable(true));
    LogicalType result = common.ok() ? *common : a.WithNullable(true);
    ScalarKernel k = IsYearMonth(a) ? IntervalKernel<int32_t>(op) : IntervalKernel<int64_t>(op);
    return MakeBound(d, {result, result}, result.WithNullable(nullable), k);
  }
  if (op == ArithmeticOp::kMultiply && (a.IsInterval() != b.IsInterval())) {
    bool interval_first = a.IsInterval();
    const LogicalType& iv = interval_first ? a : b;
    const LogicalType& n = interval_first ? b : a;
    if (!n.IsIntegral()) return InvalidCall(d, types);
    std::vector<LogicalType> params = interval_first
                                          ? std::vector<LogicalType>{iv.WithNullable(true),
                                                                     LogicalType::BigInt()}
                                          : std::vector<LogicalType>{LogicalType::BigInt(),
                                                                     iv.WithNullable(true)};
    ScalarKernel k = IsYearMonth(iv) ? IntervalScaleKernel<int32_t>(interval_first)
                                     : IntervalScaleKernel<int64_t>(interval_first);
    return MakeBound(d, params, iv.WithNullable(nullable), k);
  }
  (void)IsDayTime;
  return InvalidCall(d, types);
}

}  // namespace sluice
