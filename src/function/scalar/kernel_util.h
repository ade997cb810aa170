// Templates that turn a per-value operation into a vectorized ScalarKernel: tight loops over
// typed arrays, with an identity-selection fast path and no per-row virtual calls.
//
// Conventions: `In`/`Out` are the physical row types of column.h (uint8_t for BOOLEAN,
// std::string_view for strings, Int128 for DECIMAL, int32_t for DATE, int64_t for timestamps).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"
#include "function/scalar_function.h"
#include "vector/column.h"

namespace sluice {

template <typename T>
struct TypeTag {
  using type = T;
};

// Calls f(TypeTag<T>{}) with the C++ row type of a fixed-width physical type (BOOLEAN as
// uint8_t, strings as std::string_view); kNull and nested types call f(TypeTag<void>{}).
template <typename F>
decltype(auto) DispatchPhysical(PhysicalType p, F&& f) {
  switch (p) {
    case PhysicalType::kBool:
      return f(TypeTag<uint8_t>{});
    case PhysicalType::kInt8:
      return f(TypeTag<int8_t>{});
    case PhysicalType::kInt16:
      return f(TypeTag<int16_t>{});
    case PhysicalType::kInt32:
      return f(TypeTag<int32_t>{});
    case PhysicalType::kInt64:
      return f(TypeTag<int64_t>{});
    case PhysicalType::kFloat:
      return f(TypeTag<float>{});
    case PhysicalType::kDouble:
      return f(TypeTag<double>{});
    case PhysicalType::kInt128:
      return f(TypeTag<Int128>{});
    case PhysicalType::kString:
      return f(TypeTag<std::string_view>{});
    default:
      return f(TypeTag<void>{});
  }
}

// Calls f(row) for every active row.
template <typename F>
inline void ForEachActive(const SelectionVector& rows, F&& f) {
  const size_t n = rows.size();
  if (rows.is_identity()) {
    for (size_t i = 0; i < n; ++i) f(i);
  } else {
    const uint32_t* r = rows.data();
    for (size_t k = 0; k < n; ++k) f(static_cast<size_t>(r[k]));
  }
}

// As ForEachActive, stopping at the first non-OK status f returns.
template <typename F>
inline Status ForEachActiveChecked(const SelectionVector& rows, F&& f) {
  const size_t n = rows.size();
  if (rows.is_identity()) {
    for (size_t i = 0; i < n; ++i) {
      Status s = f(i);
      if (!s.ok()) return s;
    }
    return Status::OK();
  }
  const uint32_t* r = rows.data();
  for (size_t k = 0; k < n; ++k) {
    Status s = f(static_cast<size_t>(r[k]));
    if (!s.ok()) return s;
  }
  return Status::OK();
}

// out[i] = op(a[i]) for fixed-width types.
template <typename In, typename Out, typename Op>
ScalarKernel UnaryKernel(Op op) {
  return [op](const KernelContext&, const std::vector<const Column*>& args,
              const SelectionVector& rows, Column* out) -> Status {
    const In* a = args[0]->Data<In>();
    Out* o = out->MutableData<Out>();
    ForEachActive(rows, [&](size_t i) { o[i] = static_cast<Out>(op(a[i])); });
    return Status::OK();
  };
}

// out[i] = op(a[i], b[i]) for fixed-width types.
template <typename A, typename B, typename Out, typename Op>
ScalarKernel BinaryKernel(Op op) {
  return [op](const KernelContext&, const std::vector<const Column*>& args,
              const SelectionVector& rows, Column* out) -> Status {
    const A* a = args[0]->Data<A>();
    const B* b = args[1]->Data<B>();
    Out* o = out->MutableData<Out>();
    ForEachActive(rows, [&](size_t i) { o[i] = static_cast<Out>(op(a[i], b[i])); });
    return Status::OK();
  };
}

// The general per-row form: fn(context, args, row, out) -> Status writes row `row` of `out`
// (value or NULL). For functions that are not on the hot path or that produce strings.
template <typename Fn>
ScalarKernel RowKernel(Fn fn) {
  return [fn](const KernelContext& context, const std::vector<const Column*>& args,
              const SelectionVector& rows, Column* out) -> Status {
    return ForEachActiveChecked(rows, [&](size_t i) { return fn(context, args, i, out); });
  };
}

// A string-producing function of one string: fn(std::string_view in, std::string* result)
// fills `result` (cleared before each call).
template <typename Fn>
ScalarKernel StringUnaryKernel(Fn fn) {
  return [fn](const KernelContext&, const std::vector<const Column*>& args,
              const SelectionVector& rows, Column* out) -> Status {
    const std::string_view* a = args[0]->Data<std::string_view>();
    std::string buffer;
    ForEachActive(rows, [&](size_t i) {
      buffer.clear();
      fn(a[i], &buffer);
      out->SetString(i, buffer);
    });
    return Status::OK();
  };
}

// ---- UTF-8 helpers (Flink's string functions count code points). ----

// Byte length of the UTF-8 sequence starting with `lead` (1 for invalid bytes).
inline size_t Utf8SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

// Number of code points in `s`.
inline size_t Utf8Length(std::string_view s) {
  size_t count = 0;
  for (unsigned char c : s) count += (c & 0xC0) != 0x80;
  return count;
}

// Byte offset of code point `index` (clamped to s.size()).
inline size_t Utf8Offset(std::string_view s, size_t index) {
  size_t pos = 0;
  while (index > 0 && pos < s.size()) {
    pos += Utf8SequenceLength(static_cast<unsigned char>(s[pos]));
    --index;
  }
  return pos < s.size() ? pos : s.size();
}

// Decodes the code point at `pos` and advances `pos`.
uint32_t Utf8Decode(std::string_view s, size_t* pos);
// Appends the UTF-8 encoding of `cp`.
void Utf8Append(uint32_t cp, std::string* out);
// Splits into code points.
std::vector<uint32_t> Utf8CodePoints(std::string_view s);

}  // namespace sluice
