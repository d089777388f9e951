#include <gtest/gtest.h>

#include "lesson/validator.hpp"
#include "lesson_test_support.hpp"

namespace myo::lesson {
namespace {

std::vector<std::string> texts(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(d.text());
  return out;
}

constexpr const char* kViewCommands =
    "focus, hide, highlight, hover, isolate, labels, layer, orbit, pain, palette, pan, peel, pick, pin, reset, select, "
    "show, "
    "unpin, view, xray, zoom";

// A lesson whose shape is right but whose meaning is not: everything the validator checks, once.
constexpr const char* kBroken = R"(id: Shoulder Tour
title: Tour
audience: student
duration: 5 min
objectives: [Look]
steps:
  - id: intro
    title: Intro
    narration: Hi
    commands:
      - isolat scapula.r
      - view sideways
      - highlight supraspinatis.r
  - id: intro
    title: Again
    narration: Twice
    click: trp infraspinatus.trp9.r
  - id: quiz
    title: Quiz
    narration: Answer
    quiz:
      question: Which?
      choices:
        - answer: A
          correct: true
          review: intro
        - answer: B
          correct: true
        - answer: C
          review: nowhere
  - id: lonely
    review: true
    title: Lonely
    narration: Nobody links here.
    mark: elbow
)";

TEST(LessonValidator, MeaningErrorsNameFileLineColumnAndWhatWasExpected) {
  const LoadedLesson loaded = testing::shoulderValidator().loadText(kBroken, "broken.yaml");
  EXPECT_FALSE(loaded.lesson);
  EXPECT_EQ(
      texts(loaded.diagnostics),
      (std::vector<std::string>{
          "broken.yaml:1:5: error: lesson id 'Shoulder Tour' is not an id (expected lower-case a-z, 0-9 and _, "
          "in parts separated by dots, e.g. rotator_cuff_tour)",
          "broken.yaml:11:9: error: unknown command 'isolat' (expected one of: " + std::string(kViewCommands) + ")",
          "broken.yaml:12:14: error: wrong argument 'sideways' to 'view' (expected one of: anterior, posterior, "
          "left, right, superior, inferior)",
          "broken.yaml:13:19: error: unknown structure id 'supraspinatis.r'",
          "broken.yaml:14:9: error: duplicate step id 'intro' (first at 7:9; expected each step id once)",
          "broken.yaml:17:16: error: unknown trigger point id 'infraspinatus.trp9.r'",
          "broken.yaml:26:19: error: review on a correct choice (expected review only on wrong answers)",
          "broken.yaml:27:11: error: a second correct choice in the quiz of step 'quiz' (first at 24:11; "
          "expected exactly one correct choice)",
          "broken.yaml:30:19: error: unknown step 'nowhere' (expected one of the lesson's step ids: intro, "
          "quiz, lonely)",
          "broken.yaml:31:5: warning: review step 'lonely' is never reached (expected a wrong answer with "
          "review: lonely)",
          "broken.yaml:35:11: error: unknown region id 'elbow'",
      }));
}

TEST(LessonValidator, AQuizNeedsACorrectChoiceAndTwoChoices) {
  const LoadedLesson loaded = testing::shoulderValidator().loadText(R"(id: q
title: Q
audience: student
duration: 1 min
objectives: [Q]
steps:
  - id: only
    title: Q
    narration: Q
    quiz:
      question: Which?
      choices:
        - answer: A
)",
                                                                    "quiz.yaml");
  EXPECT_EQ(texts(loaded.diagnostics),
            (std::vector<std::string>{
                "quiz.yaml:11:7: error: the quiz of step 'only' has 1 choice (expected at least two)",
                "quiz.yaml:11:7: error: the quiz of step 'only' has no correct choice (expected exactly one choice "
                "with correct: true)",
            }));
}

TEST(LessonValidator, WithoutAnIdCheckerIdsPassAndCommandsAreStillChecked) {
  const Validator validator(testing::viewVocabulary());
  const LoadedLesson loaded = validator.loadText(R"(id: q
title: Q
audience: student
duration: 1 min
objectives: [Q]
steps:
  - id: only
    title: Q
    narration: Q
    commands: [isolate anything.r, view upside_down]
    click: whatever
)",
                                                 "ids.yaml");
  EXPECT_EQ(texts(loaded.diagnostics),
            std::vector<std::string>{"ids.yaml:10:41: error: wrong argument 'upside_down' to 'view' (expected one of: "
                                     "anterior, posterior, left, right, superior, inferior)"});
}

TEST(LessonValidator, ACleanLessonLoads) {
  const LoadedLesson loaded =
      testing::shoulderValidator().loadFile(testing::sourcePath("lessons/rotator-cuff-tour.yaml"));
  EXPECT_TRUE(loaded.diagnostics.empty()) << ::testing::PrintToString(texts(loaded.diagnostics));
  ASSERT_TRUE(loaded.lesson);
  EXPECT_EQ(loaded.lesson->id.value, "rotator_cuff_tour");
}

}  // namespace
}  // namespace myo::lesson
