// String functions (Flink's semantics: positions and lengths count code points; NULL in, NULL
// out unless said otherwise). LIKE / REGEXP* live in regexp_functions.cc, hashes in
// hash_functions.cc, the rest of the family in string_functions_more.cc.
#include "function/scalar/string_internal.h"

namespace sluice {

void RegisterMoreStringFunctions(FunctionRegistry& registry);
void RegisterRegexpFunctions(FunctionRegistry& registry);

namespace {

const LogicalType kString = LogicalType::String().NotNull();
const LogicalType kInt = LogicalType::Int().NotNull();

// UPPER / LOWER: the fast path, no per-row std::function.
ScalarBindFn CaseBinder(bool upper) {
  return [upper](const FunctionDescription& d, const std::vector<LogicalType>& types,
                 const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    if (types.size() != 1 || !IsStringLike(types[0])) return InvalidCall(d, types);
    ScalarKernel kernel =
        upper ? StringUnaryKernel([](std::string_view s, std::string* out) { AppendUpper(s, out); })
              : StringUnaryKernel([](std::string_view s, std::string* out) { AppendLower(s, out); });
    return MakeBound(d, {LogicalType::String()}, NullableLike(LogicalType::String(), types),
                     kernel);
  };
}

Result<BoundScalarFunction> BindCharLength(const FunctionDescription& d,
                                           const std::vector<LogicalType>& types,
                                           const std::vector<const Value*>&) {
  if (types.size() != 1 || !IsStringLike(types[0])) return InvalidCall(d, types);
  return MakeBound(d, {LogicalType::String()}, NullableLike(LogicalType::Int(), types),
                   UnaryKernel<std::string_view, int32_t>(
                       [](std::string_view s) { return static_cast<int32_t>(Utf8Length(s)); }));
}

// CONCAT(s1, ...) and s1 || s2: NULL when any argument is NULL.
Result<BoundScalarFunction> BindConcat(const FunctionDescription& d,
                                       const std::vector<LogicalType>& types,
                                       const std::vector<const Value*>&) {
  if (types.empty()) return InvalidCall(d, types);
  for (const LogicalType& t : types) {
    if (!IsStringLike(t)) return InvalidCall(d, types);
  }
  ScalarKernel kernel = [](const KernelContext&, const std::vector<const Column*>& args,
                           const SelectionVector& rows, Column* out) -> Status {
    std::string buffer;
    ForEachActive(rows, [&](size_t i) {
      buffer.clear();
      for (const Column* c : args) buffer.append(c->GetString(i));
      out->SetString(i, buffer);
    });
    return Status::OK();
  };
  return MakeBound(d, std::vector<LogicalType>(types.size(), LogicalType::String()),
                   NullableLike(LogicalType::String(), types), kernel);
}

// CONCAT_WS(sep, s1, ...): NULL separator gives NULL; NULL strings are skipped.
Result<BoundScalarFunction> BindConcatWs(const FunctionDescription& d,
                                         const std::vector<LogicalType>& types,
                                         const std::vector<const Value*>&) {
  if (types.size() < 2) return InvalidCall(d, types);
  for (const LogicalType& t : types) {
    if (!IsStringLike(t)) return InvalidCall(d, types);
  }
  ScalarKernel kernel = [](const KernelContext&, const std::vector<const Column*>& args,
                           const SelectionVector& rows, Column* out) -> Status {
    std::string buffer;
    ForEachActive(rows, [&](size_t i) {
      if (args[0]->physical_type() == PhysicalType::kNull || args[0]->IsNull(i)) {
        out->SetNull(i);
        return;
      }
      std::string_view sep = args[0]->GetString(i);
      buffer.clear();
      bool first = true;
      for (size_t k = 1; k < args.size(); ++k) {
        if (args[k]->physical_type() == PhysicalType::kNull || args[k]->IsNull(i)) continue;
        if (!first) buffer.append(sep);
        buffer.append(args[k]->GetString(i));
        first = false;
      }
      out->SetString(i, buffer);
    });
    return Status::OK();
  };
  return MakeBound(d, std::vector<LogicalType>(types.size(), LogicalType::String()),
                   LogicalType::String().WithNullable(types[0].nullable()), kernel,
                   /*null_propagating=*/false);
}

// Trims the code points of `chars` from the start and/or end of `s` (a view into s).
std::string_view TrimChars(std::string_view s, std::string_view chars, bool leading,
                           bool trailing) {
  if (chars.empty()) return s;
  if (chars.size() == 1) {
    char c = chars[0];
    size_t b = 0;
    size_t e = s.size();
    if (leading) {
      while (b < e && s[b] == c) ++b;
    }
    if (trailing) {
      while (e > b && s[e - 1] == c) --e;
    }
    return s.substr(b, e - b);
  }
  std::vector<uint32_t> set = Utf8CodePoints(chars);
  auto in_set = [&](uint32_t cp) {
    for (uint32_t x : set) {
      if (x == cp) return true;
    }
    return false;
  };
  size_t b = 0;
  if (leading) {
    while (b < s.size()) {
      size_t next = b;
      if (!in_set(Utf8Decode(s, &next))) break;
      b = next;
    }
  }
  size_t e = s.size();
  if (trailing) {
    while (e > b) {
      size_t start = e - 1;
      while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
      size_t pos = start;
      if (!in_set(Utf8Decode(s, &pos))) break;
      e = start;
    }
  }
  return s.substr(b, e - b);
}

// TRIM / LTRIM / RTRIM (s [, chars]); chars default to a space.
ScalarBindFn TrimBinder(bool leading, bool trailing) {
  return [leading, trailing](const FunctionDescription& d, const std::vector<LogicalType>& types,
                             const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    if (types.empty() || types.size() > 2) return InvalidCall(d, types);
    for (const LogicalType& t : types) {
      if (!IsStringLike(t)) return InvalidCall(d, types);
    }
    bool with_chars = types.size() == 2;
    ScalarKernel kernel = [leading, trailing, with_chars](
                              const KernelContext&, const std::vector<const Column*>& args,
                              const SelectionVector& rows, Column* out) -> Status {
      const std::string_view* s = args[0]->Data<std::string_view>();
      const std::string_view* c = with_chars ? args[1]->Data<std::string_view>() : nullptr;
      out->ShareHeapsOf(*args[0]);
      std::string_view* o = out->MutableData<std::string_view>();
      ForEachActive(rows, [&](size_t i) {
        o[i] = TrimChars(s[i], c ? c[i] : std::string_view(" "), leading, trailing);
      });
      return Status::OK();
    };
    return MakeBound(d, std::vector<LogicalType>(types.size(), LogicalType::String()),
                     NullableLike(LogicalType::String(), types), kernel);
  };
}

// SUBSTRING(s, start [, length]): 1-based; a negative start counts from the end.
Result<BoundScalarFunction> BindSubstring(const FunctionDescription& d,
                                          const std::vector<LogicalType>& types,
                                          const std::vector<const Value*>&) {
  if (types.size() < 2 || types.size() > 3 || !IsStringLike(types[0])) {
    return InvalidCall(d, types);
  }
  for (size_t k = 1; k < types.size(); ++k) {
    if (!IsIntegralLike(types[k])) return InvalidCall(d, types);
  }
  const bool has_length = types.size() == 3;
  ScalarKernel kernel = [has_length](const KernelContext&, const std::vector<const Column*>& args,
                                     const SelectionVector& rows, Column* out) -> Status {
    const std::string_view* s = args[0]->Data<std::string_view>();
    const int64_t* start = args[1]->Data<int64_t>();
    const int64_t* length = has_length ? args[2]->Data<int64_t>() : nullptr;
    out->ShareHeapsOf(*args[0]);
    std::string_view* o = out->MutableData<std::string_view>();
    ForEachActive(rows, [&](size_t i) {
      std::string_view v = s[i];
      int64_t n = static_cast<int64_t>(Utf8Length(v));
      int64_t pos = start[i];
      int64_t begin = pos > 0 ? pos - 1 : (pos < 0 ? std::max<int64_t>(n + pos, 0) : 0);
      int64_t end = length ? (length[i] < 0 ? begin : begin + length[i]) : n;
      if (begin >= n || end <= begin) {
        o[i] = std::string_view();
        return;
      }
      if (end > n) end = n;
      size_t b = Utf8Offset(v, static_cast<size_t>(begin));
      size_t e = Utf8Offset(v, static_cast<size_t>(end));
      o[i] = v.substr(b, e - b);
    });
    return Status::OK();
  };
  std::vector<LogicalType> params{LogicalType::String(), LogicalType::BigInt()};
  if (has_length) params.push_back(LogicalType::BigInt());
  return MakeBound(d, params, NullableLike(LogicalType::String(), types), kernel);
}

// Java's String.replace: every occurrence; an empty search inserts between code points.
bool Replace(const RowArgs& a, std::string* out, int64_t*) {
  std::string_view s = a.strings[0];
  std::string_view from = a.strings[1];
  std::string_view to = a.strings[2];
  if (from.empty()) {
    size_t pos = 0;
    out->append(to);
    while (pos < s.size()) {
      size_t start = pos;
      Utf8Decode(s, &pos);
      out->append(s.substr(start, pos - start));
      out->append(to);
    }
    return true;
  }
  size_t pos = 0;
  while (true) {
    size_t hit = s.find(from, pos);
    if (hit == std::string_view::npos) break;
    out->append(s.substr(pos, hit - pos));
    out->append(to);
    pos = hit + from.size();
  }
  out->append(s.substr(pos));
  return true;
}

}  // namespace

void RegisterStringFunctions(FunctionRegistry& registry) {
  RegisterSimple(registry, "UPPER", "UPPER(STRING)",
                 "Returns the string in upper case.", CaseBinder(true));
  RegisterSimple(registry, "LOWER", "LOWER(STRING)",
                 "Returns the string in lower case.", CaseBinder(false));
  RegisterSimple(registry, "CHAR_LENGTH", "CHAR_LENGTH(STRING)",
                 "Returns the number of characters (code points) in the string.", BindCharLength);
  RegisterSimple(registry, "CHARACTER_LENGTH", "CHARACTER_LENGTH(STRING)",
                 "Returns the number of characters (code points) in the string.", BindCharLength);
  RegisterSimple(registry, "CONCAT", "CONCAT(STRING, ...)",
                 "Returns the concatenation of the strings, NULL if any is NULL.", BindConcat);
  RegisterSimple(registry, "||", "STRING || STRING",
                 "Returns the concatenation of two strings.", BindConcat);
  RegisterSimple(registry, "CONCAT_WS", "CONCAT_WS(separator STRING, STRING, ...)",
                 "Returns the strings joined by the separator, skipping NULL strings.",
                 BindConcatWs);
  RegisterSimple(registry, "TRIM", "TRIM(STRING [, characters STRING])",
                 "Returns the string without leading and trailing spaces (or given characters).",
                 TrimBinder(true, true));
  RegisterSimple(registry, "LTRIM", "LTRIM(STRING [, characters STRING])",
                 "Returns the string without leading spaces (or given characters).",
                 TrimBinder(true, false));
  RegisterSimple(registry, "RTRIM", "RTRIM(STRING [, characters STRING])",
                 "Returns the string without trailing spaces (or given characters).",
                 TrimBinder(false, true));
  RegisterSimple(registry, "SUBSTRING", "SUBSTRING(STRING, start INT [, length INT])",
                 "Returns the substring starting at a 1-based position, of the given length.",
                 BindSubstring);
  RegisterSimple(registry, "SUBSTR", "SUBSTR(STRING, start INT [, length INT])",
                 "Returns the substring starting at a 1-based position, of the given length.",
                 BindSubstring);
  RegisterRowFunction(registry, "REPLACE", "REPLACE(STRING, search STRING, replacement STRING)",
                      "Returns the string with every occurrence of search replaced.",
                      {{ArgKind::kString, ArgKind::kString, ArgKind::kString}}, kString, Replace);
  RegisterMoreStringFunctions(registry);
  RegisterRegexpFunctions(registry);
  (void)kInt;
}

}  // namespace sluice
