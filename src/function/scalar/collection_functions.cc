// Collections: CARDINALITY, ITEM (arr[i] 1-based, map[key]), ELEMENT, ARRAY_CONTAINS, and the
// ARRAY / MAP / ROW constructors and FIELD_ACCESS (r.f). Nested values are handled row by row
// through Values: none of these is on a scan/filter/aggregate hot path.
#include <fmt/format.h>

#include "function/scalar/function_util.h"
#include "function/scalar/kernel_util.h"
#include "types/type_casts.h"

namespace sluice {
namespace {

bool IsList(const LogicalType& t) {
  return t.id() == TypeId::kArray || t.id() == TypeId::kMultiset;
}

Result<LogicalType> CommonOf(const std::vector<LogicalType>& types, size_t begin, size_t step) {
  std::vector<LogicalType> picked;
  bool all_null = true;
  for (size_t k = begin; k < types.size(); k += step) {
    picked.push_back(types[k].WithNullable(true));
    all_null = all_null && IsNullType(types[k]);
  }
  if (picked.empty() || all_null) return LogicalType::String();
  SLUICE_ASSIGN_OR_RETURN(LogicalType common, CommonType(picked));
  bool nullable = false;
  for (size_t k = begin; k < types.size(); k += step) nullable = nullable || types[k].nullable();
  return common.WithNullable(nullable);
}

Result<BoundScalarFunction> BindCardinality(const FunctionDescription& d,
                                            const std::vector<LogicalType>& types,
                                            const std::vector<const Value*>&) {
  if (types.size() != 1 || !(IsList(types[0]) || types[0].id() == TypeId::kMap)) {
    return InvalidCall(d, types);
  }
  ScalarKernel kernel = [](const KernelContext&, const std::vector<const Column*>& args,
                           const SelectionVector& rows, Column* out) -> Status {
    int32_t* o = out->MutableData<int32_t>();
    ForEachActive(rows, [&](size_t i) { o[i] = static_cast<int32_t>(args[0]->ListLength(i)); });
    return Status::OK();
  };
  return MakeBound(d, {types[0].WithNullable(true)},
                   LogicalType::Int().WithNullable(types[0].nullable()), kernel);
}

Result<BoundScalarFunction> BindItem(const FunctionDescription& d,
                                     const std::vector<LogicalType>& types,
                                     const std::vector<const Value*>&) {
  if (types.size() != 2) return InvalidCall(d, types);
  const LogicalType& base = types[0];
  if (base.id() == TypeId::kArray) {
    if (!IsIntegralLike(types[1])) return InvalidCall(d, types);
    ScalarKernel kernel = RowKernel([](const KernelContext&, const std::vector<const Column*>& args,
                                       size_t i, Column* out) {
      const Column& list = *args[0];
      int64_t index = args[1]->GetValue(i).GetInt64();
      if (index < 1 || index > list.ListLength(i)) {
        out->SetNull(i);
        return Status::OK();
      }
      size_t j = list.offsets()[i] + static_cast<size_t>(index - 1);
      return out->SetValue(i, list.child(0)->GetValue(j));
    });
    return MakeBound(d, {base.WithNullable(true), LogicalType::Int()},
                     base.element_type().WithNullable(true), kernel);
  }
  if (base.id() == TypeId::kMap) {
    Result<LogicalType> key = CommonType(base.key_type().WithNullable(true),
                                         types[1].WithNullable(true));
    if (!key.ok() || !SupportsImplicitCast(types[1].WithNullable(true),
                                           base.key_type().WithNullable(true))) {
      if (!IsNullType(types[1]) && types[1].id() != base.key_type().id()) {
        return InvalidCall(d, types);
      }
    }
    ScalarKernel kernel = RowKernel([](const KernelContext&, const std::vector<const Column*>& args,
                                       size_t i, Column* out) {
      const Column& map = *args[0];
      const Column& keys = *map.child(0);
      for (uint32_t j = map.offsets()[i]; j < map.offsets()[i + 1]; ++j) {
        if (!keys.IsNull(j) && keys.CompareRows(j, *args[1], i) == 0) {
          return out->SetValue(i, map.child(1)->GetValue(j));
        }
      }
      out->SetNull(i);
      return Status::OK();
    });
    return MakeBound(d, {base.WithNullable(true), base.key_type().WithNullable(true)},
                     base.value_type().WithNullable(true), kernel);
  }
  return InvalidCall(d, types);
}

Result<BoundScalarFunction> BindElement(const FunctionDescription& d,
                                        const std::vector<LogicalType>& types,
                                        const std::vector<const Value*>&) {
  if (types.size() != 1 || types[0].id() != TypeId::kArray) return InvalidCall(d, types);
  ScalarKernel kernel = RowKernel([](const KernelContext&, const std::vector<const Column*>& args,
                                     size_t i, Column* out) {
    const Column& list = *args[0];
    uint32_t n = list.ListLength(i);
    if (n == 0) {
      out->SetNull(i);
      return Status::OK();
    }
    if (n > 1) return Status::UserError("Array has more than one element.");
    return out->SetValue(i, list.child(0)->GetValue(list.offsets()[i]));
  });
  return MakeBound(d, {types[0].WithNullable(true)}, types[0].element_type().WithNullable(true),
                   kernel);
}

Result<BoundScalarFunction> BindArrayContains(const FunctionDescription& d,
                                              const std::vector<LogicalType>& types,
                                              const std::vector<const Value*>&) {
  if (types.size() != 2 || types[0].id() != TypeId::kArray) return InvalidCall(d, types);
  const LogicalType element = types[0].element_type().WithNullable(true);
  if (!IsNullType(types[1]) &&
      !SupportsImplicitCast(types[1].WithNullable(true), element) && types[1].id() != element.id()) {
    return InvalidCall(d, types);
  }
  // NULL needle: TRUE when the array holds a NULL (Flink's ARRAY_CONTAINS), so not
  // null-propagating on the second argument.
  ScalarKernel kernel = RowKernel([](const KernelContext&, const std::vector<const Column*>& args,
                                     size_t i, Column* out) {
    const Column& list = *args[0];
    if (list.IsNull(i)) {
      out->SetNull(i);
      return Status::OK();
    }
    const Column& elements = *list.child(0);
    bool needle_null = args[1]->physical_type() == PhysicalType::kNull || args[1]->IsNull(i);
    bool found = false;
    for (uint32_t j = list.offsets()[i]; j < list.offsets()[i + 1] && !found; ++j) {
      if (elements.IsNull(j)) {
        found = needle_null;
      } else if (!needle_null) {
        found = elements.CompareRows(j, *args[1], i) == 0;
      }
    }
    out->Set<uint8_t>(i, found);
    return Status::OK();
  });
  return MakeBound(d, {types[0].WithNullable(true), element},
                   LogicalType::Boolean().WithNullable(types[0].nullable()), kernel,
                   /*null_propagating=*/false);
}

// ARRAY / MAP / ROW constructors: build each active row's Value from its arguments.
enum class Constructor { kArray, kMap, kRow };

ScalarBindFn ConstructorBinder(Constructor kind) {
  return [kind](const FunctionDescription& d, const std::vector<LogicalType>& types,
                const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    if (types.empty() || (kind == Constructor::kMap && types.size() % 2 != 0)) {
      return InvalidCall(d, types);
    }
    LogicalType result = LogicalType::Null();
    std::vector<LogicalType> params;
    if (kind == Constructor::kArray) {
      Result<LogicalType> element = CommonOf(types, 0, 1);
      if (!element.ok()) return InvalidCall(d, types);
      result = LogicalType::Array(*element).NotNull();
      params.assign(types.size(), *element);
    } else if (kind == Constructor::kMap) {
      Result<LogicalType> key = CommonOf(types, 0, 2);
      Result<LogicalType> value = CommonOf(types, 1, 2);
      if (!key.ok() || !value.ok()) return InvalidCall(d, types);
      result = LogicalType::Map(*key, *value).NotNull();
      for (size_t k = 0; k < types.size(); ++k) params.push_back(k % 2 == 0 ? *key : *value);
    } else {
      std::vector<RowField> fields;
      for (size_t k = 0; k < types.size(); ++k) {
        LogicalType t = IsNullType(types[k]) ? LogicalType::String() : types[k];
        fields.push_back(LogicalType::Field(fmt::format("EXPR${}", k), t));
        params.push_back(t);
      }
      result = LogicalType::Row(std::move(fields)).NotNull();
    }
    ScalarKernel kernel = RowKernel([kind, result](const KernelContext&,
                                                   const std::vector<const Column*>& args,
                                                   size_t i, Column* out) {
      auto value_of = [&](size_t k) {
        return args[k]->physical_type() == PhysicalType::kNull ? Value()
                                                               : args[k]->GetValue(i);
      };
      if (kind == Constructor::kMap) {
        MapEntries entries;
        for (size_t k = 0; k + 1 < args.size(); k += 2) {
          entries.emplace_back(value_of(k), value_of(k + 1));
        }
        return out->SetValue(i, Value::Map(result.key_type(), result.value_type(),
                                           std::move(entries)));
      }
      std::vector<Value> items;
      for (size_t k = 0; k < args.size(); ++k) items.push_back(value_of(k));
      if (kind == Constructor::kArray) {
        return out->SetValue(i, Value::Array(result.element_type(), std::move(items)));
      }
      return out->SetValue(i, Value::Row(result, std::move(items)));
    });
    return MakeBound(d, params, result, kernel, /*null_propagating=*/false);
  };
}

Result<BoundScalarFunction> BindFieldAccess(const FunctionDescription& d,
                                            const std::vector<LogicalType>& types,
                                            const std::vector<const Value*>& constants) {
  if (types.size() != 2 || types[0].id() != TypeId::kRow) return InvalidCall(d, types);
  const std::vector<RowField>& fields = types[0].fields();
  size_t index = fields.size();
  std::string name;
  int64_t position = 0;
  if (ConstantString(constants, 1, &name)) {
    for (size_t k = 0; k < fields.size() && index == fields.size(); ++k) {
      if (fields[k].name == name) index = k;
    }
    for (size_t k = 0; k < fields.size() && index == fields.size(); ++k) {
      if (fmt::format("{}", fields[k].name).size() == name.size() &&
          std::equal(name.begin(), name.end(), fields[k].name.begin(),
                     [](char a, char b) { return std::tolower(a) == std::tolower(b); })) {
        index = k;
      }
    }
    if (index == fields.size()) {
      return Status::UserError(fmt::format("Unknown field '{}' in {}.", name,
                                           types[0].ToSummaryString()));
    }
  } else if (ConstantInt(constants, 1, &position) && position >= 1 &&
             position <= static_cast<int64_t>(fields.size())) {
    index = static_cast<size_t>(position - 1);
  } else {
    return Status::UserError("FIELD_ACCESS needs a constant field name or position.");
  }
  ScalarKernel kernel = RowKernel([index](const KernelContext&,
                                          const std::vector<const Column*>& args, size_t i,
                                          Column* out) {
    return out->SetValue(i, args[0]->child(index)->GetValue(i));
  });
  LogicalType param1 = types[1].IsIntegral() ? types[1] : LogicalType::String();
  return MakeBound(d, {types[0].WithNullable(true), param1.WithNullable(true)},
                   fields[index].type->WithNullable(true), kernel);
}

}  // namespace

void RegisterCollectionFunctions(FunctionRegistry& registry) {
  RegisterSimple(registry, "CARDINALITY", "CARDINALITY(ARRAY | MAP | MULTISET)",
                 "Returns the number of elements or entries.", BindCardinality);
  RegisterSimple(registry, "ITEM", "ARRAY[index INT] | MAP[key]",
                 "Returns the element at a 1-based index or the value of a key, NULL when "
                 "absent.",
                 BindItem);
  RegisterSimple(registry, "ELEMENT", "ELEMENT(ARRAY)",
                 "Returns the only element of the array, NULL when it is empty.", BindElement);
  RegisterSimple(registry, "ARRAY_CONTAINS", "ARRAY_CONTAINS(ARRAY, value)",
                 "Returns TRUE if the array contains the value.", BindArrayContains);
  RegisterSimple(registry, "ARRAY", "ARRAY[value, ...]",
                 "Returns an array of the values.", ConstructorBinder(Constructor::kArray));
  RegisterSimple(registry, "MAP", "MAP[key, value, ...]",
                 "Returns a map of the key/value pairs.", ConstructorBinder(Constructor::kMap));
  RegisterSimple(registry, "ROW", "ROW(value, ...)", "Returns a row of the values.",
                 ConstructorBinder(Constructor::kRow));
  RegisterSimple(registry, "FIELD_ACCESS", "row.field",
                 "Returns a field of a row, by constant name or 1-based position.",
                 BindFieldAccess);
}

}  // namespace sluice
