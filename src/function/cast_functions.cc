#include "function/cast_functions.h"

#include <fmt/format.h>

#include "function/cast/cast_internal.h"
#include "function/scalar/function_util.h"
#include "function/scalar/kernel_util.h"
#include "types/type_casts.h"

namespace sluice {
namespace {

Status UnsupportedCast(const LogicalType& source, const LogicalType& target) {
  return Status::UserError(fmt::format("Cast function cannot convert value of type {} to type {}.",
                                       source.ToSummaryString(), target.ToSummaryString()));
}

// Copies the active rows (identity representation).
ScalarKernel CopyKernel() {
  return [](const KernelContext&, const std::vector<const Column*>& args,
            const SelectionVector& rows, Column* out) -> Status {
    const Column& in = *args[0];
    if (in.physical_type() == PhysicalType::kString) {
      out->ShareHeapsOf(in);
      const std::string_view* src = in.Data<std::string_view>();
      std::string_view* dst = out->MutableData<std::string_view>();
      ForEachActive(rows, [&](size_t i) { dst[i] = src[i]; });
      return Status::OK();
    }
    size_t width = PhysicalWidth(in.physical_type());
    if (width == 0) {
      return ForEachActiveChecked(rows, [&](size_t i) { return out->SetValue(i, in.GetValue(i)); });
    }
    return DispatchPhysical(in.physical_type(), [&](auto tag) -> Status {
      using T = typename decltype(tag)::type;
      if constexpr (!std::is_void_v<T> && !std::is_same_v<T, std::string_view>) {
        const T* s = in.Data<T>();
        T* d = out->MutableData<T>();
        ForEachActive(rows, [&](size_t i) { d[i] = s[i]; });
      }
      return Status::OK();
    });
  };
}

// Element-wise casts of constructed values, through Values (not on any hot path).
Result<Value> CastValue(const Value& v, const LogicalType& target, const KernelContext& context,
                        bool try_cast);

ScalarKernel NestedKernel(const LogicalType& target, bool try_cast) {
  return RowKernel([target, try_cast](const KernelContext& context,
                                      const std::vector<const Column*>& args, size_t i,
                                      Column* out) -> Status {
    SLUICE_ASSIGN_OR_RETURN(Value v, CastValue(args[0]->GetValue(i), target, context, try_cast));
    return out->SetValue(i, v);
  });
}

Result<Value> CastValue(const Value& v, const LogicalType& target, const KernelContext& context,
                        bool try_cast) {
  if (v.is_null()) return Value::Null(target);
  const LogicalType& source = v.type();
  if (target.IsConstructed() && source.id() == target.id()) {
    if (target.id() == TypeId::kMap) {
      MapEntries entries;
      for (const auto& [k, val] : v.GetMap()) {
        SLUICE_ASSIGN_OR_RETURN(Value nk, CastValue(k, target.key_type(), context, try_cast));
        SLUICE_ASSIGN_OR_RETURN(Value nv, CastValue(val, target.value_type(), context, try_cast));
        entries.emplace_back(std::move(nk), std::move(nv));
      }
      return Value::Map(target.key_type(), target.value_type(), std::move(entries));
    }
    std::vector<Value> items;
    const std::vector<Value>& in = v.GetList();
    for (size_t k = 0; k < in.size(); ++k) {
      const LogicalType& child = target.id() == TypeId::kRow ? *target.fields().at(k).type
                                                             : target.element_type();
      SLUICE_ASSIGN_OR_RETURN(Value nv, CastValue(in[k], child, context, try_cast));
      items.push_back(std::move(nv));
    }
    return Value::FromList(target, std::move(items));
  }
  SLUICE_ASSIGN_OR_RETURN(ScalarKernel kernel, MakeCastKernel(source, target, try_cast));
  SLUICE_ASSIGN_OR_RETURN(ColumnPtr input, Column::FromValues(source, {v}));
  ColumnPtr out = Column::Make(target, 1);
  out->Resize(1);
  SLUICE_RETURN_NOT_OK(kernel(context, {input.get()}, SelectionVector::All(1), out.get()));
  return out->GetValue(0);
}

}  // namespace

bool IsIdentityCast(const LogicalType& source, const LogicalType& target) {
  if (source.id() != target.id()) {
    // CHAR -> VARCHAR and BINARY -> VARBINARY keep the bytes when the target is long enough.
    bool chars = source.id() == TypeId::kChar && target.id() == TypeId::kVarChar;
    bool bytes = source.id() == TypeId::kBinary && target.id() == TypeId::kVarBinary;
    return (chars || bytes) && target.length() >= source.length();
  }
  switch (source.id()) {
    case TypeId::kDecimal:
      return source.scale() == target.scale() && target.precision() >= source.precision();
    case TypeId::kChar:
    case TypeId::kBinary:
      return source.length() == target.length();
    case TypeId::kVarChar:
    case TypeId::kVarBinary:
      return target.length() >= source.length();
    case TypeId::kTimestamp:
    case TypeId::kTimestampLtz:
    case TypeId::kTime:
      return target.precision() >= source.precision();
    case TypeId::kArray:
    case TypeId::kMultiset:
    case TypeId::kMap:
    case TypeId::kRow:
      return SupportsAvoidingCast(source.WithNullable(true), target.WithNullable(true));
    default:
      return true;
  }
}

Result<ScalarKernel> MakeCastKernel(const LogicalType& source, const LogicalType& target,
                                    bool try_cast) {
  if (source.id() == TypeId::kNull) {
    // Every row of a NULL-typed column is NULL; the evaluator never calls the kernel on them.
    return ScalarKernel([](const KernelContext&, const std::vector<const Column*>&,
                           const SelectionVector& rows, Column* out) -> Status {
      ForEachActive(rows, [&](size_t i) { out->SetNull(i); });
      return Status::OK();
    });
  }
  if (IsIdentityCast(source, target)) return CopyKernel();
  if (!SupportsExplicitCast(source.WithNullable(true), target.WithNullable(true))) {
    return UnsupportedCast(source, target);
  }
  if (ScalarKernel k = MakeNumericCast(source, target)) return k;
  if (target.IsCharacterString()) {
    if (ScalarKernel k = MakeToStringCast(source, target)) return k;
  }
  if (source.IsCharacterString()) {
    if (ScalarKernel k = MakeFromStringCast(source, target, try_cast)) return k;
  }
  if (source.IsBinaryString() && target.IsBinaryString()) {
    // BINARY <-> VARBINARY with a length change: through the string path (pads / truncates).
    return MakeFromStringCast(LogicalType::String(), target, try_cast);
  }
  if (ScalarKernel k = MakeTemporalCast(source, target)) return k;
  if (source.IsConstructed() && target.IsConstructed() && source.id() == target.id()) {
    return NestedKernel(target, try_cast);
  }
  return UnsupportedCast(source, target);
}

void RegisterCastFunctions(FunctionRegistry& registry) {
  auto syntax_only = [](const FunctionDescription& d, const std::vector<LogicalType>& types,
                        const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    return Status::InternalError(d.name + " is bound as a cast expression, not as a call.");
  };
  RegisterSimple(registry, "CAST", "CAST(value AS type)",
                 "Converts a value to the given type, failing on values that do not convert.",
                 syntax_only);
  RegisterSimple(registry, "TRY_CAST", "TRY_CAST(value AS type)",
                 "Converts a value to the given type, returning NULL for values that do not "
                 "convert.",
                 syntax_only);
}

}  // namespace sluice
