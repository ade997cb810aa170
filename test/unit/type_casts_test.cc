// Tests of Flink's cast rules (implicit, explicit, assignment, cast avoidance) and CommonType.
#include "types/type_casts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sluice {
namespace {

using T = LogicalType;
using R = IntervalResolution;

// Parses a type in a test; a parse failure fails the test.
LogicalType P(std::string_view text) {
  Result<LogicalType> result = ParseLogicalType(text);
  EXPECT_TRUE(result.ok()) << text << ": " << result.status().message();
  return result.ok() ? *result : T::Null();
}

struct CastCase {
  std::string source;
  std::string target;
  bool allowed;
};

TEST(TypeCastsTest, ImplicitCastMatrix) {
  const std::vector<CastCase> cases = {
      // Numeric widening, never narrowing.
      {"TINYINT", "SMALLINT", true},
      {"SMALLINT", "INT", true},
      {"INT", "BIGINT", true},
      {"TINYINT", "BIGINT", true},
      {"BIGINT", "INT", false},
      {"INT", "SMALLINT", false},
      {"INT", "DECIMAL(10, 2)", true},
      {"BIGINT", "DECIMAL(38, 0)", true},
      {"DECIMAL(10, 2)", "INT", false},
      {"DECIMAL(10, 2)", "DECIMAL(20, 4)", true},
      {"INT", "FLOAT", true},
      {"BIGINT", "DOUBLE", true},
      {"DECIMAL(10, 2)", "FLOAT", true},
      {"DECIMAL(10, 2)", "DOUBLE", true},
      {"FLOAT", "DOUBLE", true},
      {"DOUBLE", "FLOAT", false},
      {"DOUBLE", "BIGINT", false},
      {"DOUBLE", "DECIMAL(10, 2)", true},  // Flink: DECIMAL accepts the NUMERIC family
      {"BOOLEAN", "INT", false},
      {"INT", "BOOLEAN", false},
      // Strings and binary strings.
      {"CHAR(5)", "STRING", true},
      {"VARCHAR(10)", "STRING", true},
      {"CHAR(5)", "CHAR(10)", true},
      {"STRING", "CHAR(5)", false},
      {"STRING NOT NULL", "STRING", true},
      {"STRING", "STRING NOT NULL", false},
      {"BINARY(3)", "BYTES", true},
      {"BYTES", "BINARY(3)", false},
      {"STRING", "BYTES", false},
      {"INT", "STRING", false},
      {"STRING", "INT", false},
      {"STRING", "DATE", false},
      // Temporal types.
      {"TIMESTAMP(3)", "TIMESTAMP(6)", true},
      {"TIMESTAMP(6)", "TIMESTAMP(3)", true},  // roots only, as Flink
      {"TIMESTAMP(3)", "TIMESTAMP_LTZ(3)", true},
      {"TIMESTAMP_LTZ(3)", "TIMESTAMP(3)", true},
      {"TIMESTAMP(3)", "DATE", true},
      {"TIMESTAMP(3)", "TIME(0)", true},
      {"DATE", "TIMESTAMP(3)", false},
      {"TIME(3)", "TIMESTAMP(3)", false},
      {"TIMESTAMP_LTZ(3)", "DATE", false},
      {"INTERVAL DAY", "INTERVAL HOUR TO SECOND(3)", true},
      {"INTERVAL YEAR", "INTERVAL DAY", false},
      {"INT", "INTERVAL DAY", true},  // Flink: exact numeric <-> single-field interval
      {"INT", "INTERVAL DAY TO HOUR", false},
      {"INTERVAL SECOND(3)", "BIGINT", true},
      // NULL literal.
      {"NULL", "INT", true},
      {"NULL", "ARRAY<STRING>", true},
      {"NULL", "INT NOT NULL", false},
      {"INT", "NULL", false},
      // Constructed types, element-wise and field-wise by position.
      {"ARRAY<INT>", "ARRAY<SMALLINT>", false},
      {"ARRAY<SMALLINT>", "ARRAY<INT>", true},
      {"ARRAY<INT>", "ARRAY<INT NOT NULL>", false},
      {"ARRAY<INT NOT NULL>", "ARRAY<INT>", true},
      {"ARRAY<INT> NOT NULL", "ARRAY<BIGINT>", true},
      {"ARRAY<INT>", "MULTISET<INT>", false},
      {"ARRAY<INT>", "INT", false},
      {"INT", "ARRAY<INT>", false},
      {"MAP<STRING, INT>", "MAP<STRING, BIGINT>", true},
      {"MAP<STRING, BIGINT>", "MAP<STRING, INT>", false},
      {"ROW<a INT, b STRING>", "ROW<x BIGINT, y STRING>", true},
      {"ROW<a INT, b STRING>", "ROW<a INT>", false},
      {"ROW<a BIGINT>", "ROW<a INT>", false},
      {"ROW<a INT>", "ROW<a INT> NOT NULL", false},
  };
  for (const CastCase& c : cases) {
    EXPECT_EQ(SupportsImplicitCast(P(c.source), P(c.target)), c.allowed)
        << c.source << " -> " << c.target;
  }
}

TEST(TypeCastsTest, ExplicitCastMatrix) {
  const std::vector<CastCase> cases = {
      {"STRING", "INT", true},
      {"INT", "STRING", true},
      {"DOUBLE", "CHAR(3)", true},
      {"STRING", "DECIMAL(10, 2)", true},
      {"STRING", "BOOLEAN", true},
      {"STRING", "DATE", true},
      {"STRING", "TIME(3)", true},
      {"STRING", "TIMESTAMP(3)", true},
      {"STRING", "TIMESTAMP_LTZ(3)", true},
      {"STRING", "INTERVAL DAY TO SECOND(3)", true},
      {"DATE", "STRING", true},
      {"TIMESTAMP_LTZ(3)", "STRING", true},
      {"BOOLEAN", "STRING", true},
      {"BYTES", "STRING", true},
      {"STRING", "BYTES", true},
      {"BINARY(3)", "VARBINARY(2)", true},
      {"BYTES", "BINARY(3)", true},
      {"DOUBLE", "INT", true},
      {"BIGINT", "TINYINT", true},
      {"DECIMAL(10, 2)", "SMALLINT", true},
      {"BOOLEAN", "INT", true},
      {"INT", "BOOLEAN", true},
      {"DOUBLE", "BOOLEAN", true},
      {"INT", "TIMESTAMP(3)", true},
      {"TIMESTAMP(3)", "BIGINT", true},
      {"TIMESTAMP(3)", "DOUBLE", true},
      {"TIMESTAMP(3)", "TIME(0)", true},
      {"DATE", "TIMESTAMP(3)", true},
      {"TIME(0)", "TIMESTAMP_LTZ(3)", true},
      {"TIMESTAMP_LTZ(3)", "DATE", true},
      {"INTERVAL DAY", "BIGINT", true},
      {"INTERVAL DAY TO HOUR", "BIGINT", false},
      {"BIGINT", "INTERVAL MONTH", true},
      {"DATE", "INT", false},
      {"INT", "DATE", false},
      {"BOOLEAN", "DATE", false},
      {"DATE", "TIME(0)", false},
      {"INT", "BYTES", false},
      {"BOOLEAN", "DECIMAL(10, 2)", true},
      {"INTERVAL YEAR", "INTERVAL DAY", false},
      {"STRING", "STRING NOT NULL", true},
      {"STRING", "INT NOT NULL", true},
      {"NULL", "INT NOT NULL", true},
      {"ARRAY<INT>", "ARRAY<STRING>", true},
      {"ARRAY<STRING>", "ARRAY<INT>", true},
      {"ARRAY<INT>", "STRING", true},
      {"MAP<STRING, INT>", "STRING", true},
      {"ROW<a INT>", "VARCHAR(10)", true},
      {"ARRAY<INT>", "INT", false},
      {"STRING", "ARRAY<INT>", false},
      {"ROW<a INT>", "ROW<a INT, b INT>", false},
      {"ARRAY<DATE>", "ARRAY<INT>", false},
      {"ARRAY<INT>", "MAP<INT, INT>", false},
  };
  for (const CastCase& c : cases) {
    EXPECT_EQ(SupportsExplicitCast(P(c.source), P(c.target)), c.allowed)
        << c.source << " -> " << c.target;
  }
}

TEST(TypeCastsTest, EveryImplicitCastIsAlsoExplicit) {
  const std::vector<std::string> types = {
      "BOOLEAN", "TINYINT", "SMALLINT", "INT", "BIGINT", "FLOAT", "DOUBLE", "DECIMAL(10, 2)",
      "CHAR(3)", "STRING", "BINARY(2)", "BYTES", "DATE", "TIME(0)", "TIMESTAMP(3)",
      "TIMESTAMP_LTZ(3)", "INTERVAL DAY", "INTERVAL YEAR TO MONTH", "ARRAY<INT>", "MAP<INT, INT>",
      "ROW<a INT>", "NULL", "INT NOT NULL", "STRING NOT NULL"};
  for (const std::string& source : types) {
    for (const std::string& target : types) {
      if (SupportsImplicitCast(P(source), P(target))) {
        EXPECT_TRUE(SupportsExplicitCast(P(source), P(target))) << source << " -> " << target;
      }
    }
    EXPECT_TRUE(SupportsImplicitCast(P(source), P(source))) << source;
  }
}

TEST(TypeCastsTest, Assignment) {
  EXPECT_TRUE(SupportsAssignment(P("INT"), P("INT")));
  EXPECT_TRUE(SupportsAssignment(P("INT NOT NULL"), P("BIGINT")));
  EXPECT_TRUE(SupportsAssignment(P("VARCHAR(10)"), P("STRING")));
  EXPECT_TRUE(SupportsAssignment(P("ROW<a INT>"), P("ROW<b BIGINT>")));
  EXPECT_TRUE(SupportsAssignment(P("NULL"), P("STRING")));
  EXPECT_FALSE(SupportsAssignment(P("STRING"), P("STRING NOT NULL")));
  EXPECT_FALSE(SupportsAssignment(P("BIGINT"), P("INT")));
  EXPECT_FALSE(SupportsAssignment(P("STRING"), P("INT")));
  EXPECT_FALSE(SupportsAssignment(P("DOUBLE"), P("FLOAT")));
}

TEST(TypeCastsTest, AvoidingCast) {
  EXPECT_TRUE(SupportsAvoidingCast(P("INT"), P("INT")));
  EXPECT_TRUE(SupportsAvoidingCast(P("INT NOT NULL"), P("INT")));
  EXPECT_FALSE(SupportsAvoidingCast(P("INT"), P("INT NOT NULL")));
  EXPECT_FALSE(SupportsAvoidingCast(P("INT"), P("BIGINT")));
  EXPECT_TRUE(SupportsAvoidingCast(P("CHAR(2)"), P("VARCHAR(3)")));
  EXPECT_TRUE(SupportsAvoidingCast(P("VARCHAR(10)"), P("STRING")));
  EXPECT_FALSE(SupportsAvoidingCast(P("VARCHAR(4)"), P("VARCHAR(3)")));
  EXPECT_FALSE(SupportsAvoidingCast(P("VARCHAR(2)"), P("CHAR(3)")));
  EXPECT_TRUE(SupportsAvoidingCast(P("BINARY(2)"), P("BYTES")));
  EXPECT_FALSE(SupportsAvoidingCast(P("DECIMAL(10, 2)"), P("DECIMAL(12, 2)")));
  EXPECT_TRUE(SupportsAvoidingCast(P("ROW<a INT NOT NULL 'x'>"), P("ROW<b INT>")));
  EXPECT_TRUE(SupportsAvoidingCast(P("ARRAY<VARCHAR(3)>"), P("ARRAY<STRING>")));
  EXPECT_FALSE(SupportsAvoidingCast(P("ARRAY<INT>"), P("ARRAY<INT NOT NULL>")));
  EXPECT_FALSE(SupportsAvoidingCast(P("ROW<a INT>"), P("ROW<a INT, b INT>")));
}

struct MergeCase {
  std::vector<std::string> inputs;
  std::string expected;  // ToString of the common type; empty when there is none
};

TEST(TypeCastsTest, CommonType) {
  const std::vector<MergeCase> cases = {
      {{"INT", "BIGINT"}, "BIGINT"},
      {{"TINYINT", "SMALLINT"}, "SMALLINT"},
      {{"INT", "DOUBLE"}, "DOUBLE"},
      {{"INT", "FLOAT"}, "FLOAT"},
      {{"FLOAT", "DOUBLE"}, "DOUBLE"},
      {{"DECIMAL(10, 2)", "FLOAT"}, "DOUBLE"},
      {{"DOUBLE", "DECIMAL(10, 2)"}, "DOUBLE"},
      {{"FLOAT", "DECIMAL(10, 2)"}, "DOUBLE"},
      {{"DECIMAL(10, 2)", "INT", "FLOAT"}, "DOUBLE"},
      {{"INT", "DECIMAL(10, 2)"}, "DECIMAL(12, 2)"},
      {{"DECIMAL(5, 3)", "DECIMAL(10, 1)"}, "DECIMAL(12, 3)"},
      {{"DECIMAL(38, 10)", "DECIMAL(38, 0)"}, "DECIMAL(38, 0)"},
      {{"INT", "BIGINT", "DECIMAL(2, 2)"}, "DECIMAL(21, 2)"},
      {{"CHAR(3)", "VARCHAR(5)"}, "VARCHAR(5)"},
      {{"VARCHAR(5)", "CHAR(3)"}, "VARCHAR(5)"},
      {{"CHAR(3)", "CHAR(3)"}, "CHAR(3)"},
      {{"CHAR(3)", "CHAR(5)"}, "VARCHAR(5)"},
      {{"VARCHAR(5)", "STRING"}, "VARCHAR(2147483647)"},
      {{"BINARY(2)", "VARBINARY(4)"}, "VARBINARY(4)"},
      {{"BOOLEAN", "BOOLEAN NOT NULL"}, "BOOLEAN"},
      {{"INT NOT NULL", "BIGINT NOT NULL"}, "BIGINT NOT NULL"},
      {{"INT NOT NULL", "BIGINT"}, "BIGINT"},
      {{"NULL", "INT NOT NULL"}, "INT"},
      {{"INT NOT NULL", "NULL", "DOUBLE NOT NULL"}, "DOUBLE"},
      {{"NULL", "ARRAY<INT NOT NULL>"}, "ARRAY<INT NOT NULL>"},
      {{"DATE", "DATE NOT NULL"}, "DATE"},
      {{"TIME(0)", "TIME(3)"}, "TIME(3)"},
      {{"TIMESTAMP(3)", "TIMESTAMP(6)"}, "TIMESTAMP(6)"},
      {{"TIMESTAMP(3)", "TIMESTAMP_LTZ(6)"}, "TIMESTAMP(6) WITH LOCAL TIME ZONE"},
      {{"DATE", "INTERVAL DAY"}, "DATE"},
      {{"INT", "TIMESTAMP(3)"}, "TIMESTAMP(3)"},
      {{"INTERVAL DAY", "INTERVAL HOUR TO SECOND(3)"}, "INTERVAL DAY(2) TO SECOND(6)"},
      {{"INTERVAL HOUR", "INTERVAL MINUTE"}, "INTERVAL HOUR TO MINUTE"},
      {{"INTERVAL YEAR", "INTERVAL MONTH"}, "INTERVAL YEAR(2) TO MONTH"},
      {{"INTERVAL YEAR(4)", "INTERVAL YEAR(2)"}, "INTERVAL YEAR(4)"},
      {{"ARRAY<INT>", "ARRAY<BIGINT>"}, "ARRAY<BIGINT>"},
      {{"ARRAY<INT NOT NULL>", "ARRAY<INT>"}, "ARRAY<INT>"},
      {{"ARRAY<INT NOT NULL> NOT NULL", "ARRAY<INT NOT NULL> NOT NULL"},
       "ARRAY<INT NOT NULL> NOT NULL"},
      {{"ARRAY<INT>", "ARRAY<BIGINT>", "NULL"}, "ARRAY<BIGINT>"},
      {{"MAP<STRING, INT>", "MAP<STRING, DOUBLE>"}, "MAP<VARCHAR(2147483647), DOUBLE>"},
      {{"ROW<a INT 'd'>", "ROW<b BIGINT>"}, "ROW<`a` BIGINT 'd'>"},
      {{"MULTISET<CHAR(2)>", "MULTISET<CHAR(4)>"}, "MULTISET<VARCHAR(4)>"},
      // No common type.
      {{"INT", "STRING"}, ""},
      {{"BOOLEAN", "INT"}, ""},
      {{"DATE", "TIME(0)"}, ""},
      {{"ARRAY<INT>", "INT"}, ""},
      {{"ARRAY<INT>", "ARRAY<STRING>"}, ""},
      {{"ROW<a INT>", "ROW<a INT, b INT>"}, ""},
      {{"INTERVAL YEAR", "INTERVAL DAY"}, ""},
      {{"NULL", "NULL"}, ""},
      {{"STRING", "BYTES"}, ""},
  };
  for (const MergeCase& c : cases) {
    std::vector<LogicalType> inputs;
    std::string label;
    for (const std::string& text : c.inputs) {
      inputs.push_back(P(text));
      label += text + "; ";
    }
    Result<LogicalType> merged = CommonType(inputs);
    if (c.expected.empty()) {
      EXPECT_FALSE(merged.ok()) << label << "merged to " << merged->ToString();
    } else {
      ASSERT_TRUE(merged.ok()) << label << merged.status().message();
      EXPECT_EQ(merged->ToString(), c.expected) << label;
    }
  }
}

TEST(TypeCastsTest, CommonTypeOfTwoAndErrors) {
  Result<LogicalType> merged = CommonType(T::Int(), T::BigInt().NotNull());
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(*merged, T::BigInt());

  Result<LogicalType> failed = CommonType(T::Int(), T::String());
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), StatusCode::kUserError);
  EXPECT_EQ(failed.status().message(), "Could not find a common type for [INT, STRING].");

  EXPECT_FALSE(CommonType(std::vector<LogicalType>{}).ok());
  Result<LogicalType> single = CommonType(std::vector<LogicalType>{T::Int().NotNull()});
  ASSERT_TRUE(single.ok());
  EXPECT_EQ(*single, T::Int().NotNull());
}

}  // namespace
}  // namespace sluice
