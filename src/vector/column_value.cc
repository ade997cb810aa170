// Column <-> Value conversion (the slow, row-at-a-time paths).
#include <fmt/format.h>

#include "vector/column.h"

namespace sluice {
namespace {

bool StoresInt64(TypeId id) {
  switch (id) {
    case TypeId::kTinyInt:
    case TypeId::kSmallInt:
    case TypeId::kInt:
    case TypeId::kBigInt:
    case TypeId::kDate:
    case TypeId::kTime:
    case TypeId::kTimestamp:
    case TypeId::kTimestampLtz:
    case TypeId::kIntervalYearMonth:
    case TypeId::kIntervalDayTime:
      return true;
    default:
      return false;
  }
}

std::string TypeName(const LogicalType& type) { return type.WithNullable(true).ToSummaryString(); }

Status Mismatch(const Value& v, const LogicalType& column_type) {
  return Status::InternalError(fmt::format("Cannot store a value of type {} in a column of type {}",
                                           TypeName(v.type()), TypeName(column_type)));
}

Status OutOfRange(const Value& v, const LogicalType& column_type) {
  return Status::UserError(fmt::format("Value {} is out of range for {}.", v.ToDisplayString(),
                                       TypeName(column_type)));
}

Int128 Pow10(int32_t n) {
  Int128 r = 1;
  for (int32_t i = 0; i < n; ++i) r *= 10;
  return r;
}

// `v` (an exact number) as an unscaled decimal of `scale`, HALF_UP; false on overflow of
// `precision` digits.
bool ToDecimal(const Value& v, int32_t precision, int32_t scale, Int128* out) {
  Int128 unscaled;
  int32_t from_scale;
  if (v.type().id() == TypeId::kDecimal) {
    unscaled = v.GetDecimal();
    from_scale = v.type().scale();
  } else {
    unscaled = v.GetInt64();
    from_scale = 0;
  }
  if (scale >= from_scale) {
    Int128 f = Pow10(scale - from_scale);
    Int128 limit = Pow10(precision);
    if (unscaled != 0 && (unscaled >= limit / f + 1 || unscaled <= -(limit / f + 1))) return false;
    unscaled *= f;
  } else {
    Int128 f = Pow10(from_scale - scale);
    Int128 q = unscaled / f, r = unscaled % f;
    if (r < 0) r = -r;
    if (r * 2 >= f) q += unscaled < 0 ? -1 : 1;
    unscaled = q;
  }
  Int128 limit = Pow10(precision);
  if (unscaled >= limit || unscaled <= -limit) return false;
  *out = unscaled;
  return true;
}

}  // namespace

Value Column::GetValue(size_t i) const {
  if (IsNull(i)) return Value::Null(type_);
  switch (physical_) {
    case PhysicalType::kNull:
      return Value::Null(type_);
    case PhysicalType::kBool:
      return Value::Boolean(Get<uint8_t>(i) != 0).WithType(type_);
    case PhysicalType::kInt8:
      return Value::FromInt64(type_, Get<int8_t>(i));
    case PhysicalType::kInt16:
      return Value::FromInt64(type_, Get<int16_t>(i));
    case PhysicalType::kInt32:
      return Value::FromInt64(type_, Get<int32_t>(i));
    case PhysicalType::kInt64:
      return Value::FromInt64(type_, Get<int64_t>(i));
    case PhysicalType::kFloat:
      return Value::Float(Get<float>(i)).WithType(type_);
    case PhysicalType::kDouble:
      return Value::Double(Get<double>(i)).WithType(type_);
    case PhysicalType::kInt128:
      return Value::FromInt128(type_, Get<Int128>(i));
    case PhysicalType::kString:
      return Value::FromString(type_, std::string(GetString(i)));
    case PhysicalType::kList: {
      std::vector<Value> elements;
      for (uint32_t k = offsets_[i]; k < offsets_[i + 1]; ++k) {
        elements.push_back(children_[0]->GetValue(k));
      }
      return Value::FromList(type_, std::move(elements));
    }
    case PhysicalType::kMap: {
      MapEntries entries;
      for (uint32_t k = offsets_[i]; k < offsets_[i + 1]; ++k) {
        entries.emplace_back(children_[0]->GetValue(k), children_[1]->GetValue(k));
      }
      return Value::Map(type_.key_type(), type_.value_type(), std::move(entries)).WithType(type_);
    }
    case PhysicalType::kRow: {
      std::vector<Value> fields;
      for (const auto& child : children_) fields.push_back(child->GetValue(i));
      return Value::FromList(type_, std::move(fields));
    }
  }
  return Value::Null(type_);
}

Status Column::SetValue(size_t i, const Value& v) {
  assert(i < size_);
  if (v.is_null()) {
    SetNull(i);
    return Status::OK();
  }
  if (physical_ == PhysicalType::kNull) return Mismatch(v, type_);
  const TypeId vid = v.type().id();
  switch (physical_) {
    case PhysicalType::kBool:
      if (vid != TypeId::kBoolean) return Mismatch(v, type_);
      Set<uint8_t>(i, v.GetBool() ? 1 : 0);
      break;
    case PhysicalType::kInt8:
    case PhysicalType::kInt16:
    case PhysicalType::kInt32:
    case PhysicalType::kInt64: {
      if (!StoresInt64(vid)) return Mismatch(v, type_);
      int64_t x = v.GetInt64();
      switch (physical_) {
        case PhysicalType::kInt8:
          if (x < INT8_MIN || x > INT8_MAX) return OutOfRange(v, type_);
          Set<int8_t>(i, static_cast<int8_t>(x));
          break;
        case PhysicalType::kInt16:
          if (x < INT16_MIN || x > INT16_MAX) return OutOfRange(v, type_);
          Set<int16_t>(i, static_cast<int16_t>(x));
          break;
        case PhysicalType::kInt32:
          if (x < INT32_MIN || x > INT32_MAX) return OutOfRange(v, type_);
          Set<int32_t>(i, static_cast<int32_t>(x));
          break;
        default:
          Set<int64_t>(i, x);
          break;
      }
      break;
    }
    case PhysicalType::kFloat:
    case PhysicalType::kDouble: {
      double d;
      if (vid == TypeId::kFloat) {
        d = v.GetFloat();
      } else if (vid == TypeId::kDouble) {
        d = v.GetDouble();
      } else {
        return Mismatch(v, type_);
      }
      if (physical_ == PhysicalType::kFloat) {
        Set<float>(i, vid == TypeId::kFloat ? v.GetFloat() : static_cast<float>(d));
      } else {
        Set<double>(i, d);
      }
      break;
    }
    case PhysicalType::kInt128: {
      if (vid != TypeId::kDecimal && !(vid >= TypeId::kTinyInt && vid <= TypeId::kBigInt)) {
        return Mismatch(v, type_);
      }
      Int128 unscaled;
      if (!ToDecimal(v, type_.precision(), type_.scale(), &unscaled)) return OutOfRange(v, type_);
      Set<Int128>(i, unscaled);
      break;
    }
    case PhysicalType::kString:
      if (vid != TypeId::kChar && vid != TypeId::kVarChar && vid != TypeId::kBinary &&
          vid != TypeId::kVarBinary) {
        return Mismatch(v, type_);
      }
      SetString(i, v.GetString());
      break;
    case PhysicalType::kList:
    case PhysicalType::kMap: {
      bool is_map = physical_ == PhysicalType::kMap;
      if (is_map ? vid != TypeId::kMap : (vid != TypeId::kArray && vid != TypeId::kMultiset)) {
        return Mismatch(v, type_);
      }
      // Row i must be the last non-empty row (see column.h, "Nested writes").
      Column* first = children_[0].get();
      if (offsets_[size_] != offsets_[i + 1] || offsets_[i + 1] != first->size()) {
        return Status::InternalError("SetValue on a nested column before its last non-empty row");
      }
      for (auto& child : children_) child->Resize(offsets_[i]);
      if (is_map) {
        for (const auto& [key, value] : v.GetMap()) {
          SLUICE_RETURN_NOT_OK(children_[0]->AppendValue(key));
          SLUICE_RETURN_NOT_OK(children_[1]->AppendValue(value));
        }
      } else {
        for (const Value& e : v.GetList()) SLUICE_RETURN_NOT_OK(children_[0]->AppendValue(e));
      }
      uint32_t end = static_cast<uint32_t>(first->size());
      for (size_t r = i + 1; r <= size_; ++r) offsets_[r] = end;
      break;
    }
    case PhysicalType::kRow: {
      if (vid != TypeId::kRow || v.GetList().size() != children_.size()) return Mismatch(v, type_);
      for (size_t k = 0; k < children_.size(); ++k) {
        SLUICE_RETURN_NOT_OK(children_[k]->SetValue(i, v.GetList()[k]));
      }
      break;
    }
    case PhysicalType::kNull:
      break;
  }
  SetValid(i);
  return Status::OK();
}

Status Column::AppendValue(const Value& v) {
  if (v.is_null()) {
    AppendNull();
    return Status::OK();
  }
  switch (physical_) {
    case PhysicalType::kList:
    case PhysicalType::kMap: {
      const TypeId vid = v.type().id();
      bool is_map = physical_ == PhysicalType::kMap;
      if (is_map ? vid != TypeId::kMap : (vid != TypeId::kArray && vid != TypeId::kMultiset)) {
        return Mismatch(v, type_);
      }
      size_t before = children_[0]->size();
      Status st;
      if (is_map) {
        for (const auto& [key, value] : v.GetMap()) {
          st = children_[0]->AppendValue(key);
          if (st.ok()) st = children_[1]->AppendValue(value);
          if (!st.ok()) break;
        }
      } else {
        for (const Value& e : v.GetList()) {
          st = children_[0]->AppendValue(e);
          if (!st.ok()) break;
        }
      }
      if (!st.ok()) {
        for (auto& child : children_) child->Resize(before);
        return st;
      }
      AppendListEnd();
      return Status::OK();
    }
    case PhysicalType::kRow: {
      if (v.type().id() != TypeId::kRow || v.GetList().size() != children_.size()) {
        return Mismatch(v, type_);
      }
      Resize(size_ + 1);
      Status st = SetValue(size_ - 1, v);
      if (!st.ok()) Resize(size_ - 1);
      return st;
    }
    default: {
      Resize(size_ + 1);
      Status st = SetValue(size_ - 1, v);
      if (!st.ok()) Resize(size_ - 1);
      return st;
    }
  }
}

}  // namespace sluice
