// NOT, IS [NOT] NULL / TRUE / FALSE, and AND / OR as plain (non-lazy) functions; the evaluator
// implements the lazy kAnd / kOr special forms itself.
#include "function/scalar/function_util.h"
#include "function/scalar/kernel_util.h"

namespace sluice {
namespace {

Result<BoundScalarFunction> BindNot(const FunctionDescription& d,
                                    const std::vector<LogicalType>& types,
                                    const std::vector<const Value*>&) {
  if (types.size() != 1 || !(types[0].id() == TypeId::kBoolean || IsNullType(types[0]))) {
    return InvalidCall(d, types);
  }
  return MakeBound(d, {LogicalType::Boolean()}, NullableLike(LogicalType::Boolean(), types),
                   UnaryKernel<uint8_t, uint8_t>([](uint8_t v) { return v ^ 1; }));
}

enum class IsKind { kNull, kNotNull, kTrue, kNotTrue, kFalse, kNotFalse };

ScalarBindFn IsBinder(IsKind kind) {
  return [kind](const FunctionDescription& d, const std::vector<LogicalType>& types,
                const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    if (types.size() != 1) return InvalidCall(d, types);
    bool null_test = kind == IsKind::kNull || kind == IsKind::kNotNull;
    if (!null_test && !(types[0].id() == TypeId::kBoolean || IsNullType(types[0]))) {
      return InvalidCall(d, types);
    }
    LogicalType param = null_test ? types[0].WithNullable(true) : LogicalType::Boolean();
    ScalarKernel kernel = [kind, null_test](const KernelContext&,
                                            const std::vector<const Column*>& args,
                                            const SelectionVector& rows, Column* out) -> Status {
      const Column* a = args[0];
      uint8_t* o = out->MutableData<uint8_t>();
      if (null_test) {
        bool want_null = kind == IsKind::kNull;
        const bool all_null = a->physical_type() == PhysicalType::kNull;
        ForEachActive(rows, [&](size_t i) { o[i] = (all_null || a->IsNull(i)) == want_null; });
        return Status::OK();
      }
      const uint8_t* v = a->type().id() == TypeId::kNull ? nullptr : a->Data<uint8_t>();
      ForEachActive(rows, [&](size_t i) {
        bool is_null = v == nullptr || a->IsNull(i);
        bool is_true = !is_null && v[i] != 0;
        bool is_false = !is_null && v[i] == 0;
        switch (kind) {
          case IsKind::kTrue:
            o[i] = is_true;
            break;
          case IsKind::kNotTrue:
            o[i] = !is_true;
            break;
          case IsKind::kFalse:
            o[i] = is_false;
            break;
          default:
            o[i] = !is_false;
            break;
        }
      });
      return Status::OK();
    };
    return MakeBound(d, {param}, LogicalType::Boolean().NotNull(), kernel,
                     /*null_propagating=*/false);
  };
}

// AND / OR over any number of BOOLEAN arguments, in three-valued logic, evaluating everything.
ScalarBindFn JunctionBinder(bool is_and) {
  return [is_and](const FunctionDescription& d, const std::vector<LogicalType>& types,
                  const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    if (types.size() < 2) return InvalidCall(d, types);
    for (const LogicalType& t : types) {
      if (!(t.id() == TypeId::kBoolean || IsNullType(t))) return InvalidCall(d, types);
    }
    ScalarKernel kernel = RowKernel([is_and](const KernelContext&,
                                             const std::vector<const Column*>& args, size_t i,
                                             Column* out) {
      bool unknown = false;
      for (const Column* c : args) {
        if (c->type().id() == TypeId::kNull || c->IsNull(i)) {
          unknown = true;
          continue;
        }
        bool v = c->Get<uint8_t>(i) != 0;
        if (v != is_and) {  // FALSE decides AND, TRUE decides OR
          out->Set<uint8_t>(i, v);
          return Status::OK();
        }
      }
      if (unknown) {
        out->SetNull(i);
      } else {
        out->Set<uint8_t>(i, is_and);
      }
      return Status::OK();
    });
    return MakeBound(d, std::vector<LogicalType>(types.size(), LogicalType::Boolean()),
                     NullableLike(LogicalType::Boolean(), types), kernel,
                     /*null_propagating=*/false);
  };
}

}  // namespace

void RegisterLogicalFunctions(FunctionRegistry& registry) {
  RegisterSimple(registry, "NOT", "NOT BOOLEAN",
                 "Returns TRUE for FALSE, FALSE for TRUE and NULL for NULL.", BindNot);
  RegisterSimple(registry, "AND", "BOOLEAN AND BOOLEAN",
                 "Returns TRUE if both operands are TRUE, FALSE if either is FALSE, else NULL.",
                 JunctionBinder(true));
  RegisterSimple(registry, "OR", "BOOLEAN OR BOOLEAN",
                 "Returns TRUE if either operand is TRUE, FALSE if both are FALSE, else NULL.",
                 JunctionBinder(false));
  RegisterSimple(registry, "IS NULL", "value IS NULL", "Returns TRUE if the value is NULL.",
                 IsBinder(IsKind::kNull));
  RegisterSimple(registry, "IS NOT NULL", "value IS NOT NULL",
                 "Returns TRUE if the value is not NULL.", IsBinder(IsKind::kNotNull));
  RegisterSimple(registry, "IS TRUE", "BOOLEAN IS TRUE",
                 "Returns TRUE if the value is TRUE, FALSE if it is FALSE or NULL.",
                 IsBinder(IsKind::kTrue));
  RegisterSimple(registry, "IS NOT TRUE", "BOOLEAN IS NOT TRUE",
                 "Returns TRUE if the value is FALSE or NULL.", IsBinder(IsKind::kNotTrue));
  RegisterSimple(registry, "IS FALSE", "BOOLEAN IS FALSE",
                 "Returns TRUE if the value is FALSE, FALSE if it is TRUE or NULL.",
                 IsBinder(IsKind::kFalse));
  RegisterSimple(registry, "IS NOT FALSE", "BOOLEAN IS NOT FALSE",
                 "Returns TRUE if the value is TRUE or NULL.", IsBinder(IsKind::kNotFalse));
}

}  // namespace sluice
