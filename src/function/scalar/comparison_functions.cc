// = <> < <= > >= and IS [NOT] DISTINCT FROM on every comparable type (operands are cast to
// their common type by the binder), BETWEEN and IN (hash set for constant lists).
#include <unordered_set>

#include "function/scalar/function_util.h"
#include "function/scalar/kernel_util.h"
#include "types/type_casts.h"

namespace sluice {
namespace {

enum class CmpOp { kEq, kNe, kLt, kLe, kGt, kGe };

template <typename T>
inline bool ApplyCmp(CmpOp op, const T& a, const T& b) {
  switch (op) {
    case CmpOp::kEq:
      return a == b;
    case CmpOp::kNe:
      return a != b;
    case CmpOp::kLt:
      return a < b;
    case CmpOp::kLe:
      return a <= b;
    case CmpOp::kGt:
      return a > b;
    case CmpOp::kGe:
      return a >= b;
  }
  return false;
}

inline bool CmpFromOrder(CmpOp op, int c) {
  switch (op) {
    case CmpOp::kEq:
      return c == 0;
    case CmpOp::kNe:
      return c != 0;
    case CmpOp::kLt:
      return c < 0;
    case CmpOp::kLe:
      return c <= 0;
    case CmpOp::kGt:
      return c > 0;
    case CmpOp::kGe:
      return c >= 0;
  }
  return false;
}

template <typename T, CmpOp kOp>
ScalarKernel TypedCompareKernel() {
  return BinaryKernel<T, T, uint8_t>([](const T& a, const T& b) { return ApplyCmp(kOp, a, b); });
}

template <typename T>
ScalarKernel TypedCompare(CmpOp op) {
  switch (op) {
    case CmpOp::kEq:
      return TypedCompareKernel<T, CmpOp::kEq>();
    case CmpOp::kNe:
      return TypedCompareKernel<T, CmpOp::kNe>();
    case CmpOp::kLt:
      return TypedCompareKernel<T, CmpOp::kLt>();
    case CmpOp::kLe:
      return TypedCompareKernel<T, CmpOp::kLe>();
    case CmpOp::kGt:
      return TypedCompareKernel<T, CmpOp::kGt>();
    case CmpOp::kGe:
      return TypedCompareKernel<T, CmpOp::kGe>();
  }
  return nullptr;
}

ScalarKernel CompareKernel(const LogicalType& type, CmpOp op) {
  return DispatchPhysical(PhysicalTypeOf(type.id()), [&](auto tag) -> ScalarKernel {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_void_v<T>) {
      if (type.id() == TypeId::kNull) {
        return [](const KernelContext&, const std::vector<const Column*>&,
                  const SelectionVector&, Column*) { return Status::OK(); };
      }
      return RowKernel([op](const KernelContext&, const std::vector<const Column*>& args,
                            size_t i, Column* out) {
        out->Set<uint8_t>(i, CmpFromOrder(op, args[0]->CompareRows(i, *args[1], i)));
        return Status::OK();
      });
    } else {
      return TypedCompare<T>(op);
    }
  });
}

// Row i of `a` versus row j of `b`, both of the common type; -1/0/1 (slow path for nested types).
template <typename T>
inline int TypedOrder(const Column* a, size_t i, const Column* b, size_t j) {
  if constexpr (std::is_void_v<T>) {
    return a->CompareRows(i, *b, j);
  } else {
    T x = a->Data<T>()[i];
    T y = b->Data<T>()[j];
    return x < y ? -1 : (y < x ? 1 : 0);
  }
}

Result<LogicalType> ComparisonType(const std::vector<LogicalType>& types) {
  std::vector<LogicalType> nullable;
  bool all_null = true;
  for (const LogicalType& t : types) {
    nullable.push_back(t.WithNullable(true));
    all_null = all_null && IsNullType(t);
  }
  if (all_null) return LogicalType::Null();
  return CommonType(nullable);
}

ScalarBindFn CompareBinder(CmpOp op) {
  return [op](const FunctionDescription& d, const std::vector<LogicalType>& types,
              const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    if (types.size() != 2) return InvalidCall(d, types);
    Result<LogicalType> common = ComparisonType(types);
    if (!common.ok()) return InvalidCall(d, types);
    return MakeBound(d, {*common, *common},
                     NullableLike(LogicalType::Boolean(), types), CompareKernel(*common, op));
  };
}

ScalarBindFn DistinctBinder(bool distinct) {
  return [distinct](const FunctionDescription& d, const std::vector<LogicalType>& types,
                    const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    if (types.size() != 2) return InvalidCall(d, types);
    Result<LogicalType> common = ComparisonType(types);
    if (!common.ok()) return InvalidCall(d, types);
    ScalarKernel kernel = DispatchPhysical(
        PhysicalTypeOf(common->id()), [distinct](auto tag) -> ScalarKernel {
          using T = typename decltype(tag)::type;
          return RowKernel([distinct](const KernelContext&,
                                      const std::vector<const Column*>& args, size_t i,
                                      Column* out) {
            bool an = args[0]->IsNull(i);
            bool bn = args[1]->IsNull(i);
            bool same;
            if (an || bn) {
              same = an && bn;
            } else {
              same = TypedOrder<T>(args[0], i, args[1], i) == 0;
            }
            out->Set<uint8_t>(i, same != distinct);
            return Status::OK();
          });
        });
    return MakeBound(d, {*common, *common}, LogicalType::Boolean().NotNull(), kernel,
                     /*null_propagating=*/false);
  };
}

// x BETWEEN low AND high = x >= low AND x <= high, in three-valued logic.
Result<BoundScalarFunction> BindBetween(const FunctionDescription& d,
                                       const std::vector<LogicalType>& types,
                                       const std::vector<const Value*>&) {
  if (types.size() != 3) return InvalidCall(d, types);
  Result<LogicalType> common = ComparisonType(types);
  if (!common.ok()) return InvalidCall(d, types);
  ScalarKernel kernel =
      DispatchPhysical(PhysicalTypeOf(common->id()), [](auto tag) -> ScalarKernel {
        using T = typename decltype(tag)::type;
        return RowKernel([](const KernelContext&, const std::vector<const Column*>& args,
                            size_t i, Column* out) {
          // 0 = false, 1 = true, 2 = unknown.
          auto side = [&](size_t k, bool lower) -> int {
            if (args[0]->IsNull(i) || args[k]->IsNull(i)) return 2;
            int c = TypedOrder<T>(args[0], i, args[k], i);
            return lower ? (c >= 0) : (c <= 0);
          };
          int ge = side(1, true);
          int le = side(2, false);
          if (ge == 0 || le == 0) {
            out->Set<uint8_t>(i, 0);
          } else if (ge == 2 || le == 2) {
            out->SetNull(i);
          } else {
            out->Set<uint8_t>(i, 1);
          }
          return Status::OK();
        });
      });
  std::vector<LogicalType> params(3, *common);
  return MakeBound(d, params, NullableLike(LogicalType::Boolean(), types), kernel,
                   /*null_propagating=*/false);
}

// A hash set over the constant IN list, for integral and character types.
template <typename Key>
struct InSet {
  std::unordered_set<Key> keys;
  bool has_null = false;
};

template <typename T>
ScalarKernel InKernelLinear() {
  return RowKernel([](const KernelContext&, const std::vector<const Column*>& args, size_t i,
                      Column* out) {
    if (args[0]->IsNull(i)) {
      out->SetNull(i);
      return Status::OK();
    }
    bool saw_null = false;
    for (size_t k = 1; k < args.size(); ++k) {
      if (args[k]->IsNull(i)) {
        saw_null = true;
      } else if (TypedOrder<T>(args[0], i, args[k], i) == 0) {
        out->Set<uint8_t>(i, 1);
        return Status::OK();
      }
    }
    if (saw_null) {
      out->SetNull(i);
    } else {
      out->Set<uint8_t>(i, 0);
    }
    return Status::OK();
  });
}

template <typename T, typename Key>
ScalarKernel InKernelHashed(std::shared_ptr<const InSet<Key>> set) {
  return [set](const KernelContext&, const std::vector<const Column*>& args,
               const SelectionVector& rows, Column* out) -> Status {
    const Column* x = args[0];
    const T* data = x->Data<T>();
    uint8_t* o = out->MutableData<uint8_t>();
    ForEachActive(rows, [&](size_t i) {
      if (x->IsNull(i)) {
        out->SetNull(i);
        return;
      }
      bool found = set->keys.count(static_cast<Key>(data[i])) > 0;
      if (!found && set->has_null) {
        out->SetNull(i);
      } else {
        o[i] = found;
      }
    });
    return Status::OK();
  };
}

Result<BoundScalarFunction> BindIn(const FunctionDescription& d,
                                   const std::vector<LogicalType>& types,
                                   const std::vector<const Value*>& constants) {
  if (types.size() < 2) return InvalidCall(d, types);
  Result<LogicalType> common = ComparisonType(types);
  if (!common.ok()) return InvalidCall(d, types);
  std::vector<LogicalType> params(types.size(), *common);
  bool all_constant = constants.size() == types.size();
  for (size_t k = 1; all_constant && k < constants.size(); ++k) {
    all_constant = constants[k] != nullptr;
  }
  PhysicalType physical = PhysicalTypeOf(common->id());
  ScalarKernel kernel;
  if (all_constant && types.size() > 4 &&
      (common->IsIntegral() || common->IsCharacterString() ||
       common->id() == TypeId::kDate)) {
    if (common->IsCharacterString()) {
      auto set = std::make_shared<InSet<std::string>>();
      for (size_t k = 1; k < constants.size(); ++k) {
        const Value& v = *constants[k];
        if (v.is_null()) {
          set->has_null = true;
        } else if (v.type().IsCharacterString()) {
          set->keys.insert(v.GetString());
        } else {
          set.reset();
          break;
        }
      }
      if (set) {
        kernel = [set](const KernelContext&, const std::vector<const Column*>& args,
                       const SelectionVector& rows, Column* out) -> Status {
          const Column* x = args[0];
          const std::string_view* data = x->Data<std::string_view>();
          std::string key;
          ForEachActive(rows, [&](size_t i) {
            if (x->IsNull(i)) {
              out->SetNull(i);
              return;
            }
            key.assign(data[i]);
            bool found = set->keys.count(key) > 0;
            if (!found && set->has_null) {
              out->SetNull(i);
            } else {
              out->Set<uint8_t>(i, found);
            }
          });
          return Status::OK();
        };
      }
    } else {
      auto set = std::make_shared<InSet<int64_t>>();
      for (size_t k = 1; k < constants.size(); ++k) {
        const Value& v = *constants[k];
        if (v.is_null()) {
          set->has_null = true;
        } else if (v.type().IsIntegral() || v.type().id() == TypeId::kDate) {
          set->keys.insert(v.GetInt64());
        } else {
          set.reset();
          break;
        }
      }
      if (set) {
        switch (physical) {
          case PhysicalType::kInt8:
            kernel = InKernelHashed<int8_t, int64_t>(set);
            break;
          case PhysicalType::kInt16:
            kernel = InKernelHashed<int16_t, int64_t>(set);
            break;
          case PhysicalType::kInt32:
            kernel = InKernelHashed<int32_t, int64_t>(set);
            break;
          default:
            kernel = InKernelHashed<int64_t, int64_t>(set);
            break;
        }
      }
    }
  }
  if (!kernel) {
    kernel = DispatchPhysical(physical, [](auto tag) -> ScalarKernel {
      return InKernelLinear<typename decltype(tag)::type>();
    });
  }
  return MakeBound(d, params, NullableLike(LogicalType::Boolean(), types), kernel,
                   /*null_propagating=*/false);
}

}  // namespace

