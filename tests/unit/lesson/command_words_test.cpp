#include <gtest/gtest.h>

#include "commands/command_registry.hpp"
#include "lesson/command_words.hpp"

namespace myo::lesson {
namespace {

std::vector<std::string> texts(const std::vector<CommandWord>& words) {
  std::vector<std::string> out;
  for (const auto& w : words) out.push_back(w.text);
  return out;
}

// The lesson library splits command lines itself (it sits below commands/); it must agree with the
// registry on every line, or a lesson would lint clean and then fail to run.
TEST(CommandWords, AgreeWithTheRegistryTokenizer) {
  const char* lines[] = {"view posterior",
                         "  isolate   a.r  b.l ",
                         "screenshot \"my file.png\"",
                         "pin a\"b c\"d",
                         "# a comment",
                         "",
                         "   ",
                         "orbit\t30\t-10",
                         "select \"\"",
                         "x # not a comment",
                         "\"unterminated",
                         "highlight a \"b"};
  for (const char* line : lines) {
    const auto ours = splitCommandWords(line);
    const auto theirs = tokenizeCommand(line);
    ASSERT_EQ(ours.has_value(), theirs.ok()) << line;
    if (ours) {
      EXPECT_EQ(texts(*ours), *theirs) << line;
    }
  }
}

TEST(CommandWords, OffsetsPointAtEachWord) {
  const auto words = splitCommandWords("  isolate \"a b\" c.r");
  ASSERT_TRUE(words);
  ASSERT_EQ(words->size(), 3u);
  EXPECT_EQ((*words)[0].offset, 2u);
  EXPECT_EQ((*words)[1].offset, 10u);  // the opening quote
  EXPECT_EQ((*words)[1].text, "a b");
  EXPECT_EQ((*words)[2].offset, 16u);
}

}  // namespace
}  // namespace myo::lesson
