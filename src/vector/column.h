// Column: one typed vector of values with a validity bitmap, the unit of columnar execution.
//
// Physical layout, by type root (PhysicalTypeOf). Every fixed-width row lives in one contiguous,
// 64-byte aligned data buffer, read and written through Data<T>() / MutableData<T>():
//   BOOLEAN                                uint8_t, 0 or 1
//   TINYINT / SMALLINT / INT / BIGINT      int8_t / int16_t / int32_t / int64_t
//   FLOAT / DOUBLE                         float / double
//   DECIMAL(p, s)                          Int128 (__int128) unscaled value (value * 10^s)
//   CHAR, VARCHAR, BINARY, VARBINARY       std::string_view per row, pointing into string heaps
//                                          the column keeps alive (see "Strings" below)
//   DATE                                   int32_t days since 1970-01-01
//   TIME(p)                                int64_t nanoseconds of the day
//   TIMESTAMP(p), TIMESTAMP_LTZ(p)         int64_t microseconds since 1970-01-01 00:00:00 (UTC
//                                          for LTZ); precision 7..9 is truncated to microseconds
//   INTERVAL YEAR TO MONTH family          int32_t months
//   INTERVAL DAY TO SECOND family          int64_t milliseconds (as Flink)
//   ARRAY, MULTISET                        offsets() (uint32_t, size() + 1 entries, offsets()[0]
//                                          == 0) into child(0), the elements; row i holds
//                                          child rows [offsets()[i], offsets()[i + 1])
//   MAP                                    offsets() as ARRAY, into child(0) keys and child(1)
//                                          values (both of the same length)
//   ROW                                    child(k) per field k, each as long as the parent;
//                                          the child rows under a NULL row are unspecified
//                                          (AppendNull makes them NULL)
//   NULL                                   no data, every row is NULL
// A NULL row's data slot holds an unspecified value (zero after Resize/AppendNull; kernels may
// compute on it and must not read it as meaningful). Nested columns have no data buffer.
//
// Validity: 1 bit per row, 1 = valid. While no NULL was ever set, MayHaveNulls() is false and no
// bitmap is kept, so kernels can skip null checks entirely: check MayHaveNulls() once per batch.
//
// Strings: AppendString, SetString, SetValue/AppendValue and AppendFrom/AppendRange/
// AppendSelected copy the bytes into a heap owned by the column (so a long-lived column, e.g.
// operator state, never pins its inputs' memory). Take, Slice, Clone and MakeConstant share the
// source's heaps instead (reference counted): their string_views stay valid after the source
// column is destroyed. The bytes a string_view points to never move or change.
//
// Ownership and sharing: columns are handled through ColumnPtr (shared_ptr). A column inside a
// Batch that was emitted downstream is immutable by convention: whoever received it may share
// it (Project, constant columns) but must Clone() before mutating it.
//
// Growth: Append* grow the capacity geometrically; Reserve(n) preallocates. Resize(n) sets the
// length; new rows are valid and zero / empty (empty string, empty list, ROW of zero fields).
// Kernels writing a whole output column call Resize(batch_rows) once, then write
// MutableData<T>()[i] and SetNull(i) at the rows they compute.
//
// Nested writes: an ARRAY/MULTISET/MAP column is built by appending rows in order
// (AppendValue, AppendFrom, or pushing elements into child(0) and calling AppendListEnd()).
// SetValue on such a column only works for a row at or after the last non-empty row; it is an
// internal error otherwise.
//
// Thread-safety: none; a column is used by one task at a time. Reading a column shared between
// tasks is safe as long as nobody mutates it.
#pragma once

#include <cassert>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "common/status.h"
#include "types/logical_type.h"
#include "types/value.h"
#include "vector/selection_vector.h"
#include "vector/string_heap.h"

namespace sluice {

// How rows of a type root are stored (see the table at the top of this file).
enum class PhysicalType : uint8_t {
  kNull,  // NULL type: validity only
  kBool,  // uint8_t
  kInt8,
  kInt16,
  kInt32,
  kInt64,
  kFloat,
  kDouble,
  kInt128,
  kString,  // std::string_view
  kList,    // ARRAY, MULTISET
  kMap,
  kRow,
};

PhysicalType PhysicalTypeOf(TypeId id);
// Bytes per row in the data buffer (0 for kNull, kList, kMap, kRow).
size_t PhysicalWidth(PhysicalType type);

// Maps a C++ row type to its PhysicalType, for the debug checks of Data<T>().
template <typename T>
struct PhysicalTypeFor;
template <> struct PhysicalTypeFor<uint8_t> { static constexpr PhysicalType kValue = PhysicalType::kBool; };
template <> struct PhysicalTypeFor<int8_t> { static constexpr PhysicalType kValue = PhysicalType::kInt8; };
template <> struct PhysicalTypeFor<int16_t> { static constexpr PhysicalType kValue = PhysicalType::kInt16; };
template <> struct PhysicalTypeFor<int32_t> { static constexpr PhysicalType kValue = PhysicalType::kInt32; };
template <> struct PhysicalTypeFor<int64_t> { static constexpr PhysicalType kValue = PhysicalType::kInt64; };
template <> struct PhysicalTypeFor<float> { static constexpr PhysicalType kValue = PhysicalType::kFloat; };
template <> struct PhysicalTypeFor<double> { static constexpr PhysicalType kValue = PhysicalType::kDouble; };
template <> struct PhysicalTypeFor<Int128> { static constexpr PhysicalType kValue = PhysicalType::kInt128; };
template <> struct PhysicalTypeFor<std::string_view> { static constexpr PhysicalType kValue = PhysicalType::kString; };

class Column;
using ColumnPtr = std::shared_ptr<Column>;

class Column {
 public:
  // An empty column of `type` with room for `capacity` rows (children are created for nested
  // types). Prefer Make().
  explicit Column(const LogicalType& type, size_t capacity = 0);
  ~Column();
  Column(const Column&) = delete;
  Column& operator=(const Column&) = delete;

