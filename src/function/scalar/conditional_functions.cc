// NULLIF, IF, IFNULL, GREATEST, LEAST and COALESCE as plain functions (the evaluator's kCase /
// kCoalesce special forms are the lazy versions the binder should prefer for IF and COALESCE).
#include "function/scalar/function_util.h"
#include "function/scalar/kernel_util.h"
#include "types/type_casts.h"

namespace sluice {
namespace {

// Copies row i of `from` to row i of `out` (same physical type), including NULL.
template <typename T>
inline void CopyRow(const Column* from, size_t i, Column* out) {
  if (from->physical_type() == PhysicalType::kNull || from->IsNull(i)) {
    out->SetNull(i);
    return;
  }
  if constexpr (std::is_void_v<T>) {
    (void)out->SetValue(i, from->GetValue(i));
  } else {
    out->Set<T>(i, from->Data<T>()[i]);
  }
}

template <typename T>
inline int Order(const Column* a, size_t i, const Column* b) {
  if constexpr (std::is_void_v<T>) {
    return a->CompareRows(i, *b, i);
  } else {
    T x = a->Data<T>()[i];
    T y = b->Data<T>()[i];
    return x < y ? -1 : (y < x ? 1 : 0);
  }
}

void ShareAllHeaps(const std::vector<const Column*>& args, Column* out) {
  if (out->physical_type() != PhysicalType::kString) return;
  for (const Column* c : args) {
    if (c->physical_type() == PhysicalType::kString) out->ShareHeapsOf(*c);
  }
}

Result<LogicalType> Common(const std::vector<LogicalType>& types) {
  std::vector<LogicalType> nullable;
  for (const LogicalType& t : types) nullable.push_back(t.WithNullable(true));
  bool all_null = true;
  for (const LogicalType& t : types) all_null = all_null && IsNullType(t);
  if (all_null) return LogicalType::Null();
  return CommonType(nullable);
}

enum class Form { kNullIf, kIf, kIfNull, kGreatest, kLeast, kCoalesce };

ScalarBindFn ConditionalBinder(Form form) {
  return [form](const FunctionDescription& d, const std::vector<LogicalType>& types,
                const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    size_t first_value = form == Form::kIf ? 1 : 0;
    switch (form) {
      case Form::kNullIf:
      case Form::kIfNull:
        if (types.size() != 2) return InvalidCall(d, types);
        break;
      case Form::kIf:
        if (types.size() != 3 ||
            !(types[0].id() == TypeId::kBoolean || IsNullType(types[0]))) {
          return InvalidCall(d, types);
        }
        break;
      default:
        if (types.empty()) return InvalidCall(d, types);
        break;
    }
    std::vector<LogicalType> values(types.begin() + first_value, types.end());
    Result<LogicalType> common = Common(values);
    if (!common.ok()) return InvalidCall(d, types);
    LogicalType t = *common;
    std::vector<LogicalType> params;
    if (form == Form::kIf) params.push_back(LogicalType::Boolean());
    for (size_t k = first_value; k < types.size(); ++k) params.push_back(t);
    ScalarKernel kernel = DispatchPhysical(PhysicalTypeOf(t.id()), [form](auto tag) -> ScalarKernel {
      using T = typename decltype(tag)::type;
      return [form](const KernelContext&, const std::vector<const Column*>& args,
                    const SelectionVector& rows, Column* out) -> Status {
        if (out->physical_type() == PhysicalType::kNull) return Status::OK();
        ShareAllHeaps(args, out);
        auto is_null = [](const Column* c, size_t i) {
          return c->physical_type() == PhysicalType::kNull || c->IsNull(i);
        };
        ForEachActive(rows, [&](size_t i) {
          switch (form) {
            case Form::kNullIf:
              if (!is_null(args[0], i) && !is_null(args[1], i) &&
                  Order<T>(args[0], i, args[1]) == 0) {
                out->SetNull(i);
              } else {
                CopyRow<T>(args[0], i, out);
              }
              break;
            case Form::kIf: {
              bool cond = !is_null(args[0], i) && args[0]->Get<uint8_t>(i) != 0;
              CopyRow<T>(args[cond ? 1 : 2], i, out);
              break;
            }
            case Form::kIfNull:
            case Form::kCoalesce: {
              size_t k = 0;
              while (k + 1 < args.size() && is_null(args[k], i)) ++k;
              CopyRow<T>(args[k], i, out);
              break;
            }
            case Form::kGreatest:
            case Form::kLeast: {
              size_t best = 0;
              for (size_t k = 1; k < args.size(); ++k) {
                int c = Order<T>(args[k], i, args[best]);
                if (form == Form::kGreatest ? c > 0 : c < 0) best = k;
              }
              CopyRow<T>(args[best], i, out);
              break;
            }
          }
        });
        return Status::OK();
      };
    });
    bool null_propagating = form == Form::kGreatest || form == Form::kLeast;
    LogicalType result = t;
    switch (form) {
      case Form::kNullIf:
        result = t.WithNullable(true);
        break;
      case Form::kIf:
        result = t.WithNullable(types[1].nullable() || types[2].nullable());
        break;
      case Form::kIfNull:
        result = t.WithNullable(types[0].nullable() && types[1].nullable());
        break;
      case Form::kCoalesce: {
        bool all = true;
        for (const LogicalType& v : values) all = all && v.nullable();
        result = t.WithNullable(all);
        break;
      }
      default:
        result = t.WithNullable(AnyNullable(types));
        break;
    }
    return MakeBound(d, params, result, kernel, null_propagating);
  };
}

}  // namespace

void RegisterConditionalFunctions(FunctionRegistry& registry) {
  RegisterSimple(registry, "NULLIF", "NULLIF(value1, value2)",
                 "Returns NULL if the values are equal, else the first value.",
                 ConditionalBinder(Form::kNullIf));
  RegisterSimple(registry, "IF", "IF(condition BOOLEAN, true_value, false_value)",
                 "Returns true_value when the condition is TRUE, else false_value.",
                 ConditionalBinder(Form::kIf));
  RegisterSimple(registry, "IFNULL", "IFNULL(value, replacement)",
                 "Returns the value, or the replacement when the value is NULL.",
                 ConditionalBinder(Form::kIfNull));
  RegisterSimple(registry, "COALESCE", "COALESCE(value1, value2, ...)",
                 "Returns the first argument that is not NULL.", ConditionalBinder(Form::kCoalesce));
  RegisterSimple(registry, "GREATEST", "GREATEST(value1, value2, ...)",
                 "Returns the greatest of the values, NULL if any is NULL.",
                 ConditionalBinder(Form::kGreatest));
  RegisterSimple(registry, "LEAST", "LEAST(value1, value2, ...)",
                 "Returns the least of the values, NULL if any is NULL.",
                 ConditionalBinder(Form::kLeast));
}

}  // namespace sluice
