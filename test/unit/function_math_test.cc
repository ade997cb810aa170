// Math and conditional built-ins.
#include <gtest/gtest.h>

#include <cmath>

#include "function_test_util.h"

namespace sluice::testing {
namespace {

TEST(FunctionMathTest, AbsSignMod) {
  EXPECT_EQ(Call("ABS", {I(-5)}), "5");
  EXPECT_EQ(Call("ABS", {D(-2.5)}), "2.5");
  EXPECT_EQ(Call("ABS", {Dec("-1.20", 3, 2)}), "1.20");
  EXPECT_EQ(Call("ABS", {I(-2147483647 - 1)}), "-2147483648");
  EXPECT_EQ(Call("ABS", {NullOf(LogicalType::Int())}), "NULL");
  EXPECT_EQ(Call("SIGN", {I(-9)}), "-1");
  EXPECT_EQ(Call("SIGN", {D(0.0)}), "0.0");
  EXPECT_EQ(Call("SIGN", {Dec("3.5", 2, 1)}), "1.0");
  EXPECT_EQ(Call("MOD", {I(10), I(3)}), "1");
  EXPECT_EQ(Call("MOD", {I(10), I(0)}), "ERROR: ArithmeticException: / by zero");
  EXPECT_EQ(ReturnType("ABS", {LogicalType::BigInt().NotNull()}), "BIGINT NOT NULL");
}

TEST(FunctionMathTest, Rounding) {
  EXPECT_EQ(Call("ROUND", {D(2.675), I(2)}), "2.68");
  EXPECT_EQ(Call("ROUND", {D(2.5)}), "3.0");
  EXPECT_EQ(Call("ROUND", {D(-2.5)}), "-3.0");
  EXPECT_EQ(Call("ROUND", {D(1234.5678), I(-2)}), "1200.0");
  EXPECT_EQ(Call("ROUND", {I(1250), I(-2)}), "1300");
  EXPECT_EQ(Call("ROUND", {I(-1250), I(-2)}), "-1300");
  EXPECT_EQ(Call("ROUND", {Dec("1.235", 4, 3), I(2)}), "1.24");
  EXPECT_EQ(ReturnType("ROUND", {LogicalType::Decimal(4, 3), LogicalType::Int()}),
            "DECIMAL(4, 3)");
  EXPECT_EQ(Call("TRUNCATE", {D(2.679), I(2)}), "2.67");
  EXPECT_EQ(Call("TRUNCATE", {D(-2.679), I(1)}), "-2.6");
  EXPECT_EQ(Call("TRUNCATE", {Dec("1.239", 4, 3), I(1)}), "1.2");
  EXPECT_EQ(Call("FLOOR", {D(-1.5)}), "-2.0");
  EXPECT_EQ(Call("CEIL", {D(-1.5)}), "-1.0");
  EXPECT_EQ(Call("FLOOR", {Dec("-1.5", 2, 1)}), "-2");
  EXPECT_EQ(Call("CEILING", {Dec("1.1", 2, 1)}), "2");
  EXPECT_EQ(Call("FLOOR", {I(7)}), "7");
}

TEST(FunctionMathTest, DoubleFunctions) {
  EXPECT_EQ(Call("POWER", {I(2), I(10)}), "1024.0");
  EXPECT_EQ(Call("SQRT", {I(16)}), "4.0");
  EXPECT_EQ(Call("SQRT", {I(-1)}), "NaN");
  EXPECT_EQ(Call("LN", {D(1)}), "0.0");
  EXPECT_EQ(Call("LOG10", {I(1000)}), "3.0");
  EXPECT_EQ(Call("LOG2", {I(8)}), "3.0");
  EXPECT_EQ(Call("LOG", {I(2), I(8)}), "3.0");
  EXPECT_EQ(Call("LOG", {D(0)}), "-Infinity");
  EXPECT_EQ(Call("EXP", {I(0)}), "1.0");
  EXPECT_EQ(Call("SIN", {I(0)}), "0.0");
  EXPECT_EQ(Call("COS", {I(0)}), "1.0");
  EXPECT_EQ(Call("ATAN2", {I(0), I(1)}), "0.0");
  EXPECT_EQ(Call("DEGREES", {Value::Double(M_PI)}), "180.0");
  EXPECT_EQ(Call("RADIANS", {I(180)}), "3.141592653589793");
  EXPECT_EQ(Call("PI", {}), "3.141592653589793");
  EXPECT_EQ(Call("E", {}), "2.718281828459045");
  EXPECT_EQ(Call("POWER", {NullOf(LogicalType::Double()), I(2)}), "NULL");
}

TEST(FunctionMathTest, Random) {
  Result<BoundExpressionPtr> e = BindCall("RAND", {}, false);
  ASSERT_TRUE(e.ok());
  EXPECT_FALSE((*e)->IsConstant());
  double v = EvalOneRow(*e, {}).value().GetDouble();
  EXPECT_GE(v, 0.0);
  EXPECT_LT(v, 1.0);
  // The same seed gives the same sequence.
  std::string a = Show(EvalOneRow(BindCall("RAND", {I(42)}, true).value(), {I(42)}));
  std::string b = Show(EvalOneRow(BindCall("RAND", {I(42)}, true).value(), {I(42)}));
  EXPECT_EQ(a, b);
  Result<Value> r = EvalOneRow(BindCall("RAND_INTEGER", {I(10)}, false).value(), {I(10)});
  ASSERT_TRUE(r.ok());
  EXPECT_GE(r->GetInt64(), 0);
  EXPECT_LT(r->GetInt64(), 10);
}

TEST(FunctionConditionalTest, NullIfIfGreatestLeast) {
  EXPECT_EQ(Call("NULLIF", {I(1), I(1)}), "NULL");
  EXPECT_EQ(Call("NULLIF", {I(1), I(2)}), "1");
  EXPECT_EQ(Call("NULLIF", {I(1), NullOf(LogicalType::Int())}), "1");
  EXPECT_EQ(Call("IF", {B(true), S("a"), S("b")}), "a");
  EXPECT_EQ(Call("IF", {NullOf(LogicalType::Boolean()), S("a"), S("b")}), "b");
  EXPECT_EQ(Call("IF", {B(false), I(1), D(2.5)}), "2.5");
  EXPECT_EQ(Call("GREATEST", {I(1), I(5), I(3)}), "5");
  EXPECT_EQ(Call("LEAST", {I(1), I(5), I(-3)}), "-3");
  EXPECT_EQ(Call("GREATEST", {S("apple"), S("pear")}), "pear");
  EXPECT_EQ(Call("GREATEST", {I(1), NullOf(LogicalType::Int())}), "NULL");
  EXPECT_EQ(Call("LEAST", {I(2), D(1.5)}), "1.5");
  EXPECT_EQ(Call("COALESCE", {NullOf(LogicalType::Int()), I(2), I(3)}), "2");
  EXPECT_EQ(Call("IFNULL", {NullOf(LogicalType::String()), S("x")}), "x");
  EXPECT_EQ(ReturnType("COALESCE", {LogicalType::Int(), LogicalType::Int().NotNull()}),
            "INT NOT NULL");
}

}  // namespace
}  // namespace sluice::testing