  static ColumnPtr Make(const LogicalType& type, size_t capacity = 0) {
    return std::make_shared<Column>(type, capacity);
  }
  // A column of `rows` copies of `value` (of value.type()).
  static ColumnPtr MakeConstant(const Value& value, size_t rows);
  // A column of `type` with `rows` NULLs.
  static ColumnPtr MakeNulls(const LogicalType& type, size_t rows);
  // A column of `type` holding `values` (each must have the column's storage; see SetValue).
  static Result<ColumnPtr> FromValues(const LogicalType& type, const std::vector<Value>& values);

  const LogicalType& type() const { return type_; }
  PhysicalType physical_type() const { return physical_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  size_t capacity() const { return capacity_; }

  // Sets the length (see "Growth"); shrinking drops trailing rows.
  void Resize(size_t rows);
  // Ensures room for `rows` rows without reallocating.
  void Reserve(size_t rows) {
    if (rows > capacity_) Grow(rows);
  }
  // Drops all rows; keeps capacity. String heaps are released.
  void Clear();
  // A deep copy that shares string heaps.
  ColumnPtr Clone() const { return Slice(0, size_); }

  // ---- Validity. ----
  bool MayHaveNulls() const { return has_nulls_; }
  bool IsNull(size_t i) const {
    assert(i < size_);
    return has_nulls_ && ((validity_[i >> 6] >> (i & 63)) & 1) == 0;
  }
  bool IsValid(size_t i) const { return !IsNull(i); }
  void SetNull(size_t i) {
    assert(i < size_);
    if (!has_nulls_) MaterializeValidity();
    validity_[i >> 6] &= ~(uint64_t{1} << (i & 63));
  }
  void SetValid(size_t i) {
    assert(i < size_);
    if (has_nulls_) validity_[i >> 6] |= uint64_t{1} << (i & 63);
  }
  void SetNull(size_t i, bool is_null) {
    if (is_null) {
      SetNull(i);
    } else {
      SetValid(i);
    }
  }
  // Counts NULL rows (a popcount over the bitmap; 0 at once when MayHaveNulls() is false).
  size_t null_count() const;
  // The bitmap words (bit i of word i / 64 is row i; 1 = valid), or nullptr when !MayHaveNulls().
  const uint64_t* validity() const { return has_nulls_ ? validity_.data() : nullptr; }

  // ---- Fixed-width data. T must match physical_type() (asserted in debug builds). ----
  template <typename T>
  const T* Data() const {
    assert(PhysicalTypeFor<T>::kValue == physical_);
    return reinterpret_cast<const T*>(data_);
  }
  template <typename T>
  T* MutableData() {
    assert(PhysicalTypeFor<T>::kValue == physical_);
    return reinterpret_cast<T*>(data_);
  }
  template <typename T>
  T Get(size_t i) const {
    assert(i < size_);
    return Data<T>()[i];
  }
  template <typename T>
  void Set(size_t i, T v) {
    assert(i < size_);
    MutableData<T>()[i] = v;
  }
  // Appends a valid row. For strings use AppendString (Append<string_view> would not copy).
  template <typename T>
  void Append(T v) {
    static_assert(!std::is_same_v<T, std::string_view>, "use AppendString");
    assert(PhysicalTypeFor<T>::kValue == physical_);
    if (size_ == capacity_) Grow(size_ + 1);
    reinterpret_cast<T*>(data_)[size_] = v;
    ++size_;
    if (has_nulls_) SetValid(size_ - 1);
  }

  // ---- Strings (CHAR, VARCHAR, BINARY, VARBINARY). ----
  std::string_view GetString(size_t i) const { return Get<std::string_view>(i); }
  // Copies `v` into the column's heap and points row i at it.
  void SetString(size_t i, std::string_view v) {
    MutableData<std::string_view>()[i] = OwnHeap()->Add(v);
  }
  void AppendString(std::string_view v) {
    assert(physical_ == PhysicalType::kString);
    if (size_ == capacity_) Grow(size_ + 1);
    reinterpret_cast<std::string_view*>(data_)[size_] = OwnHeap()->Add(v);
    ++size_;
    if (has_nulls_) SetValid(size_ - 1);
  }
  // Makes this column keep `heap` alive; then rows may point into it without copying (for
  // kernels such as SUBSTRING or TRIM that return part of an input string: call
  // out->ShareHeapsOf(input) once, then Set<std::string_view>(i, part_of_input)).
  void ShareHeapsOf(const Column& other);

  // ---- Nested (ARRAY, MULTISET, MAP, ROW). ----
  const uint32_t* offsets() const { return offsets_.data(); }
  // Number of elements / entries of row i of a list or map column.
  uint32_t ListLength(size_t i) const { return offsets_[i + 1] - offsets_[i]; }
  size_t num_children() const { return children_.size(); }
  Column* child(size_t k) { return children_[k].get(); }
  const Column* child(size_t k) const { return children_[k].get(); }
  const ColumnPtr& child_ptr(size_t k) const { return children_[k]; }
  // Ends a list/map row whose elements were appended to the child column(s) since the previous
  // row ended: the row spans child rows [offsets()[size()], child(0)->size()).
  void AppendListEnd();

  // ---- Any type (slow paths: a switch per row). ----
  // NULLs: AppendNull appends a NULL row (and to every ROW child).
  void AppendNull();
  // The value at row i, typed as the column (a NULL Value of type() when the row is NULL).
  Value GetValue(size_t i) const;
  // Writes `v` at row i (NULL when v.is_null()). `v` must have the column's storage class;
  // integers are range-checked into narrower columns, DECIMAL is rescaled HALF_UP to the
  // column's scale (overflow is a user error), FLOAT and DOUBLE convert into each other, and
  // strings are copied. Other mismatches are internal errors.
  Status SetValue(size_t i, const Value& v);
  Status AppendValue(const Value& v);
  // Appends row `row` of `other`, which must have the same physical type (and, for nested
  // types, the same shape).
  void AppendFrom(const Column& other, size_t row);
  // Appends rows [begin, end) of `other`, in bulk.
  void AppendRange(const Column& other, size_t begin, size_t end);
  // Appends `other`'s rows listed in `rows`.
  void AppendSelected(const Column& other, const uint32_t* rows, size_t count);

  // A new column of the rows listed in `rows`, in that order (a gather; repeats allowed).
  ColumnPtr Take(const std::vector<uint32_t>& rows) const { return Take(rows.data(), rows.size()); }
  ColumnPtr Take(const SelectionVector& rows) const { return Take(rows.data(), rows.size()); }
  ColumnPtr Take(const uint32_t* rows, size_t count) const;
  // A new column of rows [offset, offset + length).
  ColumnPtr Slice(size_t offset, size_t length) const;

  // ---- Row-wise comparison and hashing (for joins, aggregates, sort, DISTINCT). ----
  // Compares row i of this column with row j of `other` (same physical type) with Value's
  // order: NULL first, numbers by value (NaN last), strings bytewise.
  int CompareRows(size_t i, const Column& other, size_t j) const;
  bool RowsEqual(size_t i, const Column& other, size_t j) const {
    return CompareRows(i, other, j) == 0;
  }
  // Hashes every row into hashes[0..size()) (combine == false) or mixes each row's hash into
  // the existing hashes[i] (combine == true; for multi-column keys). NULLs hash to a fixed
  // value. Equal rows of columns of the same type hash equally; the hash is not comparable
  // across types (cast join keys to a common type first) nor with Value::Hash.
  void HashRows(uint64_t* hashes, bool combine) const;
  uint64_t HashRow(size_t i) const;

  // The display text of row i (Value::ToDisplayString, "NULL" for NULL), for tests and logs.
  std::string ToString(size_t i) const;

 private:
  StringHeap* OwnHeap() {
    if (heap_ == nullptr) heap_ = std::make_shared<StringHeap>();
    return heap_.get();
  }
  void Grow(size_t min_capacity);
  void MaterializeValidity();
  void ResizeValidity(size_t rows);
  // Appends `count` rows of `other`: rows[0..count) when `rows` is given, else [begin, ...).
  void AppendRowsImpl(const Column& other, const uint32_t* rows, size_t begin, size_t count,
                      bool share_strings);
  void SetValidRange(size_t begin, size_t end);

  LogicalType type_;
  PhysicalType physical_;
  uint8_t width_;
  bool has_nulls_ = false;
  size_t size_ = 0;
  size_t capacity_ = 0;
  uint8_t* data_ = nullptr;                // 64-byte aligned, capacity_ * width_ bytes
  std::vector<uint64_t> validity_;         // when has_nulls_: ceil(capacity_ / 64) words
  std::shared_ptr<StringHeap> heap_;       // where this column copies new string bytes
  std::vector<std::shared_ptr<const StringHeap>> shared_heaps_;  // kept alive for string_views
  std::vector<uint32_t> offsets_;          // list / map: size_ + 1 entries
  std::vector<ColumnPtr> children_;        // list: 1, map: 2, row: one per field
};

}  // namespace sluice
