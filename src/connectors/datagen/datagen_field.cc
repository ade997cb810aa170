#include "connectors/datagen/datagen_field.h"

#include <cfloat>
#include <chrono>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "connectors/connector_options.h"
#include "model/option_duration.h"

namespace sluice {

namespace {

std::string Key(const std::string& name, const char* option) {
  return fmt::format("fields.{}.{}", name, option);
}

bool IntegerRange(TypeId id, int64_t* lo, int64_t* hi) {
  switch (id) {
    case TypeId::kTinyInt:
      *lo = INT8_MIN, *hi = INT8_MAX;
      return true;
    case TypeId::kSmallInt:
      *lo = INT16_MIN, *hi = INT16_MAX;
      return true;
    case TypeId::kInt:
      *lo = INT32_MIN, *hi = INT32_MAX;
      return true;
    case TypeId::kBigInt:
      *lo = INT64_MIN, *hi = INT64_MAX;
      return true;
    case TypeId::kIntervalYearMonth:
      *lo = 0, *hi = 120000;  // Flink's default: up to java.time.Period's range it uses
      return true;
    case TypeId::kIntervalDayTime:
      *lo = INT64_MIN, *hi = INT64_MAX;
      return true;
    default:
      return false;
  }
}

OptionSpec IntSpec(std::string key, bool required, int64_t lo, int64_t hi) {
  OptionSpec spec{.key = std::move(key), .type = OptionType::kInt, .required = required};
  // Bounds are only worth stating for the narrow types (a double cannot hold INT64 exactly).
  if (lo > INT32_MIN || hi < INT32_MAX) {
    spec.min_value = static_cast<double>(lo);
    spec.max_value = static_cast<double>(hi);
  }
  return spec;
}

OptionSpec NullRateSpec(const std::string& name) {
  return OptionSpec{.key = Key(name, "null-rate"), .type = OptionType::kDouble,
                    .default_value = "0", .min_value = 0.0, .max_value = 1.0};
}

Status UnsupportedType(const LogicalType& type) {
  return Status::UserError("Unsupported type: " + type.ToString());
}

bool IsStringLike(TypeId id) {
  return id == TypeId::kChar || id == TypeId::kVarChar || id == TypeId::kBinary ||
         id == TypeId::kVarBinary;
}

}  // namespace

Result<DatagenKind> ReadDatagenKind(const std::string& name, const OptionMap& options) {
  std::string kind = GetStringOption(options, Key(name, "kind"), "random");
  if (kind == "random") return DatagenKind::kRandom;
  if (kind != "sequence") return Status::UserError("Unsupported generator kind: " + kind);
  for (const char* option : {"start", "end"}) {
    std::string key = Key(name, option);
    if (!FindOption(options, key)) {
      return Status::UserError(fmt::format(
          "Could not find required property '{}' for sequence generator.", key));
    }
  }
  return DatagenKind::kSequence;
}

Result<std::vector<OptionSpec>> DatagenFieldOptionSpecs(const std::string& name,
                                                        const LogicalType& type,
                                                        DatagenKind kind) {
  std::vector<OptionSpec> specs;
  specs.push_back(OptionSpec{.key = Key(name, "kind"), .type = OptionType::kEnum,
                             .default_value = "random",
                             .allowed_values = {"random", "sequence"}});
  TypeId id = type.id();
  int64_t lo = 0;
  int64_t hi = 0;
  if (kind == DatagenKind::kSequence) {
    if (id == TypeId::kBoolean) return specs;  // as Flink: a "sequence" of booleans is random
    bool integral = IntegerRange(id, &lo, &hi) && !type.IsInterval();
    bool other = IsStringLike(id) || id == TypeId::kFloat || id == TypeId::kDouble ||
                 id == TypeId::kDecimal;
    if (!integral && !other) return UnsupportedType(type);
    if (!integral) lo = INT64_MIN, hi = INT64_MAX;
    specs.push_back(IntSpec(Key(name, "start"), true, lo, hi));
    specs.push_back(IntSpec(Key(name, "end"), true, lo, hi));
    return specs;
  }
  if (IntegerRange(id, &lo, &hi)) {
    specs.push_back(IntSpec(Key(name, "min"), false, lo, hi));
    specs.push_back(IntSpec(Key(name, "max"), false, lo, hi));
  } else if (id == TypeId::kFloat || id == TypeId::kDouble || id == TypeId::kDecimal) {
    specs.push_back(OptionSpec{.key = Key(name, "min"), .type = OptionType::kDouble});
    specs.push_back(OptionSpec{.key = Key(name, "max"), .type = OptionType::kDouble});
  } else if (id == TypeId::kVarChar || id == TypeId::kVarBinary) {
    specs.push_back(OptionSpec{.key = Key(name, "length"), .type = OptionType::kInt,
                               .min_value = 1.0, .max_value = static_cast<double>(INT32_MAX)});
    specs.push_back(OptionSpec{.key = Key(name, "var-len"), .type = OptionType::kBool,
                               .default_value = "false"});
  } else if (id == TypeId::kTimestamp || id == TypeId::kTimestampLtz) {
    specs.push_back(OptionSpec{.key = Key(name, "max-past"), .type = OptionType::kDuration,
                               .default_value = "0 ms"});
  } else if (id != TypeId::kBoolean && id != TypeId::kChar && id != TypeId::kBinary &&
             id != TypeId::kDate && id != TypeId::kTime) {
    return UnsupportedType(type);
  }
  specs.push_back(NullRateSpec(name));
  return specs;
}

Result<DatagenField> ParseDatagenField(const std::string& name, const LogicalType& type,
                                       DatagenKind kind, const OptionMap& options) {
  DatagenField field;
  field.name = name;
  field.type = type;
  field.kind = kind;
  TypeId id = type.id();
  if (kind == DatagenKind::kSequence) {
    field.start = GetIntOption(options, Key(name, "start"), 0);
    field.end = GetIntOption(options, Key(name, "end"), 0);
    if (field.start > field.end) {
      return Status::UserError(fmt::format(
          "Invalid sequence for field '{}': start {} is greater than end {}.", name, field.start,
          field.end));
    }
    return field;
  }
  field.null_rate = GetDoubleOption(options, Key(name, "null-rate"), 0);
  int64_t lo = 0;
  int64_t hi = 0;
  if (IntegerRange(id, &lo, &hi)) {
    field.min_int = GetIntOption(options, Key(name, "min"), lo);
    field.max_int = GetIntOption(options, Key(name, "max"), hi);
    if (field.min_int > field.max_int) {
      return Status::UserError(fmt::format(
          "Invalid range for field '{}': min {} is greater than max {}.", name, field.min_int,
          field.max_int));
    }
  } else if (id == TypeId::kFloat || id == TypeId::kDouble || id == TypeId::kDecimal) {
    double default_min = id == TypeId::kFloat ? FLT_TRUE_MIN : DBL_TRUE_MIN;
    double default_max = id == TypeId::kFloat ? FLT_MAX : DBL_MAX;
    field.min_double = GetDoubleOption(options, Key(name, "min"), default_min);
    field.max_double = GetDoubleOption(options, Key(name, "max"), default_max);
    if (field.min_double > field.max_double) {
      return Status::UserError(fmt::format(
          "Invalid range for field '{}': min {} is greater than max {}.", name,
          field.min_double, field.max_double));
    }
  } else if (id == TypeId::kVarChar || id == TypeId::kVarBinary) {
    int64_t declared = type.length() == LogicalType::kMaxLength ? 100 : type.length();
    field.length = static_cast<int32_t>(GetIntOption(options, Key(name, "length"), declared));
    field.var_len = GetBoolOption(options, Key(name, "var-len"), false);
  } else if (id == TypeId::kChar || id == TypeId::kBinary) {
    field.length = type.length();
  } else if (id == TypeId::kTimestamp || id == TypeId::kTimestampLtz) {
    if (auto text = FindOption(options, Key(name, "max-past"))) {
      SLUICE_ASSIGN_OR_RETURN(std::chrono::nanoseconds past, ParseDuration(*text));
      field.max_past_micros = past.count() / 1000;
    }
  }
  return field;
}

}  // namespace sluice
