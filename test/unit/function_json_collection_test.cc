// JSON and collection built-ins.
#include <gtest/gtest.h>

#include "function_test_util.h"

namespace sluice::testing {
namespace {

const char* kDoc = R"({"a": {"b": [10, {"c": "x"}], "n": null, "t": true, "d": 1.5}, "k": "v"})";

TEST(FunctionJsonTest, JsonValueQueryExists) {
  EXPECT_EQ(Call("JSON_VALUE", {S(kDoc), S("$.k")}), "v");
  EXPECT_EQ(Call("JSON_VALUE", {S(kDoc), S("$.a.b[0]")}), "10");
  EXPECT_EQ(Call("JSON_VALUE", {S(kDoc), S("$.a.b[1].c")}), "x");
  EXPECT_EQ(Call("JSON_VALUE", {S(kDoc), S("$.a.t")}), "true");
  EXPECT_EQ(Call("JSON_VALUE", {S(kDoc), S("$.a.d")}), "1.5");
  EXPECT_EQ(Call("JSON_VALUE", {S(kDoc), S("$.a.n")}), "NULL");
  EXPECT_EQ(Call("JSON_VALUE", {S(kDoc), S("$.a")}), "NULL");  // not a scalar
  EXPECT_EQ(Call("JSON_VALUE", {S(kDoc), S("$.missing")}), "NULL");
  EXPECT_EQ(Call("JSON_VALUE", {S("{bad json"), S("$.a")}), "NULL");
  EXPECT_EQ(Call("JSON_VALUE", {S(kDoc), S("lax $['k']")}), "v");
  EXPECT_EQ(Call("JSON_QUERY", {S(kDoc), S("$.a.b")}), R"([10,{"c":"x"}])");
  EXPECT_EQ(Call("JSON_QUERY", {S(kDoc), S("$.k")}), "NULL");
  EXPECT_EQ(Call("JSON_EXISTS", {S(kDoc), S("$.a.b[1]")}), "TRUE");
  EXPECT_EQ(Call("JSON_EXISTS", {S(kDoc), S("$.a.b[2]")}), "FALSE");
  EXPECT_EQ(Call("JSON_VALUE", {S(kDoc), S("a.b")}),
            "ERROR: Invalid JSON path expression 'a.b' in JSON_VALUE.");
  EXPECT_EQ(Call("JSON_VALUE", {Value::Null(LogicalType::String()), S("$.a")}), "NULL");
}

TEST(FunctionJsonTest, Constructors) {
  EXPECT_EQ(Call("JSON_STRING", {I(1)}), "1");
  EXPECT_EQ(Call("JSON_STRING", {S("a\"b")}), R"("a\"b")");
  EXPECT_EQ(Call("JSON_STRING", {B(true)}), "true");
  EXPECT_EQ(Call("JSON_STRING", {Value::Null(LogicalType::Int())}), "NULL");
  EXPECT_EQ(Call("JSON_OBJECT", {S("a"), I(1), S("b"), Value::Null(LogicalType::String())}),
            R"({"a":1,"b":null})");
  EXPECT_EQ(Call("JSON_ARRAY", {I(1), Value::Null(LogicalType::Int()), I(3)}), "[1,3]");
  EXPECT_EQ(Call("JSON_STRING", {Value::Array(LogicalType::Int(), {I(1), I(2)})}), "[1,2]");
}

TEST(FunctionJsonTest, IsJson) {
  EXPECT_EQ(Call("IS JSON", {S("{}")}), "TRUE");
  EXPECT_EQ(Call("IS JSON", {S("{")}), "FALSE");
  EXPECT_EQ(Call("IS JSON", {S("[1]"), S("ARRAY")}), "TRUE");
  EXPECT_EQ(Call("IS JSON", {S("[1]"), S("OBJECT")}), "FALSE");
  EXPECT_EQ(Call("IS JSON", {S("1"), S("SCALAR")}), "TRUE");
  EXPECT_EQ(Call("IS JSON", {Value::Null(LogicalType::String())}), "FALSE");
}

TEST(FunctionCollectionTest, ArraysAndMaps) {
  Value arr = Value::Array(LogicalType::Int(), {I(10), I(20), Value::Null(LogicalType::Int())});
  Value map = Value::Map(LogicalType::String(), LogicalType::Int(),
                         {{S("a"), I(1)}, {S("b"), I(2)}});
  EXPECT_EQ(Call("CARDINALITY", {arr}), "3");
  EXPECT_EQ(Call("CARDINALITY", {map}), "2");
  EXPECT_EQ(Call("ITEM", {arr, I(1)}), "10");
  EXPECT_EQ(Call("ITEM", {arr, I(2)}), "20");
  EXPECT_EQ(Call("ITEM", {arr, I(3)}), "NULL");
  EXPECT_EQ(Call("ITEM", {arr, I(4)}), "NULL");
  EXPECT_EQ(Call("ITEM", {arr, I(0)}), "NULL");
  EXPECT_EQ(Call("ITEM", {map, S("b")}), "2");
  EXPECT_EQ(Call("ITEM", {map, S("z")}), "NULL");
  EXPECT_EQ(Call("ARRAY_CONTAINS", {arr, I(20)}), "TRUE");
  EXPECT_EQ(Call("ARRAY_CONTAINS", {arr, I(30)}), "FALSE");
  EXPECT_EQ(Call("ELEMENT", {Value::Array(LogicalType::Int(), {I(7)})}), "7");
  EXPECT_EQ(Call("ELEMENT", {Value::Array(LogicalType::Int(), {})}), "NULL");
  EXPECT_EQ(Call("ELEMENT", {arr}), "ERROR: Array has more than one element.");
}

TEST(FunctionCollectionTest, Constructors) {
  EXPECT_EQ(Call("ARRAY", {I(1), I(2), I(3)}), "[1, 2, 3]");
  EXPECT_EQ(Call("ARRAY", {I(1), D(2.5)}), "[1.0, 2.5]");
  EXPECT_EQ(Call("ARRAY", {I(1), Value::Null(LogicalType::Int())}), "[1, NULL]");
  EXPECT_EQ(Call("MAP", {S("a"), I(1), S("b"), I(2)}), "{a=1, b=2}");
  EXPECT_EQ(Call("ROW", {I(1), S("x")}), "(1, x)");
  EXPECT_EQ(ReturnType("ARRAY", {LogicalType::Int().NotNull()}), "ARRAY<INT NOT NULL> NOT NULL");
  LogicalType row_type = LogicalType::Row({LogicalType::Field("id", LogicalType::Int()),
                                           LogicalType::Field("name", LogicalType::String())});
  Value row = Value::Row(row_type, {I(5), S("bob")});
  EXPECT_EQ(Call("FIELD_ACCESS", {row, S("name")}), "bob");
  EXPECT_EQ(Call("FIELD_ACCESS", {row, I(1)}), "5");
  EXPECT_EQ(Call("FIELD_ACCESS", {row, S("nope")}).rfind("ERROR: Unknown field 'nope'", 0), 0u);
}

}  // namespace
}  // namespace sluice::testing
