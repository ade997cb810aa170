// EXTRACT(unit FROM x) and the field shortcuts (YEAR, QUARTER, MONTH, WEEK, DAYOFYEAR,
// DAYOFMONTH, DAYOFWEEK, HOUR, MINUTE, SECOND), TIMESTAMPADD, TIMESTAMPDIFF and FLOOR/CEIL
// (x TO unit). TIMESTAMP_LTZ values are read in the session time zone.
#include "function/scalar/arithmetic_internal.h"
#include "function/scalar/kernel_util.h"
#include "function/scalar/time_internal.h"

namespace sluice {
namespace {

bool IsDateTime(const LogicalType& t) {
  return t.id() == TypeId::kDate || t.id() == TypeId::kTime || t.id() == TypeId::kTimestamp ||
         t.id() == TypeId::kTimestampLtz;
}

int64_t ExtractField(TimeUnitKind unit, int64_t local_micros, int64_t utc_micros) {
  CivilTime c = ToCivil(local_micros);
  switch (unit) {
    case TimeUnitKind::kMillennium:
      return c.year > 0 ? (c.year + 999) / 1000 : FloorDiv(c.year - 1, 1000);
    case TimeUnitKind::kCentury:
      return c.year > 0 ? (c.year + 99) / 100 : FloorDiv(c.year - 1, 100);
    case TimeUnitKind::kDecade:
      return FloorDiv(c.year, 10);
    case TimeUnitKind::kYear:
      return c.year;
    case TimeUnitKind::kIsoYear: {
      int64_t y;
      IsoWeek(c.days, &y);
      return y;
    }
    case TimeUnitKind::kQuarter:
      return (c.month - 1) / 3 + 1;
    case TimeUnitKind::kMonth:
      return c.month;
    case TimeUnitKind::kWeek:
      return IsoWeek(c.days);
    case TimeUnitKind::kDay:
      return c.day;
    case TimeUnitKind::kHour:
      return c.hour;
    case TimeUnitKind::kMinute:
      return c.minute;
    case TimeUnitKind::kSecond:
      return c.second;
    case TimeUnitKind::kMillisecond:
      return c.second * 1000 + c.micros / 1000;
    case TimeUnitKind::kMicrosecond:
      return c.second * 1000000 + c.micros;
    case TimeUnitKind::kNanosecond:
      return (c.second * 1000000 + c.micros) * 1000;
    case TimeUnitKind::kDow:
      return IsoDayOfWeek(c.days) % 7 + 1;  // Sunday = 1
    case TimeUnitKind::kIsoDow:
      return IsoDayOfWeek(c.days);
    case TimeUnitKind::kDoy:
      return DayOfYear(c);
    case TimeUnitKind::kEpoch:
      return FloorDiv(utc_micros, 1000000);
  }
  return 0;
}

int64_t ExtractInterval(TimeUnitKind unit, bool year_month, int64_t v) {
  if (year_month) {
    switch (unit) {
      case TimeUnitKind::kYear:
        return v / 12;
      case TimeUnitKind::kMonth:
        return v % 12;
      case TimeUnitKind::kQuarter:
        return (v % 12) / 3 + 1;
      default:
        return 0;
    }
  }
  switch (unit) {
    case TimeUnitKind::kDay:
      return v / kMillisPerDay;
    case TimeUnitKind::kHour:
      return (v / 3600000) % 24;
    case TimeUnitKind::kMinute:
      return (v / 60000) % 60;
    case TimeUnitKind::kSecond:
      return (v / 1000) % 60;
    case TimeUnitKind::kMillisecond:
      return v % 60000;
    case TimeUnitKind::kEpoch:
      return v / 1000;
    default:
      return 0;
  }
}

Result<BoundScalarFunction> BindExtractWith(const FunctionDescription& d, TimeUnitKind unit,
                                            const LogicalType& input,
                                            const std::vector<LogicalType>& all_types,
                                            bool unit_argument) {
  if (!IsDateTime(input) && !input.IsInterval() && !IsNullType(input)) {
    return InvalidCall(d, all_types);
  }
  LogicalType param = IsNullType(input) ? LogicalType::Timestamp(6) : input.WithNullable(true);
  const size_t arg = unit_argument ? 1 : 0;
  ScalarKernel kernel = [unit, arg](const KernelContext& context,
                                    const std::vector<const Column*>& args,
                                    const SelectionVector& rows, Column* out) -> Status {
    const Column& in = *args[arg];
    const int64_t offset = SessionOffsetMicros(context);
    int64_t* o = out->MutableData<int64_t>();
    const TypeId id = in.type().id();
    if (id == TypeId::kIntervalYearMonth || id == TypeId::kIntervalDayTime) {
      bool ym = id == TypeId::kIntervalYearMonth;
      ForEachActive(rows, [&](size_t i) {
        int64_t v = ym ? in.Get<int32_t>(i) : in.Get<int64_t>(i);
        o[i] = ExtractInterval(unit, ym, v);
      });
      return Status::OK();
    }
    ForEachActive(rows, [&](size_t i) {
      int64_t local = LocalMicrosOf(in, i, offset);
      int64_t utc = id == TypeId::kTimestampLtz ? local - offset : local;
      o[i] = ExtractField(unit, local, utc);
    });
    return Status::OK();
  };
  std::vector<LogicalType> params;
  if (unit_argument) params.push_back(LogicalType::String());
  params.push_back(param);
  return MakeBound(d, params, LogicalType::BigInt().WithNullable(input.nullable()), kernel);
}

Result<BoundScalarFunction> BindExtract(const FunctionDescription& d,
                                        const std::vector<LogicalType>& types,
                                        const std::vector<const Value*>& constants) {
  if (types.size() != 2) return InvalidCall(d, types);
  SLUICE_ASSIGN_OR_RETURN(TimeUnitKind unit, ConstantUnit(d, constants, 0));
  return BindExtractWith(d, unit, types[1], types, true);
}

ScalarBindFn FieldBinder(TimeUnitKind unit) {
  return [unit](const FunctionDescription& d, const std::vector<LogicalType>& types,
                const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    if (types.size() != 1) return InvalidCall(d, types);
    return BindExtractWith(d, unit, types[0], types, false);
  };
}

// Months and microseconds of one unit step.
bool UnitStep(TimeUnitKind unit, int64_t* months, int64_t* micros) {
  *months = 0;
  *micros = 0;
  switch (unit) {
    case TimeUnitKind::kYear:
      *months = 12;
      return true;
    case TimeUnitKind::kQuarter:
      *months = 3;
      return true;
    case TimeUnitKind::kMonth:
      *months = 1;
      return true;
    case TimeUnitKind::kWeek:
      *micros = 7 * kMicrosPerDay;
      return true;
    case TimeUnitKind::kDay:
      *micros = kMicrosPerDay;
      return true;
    case TimeUnitKind::kHour:
      *micros = 3600LL * 1000000;
      return true;
    case TimeUnitKind::kMinute:
      *micros = 60LL * 1000000;
      return true;
    case TimeUnitKind::kSecond:
      *micros = 1000000;
      return true;
    case TimeUnitKind::kMillisecond:
      *micros = 1000;
      return true;
    case TimeUnitKind::kMicrosecond:
      *micros = 1;
      return true;
    default:
      return false;
  }
}

// Writes local microseconds back into a column of `type` at row i.
void StoreLocal(Column* out, size_t i, int64_t local, int64_t offset) {
  switch (out->type().id()) {
    case TypeId::kDate:
      out->Set<int32_t>(i, static_cast<int32_t>(FloorDiv(local, kMicrosPerDay)));
      break;
    case TypeId::kTime:
      out->Set<int64_t>(i, FloorMod(local, kMicrosPerDay) * 1000);
      break;
    case TypeId::kTimestampLtz:
      out->Set<int64_t>(i, local - offset);
      break;
    default:
      out->Set<int64_t>(i, local);
      break;
  }
}

Result<BoundScalarFunction> BindTimestampAdd(const FunctionDescription& d,
                                             const std::vector<LogicalType>& types,
                                             const std::vector<const Value*>& constants) {
  if (types.size() != 3 || !IsIntegralLike(types[1]) ||
      !(IsDateTime(types[2]) || IsNullType(types[2]))) {
    return InvalidCall(d, types);
  }
  SLUICE_ASSIGN_OR_RETURN(TimeUnitKind unit, ConstantUnit(d, constants, 0));
  int64_t step_months, step_micros;
  if (!UnitStep(unit, &step_months, &step_micros)) return InvalidCall(d, types);
  LogicalType t = IsNullType(types[2]) ? LogicalType::Timestamp(6) : types[2].WithNullable(true);
  LogicalType result = t;
  if (t.id() == TypeId::kDate && step_micros != 0 && step_micros % kMicrosPerDay != 0) {
    result = LogicalType::Timestamp(3);
  }
  ScalarKernel kernel = RowKernel([step_months, step_micros](
                                      const KernelContext& context,
                                      const std::vector<const Column*>& args, size_t i,
                                      Column* out) {
    const int64_t offset = SessionOffsetMicros(context);
    int64_t n = args[1]->Get<int64_t>(i);
    int64_t local = LocalMicrosOf(*args[2], i, offset);
    if (step_months != 0) {
      local = AddMonthsToMicros(local, n * step_months);
    } else {
      local += n * step_micros;
    }
    StoreLocal(out, i, local, offset);
    return Status::OK();
  });
  return MakeBound(d, {LogicalType::String(), LogicalType::BigInt(), t},
                   result.WithNullable(types[1].nullable() || types[2].nullable()), kernel);
}

Result<BoundScalarFunction> BindTimestampDiff(const FunctionDescription& d,
                                              const std::vector<LogicalType>& types,
                                              const std::vector<const Value*>& constants) {
  if (types.size() != 3) return InvalidCall(d, types);
  for (size_t k = 1; k < 3; ++k) {
    if (!(IsDateTime(types[k]) || IsNullType(types[k]))) return InvalidCall(d, types);
  }
  SLUICE_ASSIGN_OR_RETURN(TimeUnitKind unit, ConstantUnit(d, constants, 0));
  int64_t step_months, step_micros;
  if (!UnitStep(unit, &step_months, &step_micros)) return InvalidCall(d, types);
  ScalarKernel kernel = RowKernel([step_months, step_micros](
                                      const KernelContext& context,
                                      const std::vector<const Column*>& args, size_t i,
                                      Column* out) {
    const int64_t offset = SessionOffsetMicros(context);
    // Both sides in UTC-comparable micros (LTZ values are already instants).
    auto instant = [&](const Column& c) {
      int64_t local = LocalMicrosOf(c, i, offset);
      return c.type().id() == TypeId::kTimestampLtz ? local - offset : local;
    };
    int64_t a = instant(*args[1]);
    int64_t b = instant(*args[2]);
    int64_t diff;
    if (step_months != 0) {
      CivilTime ca = ToCivil(a);
      CivilTime cb = ToCivil(b);
      int64_t months = (cb.year * 12 + cb.month) - (ca.year * 12 + ca.month);
      int64_t rest_a = a - AddMonthsToMicros(FromCivil(ca.year, ca.month, 1, 0, 0, 0, 0), 0);
      int64_t rest_b = b - FromCivil(cb.year, cb.month, 1, 0, 0, 0, 0);
      if (months > 0 && rest_b < rest_a) --months;
      if (months < 0 && rest_b > rest_a) ++months;
      diff = months / step_months;
    } else {
      diff = (b - a) / step_micros;
    }
    out->Set<int32_t>(i, static_cast<int32_t>(diff));
    return Status::OK();
  });
  auto param = [](const LogicalType& t) {
    return IsNullType(t) ? LogicalType::Timestamp(6) : t.WithNullable(true);
  };
  return MakeBound(d, {LogicalType::String(), param(types[1]), param(types[2])},
                   LogicalType::Int().WithNullable(types[1].nullable() || types[2].nullable()),
                   kernel);
}

int64_t FloorLocal(int64_t local, TimeUnitKind unit) {
  CivilTime c = ToCivil(local);
  switch (unit) {
    case TimeUnitKind::kMillennium:
      return FromCivil(FloorDiv(c.year - 1, 1000) * 1000 + 1, 1, 1, 0, 0, 0, 0);
    case TimeUnitKind::kCentury:
      return FromCivil(FloorDiv(c.year - 1, 100) * 100 + 1, 1, 1, 0, 0, 0, 0);
    case TimeUnitKind::kDecade:
      return FromCivil(FloorDiv(c.year, 10) * 10, 1, 1, 0, 0, 0, 0);
    case TimeUnitKind::kYear:
      return FromCivil(c.year, 1, 1, 0, 0, 0, 0);
    case TimeUnitKind::kQuarter:
      return FromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1, 0, 0, 0, 0);
    case TimeUnitKind::kMonth:
      return FromCivil(c.year, c.month, 1, 0, 0, 0, 0);
    case TimeUnitKind::kWeek:  // weeks start on Sunday, as Calcite
      return (c.days - (IsoDayOfWeek(c.days) % 7)) * kMicrosPerDay;
    case TimeUnitKind::kDay:
      return c.days * kMicrosPerDay;
    case TimeUnitKind::kHour:
      return FloorDiv(local, 3600LL * 1000000) * 3600LL * 1000000;
    case TimeUnitKind::kMinute:
      return FloorDiv(local, 60LL * 1000000) * 60LL * 1000000;
    case TimeUnitKind::kSecond:
      return FloorDiv(local, 1000000) * 1000000;
    case TimeUnitKind::kMillisecond:
      return FloorDiv(local, 1000) * 1000;
    default:
      return local;
  }
}

int64_t CeilLocal(int64_t local, TimeUnitKind unit) {
  int64_t floor = FloorLocal(local, unit);
  if (floor == local) return local;
  switch (unit) {
    case TimeUnitKind::kMillennium:
      return AddMonthsToMicros(floor, 12000);
    case TimeUnitKind::kCentury:
      return AddMonthsToMicros(floor, 1200);
    case TimeUnitKind::kDecade:
      return AddMonthsToMicros(floor, 120);
    case TimeUnitKind::kYear:
      return AddMonthsToMicros(floor, 12);
    case TimeUnitKind::kQuarter:
      return AddMonthsToMicros(floor, 3);
    case TimeUnitKind::kMonth:
      return AddMonthsToMicros(floor, 1);
    default: {
      int64_t months, micros;
      UnitStep(unit, &months, &micros);
      return floor + micros;
    }
  }
}

}  // namespace

