// JSON_VALUE, JSON_QUERY, JSON_EXISTS (simple JSON paths: $, .key, ['key'], [n], lax/strict
// prefix; errors and empty results give NULL / FALSE, Flink's defaults), JSON_STRING,
// JSON_OBJECT (NULL ON NULL), JSON_ARRAY (ABSENT ON NULL) and IS JSON [VALUE|OBJECT|ARRAY|SCALAR].
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "function/scalar/function_util.h"
#include "function/scalar/kernel_util.h"

namespace sluice {
namespace {

using Json = nlohmann::json;

struct PathStep {
  bool is_index = false;
  std::string key;
  int64_t index = 0;
};

// Parses a JSON path; nullopt-like false on syntax errors.
bool ParsePath(std::string_view path, std::vector<PathStep>* steps) {
  steps->clear();
  size_t i = 0;
  auto skip_spaces = [&] {
    while (i < path.size() && path[i] == ' ') ++i;
  };
  skip_spaces();
  for (std::string_view mode : {"lax", "strict"}) {
    if (path.substr(i, mode.size()) == mode) {
      i += mode.size();
      skip_spaces();
      break;
    }
  }
  if (i >= path.size() || path[i] != '$') return false;
  ++i;
  while (i < path.size()) {
    if (path[i] == '.') {
      ++i;
      PathStep step;
      if (i < path.size() && path[i] == '"') {
        size_t end = path.find('"', i + 1);
        if (end == std::string_view::npos) return false;
        step.key.assign(path.substr(i + 1, end - i - 1));
        i = end + 1;
      } else {
        size_t start = i;
        while (i < path.size() && path[i] != '.' && path[i] != '[') ++i;
        if (i == start) return false;
        step.key.assign(path.substr(start, i - start));
      }
      steps->push_back(std::move(step));
    } else if (path[i] == '[') {
      size_t end = path.find(']', i);
      if (end == std::string_view::npos) return false;
      std::string_view inside = path.substr(i + 1, end - i - 1);
      PathStep step;
      if (!inside.empty() && (inside[0] == '\'' || inside[0] == '"')) {
        if (inside.size() < 2 || inside.back() != inside[0]) return false;
        step.key.assign(inside.substr(1, inside.size() - 2));
      } else {
        step.is_index = true;
        if (inside.empty()) return false;
        for (char c : inside) {
          if (c < '0' || c > '9') return false;
          step.index = step.index * 10 + (c - '0');
        }
      }
      steps->push_back(std::move(step));
      i = end + 1;
    } else if (path[i] == ' ') {
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

const Json* Walk(const Json& root, const std::vector<PathStep>& steps) {
  const Json* node = &root;
  for (const PathStep& step : steps) {
    if (step.is_index) {
      if (!node->is_array() || step.index >= static_cast<int64_t>(node->size())) return nullptr;
      node = &(*node)[static_cast<size_t>(step.index)];
    } else {
      if (!node->is_object()) return nullptr;
      auto it = node->find(step.key);
      if (it == node->end()) return nullptr;
      node = &*it;
    }
  }
  return node;
}

std::string ScalarText(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number_float()) return FormatJavaDouble(v.get<double>());
  return v.dump();
}

enum class JsonOp { kValue, kQuery, kExists };

ScalarBindFn JsonPathBinder(JsonOp op) {
  return [op](const FunctionDescription& d, const std::vector<LogicalType>& types,
              const std::vector<const Value*>& constants) -> Result<BoundScalarFunction> {
    if (types.size() != 2 || !IsStringLike(types[0]) || !IsStringLike(types[1])) {
      return InvalidCall(d, types);
    }
    auto constant_path = std::make_shared<std::vector<PathStep>>();
    std::string path;
    bool has_constant = ConstantString(constants, 1, &path);
    if (has_constant && !ParsePath(path, constant_path.get())) {
      return Status::UserError(fmt::format("Invalid JSON path expression '{}' in {}.", path, d.name));
    }
    ScalarKernel kernel = RowKernel([op, has_constant, constant_path](
                                        const KernelContext&,
                                        const std::vector<const Column*>& args, size_t i,
                                        Column* out) {
      std::vector<PathStep> row_steps;
      const std::vector<PathStep>* steps = constant_path.get();
      if (!has_constant) {
        if (!ParsePath(args[1]->GetString(i), &row_steps)) {
          if (op == JsonOp::kExists) {
            out->Set<uint8_t>(i, 0);
          } else {
            out->SetNull(i);
          }
          return Status::OK();
        }
        steps = &row_steps;
      }
      std::string_view text = args[0]->GetString(i);
      Json root = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
      const Json* node = root.is_discarded() ? nullptr : Walk(root, *steps);
      switch (op) {
        case JsonOp::kExists:
          out->Set<uint8_t>(i, node != nullptr);
          break;
        case JsonOp::kValue:
          if (node == nullptr || node->is_null() || node->is_structured()) {
            out->SetNull(i);
          } else {
            out->SetString(i, ScalarText(*node));
          }
          break;
        case JsonOp::kQuery:
          if (node == nullptr || !node->is_structured()) {
            out->SetNull(i);
          } else {
            out->SetString(i, node->dump());
          }
          break;
      }
      return Status::OK();
    });
    LogicalType result =
        op == JsonOp::kExists ? LogicalType::Boolean().WithNullable(AnyNullable(types))
                              : LogicalType::String();
    return MakeBound(d, {LogicalType::String(), LogicalType::String()}, result, kernel);
  };
}

// The JSON form of a SQL value.
Json ToJson(const Value& v) {
  if (v.is_null()) return Json();
  const LogicalType& t = v.type();
  switch (t.id()) {
    case TypeId::kBoolean:
      return v.GetBool();
    case TypeId::kTinyInt:
    case TypeId::kSmallInt:
    case TypeId::kInt:
    case TypeId::kBigInt:
      return v.GetInt64();
    case TypeId::kFloat:
    case TypeId::kDouble:
      return v.ToDouble();
    case TypeId::kDecimal: {
      Json parsed = Json::parse(FormatDecimal(v.GetDecimal(), t.scale()), nullptr, false);
      return parsed.is_discarded() ? Json(v.ToDouble()) : parsed;
    }
    case TypeId::kChar:
    case TypeId::kVarChar:
      return v.GetString();
    case TypeId::kArray:
    case TypeId::kMultiset: {
      Json a = Json::array();
      for (const Value& e : v.GetList()) a.push_back(ToJson(e));
      return a;
    }
    case TypeId::kRow: {
      Json o = Json::object();
      const std::vector<Value>& fields = v.GetList();
      for (size_t k = 0; k < fields.size() && k < t.fields().size(); ++k) {
        o[t.fields()[k].name] = ToJson(fields[k]);
      }
      return o;
    }
    case TypeId::kMap: {
      Json o = Json::object();
      for (const auto& [key, value] : v.GetMap()) o[key.ToDisplayString()] = ToJson(value);
      return o;
    }
    default:
      return v.ToDisplayString();
  }
}

Result<BoundScalarFunction> BindJsonString(const FunctionDescription& d,
                                           const std::vector<LogicalType>& types,
                                           const std::vector<const Value*>&) {
  if (types.size() != 1) return InvalidCall(d, types);
  LogicalType t = IsNullType(types[0]) ? LogicalType::String() : types[0].WithNullable(true);
  ScalarKernel kernel = RowKernel([](const KernelContext&, const std::vector<const Column*>& args,
                                     size_t i, Column* out) {
    out->SetString(i, ToJson(args[0]->GetValue(i)).dump());
    return Status::OK();
  });
  return MakeBound(d, {t}, LogicalType::String().WithNullable(types[0].nullable()), kernel);
}

Result<BoundScalarFunction> BindJsonObject(const FunctionDescription& d,
                                           const std::vector<LogicalType>& types,
                                           const std::vector<const Value*>&) {
  if (types.size() % 2 != 0) return InvalidCall(d, types);
  std::vector<LogicalType> params;
  for (size_t k = 0; k < types.size(); ++k) {
    if (k % 2 == 0 && !IsStringLike(types[k])) return InvalidCall(d, types);
    params.push_back(k % 2 == 0 ? LogicalType::String()
                                : (IsNullType(types[k]) ? LogicalType::String()
                                                        : types[k].WithNullable(true)));
  }
  ScalarKernel kernel = RowKernel([](const KernelContext&, const std::vector<const Column*>& args,
                                     size_t i, Column* out) -> Status {
    Json o = Json::object();
    for (size_t k = 0; k + 1 < args.size(); k += 2) {
      if (args[k]->IsNull(i)) return Status::UserError("JSON_OBJECT keys must not be NULL.");
      o[std::string(args[k]->GetString(i))] = ToJson(args[k + 1]->GetValue(i));
    }
    out->SetString(i, o.dump());
    return Status::OK();
  });
  return MakeBound(d, params, LogicalType::String().NotNull(), kernel, /*null_propagating=*/false);
}

Result<BoundScalarFunction> BindJsonArray(const FunctionDescription& d,
                                          const std::vector<LogicalType>& types,
                                          const std::vector<const Value*>&) {
  std::vector<LogicalType> params;
  for (const LogicalType& t : types) {
    params.push_back(IsNullType(t) ? LogicalType::String() : t.WithNullable(true));
  }
  ScalarKernel kernel = RowKernel([](const KernelContext&, const std::vector<const Column*>& args,
                                     size_t i, Column* out) {
    Json a = Json::array();
    for (const Column* c : args) {
      if (!c->IsNull(i)) a.push_back(ToJson(c->GetValue(i)));
    }
    out->SetString(i, a.dump());
    return Status::OK();
  });
  return MakeBound(d, params, LogicalType::String().NotNull(), kernel, /*null_propagating=*/false);
}

Result<BoundScalarFunction> BindIsJson(const FunctionDescription& d,
                                       const std::vector<LogicalType>& types,
                                       const std::vector<const Value*>& constants) {
  if (types.empty() || types.size() > 2 || !IsStringLike(types[0])) return InvalidCall(d, types);
  std::string kind = "VALUE";
  if (types.size() == 2 && !ConstantString(constants, 1, &kind)) {
    return Status::UserError("IS JSON needs a constant kind (VALUE, OBJECT, ARRAY or SCALAR).");
  }
  for (char& c : kind) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (kind != "VALUE" && kind != "OBJECT" && kind != "ARRAY" && kind != "SCALAR") {
    return Status::UserError(fmt::format("Unknown JSON type '{}' in IS JSON.", kind));
  }
  ScalarKernel kernel = RowKernel([kind](const KernelContext&,
                                         const std::vector<const Column*>& args, size_t i,
                                         Column* out) {
    if (args[0]->physical_type() == PhysicalType::kNull || args[0]->IsNull(i)) {
      out->Set<uint8_t>(i, 0);
      return Status::OK();
    }
    std::string_view text = args[0]->GetString(i);
    Json v = Json::parse(text.begin(), text.end(), nullptr, false);
    bool ok = !v.is_discarded();
    if (ok && kind == "OBJECT") ok = v.is_object();
    if (ok && kind == "ARRAY") ok = v.is_array();
    if (ok && kind == "SCALAR") ok = !v.is_structured();
    out->Set<uint8_t>(i, ok);
    return Status::OK();
  });
  std::vector<LogicalType> params(types.size(), LogicalType::String());
  return MakeBound(d, params, LogicalType::Boolean().NotNull(), kernel, /*null_propagating=*/false);
}

}  // namespace

void RegisterJsonFunctions(FunctionRegistry& registry) {
  RegisterSimple(registry, "JSON_VALUE", "JSON_VALUE(STRING, path STRING)",
                 "Returns the scalar at the JSON path as a STRING, NULL when missing or not a "
                 "scalar.",
                 JsonPathBinder(JsonOp::kValue));
  RegisterSimple(registry, "JSON_QUERY", "JSON_QUERY(STRING, path STRING)",
                 "Returns the object or array at the JSON path as JSON text, NULL otherwise.",
                 JsonPathBinder(JsonOp::kQuery));
  RegisterSimple(registry, "JSON_EXISTS", "JSON_EXISTS(STRING, path STRING)",
                 "Returns TRUE if the JSON path selects a value, FALSE otherwise.",
                 JsonPathBinder(JsonOp::kExists));
  RegisterSimple(registry, "JSON_STRING", "JSON_STRING(value)",
                 "Returns the value serialized as JSON text.", BindJsonString);
  RegisterSimple(registry, "JSON_OBJECT", "JSON_OBJECT(KEY key VALUE value, ...)",
                 "Returns a JSON object text built from key/value pairs (NULL values kept).",
                 BindJsonObject);
  RegisterSimple(registry, "JSON_ARRAY", "JSON_ARRAY(value, ...)",
                 "Returns a JSON array text of the values (NULL values left out).",
                 BindJsonArray);
  RegisterSimple(registry, "IS JSON", "STRING IS JSON [VALUE | OBJECT | ARRAY | SCALAR]",
                 "Returns TRUE if the string is valid JSON of the given kind.", BindIsJson);
}

}  // namespace sluice
