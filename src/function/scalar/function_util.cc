#include "function/scalar/function_util.h"

#include <fmt/format.h>

#include "function/scalar/kernel_util.h"
#include "types/type_casts.h"

namespace sluice {

SimpleScalarFunction::SimpleScalarFunction(std::string name, std::string signature,
                                           std::string description, ScalarBindFn bind)
    : description_{std::move(name), std::move(signature), std::move(description)},
      bind_(std::move(bind)) {}

Result<BoundScalarFunction> SimpleScalarFunction::Bind(
    const std::vector<LogicalType>& argument_types) const {
  std::vector<const Value*> constants(argument_types.size(), nullptr);
  return bind_(description_, argument_types, constants);
}

Result<BoundScalarFunction> SimpleScalarFunction::BindWithConstants(
    const std::vector<LogicalType>& argument_types,
    const std::vector<const Value*>& constant_arguments) const {
  if (constant_arguments.size() != argument_types.size()) {
    return Bind(argument_types);
  }
  return bind_(description_, argument_types, constant_arguments);
}

void RegisterSimple(FunctionRegistry& registry, std::string name, std::string signature,
                    std::string description, ScalarBindFn bind) {
  registry.RegisterScalar(std::make_unique<SimpleScalarFunction>(
      std::move(name), std::move(signature), std::move(description), std::move(bind)));
}

Status InvalidCall(const FunctionDescription& description,
                   const std::vector<LogicalType>& types) {
  std::string call = description.name + "(";
  for (size_t i = 0; i < types.size(); ++i) {
    if (i > 0) call += ", ";
    call += types[i].ToSummaryString();
  }
  call += ")";
  return Status::UserError(fmt::format("Invalid function call:\n{}\nExpected signatures: {}",
                                       call, description.signature));
}

bool AnyNullable(const std::vector<LogicalType>& types) {
  for (const LogicalType& t : types) {
    if (t.nullable()) return true;
  }
  return false;
}

LogicalType NullableLike(const LogicalType& type, const std::vector<LogicalType>& inputs) {
  return type.WithNullable(AnyNullable(inputs));
}

bool IsNullType(const LogicalType& type) { return type.id() == TypeId::kNull; }
bool IsStringLike(const LogicalType& type) {
  return type.IsCharacterString() || IsNullType(type);
}
bool IsNumericLike(const LogicalType& type) { return type.IsNumeric() || IsNullType(type); }
bool IsIntegralLike(const LogicalType& type) { return type.IsIntegral() || IsNullType(type); }
bool IsBinaryLike(const LogicalType& type) { return type.IsBinaryString() || IsNullType(type); }
bool IsTimestampLike(const LogicalType& type) {
  return type.id() == TypeId::kTimestamp || type.id() == TypeId::kTimestampLtz ||
         IsNullType(type);
}

BoundScalarFunction MakeBound(const FunctionDescription& description,
                              std::vector<LogicalType> parameter_types, LogicalType return_type,
                              ScalarKernel kernel, bool null_propagating, bool deterministic) {
  return BoundScalarFunction{description.name, std::move(parameter_types),
                             std::move(return_type), null_propagating, deterministic,
                             std::move(kernel)};
}

namespace {

// 2 = same root, 1 = implicit cast, 0 = no.
int MatchQuality(const LogicalType& arg, const LogicalType& param) {
  if (arg.id() == param.id()) return 2;
  if (SupportsImplicitCast(arg.WithNullable(true), param.WithNullable(true))) return 1;
  return 0;
}

}  // namespace

Result<BoundScalarFunction> BindOverloads(const FunctionDescription& description,
                                          const std::vector<LogicalType>& types,
                                          const std::vector<Overload>& overloads) {
  const Overload* best = nullptr;
  int best_score = -1;
  for (const Overload& overload : overloads) {
    if (overload.parameters.size() != types.size()) continue;
    int score = 0;
    bool ok = true;
    for (size_t i = 0; i < types.size(); ++i) {
      int q = MatchQuality(types[i], overload.parameters[i]);
      if (q == 0) {
        ok = false;
        break;
      }
      score += q;
    }
    if (ok && score > best_score) {
      best = &overload;
      best_score = score;
    }
  }
  if (best == nullptr) return InvalidCall(description, types);
  std::vector<LogicalType> params;
  for (const LogicalType& p : best->parameters) params.push_back(p.WithNullable(true));
  return MakeBound(description, std::move(params), NullableLike(best->result, types),
                   best->kernel);
}

bool ConstantInt(const std::vector<const Value*>& constants, size_t index, int64_t* value) {
  if (index >= constants.size() || constants[index] == nullptr) return false;
  const Value& v = *constants[index];
  if (v.is_null() || !v.type().IsIntegral()) return false;
  *value = v.GetInt64();
  return true;
}

bool ConstantString(const std::vector<const Value*>& constants, size_t index,
                    std::string* value) {
  if (index >= constants.size() || constants[index] == nullptr) return false;
  const Value& v = *constants[index];
  if (v.is_null() || !v.type().IsCharacterString()) return false;
  *value = v.GetString();
  return true;
}

// ---- UTF-8 ----

uint32_t Utf8Decode(std::string_view s, size_t* pos) {
  auto lead = static_cast<unsigned char>(s[*pos]);
  size_t len = Utf8SequenceLength(lead);
  if (*pos + len > s.size()) len = 1;
  uint32_t cp;
  switch (len) {
    case 1:
      cp = lead;
      break;
    case 2:
      cp = lead & 0x1F;
      break;
    case 3:
      cp = lead & 0x0F;
      break;
    default:
      cp = lead & 0x07;
      break;
  }
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[*pos + k]) & 0x3F);
  *pos += len;
  return cp;
}

void Utf8Append(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::vector<uint32_t> Utf8CodePoints(std::string_view s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) out.push_back(Utf8Decode(s, &pos));
  return out;
}

}  // namespace sluice