Result<BoundScalarFunction> BindTemporalFloorCeil(bool ceil, const FunctionDescription& d,
                                                  const std::vector<LogicalType>& types,
                                                  const std::vector<const Value*>& constants) {
  if (types.size() != 2 || !(IsDateTime(types[0]) || IsNullType(types[0]))) {
    return InvalidCall(d, types);
  }
  SLUICE_ASSIGN_OR_RETURN(TimeUnitKind unit, ConstantUnit(d, constants, 1));
  LogicalType t = IsNullType(types[0]) ? LogicalType::Timestamp(6) : types[0].WithNullable(true);
  ScalarKernel kernel = RowKernel([ceil, unit](const KernelContext& context,
                                               const std::vector<const Column*>& args, size_t i,
                                               Column* out) {
    const int64_t offset = SessionOffsetMicros(context);
    int64_t local = LocalMicrosOf(*args[0], i, offset);
    StoreLocal(out, i, ceil ? CeilLocal(local, unit) : FloorLocal(local, unit), offset);
    return Status::OK();
  });
  return MakeBound(d, {t, LogicalType::String()}, t.WithNullable(types[0].nullable()), kernel);
}

void RegisterExtractFunctions(FunctionRegistry& registry) {
  RegisterSimple(registry, "EXTRACT", "EXTRACT(unit FROM temporal)",
                 "Returns a field (YEAR, MONTH, DAY, HOUR, DOW, EPOCH, ...) of a date, time, "
                 "timestamp or interval as BIGINT.",
                 BindExtract);
  struct Field {
    const char* name;
    TimeUnitKind unit;
    const char* text;
  };
  static const Field kFields[] = {
      {"YEAR", TimeUnitKind::kYear, "Returns the year of a date or timestamp."},
      {"QUARTER", TimeUnitKind::kQuarter, "Returns the quarter (1 to 4) of a date or timestamp."},
      {"MONTH", TimeUnitKind::kMonth, "Returns the month (1 to 12) of a date or timestamp."},
      {"WEEK", TimeUnitKind::kWeek, "Returns the ISO-8601 week (1 to 53) of a date or timestamp."},
      {"DAYOFYEAR", TimeUnitKind::kDoy, "Returns the day of the year (1 to 366)."},
      {"DAYOFMONTH", TimeUnitKind::kDay, "Returns the day of the month (1 to 31)."},
      {"DAYOFWEEK", TimeUnitKind::kDow, "Returns the day of the week (1 = Sunday to 7)."},
      {"HOUR", TimeUnitKind::kHour, "Returns the hour of the day (0 to 23)."},
      {"MINUTE", TimeUnitKind::kMinute, "Returns the minute of the hour (0 to 59)."},
      {"SECOND", TimeUnitKind::kSecond, "Returns the second of the minute (0 to 59)."},
  };
  for (const Field& f : kFields) {
    RegisterSimple(registry, f.name, std::string(f.name) + "(temporal)", f.text,
                   FieldBinder(f.unit));
  }
  RegisterSimple(registry, "TIMESTAMPADD", "TIMESTAMPADD(unit, INT, temporal)",
                 "Returns the date or timestamp moved by a number of units.", BindTimestampAdd);
  RegisterSimple(registry, "TIMESTAMPDIFF", "TIMESTAMPDIFF(unit, temporal1, temporal2)",
                 "Returns the number of whole units from temporal1 to temporal2.",
                 BindTimestampDiff);
}

}  // namespace sluice
