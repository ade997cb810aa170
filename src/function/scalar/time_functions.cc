// CURRENT_TIMESTAMP, NOW, CURRENT_DATE, CURRENT_TIME, LOCALTIMESTAMP, LOCALTIME,
// CURRENT_ROW_TIMESTAMP, DATE_FORMAT, TO_TIMESTAMP, TO_DATE, UNIX_TIMESTAMP, FROM_UNIXTIME.
// EXTRACT and friends are in time_extract.cc.
#include <chrono>

#include "function/scalar/arithmetic_internal.h"
#include "function/scalar/kernel_util.h"
#include "function/scalar/time_internal.h"

namespace sluice {

void RegisterExtractFunctions(FunctionRegistry& registry);

namespace {

enum class Now { kTimestampLtz, kLocalTimestamp, kDate, kTime, kRowTimestamp };

// The statement's start time (the same for every row, as Flink batch mode), or the wall clock
// for CURRENT_ROW_TIMESTAMP.
ScalarBindFn NowBinder(Now which) {
  return [which](const FunctionDescription& d, const std::vector<LogicalType>& types,
                 const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    if (!types.empty()) return InvalidCall(d, types);
    ScalarKernel kernel = [which](const KernelContext& context, const std::vector<const Column*>&,
                                  const SelectionVector& rows, Column* out) -> Status {
      int64_t utc = context.statement_start_micros;
      if (which == Now::kRowTimestamp) {
        utc = std::chrono::duration_cast<std::chrono::microseconds>(
                  std::chrono::system_clock::now().time_since_epoch())
                  .count();
      }
      int64_t local = utc + SessionOffsetMicros(context);
      switch (which) {
        case Now::kTimestampLtz:
        case Now::kRowTimestamp: {
          int64_t v = FloorDiv(utc, 1000) * 1000;
          ForEachActive(rows, [&](size_t i) { out->Set<int64_t>(i, v); });
          break;
        }
        case Now::kLocalTimestamp: {
          int64_t v = FloorDiv(local, 1000) * 1000;
          ForEachActive(rows, [&](size_t i) { out->Set<int64_t>(i, v); });
          break;
        }
        case Now::kDate: {
          auto v = static_cast<int32_t>(FloorDiv(local, kMicrosPerDay));
          ForEachActive(rows, [&](size_t i) { out->Set<int32_t>(i, v); });
          break;
        }
        case Now::kTime: {
          int64_t v = FloorDiv(FloorMod(local, kMicrosPerDay), 1000000) * 1000000000;
          ForEachActive(rows, [&](size_t i) { out->Set<int64_t>(i, v); });
          break;
        }
      }
      return Status::OK();
    };
    LogicalType result = LogicalType::TimestampLtz(3);
    if (which == Now::kLocalTimestamp) result = LogicalType::Timestamp(3);
    if (which == Now::kDate) result = LogicalType::Date();
    if (which == Now::kTime) result = LogicalType::Time(0);
    return MakeBound(d, {}, result.NotNull(), kernel, true, /*deterministic=*/false);
  };
}

// A format argument: compiled once when constant, else per distinct value.
struct FormatSource {
  std::shared_ptr<const JavaDateFormat> constant;
  struct Cache {
    std::string text;
    std::optional<JavaDateFormat> format;
    bool valid = false;
    const JavaDateFormat* Get(std::string_view pattern) {
      if (!valid || text != pattern) {
        text.assign(pattern);
        Result<JavaDateFormat> f = JavaDateFormat::Compile(pattern);
        format = f.ok() ? std::optional<JavaDateFormat>(f.MoveValue()) : std::nullopt;
        valid = true;
      }
      return format ? &*format : nullptr;
    }
  };
};

// The compiled format when it is known at bind time: the constant second argument, or the
// default when there is none; null when the format is computed per row.
Result<std::shared_ptr<const JavaDateFormat>> ConstantFormat(
    bool has_format, const std::vector<const Value*>& constants, const char* fallback) {
  std::string pattern = fallback;
  if (has_format && !ConstantString(constants, 1, &pattern)) {
    return std::shared_ptr<const JavaDateFormat>();
  }
  SLUICE_ASSIGN_OR_RETURN(JavaDateFormat f, JavaDateFormat::Compile(pattern));
  return std::make_shared<const JavaDateFormat>(std::move(f));
}

enum class Conversion {
  kDateFormat,     // (temporal | string [, fmt]) -> STRING
  kToTimestamp,    // (string [, fmt]) -> TIMESTAMP(3)
  kToDate,         // (string [, fmt]) -> DATE
  kUnixTimestamp,  // (string [, fmt]) -> BIGINT
  kFromUnixtime,   // (numeric [, fmt]) -> STRING
};

ScalarBindFn ConversionBinder(Conversion conversion) {
  return [conversion](const FunctionDescription& d, const std::vector<LogicalType>& types,
                      const std::vector<const Value*>& constants) -> Result<BoundScalarFunction> {
    const bool format_required = conversion == Conversion::kDateFormat;
    if (types.empty() || types.size() > 2 || (format_required && types.size() != 2)) {
      return InvalidCall(d, types);
    }
    if (types.size() == 2 && !IsStringLike(types[1])) return InvalidCall(d, types);
    const LogicalType& input = types[0];
    LogicalType param = LogicalType::String();
    switch (conversion) {
      case Conversion::kDateFormat:
        if (input.IsTemporal()) {
          param = input.WithNullable(true);
        } else if (!IsStringLike(input)) {
          return InvalidCall(d, types);
        }
        break;
      case Conversion::kFromUnixtime:
        if (!IsNumericLike(input)) return InvalidCall(d, types);
        param = LogicalType::BigInt();
        break;
      default:
        if (!IsStringLike(input)) return InvalidCall(d, types);
        break;
    }
    const char* fallback = conversion == Conversion::kToDate ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss";
    const bool has_format = types.size() == 2;
    SLUICE_ASSIGN_OR_RETURN(std::shared_ptr<const JavaDateFormat> constant,
                            ConstantFormat(has_format, constants, fallback));
    // Without a format, TO_TIMESTAMP / UNIX_TIMESTAMP / TO_DATE also take the ISO forms.
    const bool lenient_default = !has_format;
    ScalarKernel kernel = [conversion, constant, lenient_default](
                              const KernelContext& context, const std::vector<const Column*>& args,
                              const SelectionVector& rows, Column* out) -> Status {
      FormatSource::Cache cache;
      const int64_t offset = SessionOffsetMicros(context);
      ForEachActive(rows, [&](size_t i) {
        const JavaDateFormat* format =
            constant ? constant.get() : cache.Get(args[1]->GetString(i));
        if (format == nullptr) {
          out->SetNull(i);
          return;
        }
        const Column& in = *args[0];
        if (conversion == Conversion::kFromUnixtime) {
          out->SetString(i, format->Format(in.Get<int64_t>(i) * 1000000 + offset));
          return;
        }
        if (conversion == Conversion::kDateFormat && in.type().IsTemporal()) {
          out->SetString(i, format->Format(LocalMicrosOf(in, i, offset)));
          return;
        }
        std::string_view text = in.GetString(i);
        std::optional<int64_t> local = format->Parse(text);
        if (!local && (lenient_default || conversion == Conversion::kDateFormat)) {
          Result<Value> parsed = ParseValue(text, LogicalType::Timestamp(6));
          if (parsed.ok()) local = parsed->GetInt64();
        }
        if (!local) {
          out->SetNull(i);
          return;
        }
        switch (conversion) {
          case Conversion::kDateFormat:
            out->SetString(i, format->Format(*local));
            break;
          case Conversion::kToTimestamp:
            out->Set<int64_t>(i, FloorDiv(*local, 1000) * 1000);
            break;
          case Conversion::kToDate:
            out->Set<int32_t>(i, static_cast<int32_t>(FloorDiv(*local, kMicrosPerDay)));
            break;
          case Conversion::kUnixTimestamp:
            out->Set<int64_t>(i, FloorDiv(*local - offset, 1000000));
            break;
          default:
            break;
        }
      });
      return Status::OK();
    };
    LogicalType result = LogicalType::String();
    if (conversion == Conversion::kToTimestamp) result = LogicalType::Timestamp(3);
    if (conversion == Conversion::kToDate) result = LogicalType::Date();
    if (conversion == Conversion::kUnixTimestamp) result = LogicalType::BigInt();
    std::vector<LogicalType> params{param};
    if (has_format) params.push_back(LogicalType::String());
    // Unparseable input gives NULL, so parsing conversions are always nullable.
    bool nullable = AnyNullable(types) || conversion != Conversion::kFromUnixtime;
    return MakeBound(d, params, result.WithNullable(nullable), kernel);
  };
}

// UNIX_TIMESTAMP() is the statement's start in epoch seconds; with arguments it parses.
Result<BoundScalarFunction> BindUnixTimestamp(const FunctionDescription& d,
                                              const std::vector<LogicalType>& types,
                                              const std::vector<const Value*>& constants) {
  if (!types.empty()) return ConversionBinder(Conversion::kUnixTimestamp)(d, types, constants);
  ScalarKernel kernel = [](const KernelContext& context, const std::vector<const Column*>&,
                           const SelectionVector& rows, Column* out) -> Status {
    int64_t v = FloorDiv(context.statement_start_micros, 1000000);
    ForEachActive(rows, [&](size_t i) { out->Set<int64_t>(i, v); });
    return Status::OK();
  };
  return MakeBound(d, {}, LogicalType::BigInt().NotNull(), kernel, true, /*deterministic=*/false);
}

}  // namespace

void RegisterTimeFunctions(FunctionRegistry& registry) {
  RegisterSimple(registry, "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP",
                 "Returns the current time as a TIMESTAMP_LTZ(3) (the statement's start).",
                 NowBinder(Now::kTimestampLtz));
  RegisterSimple(registry, "NOW", "NOW()",
                 "Returns the current time as a TIMESTAMP_LTZ(3), as CURRENT_TIMESTAMP.",
                 NowBinder(Now::kTimestampLtz));
  RegisterSimple(registry, "CURRENT_ROW_TIMESTAMP", "CURRENT_ROW_TIMESTAMP()",
                 "Returns the current time as a TIMESTAMP_LTZ(3), evaluated for every row.",
                 NowBinder(Now::kRowTimestamp));
  RegisterSimple(registry, "LOCALTIMESTAMP", "LOCALTIMESTAMP",
                 "Returns the current local time in the session time zone as a TIMESTAMP(3).",
                 NowBinder(Now::kLocalTimestamp));
  RegisterSimple(registry, "CURRENT_DATE", "CURRENT_DATE",
                 "Returns the current date in the session time zone.", NowBinder(Now::kDate));
  RegisterSimple(registry, "CURRENT_TIME", "CURRENT_TIME",
                 "Returns the current time of day in the session time zone.",
                 NowBinder(Now::kTime));
  RegisterSimple(registry, "LOCALTIME", "LOCALTIME",
                 "Returns the current time of day in the session time zone.",
                 NowBinder(Now::kTime));
  RegisterSimple(registry, "DATE_FORMAT", "DATE_FORMAT(TIMESTAMP | STRING, format STRING)",
                 "Returns the timestamp formatted with a Java SimpleDateFormat pattern.",
                 ConversionBinder(Conversion::kDateFormat));
  RegisterSimple(registry, "TO_TIMESTAMP", "TO_TIMESTAMP(STRING [, format STRING])",
                 "Returns the string parsed as a TIMESTAMP(3) (default format "
                 "'yyyy-MM-dd HH:mm:ss'), NULL when it does not parse.",
                 ConversionBinder(Conversion::kToTimestamp));
  RegisterSimple(registry, "TO_DATE", "TO_DATE(STRING [, format STRING])",
                 "Returns the string parsed as a DATE (default format 'yyyy-MM-dd'), NULL when "
                 "it does not parse.",
                 ConversionBinder(Conversion::kToDate));
  RegisterSimple(registry, "UNIX_TIMESTAMP", "UNIX_TIMESTAMP([STRING [, format STRING]])",
                 "Returns the current time, or the parsed local time, in seconds since the epoch.",
                 BindUnixTimestamp);
  RegisterSimple(registry, "FROM_UNIXTIME", "FROM_UNIXTIME(seconds BIGINT [, format STRING])",
                 "Returns epoch seconds formatted in the session time zone (default format "
                 "'yyyy-MM-dd HH:mm:ss').",
                 ConversionBinder(Conversion::kFromUnixtime));
  RegisterExtractFunctions(registry);
}

}  // namespace sluice
