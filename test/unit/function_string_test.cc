// String, regular-expression and hash built-ins.
#include <gtest/gtest.h>

#include "function_test_util.h"

namespace sluice::testing {
namespace {

const Value kNullString = Value::Null(LogicalType::String());

TEST(FunctionStringTest, CaseAndLength) {
  EXPECT_EQ(Call("UPPER", {S("abc Déjà vu")}), "ABC DÉJÀ VU");
  EXPECT_EQ(Call("LOWER", {S("ÀÉÎ Straße ΑΒΓ")}), "àéî straße αβγ");
  EXPECT_EQ(Call("UPPER", {S("straße")}), "STRASSE");
  EXPECT_EQ(Call("UPPER", {kNullString}), "NULL");
  EXPECT_EQ(Call("CHAR_LENGTH", {S("héllo")}), "5");
  EXPECT_EQ(Call("CHAR_LENGTH", {S("日本語")}), "3");
  EXPECT_EQ(Call("CHARACTER_LENGTH", {S("")}), "0");
  EXPECT_EQ(Call("UPPER", {I(1)}).rfind("ERROR: Invalid function call", 0), 0u);
}

TEST(FunctionStringTest, Substring) {
  EXPECT_EQ(Call("SUBSTRING", {S("hello"), I(2)}), "ello");
  EXPECT_EQ(Call("SUBSTRING", {S("hello"), I(2), I(3)}), "ell");
  EXPECT_EQ(Call("SUBSTRING", {S("日本語です"), I(2), I(2)}), "本語");
  EXPECT_EQ(Call("SUBSTRING", {S("hello"), I(10)}), "");
  EXPECT_EQ(Call("SUBSTRING", {S("hello"), I(-3)}), "llo");
  EXPECT_EQ(Call("SUBSTR", {S("hello"), I(0), I(2)}), "he");
  EXPECT_EQ(Call("SUBSTRING", {S("hello"), NullOf(LogicalType::Int())}), "NULL");
}

TEST(FunctionStringTest, TrimAndPad) {
  EXPECT_EQ(Call("TRIM", {S("  a b  ")}), "a b");
  EXPECT_EQ(Call("LTRIM", {S("  a  ")}), "a  ");
  EXPECT_EQ(Call("RTRIM", {S("  a  ")}), "  a");
  EXPECT_EQ(Call("TRIM", {S("xxhixx"), S("x")}), "hi");
  EXPECT_EQ(Call("TRIM", {S("éaé"), S("é")}), "a");
  EXPECT_EQ(Call("LPAD", {S("hi"), I(5), S("ab")}), "abahi");
  EXPECT_EQ(Call("RPAD", {S("hi"), I(5), S("ab")}), "hiaba");
  EXPECT_EQ(Call("LPAD", {S("hello"), I(2), S("x")}), "he");
  EXPECT_EQ(Call("LPAD", {S("hi"), I(-1), S("x")}), "NULL");
  EXPECT_EQ(Call("RPAD", {S("é"), I(3), S("ü")}), "éüü");
}

TEST(FunctionStringTest, ConcatReplaceAndFriends) {
  EXPECT_EQ(Call("CONCAT", {S("a"), S("b"), S("c")}), "abc");
  EXPECT_EQ(Call("CONCAT", {S("a"), kNullString}), "NULL");
  EXPECT_EQ(Call("||", {S("a"), S("é")}), "aé");
  EXPECT_EQ(Call("CONCAT_WS", {S("-"), S("a"), kNullString, S("b")}), "a-b");
  EXPECT_EQ(Call("CONCAT_WS", {kNullString, S("a")}), "NULL");
  EXPECT_EQ(Call("REPLACE", {S("banana"), S("an"), S("AN")}), "bANANa");
  EXPECT_EQ(Call("REPLACE", {S("abc"), S(""), S("-")}), "-a-b-c-");
  EXPECT_EQ(Call("POSITION", {S("lo"), S("hello")}), "4");
  EXPECT_EQ(Call("POSITION", {S("z"), S("hello")}), "0");
  EXPECT_EQ(Call("POSITION", {S("語"), S("日本語")}), "3");
  EXPECT_EQ(Call("LOCATE", {S("l"), S("hello"), I(4)}), "4");
  EXPECT_EQ(Call("INITCAP", {S("hello wORLD foo-bar")}), "Hello World Foo-Bar");
  EXPECT_EQ(Call("REVERSE", {S("añb")}), "bña");
  EXPECT_EQ(Call("REPEAT", {S("ab"), I(3)}), "ababab");
  EXPECT_EQ(Call("REPEAT", {S("ab"), I(-1)}), "");
  EXPECT_EQ(Call("LEFT", {S("héllo"), I(2)}), "hé");
  EXPECT_EQ(Call("RIGHT", {S("héllo"), I(3)}), "llo");
  EXPECT_EQ(Call("ASCII", {S("A")}), "65");
  EXPECT_EQ(Call("CHR", {I(97)}), "a");
  EXPECT_EQ(Call("SPLIT_INDEX", {S("a,b,c"), S(","), I(1)}), "b");
  EXPECT_EQ(Call("SPLIT_INDEX", {S("a,b,c"), S(","), I(5)}), "NULL");
}

TEST(FunctionStringTest, RegularExpressions) {
  EXPECT_EQ(Call("REGEXP", {S("hello123"), S("[0-9]+")}), "TRUE");
  EXPECT_EQ(Call("REGEXP", {S("hello"), S("^[0-9]+$")}), "FALSE");
  EXPECT_EQ(Call("REGEXP_EXTRACT", {S("foothebar"), S("foo(.*?)(bar)"), I(2)}), "bar");
  EXPECT_EQ(Call("REGEXP_EXTRACT", {S("foothebar"), S("foo(.*?)(bar)"), I(1)}), "the");
  EXPECT_EQ(Call("REGEXP_EXTRACT", {S("foothebar"), S("x(y)"), I(1)}), "NULL");
  EXPECT_EQ(Call("REGEXP_REPLACE", {S("a1b22c"), S("[0-9]+"), S("#")}), "a#b#c");
  EXPECT_EQ(Call("REGEXP_REPLACE", {S("john smith"), S("(\\w+) (\\w+)"), S("$2, $1")}),
            "smith, john");
  EXPECT_EQ(Call("REGEXP", {S("x"), S("(unclosed")}),
            "ERROR: Invalid regular expression '(unclosed': missing ): (unclosed.");
  EXPECT_EQ(Call("REGEXP", {kNullString, S("a")}), "NULL");
}

TEST(FunctionStringTest, LikeAndSimilar) {
  EXPECT_EQ(Call("LIKE", {S("hello"), S("h%o")}), "TRUE");
  EXPECT_EQ(Call("LIKE", {S("hello"), S("h_llo")}), "TRUE");
  EXPECT_EQ(Call("LIKE", {S("hello"), S("H%")}), "FALSE");
  EXPECT_EQ(Call("ILIKE", {S("hello"), S("H%")}), "TRUE");
  EXPECT_EQ(Call("LIKE", {S("日本語"), S("_本_")}), "TRUE");
  EXPECT_EQ(Call("LIKE", {S("a.c"), S("a.c")}), "TRUE");
  EXPECT_EQ(Call("LIKE", {S("abc"), S("a.c")}), "FALSE");
  EXPECT_EQ(Call("LIKE", {S("50%"), S("50\\%")}), "TRUE");
  EXPECT_EQ(Call("LIKE", {S("50x"), S("50\\%")}), "FALSE");
  EXPECT_EQ(Call("LIKE", {S("a_b"), S("a!_b"), S("!")}), "TRUE");
  EXPECT_EQ(Call("SIMILAR TO", {S("abcabc"), S("(abc)+")}), "TRUE");
  EXPECT_EQ(Call("SIMILAR TO", {S("abd"), S("ab(c|e)")}), "FALSE");
  EXPECT_EQ(Call("LIKE", {kNullString, S("%")}), "NULL");
}

TEST(FunctionStringTest, Hashes) {
  EXPECT_EQ(Call("MD5", {S("")}), "d41d8cd98f00b204e9800998ecf8427e");
  EXPECT_EQ(Call("MD5", {S("abc")}), "900150983cd24fb0d6963f7d28e17f72");
  EXPECT_EQ(Call("SHA1", {S("abc")}), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(Call("SHA256", {S("abc")}),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Call("SHA2", {S("abc"), I(256)}),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Call("SHA2", {S("abc"), I(100)}), "NULL");
  EXPECT_EQ(Call("TO_BASE64", {S("hello")}), "aGVsbG8=");
  EXPECT_EQ(Call("FROM_BASE64", {S("aGVsbG8=")}), "hello");
  EXPECT_EQ(Call("MD5", {kNullString}), "NULL");
}

TEST(FunctionStringTest, Uuid) {
  Result<BoundExpressionPtr> e = BindCall("UUID", {}, false);
  ASSERT_TRUE(e.ok());
  EXPECT_FALSE((*e)->IsConstant());
  std::string a = Show(EvalOneRow(*e, {}));
  std::string b = Show(EvalOneRow(*e, {}));
  EXPECT_EQ(a.size(), 36u);
  EXPECT_EQ(a[14], '4');
  EXPECT_NE(a, b);
}

}  // namespace
}  // namespace sluice::testing
