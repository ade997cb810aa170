#include "vector/column.h"

#include <gtest/gtest.h>

#include <cmath>

namespace sluice {
namespace {

LogicalType PointType() {
  return LogicalType::Row(
      {LogicalType::Field("x", LogicalType::Int()), LogicalType::Field("s", LogicalType::String())});
}

// Every physical type survives Value -> Column -> Value.
TEST(ColumnTest, RoundTripEveryType) {
  int64_t micros = 1706704496123000LL;
  std::vector<Value> values = {
      Value::Boolean(true),
      Value::TinyInt(-3),
      Value::SmallInt(300),
      Value::Int(-70000),
      Value::BigInt(1LL << 40),
      Value::Float(1.5f),
      Value::Double(-2.25),
      Value::Decimal(-123456, 12, 3),
      Value::String("hello"),
      Value::Char("ab"),
      Value::Bytes(std::string("\x00\x01", 2)),
      Value::Date(19753),
      Value::Time(45296000000000LL, 0),
      Value::Timestamp(micros, 3),
      Value::TimestampLtz(micros, 6),
      Value::IntervalYearMonth(14),
      Value::IntervalDayTime(93784005),
      Value::Array(LogicalType::Int(), {Value::Int(1), Value::Null(LogicalType::Int())}),
      Value::Multiset(LogicalType::String(), {Value::String("a")}),
      Value::Map(LogicalType::String(), LogicalType::Double(),
                 {{Value::String("k"), Value::Double(0.5)}}),
      Value::Row(PointType(), {Value::Int(7), Value::String("p")}),
  };
  for (const Value& v : values) {
    ColumnPtr c = Column::Make(v.type());
    ASSERT_TRUE(c->AppendValue(v).ok()) << v.ToDisplayString();
    ASSERT_TRUE(c->AppendValue(Value::Null(v.type())).ok());
    ASSERT_EQ(c->size(), 2u);
    EXPECT_EQ(c->GetValue(0), v) << v.type().ToString();
    EXPECT_EQ(c->GetValue(0).type(), v.type());
    EXPECT_EQ(c->GetValue(0).ToDisplayString(), v.ToDisplayString());
    EXPECT_TRUE(c->IsNull(1));
    EXPECT_TRUE(c->GetValue(1).is_null());
  }
}

TEST(ColumnTest, PhysicalLayout) {
  EXPECT_EQ(PhysicalTypeOf(TypeId::kDate), PhysicalType::kInt32);
  EXPECT_EQ(PhysicalTypeOf(TypeId::kIntervalYearMonth), PhysicalType::kInt32);
  EXPECT_EQ(PhysicalTypeOf(TypeId::kIntervalDayTime), PhysicalType::kInt64);
  EXPECT_EQ(PhysicalTypeOf(TypeId::kTimestampLtz), PhysicalType::kInt64);
  EXPECT_EQ(PhysicalTypeOf(TypeId::kDecimal), PhysicalType::kInt128);
  EXPECT_EQ(PhysicalTypeOf(TypeId::kVarBinary), PhysicalType::kString);
  EXPECT_EQ(PhysicalWidth(PhysicalType::kString), sizeof(std::string_view));
  ColumnPtr c = Column::Make(LogicalType::Date());
  c->Append<int32_t>(19753);
  EXPECT_EQ(c->Data<int32_t>()[0], 19753);
  EXPECT_EQ(c->ToString(0), "2024-01-31");
  EXPECT_EQ(reinterpret_cast<uintptr_t>(c->Data<int32_t>()) % 64, 0u);
}

TEST(ColumnTest, TypedAppendAndAccess) {
  ColumnPtr c = Column::Make(LogicalType::BigInt());
  for (int64_t i = 0; i < 5000; ++i) c->Append<int64_t>(i * 3);
  ASSERT_EQ(c->size(), 5000u);
  EXPECT_FALSE(c->MayHaveNulls());
  EXPECT_EQ(c->null_count(), 0u);
  const int64_t* data = c->Data<int64_t>();
  int64_t sum = 0;
  for (size_t i = 0; i < c->size(); ++i) sum += data[i];
  EXPECT_EQ(sum, 3 * (4999LL * 5000 / 2));
  c->MutableData<int64_t>()[10] = -1;
  EXPECT_EQ(c->Get<int64_t>(10), -1);
}

TEST(ColumnTest, Validity) {
  ColumnPtr c = Column::Make(LogicalType::Int());
  c->Resize(130);
  EXPECT_FALSE(c->MayHaveNulls());
  EXPECT_EQ(c->validity(), nullptr);
  c->SetNull(0);
  c->SetNull(64);
  c->SetNull(129);
  EXPECT_TRUE(c->MayHaveNulls());
  EXPECT_EQ(c->null_count(), 3u);
  EXPECT_TRUE(c->IsNull(64));
  EXPECT_FALSE(c->IsNull(65));
  c->SetValid(64);
  EXPECT_FALSE(c->IsNull(64));
  EXPECT_EQ(c->null_count(), 2u);
  c->Append<int32_t>(5);  // appended rows are valid
  EXPECT_FALSE(c->IsNull(130));
  c->AppendNull();
  EXPECT_TRUE(c->IsNull(131));
  EXPECT_EQ(c->null_count(), 3u);
}

TEST(ColumnTest, ResizeZeroesNewRowsAndKeepsThemValid) {
  ColumnPtr c = Column::Make(LogicalType::Int());
  c->Resize(4);
  c->SetNull(3);
  c->Resize(2);
  c->Resize(6);
  for (size_t i = 0; i < 6; ++i) {
    EXPECT_FALSE(c->IsNull(i)) << i;
    EXPECT_EQ(c->Get<int32_t>(i), 0);
  }
}

TEST(ColumnTest, StringsAreCopied) {
  ColumnPtr c = Column::Make(LogicalType::String());
  {
    std::string temp = "temporary text that goes away";
    c->AppendString(temp);
    temp.assign(temp.size(), 'x');
  }
  c->AppendString("");
  c->Resize(3);
  c->SetString(2, "set");
  EXPECT_EQ(c->GetString(0), "temporary text that goes away");
  EXPECT_EQ(c->GetString(1), "");
  EXPECT_EQ(c->GetString(2), "set");
}

TEST(ColumnTest, ManyStringsAcrossHeapChunks) {
  ColumnPtr c = Column::Make(LogicalType::String());
  for (int i = 0; i < 20000; ++i) c->AppendString("value-" + std::to_string(i));
  for (int i = 0; i < 20000; i += 997) EXPECT_EQ(c->GetString(i), "value-" + std::to_string(i));
  c->AppendString(std::string(100000, 'z'));
  EXPECT_EQ(c->GetString(20000).size(), 100000u);
  EXPECT_EQ(c->GetString(0), "value-0");
}

TEST(ColumnTest, TakeGathersWithNullsAndRepeats) {
  ColumnPtr c = Column::Make(LogicalType::Int());
  for (int i = 0; i < 10; ++i) c->Append<int32_t>(i * 10);
  c->SetNull(3);
  ColumnPtr t = c->Take(std::vector<uint32_t>{9, 3, 0, 0});
  ASSERT_EQ(t->size(), 4u);
  EXPECT_EQ(t->Get<int32_t>(0), 90);
  EXPECT_TRUE(t->IsNull(1));
  EXPECT_EQ(t->Get<int32_t>(2), 0);
  EXPECT_EQ(t->Get<int32_t>(3), 0);
  EXPECT_EQ(t->null_count(), 1u);
}

TEST(ColumnTest, StringsSurviveSourceDestructionAfterTakeAndSlice) {
  ColumnPtr taken, sliced, cloned;
  {
    ColumnPtr c = Column::Make(LogicalType::String());
    for (int i = 0; i < 100; ++i) c->AppendString("row number " + std::to_string(i));
    taken = c->Take(std::vector<uint32_t>{99, 5});
    sliced = c->Slice(10, 3);
    cloned = c->Clone();
  }
  EXPECT_EQ(taken->GetString(0), "row number 99");
  EXPECT_EQ(taken->GetString(1), "row number 5");
  EXPECT_EQ(sliced->GetString(2), "row number 12");
  EXPECT_EQ(cloned->size(), 100u);
  EXPECT_EQ(cloned->GetString(42), "row number 42");
  // A taken column can keep appending its own strings.
  taken->AppendString("new");
  EXPECT_EQ(taken->GetString(2), "new");
}

TEST(ColumnTest, SliceFixedWidth) {
  ColumnPtr c = Column::Make(LogicalType::Double());
  for (int i = 0; i < 100; ++i) c->Append<double>(i + 0.5);
  c->SetNull(50);
  ColumnPtr s = c->Slice(48, 4);
  ASSERT_EQ(s->size(), 4u);
  EXPECT_EQ(s->Get<double>(0), 48.5);
  EXPECT_TRUE(s->IsNull(2));
  EXPECT_EQ(s->Get<double>(3), 51.5);
  EXPECT_EQ(c->Slice(0, 0)->size(), 0u);
}

TEST(ColumnTest, AppendRangeAndAppendFromCopyStrings) {
  ColumnPtr dst = Column::Make(LogicalType::String());
  {
    ColumnPtr src = Column::Make(LogicalType::String());
    src->AppendString("a");
    src->AppendNull();
    src->AppendString("c");
    dst->AppendRange(*src, 0, 3);
    dst->AppendFrom(*src, 2);
    uint32_t rows[] = {0, 1};
    dst->AppendSelected(*src, rows, 2);
  }
  ASSERT_EQ(dst->size(), 6u);
  EXPECT_EQ(dst->GetString(0), "a");
  EXPECT_TRUE(dst->IsNull(1));
  EXPECT_EQ(dst->GetString(2), "c");
  EXPECT_EQ(dst->GetString(3), "c");
  EXPECT_EQ(dst->GetString(4), "a");
  EXPECT_TRUE(dst->IsNull(5));
}

TEST(ColumnTest, AppendRangeDecimal) {
  ColumnPtr src = Column::Make(LogicalType::Decimal(20, 2));
  src->Append<Int128>(12345);
  src->Append<Int128>(-1);
  ColumnPtr dst = Column::Make(LogicalType::Decimal(20, 2));
  dst->AppendRange(*src, 0, 2);
  EXPECT_EQ(dst->ToString(0), "123.45");
  EXPECT_EQ(dst->ToString(1), "-0.01");
}

TEST(ColumnTest, ArrayColumn) {
  LogicalType type = LogicalType::Array(LogicalType::String());
  ColumnPtr c = Column::Make(type);
  ASSERT_TRUE(c->AppendValue(Value::Array(LogicalType::String(),
                                          {Value::String("a"), Value::String("b")}))
                  .ok());
  c->AppendNull();
  ASSERT_TRUE(c->AppendValue(Value::Array(LogicalType::String(), {})).ok());
  // Build a row through the child directly.
  c->child(0)->AppendString("z");
  c->AppendListEnd();
  ASSERT_EQ(c->size(), 4u);
  EXPECT_EQ(c->offsets()[0], 0u);
  EXPECT_EQ(c->offsets()[4], 3u);
  EXPECT_EQ(c->ListLength(0), 2u);
  EXPECT_EQ(c->ListLength(1), 0u);
  EXPECT_EQ(c->ToString(0), "[a, b]");
  EXPECT_EQ(c->ToString(1), "NULL");
  EXPECT_EQ(c->ToString(2), "[]");
  EXPECT_EQ(c->ToString(3), "[z]");
  ColumnPtr t = c->Take(std::vector<uint32_t>{3, 0});
  EXPECT_EQ(t->ToString(0), "[z]");
  EXPECT_EQ(t->ToString(1), "[a, b]");
  EXPECT_EQ(t->child(0)->size(), 3u);
  ColumnPtr s = c->Slice(2, 2);
  EXPECT_EQ(s->offsets()[0], 0u);
  EXPECT_EQ(s->ToString(1), "[z]");
}

TEST(ColumnTest, ArraySetValueInOrder) {
  ColumnPtr c = Column::Make(LogicalType::Array(LogicalType::Int()));
  c->Resize(3);
  ASSERT_TRUE(c->SetValue(0, Value::Array(LogicalType::Int(), {Value::Int(1)})).ok());
  ASSERT_TRUE(
      c->SetValue(2, Value::Array(LogicalType::Int(), {Value::Int(2), Value::Int(3)})).ok());
  EXPECT_EQ(c->ToString(0), "[1]");
  EXPECT_EQ(c->ToString(1), "[]");
  EXPECT_EQ(c->ToString(2), "[2, 3]");
  // Overwriting the last non-empty row works; writing before it does not.
  ASSERT_TRUE(c->SetValue(2, Value::Array(LogicalType::Int(), {Value::Int(4)})).ok());
  EXPECT_EQ(c->ToString(2), "[4]");
  EXPECT_EQ(c->child(0)->size(), 2u);
  EXPECT_FALSE(c->SetValue(1, Value::Array(LogicalType::Int(), {Value::Int(9)})).ok());
}

TEST(ColumnTest, MapColumn) {
  LogicalType type = LogicalType::Map(LogicalType::String(), LogicalType::Int());
  ColumnPtr c = Column::Make(type);
  ASSERT_TRUE(c->AppendValue(Value::Map(LogicalType::String(), LogicalType::Int(),
                                        {{Value::String("a"), Value::Int(1)},
                                         {Value::String("b"), Value::Null(LogicalType::Int())}}))
                  .ok());
  ASSERT_EQ(c->num_children(), 2u);
  EXPECT_EQ(c->child(0)->size(), 2u);
  EXPECT_EQ(c->child(1)->size(), 2u);
  EXPECT_EQ(c->ToString(0), "{a=1, b=NULL}");
  ColumnPtr t = c->Take(std::vector<uint32_t>{0, 0});
  EXPECT_EQ(t->ToString(1), "{a=1, b=NULL}");
}

TEST(ColumnTest, RowColumn) {
  ColumnPtr c = Column::Make(PointType());
  ASSERT_TRUE(c->AppendValue(Value::Row(PointType(), {Value::Int(1), Value::String("abc")})).ok());
  c->AppendNull();
  ASSERT_TRUE(c->AppendValue(
                   Value::Row(PointType(), {Value::Null(LogicalType::Int()), Value::String("z")}))
                  .ok());
  ASSERT_EQ(c->num_children(), 2u);
  EXPECT_EQ(c->child(0)->size(), 3u);
  EXPECT_EQ(c->child(1)->size(), 3u);
  EXPECT_EQ(c->ToString(0), "(1, abc)");
  EXPECT_EQ(c->ToString(1), "NULL");
  EXPECT_EQ(c->ToString(2), "(NULL, z)");
  EXPECT_EQ(c->child(0)->Get<int32_t>(0), 1);
  ColumnPtr t = c->Take(std::vector<uint32_t>{2, 1, 0});
  EXPECT_EQ(t->ToString(0), "(NULL, z)");
  EXPECT_TRUE(t->IsNull(1));
  EXPECT_EQ(t->ToString(2), "(1, abc)");
  c->Resize(5);
  EXPECT_EQ(c->child(1)->size(), 5u);
}

TEST(ColumnTest, NestedArrayOfRows) {
  LogicalType type = LogicalType::Array(PointType());
  Value v = Value::Array(PointType(), {Value::Row(PointType(), {Value::Int(1), Value::String("a")}),
                                       Value::Row(PointType(), {Value::Int(2), Value::String("b")})});
  ColumnPtr c = Column::Make(type);
  ASSERT_TRUE(c->AppendValue(v).ok());
  EXPECT_EQ(c->ToString(0), "[(1, a), (2, b)]");
  EXPECT_EQ(c->GetValue(0), v);
}

TEST(ColumnTest, SetValueConversions) {
  ColumnPtr tiny = Column::Make(LogicalType::TinyInt());
  tiny->Resize(1);
  EXPECT_TRUE(tiny->SetValue(0, Value::Int(100)).ok());
  Status st = tiny->SetValue(0, Value::Int(1000));
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.message(), "Value 1000 is out of range for TINYINT.");
  ColumnPtr dec = Column::Make(LogicalType::Decimal(5, 2));
  ASSERT_TRUE(dec->AppendValue(Value::Decimal(12345, 10, 3)).ok());  // 12.345 -> 12.35
  EXPECT_EQ(dec->ToString(0), "12.35");
  ASSERT_TRUE(dec->AppendValue(Value::Int(7)).ok());
  EXPECT_EQ(dec->ToString(1), "7.00");
  EXPECT_FALSE(dec->AppendValue(Value::Int(1000)).ok());
  EXPECT_EQ(dec->size(), 2u);  // failed appends leave no row behind
  ColumnPtr f = Column::Make(LogicalType::Float());
  ASSERT_TRUE(f->AppendValue(Value::Double(0.5)).ok());
  EXPECT_EQ(f->Get<float>(0), 0.5f);
  ColumnPtr s = Column::Make(LogicalType::String());
  EXPECT_EQ(s->AppendValue(Value::Int(1)).code(), StatusCode::kInternalError);
}

TEST(ColumnTest, MakeConstantAndNulls) {
  ColumnPtr c = Column::MakeConstant(Value::String("k"), 1000);
  ASSERT_EQ(c->size(), 1000u);
  EXPECT_EQ(c->GetString(999), "k");
  EXPECT_EQ(c->type(), LogicalType::String());
  ColumnPtr n = Column::MakeConstant(Value::Null(LogicalType::Int()), 3);
  EXPECT_EQ(n->null_count(), 3u);
  ColumnPtr m = Column::MakeNulls(LogicalType::Double(), 70);
  EXPECT_EQ(m->null_count(), 70u);
  ColumnPtr arr = Column::MakeConstant(Value::Array(LogicalType::Int(), {Value::Int(1)}), 2);
  EXPECT_EQ(arr->ToString(1), "[1]");
}

TEST(ColumnTest, NullTypeColumn) {
  ColumnPtr c = Column::Make(LogicalType::Null());
  c->AppendNull();
  c->Resize(3);
  EXPECT_EQ(c->null_count(), 3u);
  EXPECT_TRUE(c->GetValue(2).is_null());
  ColumnPtr t = c->Take(std::vector<uint32_t>{1});
  EXPECT_TRUE(t->IsNull(0));
}

TEST(ColumnTest, FromValues) {
  auto c = Column::FromValues(LogicalType::Int(),
                              {Value::Int(1), Value::Null(LogicalType::Int()), Value::Int(3)});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ((*c)->size(), 3u);
  EXPECT_TRUE((*c)->IsNull(1));
}

TEST(ColumnTest, CompareRows) {
  ColumnPtr a = Column::Make(LogicalType::String());
  a->AppendString("abc");
  a->AppendNull();
  a->AppendString("ab");
  EXPECT_GT(a->CompareRows(0, *a, 2), 0);
  EXPECT_LT(a->CompareRows(1, *a, 2), 0);  // NULL first
  EXPECT_EQ(a->CompareRows(1, *a, 1), 0);
  ColumnPtr d = Column::Make(LogicalType::Double());
  d->Append<double>(std::nan(""));
  d->Append<double>(1e300);
  d->Append<double>(-0.0);
  d->Append<double>(0.0);
  EXPECT_GT(d->CompareRows(0, *d, 1), 0);
  EXPECT_TRUE(d->RowsEqual(2, *d, 3));
}

TEST(ColumnTest, HashRowsConsistentWithEquality) {
  ColumnPtr a = Column::Make(LogicalType::String());
  ColumnPtr b = Column::Make(LogicalType::Int());
  a->AppendString("x");
  a->AppendString("x");
  a->AppendNull();
  a->AppendString("y");
  for (int v : {1, 1, 1, 1}) b->Append<int32_t>(v);
  std::vector<uint64_t> hashes(4);
  a->HashRows(hashes.data(), false);
  b->HashRows(hashes.data(), true);
  EXPECT_EQ(hashes[0], hashes[1]);
  EXPECT_NE(hashes[0], hashes[2]);
  EXPECT_NE(hashes[0], hashes[3]);
  EXPECT_EQ(a->HashRow(0), a->HashRow(1));
  ColumnPtr d = Column::Make(LogicalType::Double());
  d->Append<double>(-0.0);
  d->Append<double>(0.0);
  EXPECT_EQ(d->HashRow(0), d->HashRow(1));
  ColumnPtr r = Column::Make(PointType());
  ASSERT_TRUE(r->AppendValue(Value::Row(PointType(), {Value::Int(1), Value::String("a")})).ok());
  ASSERT_TRUE(r->AppendValue(Value::Row(PointType(), {Value::Int(1), Value::String("a")})).ok());
  EXPECT_EQ(r->HashRow(0), r->HashRow(1));
  EXPECT_TRUE(r->RowsEqual(0, *r, 1));
}

TEST(ColumnTest, ShareHeapsOfForSubstringKernels) {
  ColumnPtr in = Column::Make(LogicalType::String());
  in->AppendString("hello world");
  ColumnPtr out = Column::Make(LogicalType::String());
  out->Resize(1);
  out->ShareHeapsOf(*in);
  out->Set<std::string_view>(0, in->GetString(0).substr(6));
  in.reset();
  EXPECT_EQ(out->GetString(0), "world");
}

TEST(ColumnTest, ClearKeepsType) {
  ColumnPtr c = Column::Make(LogicalType::String());
  c->AppendString("a");
  c->AppendNull();
  c->Clear();
  EXPECT_EQ(c->size(), 0u);
  EXPECT_FALSE(c->MayHaveNulls());
  c->AppendString("b");
  EXPECT_EQ(c->GetString(0), "b");
}

TEST(SelectionVectorTest, IdentityTracking) {
  SelectionVector all = SelectionVector::All(5);
  EXPECT_TRUE(all.is_identity());
  EXPECT_EQ(all.size(), 5u);
  EXPECT_EQ(all[4], 4u);
  SelectionVector some(std::vector<uint32_t>{0, 2});
  EXPECT_FALSE(some.is_identity());
  SelectionVector built;
  built.push_back(0);
  built.push_back(1);
  EXPECT_TRUE(built.is_identity());
  built.push_back(5);
  EXPECT_FALSE(built.is_identity());
}

}  // namespace
}  // namespace sluice
