#include <gtest/gtest.h>

#include "core/ids.hpp"

namespace myo {

TEST(Ids, SideSuffixIsParsed) {
  EXPECT_EQ(sideOf("trapezius.upper.r"), Side::Right);
  EXPECT_EQ(sideOf("scapula.l"), Side::Left);
  EXPECT_EQ(sideOf("thoracolumbar_fascia"), Side::None);
  EXPECT_EQ(withoutSide("trapezius.upper.r"), "trapezius.upper");
}

TEST(Ids, QuerySelectsPartsAndSides) {
  EXPECT_TRUE(idMatches("trapezius", "trapezius.upper.r"));
  EXPECT_TRUE(idMatches("trapezius.r", "trapezius.upper.r"));
  EXPECT_FALSE(idMatches("trapezius.l", "trapezius.upper.r"));
  EXPECT_TRUE(idMatches("trapezius.upper", "trapezius.upper.l"));
  // A prefix must end at a component boundary: `teres` is not `teres_major`.
  EXPECT_FALSE(idMatches("teres", "teres_major.r"));
  EXPECT_FALSE(idMatches("infraspinatus.r", "supraspinatus.r"));
}

TEST(Ids, ValidIdsAreLowerCaseDotted) {
  EXPECT_TRUE(isValidId("trapezius.trp1.r"));
  EXPECT_FALSE(isValidId("Trapezius"));
  EXPECT_FALSE(isValidId("a..b"));
  EXPECT_FALSE(isValidId(".a"));
  EXPECT_FALSE(isValidId(""));
}

TEST(Ids, NamesBecomeIdsWithSides) {
  Side side = Side::None;
  EXPECT_EQ(idFromName("Right infraspinatus", &side), "infraspinatus");
  EXPECT_EQ(side, Side::Right);
  EXPECT_EQ(idFromName("Proximal phalanx of left thumb", &side), "proximal_phalanx_of_thumb");
  EXPECT_EQ(side, Side::Left);
  EXPECT_EQ(idFromName("Right_levator_scapulae", &side), "levator_scapulae");
  EXPECT_EQ(idFromName("Fourth lumbar vertebra", &side), "fourth_lumbar_vertebra");
  EXPECT_EQ(side, Side::None);
}

TEST(Ids, CloseIdsSuggestTyposAndPartsClosestFirst) {
  const std::vector<std::string> ids = {"temple", "teeth", "trapezius.upper", "trapezius.lower", "infraspinatus"};
  EXPECT_EQ(closeIds("tempel", ids), (std::vector<std::string>{"temple"}));
  EXPECT_EQ(closeIds("trapez", ids), (std::vector<std::string>{"trapezius.upper", "trapezius.lower"}));
  EXPECT_EQ(closeIds(" Infraspinatis ", ids), (std::vector<std::string>{"infraspinatus"}));
  EXPECT_TRUE(closeIds("gluteus", ids).empty());  // nothing alike: no guess
  EXPECT_EQ(closeIds("trapez", ids, 1).size(), 1u);
  EXPECT_EQ(didYouMean({"a", "b"}), "; did you mean a, b?");
  EXPECT_EQ(didYouMean({}), "");
}

}  // namespace myo
