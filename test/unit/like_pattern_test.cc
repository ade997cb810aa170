#include "common/like_pattern.h"

#include <gtest/gtest.h>

namespace sluice {
namespace {

TEST(LikePatternTest, PercentAndUnderscore) {
  EXPECT_TRUE(MatchesLikePattern("orders", "ord%", false));
  EXPECT_TRUE(MatchesLikePattern("orders", "%ers", false));
  EXPECT_TRUE(MatchesLikePattern("orders", "%", false));
  EXPECT_TRUE(MatchesLikePattern("", "%", false));
  EXPECT_TRUE(MatchesLikePattern("orders", "o_ders", false));
  EXPECT_FALSE(MatchesLikePattern("orders", "o_ers", false));
  EXPECT_FALSE(MatchesLikePattern("orders", "ord", false));
  EXPECT_TRUE(MatchesLikePattern("a%b", "a\\%b", false));
  EXPECT_FALSE(MatchesLikePattern("axb", "a\\%b", false));
  EXPECT_TRUE(MatchesLikePattern("model_v1", "%\\_v_", false));
}

TEST(LikePatternTest, CaseSensitivity) {
  EXPECT_FALSE(MatchesLikePattern("Orders", "ord%", false));
  EXPECT_TRUE(MatchesLikePattern("Orders", "ord%", true));
}

TEST(LikePatternTest, Utf8CountsCodePoints) {
  EXPECT_TRUE(MatchesLikePattern("模型", "__", false));
  EXPECT_FALSE(MatchesLikePattern("模型", "___", false));
  EXPECT_TRUE(MatchesLikePattern("模型a", "模%", false));
}

TEST(LikePatternTest, BacktracksAcrossSeveralPercents) {
  EXPECT_TRUE(MatchesLikePattern("abcabcabd", "%abc%abd", false));
  EXPECT_FALSE(MatchesLikePattern("abcabcabe", "%abc%abd", false));
}

}  // namespace
}  // namespace sluice
