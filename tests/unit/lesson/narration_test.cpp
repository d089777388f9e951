#include <gtest/gtest.h>

#include "lesson/narration.hpp"

namespace myo::lesson {
namespace {

TEST(Narration, ParagraphsListsAndEmphasis) {
  const auto blocks = formatNarration(
      "The **rotator cuff** is four\nmuscles:\n- supraspinatus\n- infraspinatus, *above*\n  and below\n\n"
      "1. Sit tall.\n2. Breathe.\nAfter the list.");
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[0].kind, Block::Kind::Paragraph);
  ASSERT_EQ(blocks[0].spans.size(), 3u);
  EXPECT_EQ(blocks[0].spans[0].text, "The ");
  EXPECT_TRUE(blocks[0].spans[1].strong);
  EXPECT_EQ(blocks[0].spans[1].text, "rotator cuff");
  EXPECT_EQ(blocks[0].spans[2].text, " is four muscles:");
  EXPECT_EQ(blocks[1].kind, Block::Kind::Bullet);
  EXPECT_EQ(blocks[2].spans[1].text, "above");
  EXPECT_TRUE(blocks[2].spans[1].emphasis);
  EXPECT_EQ(blocks[2].spans[2].text, " and below") << "an indented line continues the item";
  EXPECT_EQ(blocks[3].kind, Block::Kind::Numbered);
  EXPECT_EQ(blocks[4].number, 2);
  EXPECT_EQ(blocks[5].kind, Block::Kind::Paragraph);
}

TEST(Narration, UnpairedMarkersAndUnderscoresStayText) {
  EXPECT_EQ(plainText(formatNarration("5 * 3 and levator_scapulae ** end")), "5 * 3 and levator_scapulae ** end");
  EXPECT_EQ(plainText(formatNarration("a *b* c\n\n- x")), "a b c\n- x");
}

}  // namespace
}  // namespace myo::lesson
