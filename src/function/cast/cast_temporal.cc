// Casts between DATE, TIME, TIMESTAMP and TIMESTAMP_LTZ (LTZ shifts by the session time
// zone), numeric <-> TIMESTAMP[_LTZ] (epoch seconds), exact numeric <-> single-field interval.
#include <cmath>

#include "function/cast/cast_internal.h"
#include "function/scalar/arithmetic_internal.h"
#include "function/scalar/kernel_util.h"

namespace sluice {
namespace {

int64_t TruncateMicros(int64_t micros, int32_t precision) {
  if (precision >= 6) return micros;
  static const int64_t kUnits[] = {1000000, 100000, 10000, 1000, 100, 10};
  int64_t unit = kUnits[precision < 0 ? 0 : precision];
  return FloorDiv(micros, unit) * unit;
}

int64_t TruncateNanos(int64_t nanos, int32_t precision) {
  if (precision >= 9) return nanos;
  int64_t unit = 1;
  for (int k = precision; k < 9; ++k) unit *= 10;
  return FloorDiv(nanos, unit) * unit;
}

// Units of a single-field interval, in its storage unit (months or milliseconds).
int64_t IntervalUnit(const LogicalType& t) {
  switch (t.interval_resolution()) {
    case IntervalResolution::kYear:
      return 12;
    case IntervalResolution::kMonth:
      return 1;
    case IntervalResolution::kDay:
      return kMillisPerDay;
    case IntervalResolution::kHour:
      return 3600000;
    case IntervalResolution::kMinute:
      return 60000;
    case IntervalResolution::kSecond:
      return 1000;
    default:
      return 0;
  }
}

// A kernel reading the source as int64 (any int64-backed type or widened int32) and writing
// fn(value, offset_micros) into an int64 or int32 target.
template <typename In, typename Out, typename Fn>
ScalarKernel ShiftKernel(bool uses_zone, Fn fn) {
  return [uses_zone, fn](const KernelContext& context, const std::vector<const Column*>& args,
                         const SelectionVector& rows, Column* out) -> Status {
    const int64_t offset =
        uses_zone ? ZoneOffsetSeconds(context.session_time_zone) * 1000000 : 0;
    const In* in = args[0]->Data<In>();
    Out* o = out->MutableData<Out>();
    ForEachActive(rows, [&](size_t i) { o[i] = static_cast<Out>(fn(int64_t{in[i]}, offset)); });
    return Status::OK();
  };
}

bool IsTs(TypeId id) { return id == TypeId::kTimestamp || id == TypeId::kTimestampLtz; }

}  // namespace

ScalarKernel MakeTemporalCast(const LogicalType& source, const LogicalType& target) {
  const TypeId s = source.id();
  const TypeId t = target.id();
  const int32_t tp = target.precision();
  const bool s_ltz = s == TypeId::kTimestampLtz;
  const bool t_ltz = t == TypeId::kTimestampLtz;
  if (s == TypeId::kDate && IsTs(t)) {
    return ShiftKernel<int32_t, int64_t>(t_ltz, [t_ltz](int64_t d, int64_t off) {
      return d * kMicrosPerDay - (t_ltz ? off : 0);
    });
  }
  if (IsTs(s) && t == TypeId::kDate) {
    return ShiftKernel<int64_t, int32_t>(s_ltz, [s_ltz](int64_t us, int64_t off) {
      return FloorDiv(us + (s_ltz ? off : 0), kMicrosPerDay);
    });
  }
  if (IsTs(s) && t == TypeId::kTime) {
    return ShiftKernel<int64_t, int64_t>(s_ltz, [s_ltz, tp](int64_t us, int64_t off) {
      return TruncateNanos(FloorMod(us + (s_ltz ? off : 0), kMicrosPerDay) * 1000, tp);
    });
  }
  if (s == TypeId::kTime && IsTs(t)) {
    return ShiftKernel<int64_t, int64_t>(t_ltz, [t_ltz, tp](int64_t ns, int64_t off) {
      return TruncateMicros(ns / 1000, tp) - (t_ltz ? off : 0);
    });
  }
  if (IsTs(s) && IsTs(t)) {
    int64_t sign = s_ltz == t_ltz ? 0 : (s_ltz ? 1 : -1);
    return ShiftKernel<int64_t, int64_t>(sign != 0, [sign, tp](int64_t us, int64_t off) {
      return TruncateMicros(us + sign * off, tp);
    });
  }
  if (s == TypeId::kTime && t == TypeId::kTime) {
    return ShiftKernel<int64_t, int64_t>(false,
                                         [tp](int64_t ns, int64_t) { return TruncateNanos(ns, tp); });
  }
  if (s == TypeId::kDate && t == TypeId::kDate) {
    return ShiftKernel<int32_t, int32_t>(false, [](int64_t d, int64_t) { return d; });
  }
  // numeric -> TIMESTAMP[_LTZ]: epoch seconds.
  if (source.IsNumeric() && IsTs(t)) {
    return RowKernel([source, tp](const KernelContext&, const std::vector<const Column*>& args,
                                  size_t i, Column* out) {
      Value v = args[0]->GetValue(i);
      double seconds = v.ToDouble();
      int64_t micros;
      if (source.IsIntegral()) {
        micros = v.GetInt64() * 1000000;
      } else {
        micros = static_cast<int64_t>(std::floor(seconds * 1e6));
      }
      out->Set<int64_t>(i, TruncateMicros(micros, tp));
      return Status::OK();
    });
  }
  // TIMESTAMP[_LTZ] -> numeric: epoch seconds.
  if (IsTs(s) && target.IsNumeric()) {
    return RowKernel([target](const KernelContext&, const std::vector<const Column*>& args,
                              size_t i, Column* out) {
      int64_t us = args[0]->Get<int64_t>(i);
      if (target.IsApproximateNumeric()) {
        return out->SetValue(i, Value::Double(static_cast<double>(us) / 1e6));
      }
      int64_t secs = FloorDiv(us, 1000000);
      if (target.id() == TypeId::kDecimal) {
        Int128 unscaled = secs;
        for (int k = 0; k < target.scale(); ++k) unscaled *= 10;
        return out->SetValue(i, Value::Decimal(unscaled, target.precision(), target.scale()));
      }
      return out->SetValue(i, Value::BigInt(secs));
    });
  }
  // exact numeric <-> single-field interval.
  if (source.IsIntegral() && target.IsInterval()) {
    int64_t unit = IntervalUnit(target);
    if (unit == 0) return nullptr;
    return RowKernel([unit](const KernelContext&, const std::vector<const Column*>& args,
                            size_t i, Column* out) {
      int64_t v = args[0]->GetValue(i).GetInt64() * unit;
      if (out->physical_type() == PhysicalType::kInt32) {
        out->Set<int32_t>(i, static_cast<int32_t>(v));
      } else {
        out->Set<int64_t>(i, v);
      }
      return Status::OK();
    });
  }
  if (source.IsInterval() && target.IsIntegral()) {
    int64_t unit = IntervalUnit(source);
    if (unit == 0) return nullptr;
    return RowKernel([unit](const KernelContext&, const std::vector<const Column*>& args,
                            size_t i, Column* out) {
      const Column* c = args[0];
      int64_t v = c->physical_type() == PhysicalType::kInt32 ? c->Get<int32_t>(i)
                                                             : c->Get<int64_t>(i);
      return out->SetValue(i, Value::BigInt(v / unit));
    });
  }
  if (source.IsInterval() && target.IsInterval() && s == t) {
    if (s == TypeId::kIntervalYearMonth) {
      return ShiftKernel<int32_t, int32_t>(false, [](int64_t v, int64_t) { return v; });
    }
    return ShiftKernel<int64_t, int64_t>(false, [](int64_t v, int64_t) { return v; });
  }
  return nullptr;
}

}  // namespace sluice
