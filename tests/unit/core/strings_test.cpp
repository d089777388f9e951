#include <gtest/gtest.h>

#include "core/strings.hpp"

namespace myo {

TEST(Strings, SizeParsesWidthByHeight) {
  const auto size = parseSize("1280x720");
  ASSERT_TRUE(size);
  EXPECT_EQ(size->first, 1280);
  EXPECT_EQ(size->second, 720);
  EXPECT_TRUE(parseSize("64X48"));
  EXPECT_FALSE(parseSize("1280"));
  EXPECT_FALSE(parseSize("0x10"));
  EXPECT_FALSE(parseSize("axb"));
  EXPECT_FALSE(parseSize("10x10x10"));
}

TEST(Strings, NumbersRejectTrailingGarbage) {
  EXPECT_DOUBLE_EQ(*parseDouble(" 2.5 "), 2.5);
  EXPECT_DOUBLE_EQ(*parseDouble("+1"), 1.0);
  EXPECT_FALSE(parseDouble("2.5x"));
  EXPECT_FALSE(parseDouble(""));
  EXPECT_EQ(*parseInt("-3"), -3);
  EXPECT_FALSE(parseInt("3.5"));
}

TEST(Strings, SplitKeepsEmptyFields) {
  const auto parts = split("a,,b", ',');
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1], "");
  EXPECT_EQ(splitWhitespace("  view   posterior ").size(), 2u);
}

TEST(Strings, EditDistanceCountsSingleEdits) {
  EXPECT_EQ(editDistance("infraspinatis", "infraspinatus"), 1u);
  EXPECT_EQ(editDistance("", "abc"), 3u);
  EXPECT_EQ(editDistance("temple", "temple"), 0u);
  EXPECT_EQ(editDistance("kitten", "sitting"), 3u);
}

}  // namespace myo