void RegisterComparisonFunctions(FunctionRegistry& registry) {
  struct Entry {
    const char* name;
    CmpOp op;
    const char* text;
  };
  static const Entry kEntries[] = {
      {"=", CmpOp::kEq, "Returns TRUE if the operands are equal, NULL if either is NULL."},
      {"<>", CmpOp::kNe, "Returns TRUE if the operands differ, NULL if either is NULL."},
      {"<", CmpOp::kLt, "Returns TRUE if the left operand is less than the right one."},
      {"<=", CmpOp::kLe, "Returns TRUE if the left operand is less than or equal to the right one."},
      {">", CmpOp::kGt, "Returns TRUE if the left operand is greater than the right one."},
      {">=", CmpOp::kGe,
       "Returns TRUE if the left operand is greater than or equal to the right one."},
  };
  for (const Entry& e : kEntries) {
    RegisterSimple(registry, e.name, std::string("value1 ") + e.name + " value2", e.text,
                   CompareBinder(e.op));
  }
  RegisterSimple(registry, "IS DISTINCT FROM", "value1 IS DISTINCT FROM value2",
                 "Returns TRUE if the operands differ, treating two NULLs as equal.",
                 DistinctBinder(true));
  RegisterSimple(registry, "IS NOT DISTINCT FROM", "value1 IS NOT DISTINCT FROM value2",
                 "Returns TRUE if the operands are equal, treating two NULLs as equal.",
                 DistinctBinder(false));
  RegisterSimple(registry, "BETWEEN", "value1 BETWEEN value2 AND value3",
                 "Returns TRUE if value1 is greater than or equal to value2 and less than or "
                 "equal to value3.",
                 BindBetween);
  RegisterSimple(registry, "IN", "value1 IN (value2, ...)",
                 "Returns TRUE if value1 equals one of the listed values, NULL if none does but "
                 "a NULL is listed.",
                 BindIn);
}

}  // namespace sluice
