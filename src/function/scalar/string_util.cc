// Case mapping and the per-row function registration shared by the string families.
#include "function/scalar/string_internal.h"

namespace sluice {

uint32_t UpperCodePoint(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 32;
  if (cp == 0xFF) return 0x178;
  if (cp >= 0x100 && cp <= 0x17F) {
    bool odd_lower = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if (odd_lower) return (cp % 2 == 0) ? cp - 1 : cp;
    if (cp == 0x131) return 'I';
    return (cp % 2 == 1 && cp != 0x138 && cp != 0x149) ? cp - 1 : cp;
  }
  if (cp >= 0x3B1 && cp <= 0x3C9 && cp != 0x3C2) return cp - 32;
  if (cp == 0x3C2) return 0x3A3;
  if (cp >= 0x430 && cp <= 0x44F) return cp - 32;
  if (cp >= 0x450 && cp <= 0x45F) return cp - 80;
  return cp;
}

uint32_t LowerCodePoint(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp == 0x178) return 0xFF;
  if (cp >= 0x100 && cp <= 0x17F) {
    bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if (odd_upper) return (cp % 2 == 1) ? cp + 1 : cp;
    if (cp == 0x130) return 'i';
    return (cp % 2 == 0 && cp != 0x138) ? cp + 1 : cp;
  }
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return cp;
}

void AppendUpper(std::string_view s, std::string* out) {
  out->reserve(out->size() + s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    auto c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
      out->push_back(static_cast<char>((c >= 'a' && c <= 'z') ? c - 32 : c));
      ++pos;
      continue;
    }
    uint32_t cp = Utf8Decode(s, &pos);
    if (cp == 0xDF) {  // ß -> SS, as Java
      out->append("SS");
    } else {
      Utf8Append(UpperCodePoint(cp), out);
    }
  }
}

void AppendLower(std::string_view s, std::string* out) {
  out->reserve(out->size() + s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    auto c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
      out->push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c));
      ++pos;
      continue;
    }
    Utf8Append(LowerCodePoint(Utf8Decode(s, &pos)), out);
  }
}

namespace {

bool KindAccepts(ArgKind kind, const LogicalType& t) {
  switch (kind) {
    case ArgKind::kString:
      return IsStringLike(t);
    case ArgKind::kInt:
      return IsIntegralLike(t);
    case ArgKind::kBytes:
      return IsBinaryLike(t) || t.IsCharacterString();
  }
  return false;
}

int64_t ReadInt(const Column& c, size_t i) {
  switch (c.physical_type()) {
    case PhysicalType::kInt8:
      return c.Get<int8_t>(i);
    case PhysicalType::kInt16:
      return c.Get<int16_t>(i);
    case PhysicalType::kInt32:
      return c.Get<int32_t>(i);
    case PhysicalType::kInt64:
      return c.Get<int64_t>(i);
    default:
      return 0;
  }
}

}  // namespace

void RegisterRowFunction(FunctionRegistry& registry, const std::string& name,
                         const std::string& signature, const std::string& description,
                         const std::vector<std::vector<ArgKind>>& overloads,
                         const LogicalType& result, RowFn fn, bool deterministic) {
  ScalarBindFn bind = [overloads, result, fn, deterministic](
                          const FunctionDescription& d, const std::vector<LogicalType>& types,
                          const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
    for (const std::vector<ArgKind>& kinds : overloads) {
      if (kinds.size() != types.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < kinds.size() && ok; ++k) ok = KindAccepts(kinds[k], types[k]);
      if (!ok) continue;
      std::vector<LogicalType> params;
      for (size_t k = 0; k < kinds.size(); ++k) {
        switch (kinds[k]) {
          case ArgKind::kString:
            params.push_back(LogicalType::String());
            break;
          case ArgKind::kInt:
            params.push_back(types[k].IsIntegral() ? types[k].WithNullable(true)
                                                   : LogicalType::Int());
            break;
          case ArgKind::kBytes:
            params.push_back(types[k].IsCharacterString() ? LogicalType::String()
                                                          : LogicalType::Bytes());
            break;
        }
      }
      ScalarKernel kernel = [kinds, fn](const KernelContext&,
                                        const std::vector<const Column*>& args,
                                        const SelectionVector& rows, Column* out) -> Status {
        RowArgs row_args;
        std::string text;
        int64_t number = 0;
        const PhysicalType physical = out->physical_type();
        ForEachActive(rows, [&](size_t i) {
          row_args.strings.clear();
          row_args.ints.clear();
          for (size_t k = 0; k < kinds.size(); ++k) {
            if (kinds[k] == ArgKind::kInt) {
              row_args.ints.push_back(ReadInt(*args[k], i));
            } else {
              row_args.strings.push_back(args[k]->GetString(i));
            }
          }
          text.clear();
          if (!fn(row_args, &text, &number)) {
            out->SetNull(i);
            return;
          }
          switch (physical) {
            case PhysicalType::kString:
              out->SetString(i, text);
              break;
            case PhysicalType::kBool:
              out->Set<uint8_t>(i, number != 0);
              break;
            case PhysicalType::kInt32:
              out->Set<int32_t>(i, static_cast<int32_t>(number));
              break;
            default:
              out->Set<int64_t>(i, number);
              break;
          }
        });
        return Status::OK();
      };
      // A NOT NULL `result` means "NULL only for NULL input"; a nullable one may be NULL anyway.
      LogicalType ret = result.nullable() ? result : NullableLike(result, types);
      BoundScalarFunction bound = MakeBound(d, params, ret, kernel);
      bound.deterministic = deterministic;
      return bound;
    }
    return InvalidCall(d, types);
  };
  RegisterSimple(registry, name, signature, description, std::move(bind));
}

}  // namespace sluice
