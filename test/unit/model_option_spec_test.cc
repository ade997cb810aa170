// Tests of OptionSpec value validation and Flink-style duration parsing.

#include <chrono>

#include <gtest/gtest.h>

#include "model/option_duration.h"
#include "model/option_spec.h"

namespace sluice {
namespace {

using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::nanoseconds;
using std::chrono::seconds;

std::string ErrorOf(const OptionSpec& spec, std::string_view value) {
  Status status = ValidateOptionValue(spec, value);
  EXPECT_FALSE(status.ok()) << "value '" << value << "' was accepted";
  EXPECT_EQ(status.code(), StatusCode::kUserError);
  return status.message();
}

TEST(ModelOptionSpecTest, IntegersAndBounds) {
  OptionSpec spec{.key = "batch-size", .type = OptionType::kInt, .min_value = 1};
  EXPECT_TRUE(ValidateOptionValue(spec, "32").ok());
  EXPECT_TRUE(ValidateOptionValue(spec, " 7 ").ok());
  EXPECT_EQ(ErrorOf(spec, "0"),
            "Invalid value '0' for option 'batch-size': expected an integer >= 1.");
  EXPECT_EQ(ErrorOf(spec, "1.5"),
            "Invalid value '1.5' for option 'batch-size': expected an integer >= 1.");
  OptionSpec plain{.key = "seed", .type = OptionType::kInt};
  EXPECT_TRUE(ValidateOptionValue(plain, "-42").ok());
  EXPECT_EQ(ErrorOf(plain, "abc"), "Invalid value 'abc' for option 'seed': expected an integer.");
  EXPECT_EQ(ErrorOf(plain, "99999999999999999999"),
            "Invalid value '99999999999999999999' for option 'seed': expected an integer.");
}

TEST(ModelOptionSpecTest, DoublesAndRanges) {
  OptionSpec spec{
      .key = "temperature", .type = OptionType::kDouble, .min_value = 0.0, .max_value = 2.0};
  EXPECT_TRUE(ValidateOptionValue(spec, "0.7").ok());
  EXPECT_TRUE(ValidateOptionValue(spec, "2").ok());
  EXPECT_TRUE(ValidateOptionValue(spec, "1e-3").ok());
  EXPECT_EQ(ErrorOf(spec, "2.5"),
            "Invalid value '2.5' for option 'temperature': expected a number between 0 and 2.");
  EXPECT_EQ(ErrorOf(spec, "hot"),
            "Invalid value 'hot' for option 'temperature': expected a number between 0 and 2.");
  EXPECT_EQ(ErrorOf(spec, "nan"),
            "Invalid value 'nan' for option 'temperature': expected a number between 0 and 2.");
}

TEST(ModelOptionSpecTest, BooleansAreCaseInsensitive) {
  OptionSpec spec{.key = "cache", .type = OptionType::kBool};
  EXPECT_TRUE(ValidateOptionValue(spec, "true").ok());
  EXPECT_TRUE(ValidateOptionValue(spec, "FALSE").ok());
  EXPECT_EQ(ErrorOf(spec, "yes"),
            "Invalid value 'yes' for option 'cache': expected true or false.");
}

TEST(ModelOptionSpecTest, EnumsMatchCaseInsensitively) {
  OptionSpec spec{.key = "response-format",
                  .type = OptionType::kEnum,
                  .allowed_values = {"text", "json_object"}};
  EXPECT_TRUE(ValidateOptionValue(spec, "json_object").ok());
  EXPECT_TRUE(ValidateOptionValue(spec, "TEXT").ok());
  EXPECT_EQ(CanonicalEnumValue(spec, "JSON_OBJECT"), "json_object");
  EXPECT_EQ(CanonicalEnumValue(spec, "xml"), std::nullopt);
  EXPECT_EQ(ErrorOf(spec, "xml"),
            "Invalid value 'xml' for option 'response-format': expected one of text, "
            "json_object.");
}

TEST(ModelOptionSpecTest, ListsCheckEachElement) {
  OptionSpec any{.key = "stop", .type = OptionType::kList};
  EXPECT_TRUE(ValidateOptionValue(any, "END, STOP").ok());
  EXPECT_EQ(ErrorOf(any, "a,,b"),
            "Invalid value 'a,,b' for option 'stop': expected a comma-separated list without "
            "empty elements.");
  OptionSpec restricted{.key = "modes", .type = OptionType::kList, .allowed_values = {"a", "b"}};
  EXPECT_TRUE(ValidateOptionValue(restricted, "a, B").ok());
  EXPECT_EQ(ErrorOf(restricted, "a, c"),
            "Invalid value 'a, c' for option 'modes': expected a comma-separated list of a, b.");
}

TEST(ModelOptionSpecTest, RequiredStringsMustNotBeEmpty) {
  OptionSpec spec{.key = "endpoint", .type = OptionType::kString, .required = true};
  EXPECT_TRUE(ValidateOptionValue(spec, "https://x/v1/embeddings").ok());
  EXPECT_EQ(ErrorOf(spec, "  "), "Option 'endpoint' must not be empty.");
  OptionSpec optional{.key = "system-prompt", .type = OptionType::kString};
  EXPECT_TRUE(ValidateOptionValue(optional, "").ok());
}

TEST(ModelOptionSpecTest, SecretValuesAreNeverPrinted) {
  OptionSpec spec{.key = "api-token", .type = OptionType::kInt, .secret = true};
  EXPECT_EQ(ErrorOf(spec, "sk-123"),
            "Invalid value '****' for option 'api-token': expected an integer.");
}

TEST(ModelOptionSpecTest, EnvReferencesAreCheckedLater) {
  OptionSpec spec{.key = "max-tokens", .type = OptionType::kInt};
  EXPECT_TRUE(ValidateOptionValue(spec, "${MAX_TOKENS}").ok());
}

TEST(ModelOptionSpecTest, DurationValues) {
  OptionSpec spec{.key = "timeout", .type = OptionType::kDuration};
  EXPECT_TRUE(ValidateOptionValue(spec, "3 min").ok());
  EXPECT_EQ(ErrorOf(spec, "3 minz"),
            "Invalid value '3 minz' for option 'timeout': expected a duration such as '500 ms', "
            "'30 s', '3 min' or '1 h'.");
}

TEST(ModelOptionSpecTest, ParseDurationUnits) {
  EXPECT_EQ(*ParseDuration("3 min"), minutes(3));
  EXPECT_EQ(*ParseDuration("30 s"), seconds(30));
  EXPECT_EQ(*ParseDuration("500 ms"), milliseconds(500));
  EXPECT_EQ(*ParseDuration("1h"), hours(1));
  EXPECT_EQ(*ParseDuration("2 days"), hours(48));
  EXPECT_EQ(*ParseDuration("10 SECONDS"), seconds(10));
  EXPECT_EQ(*ParseDuration("5m"), minutes(5));
  EXPECT_EQ(*ParseDuration("7 us"), nanoseconds(7000));
  EXPECT_EQ(*ParseDuration("9ns"), nanoseconds(9));
  EXPECT_EQ(*ParseDuration(" 250 "), milliseconds(250));  // no unit: milliseconds (Flink)
}

TEST(ModelOptionSpecTest, ParseDurationErrors) {
  EXPECT_EQ(ParseDuration("").status().message(),
            "Invalid duration '': the value is empty. Expected a number followed by a time unit "
            "(d, h, min, s, ms, us, ns), e.g. '30 s'.");
  EXPECT_EQ(ParseDuration("min").status().message(),
            "Invalid duration 'min': it does not start with a number. Expected a number followed "
            "by a time unit (d, h, min, s, ms, us, ns), e.g. '30 s'.");
  EXPECT_EQ(ParseDuration("3 fortnights").status().message(),
            "Invalid duration '3 fortnights': unknown time unit 'fortnights'. Expected a number "
            "followed by a time unit (d, h, min, s, ms, us, ns), e.g. '30 s'.");
  EXPECT_FALSE(ParseDuration("-3 s").ok());
  EXPECT_FALSE(ParseDuration("999999999999 d").ok());
}

TEST(ModelOptionSpecTest, TypeDisplay) {
  OptionSpec enum_spec{.key = "k", .type = OptionType::kEnum, .allowed_values = {"a", "b"}};
  EXPECT_EQ(OptionTypeDisplay(enum_spec), "ENUM(a, b)");
  EXPECT_EQ(OptionTypeDisplay(OptionSpec{.key = "k", .type = OptionType::kBool}), "BOOLEAN");
  EXPECT_EQ(OptionTypeDisplay(OptionSpec{.key = "k", .type = OptionType::kList}), "LIST");
}

}  // namespace
}  // namespace sluice
