#include <gtest/gtest.h>

#include "lesson/usage_pattern.hpp"
#include "lesson/vocabulary.hpp"
#include "lesson_test_support.hpp"

namespace myo::lesson {
namespace {

using testing::idChecker;
using testing::viewVocabulary;

std::vector<std::string> messages(const std::vector<LineProblem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(std::to_string(p.offset) + ": " + p.message);
  return out;
}

class VocabularyTest : public ::testing::Test {
 protected:
  std::vector<std::string> check(std::string_view line) {
    return messages(vocabulary_.check(line, idChecker({{"infraspinatus.r", "scapula.r"}, {}, {}, {}})));
  }
  CommandVocabulary vocabulary_ = viewVocabulary();
};

TEST_F(VocabularyTest, EveryViewUsageIsUnderstood) {
  // The view commands' usages all fall within the usage grammar, so their arguments are checked.
  for (const char* name : {"view", "orbit", "pan", "zoom", "focus", "reset", "hide", "show", "isolate", "xray", "layer",
                           "peel", "select", "pick", "hover", "highlight", "pin", "unpin", "labels"}) {
    const CommandShape* shape = vocabulary_.find(name);
    ASSERT_NE(shape, nullptr) << name;
    EXPECT_TRUE(parseUsage(shape->usage).has_value()) << name << " " << shape->usage;
  }
}

TEST_F(VocabularyTest, GoodLinesPass) {
  for (const char* line : {"view posterior", "orbit 30 -10", "isolate infraspinatus scapula.r", "show all",
                           "show infraspinatus.r", "xray on", "layer bone off", "select none", "hover none",
                           "hover 10 20", "highlight none", "unpin all", "focus", "reset"})
    EXPECT_TRUE(check(line).empty()) << line << ": " << ::testing::PrintToString(check(line));
}

TEST_F(VocabularyTest, ProblemsNameTheWordAndWhatWasExpected) {
  EXPECT_EQ(check("isolat scapula.r"),
            std::vector<std::string>{
                "0: unknown command 'isolat' (expected one of: focus, hide, highlight, hover, "
                "isolate, labels, layer, orbit, pain, palette, pan, peel, pick, pin, reset, select, show, "
                "unpin, view, xray, zoom)"});
  EXPECT_EQ(check("view sideways"), std::vector<std::string>{"5: wrong argument 'sideways' to 'view' (expected one "
                                                             "of: anterior, posterior, left, right, superior, "
                                                             "inferior)"});
  EXPECT_EQ(check("view posterior anterior"),
            std::vector<std::string>{"15: 'view' takes <anterior|posterior|left|right|superior|inferior>, got 2 "
                                     "arguments (usage: view <anterior|posterior|left|right|superior|inferior>)"});
  EXPECT_EQ(check("layer bone maybe"),
            std::vector<std::string>{"11: wrong argument 'maybe' to 'layer' (expected one of: on, off, toggle)"});
  EXPECT_EQ(check("hover 10"), std::vector<std::string>{"8: missing argument to 'hover' (expected <y>; usage: hover "
                                                        "<x> <y> | none)"});
  EXPECT_EQ(check("isolate scapula.r supraspinatis.r infraspinatus"),
            std::vector<std::string>{"18: unknown structure id 'supraspinatis.r'"});
  EXPECT_EQ(check("pin \"scapula.r"), std::vector<std::string>{"4: unterminated quote (expected a closing \")"});
}

TEST_F(VocabularyTest, KeywordsAreNotTakenForIds) {
  // `show all` is the keyword, not a structure called "all".
  EXPECT_TRUE(check("show all").empty());
  EXPECT_EQ(check("show al"), std::vector<std::string>{"5: unknown structure id 'al'"});
}

TEST_F(VocabularyTest, LaterCommandsWithOtherIdKindsAreChecked) {
  // How trigger-point commands can declare themselves so lessons get their ids checked.
  vocabulary_.add({"trp", "<show|hide> <trp-id...>", 2, -1});
  const auto ids = idChecker({{}, {"infraspinatus.trp1.r"}, {}, {}});
  EXPECT_TRUE(vocabulary_.check("trp show infraspinatus.trp1", ids).empty());
  EXPECT_EQ(messages(vocabulary_.check("trp show infraspinatus.trp9", ids)),
            std::vector<std::string>{"9: unknown trigger point id 'infraspinatus.trp9'"});
}

TEST_F(VocabularyTest, UsageOutsideTheGrammarChecksOnlyTheCount) {
  vocabulary_.add({"odd", "<a <b>>", 1, 1});
  EXPECT_TRUE(vocabulary_.check("odd anything", {}).empty());
  EXPECT_EQ(vocabulary_.check("odd", {}).size(), 1u);
}

TEST(UsagePattern, MatchesAlternativesAndOptionalSlots) {
  const auto pattern = parseUsage("[id...]");
  ASSERT_TRUE(pattern);
  EXPECT_TRUE(matchArgs(*pattern, {}).ok);
  const auto match = matchArgs(*pattern, {"a", "b"});
  ASSERT_TRUE(match.ok);
  EXPECT_EQ(match.ids, (std::vector<std::optional<IdKind>>{IdKind::Structure, IdKind::Structure}));
  const auto values = parseUsage("<x> <y> | none");
  ASSERT_TRUE(values);
  EXPECT_TRUE(matchArgs(*values, {"none"}).ok);
  EXPECT_TRUE(matchArgs(*values, {"1", "2"}).ok);
  EXPECT_FALSE(matchArgs(*values, {"1", "2", "3"}).ok);
}

// `show` and `hide` take structure ids, or a keyword and ids of another kind: a keyword wins even when an
// alternative of plain ids comes first (the ids would swallow it: `trp` read as a structure id).
TEST(UsagePattern, AKeywordOpensItsAlternativeBeforeEarlierIds) {
  const auto show = parseUsage("<all | id...> | trp <trp-id...> | zone <zone-id...>");
  ASSERT_TRUE(show);
  const auto trp = matchArgs(*show, {"trp", "trapezius.trp1.r"});
  ASSERT_TRUE(trp.ok);
  EXPECT_EQ(trp.ids, (std::vector<std::optional<IdKind>>{std::nullopt, IdKind::TriggerPoint}));
  const auto zone = matchArgs(*show, {"zone", "caution.axilla"});
  ASSERT_TRUE(zone.ok);
  EXPECT_EQ(zone.ids[1], IdKind::Zone);
  const auto structures = matchArgs(*show, {"infraspinatus.r", "teres_minor.r"});
  ASSERT_TRUE(structures.ok);
  EXPECT_EQ(structures.ids[0], IdKind::Structure);
  // The keyword commits: without its ids the answer is what is missing, not `trp` as a structure.
  EXPECT_FALSE(matchArgs(*show, {"trp"}).ok);
  const auto pain = parseUsage("<region-id...> | none");
  ASSERT_TRUE(pain);
  const auto none = matchArgs(*pain, {"none"});
  ASSERT_TRUE(none.ok);
  EXPECT_EQ(none.ids[0], std::nullopt);
}

}  // namespace
}  // namespace myo::lesson
