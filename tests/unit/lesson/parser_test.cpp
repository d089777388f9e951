#include <gtest/gtest.h>

#include "lesson/parser.hpp"

namespace myo::lesson {
namespace {

std::vector<std::string> texts(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(d.text());
  return out;
}

constexpr const char* kLesson = R"(id: tour
title: A tour
audience: [student, client]
duration: 1 h 30 min
objectives:
  - See the cuff
setup: [reset]
steps:
  - id: intro
    title: Hello
    narration: |
      Two lines
      of narration.
    commands:
      - view posterior
      - "isolate scapula.r"
    notes: For the presenter
  - id: timed
    title: Wait
    narration: Watch.
    wait: 2.5
  - id: pick
    title: Click
    narration: Click the TrP.
    click: trp infraspinatus.trp1.r
    hint: Below the spine.
  - id: ask
    title: Quiz
    narration: Answer.
    quiz:
      question: Which?
      choices:
        - answer: A
          correct: true
          feedback: Yes
        - answer: B
          review: again
  - id: again
    review: true
    title: Again
    narration: Look again.
  - id: chart
    title: Mark
    narration: Where?
    mark: [neck_base, scapula_medial_border]
)";

TEST(LessonParser, ReadsEveryFieldWithItsPosition) {
  const ParseResult result = parseLesson(kLesson, "tour.yaml");
  ASSERT_TRUE(result.diagnostics.empty()) << ::testing::PrintToString(texts(result.diagnostics));
  ASSERT_TRUE(result.lesson);
  const Lesson& lesson = *result.lesson;
  EXPECT_EQ(lesson.id.value, "tour");
  EXPECT_EQ(lesson.title.pos.line, 2);
  EXPECT_EQ(lesson.title.pos.col, 8);
  ASSERT_EQ(lesson.audience.size(), 2u);
  EXPECT_EQ(lesson.audience[1].value, Audience::Client);
  EXPECT_EQ(lesson.durationSeconds.value, 5400);
  ASSERT_EQ(lesson.objectives.size(), 1u);
  ASSERT_EQ(lesson.setup.size(), 1u);
  ASSERT_EQ(lesson.steps.size(), 6u);

  const Step& intro = lesson.steps[0];
  EXPECT_EQ(intro.narration.value, "Two lines\nof narration.\n");
  EXPECT_EQ(intro.notes.value, "For the presenter");
  ASSERT_EQ(intro.commands.size(), 2u);
  EXPECT_EQ(intro.commands[0].text, "view posterior");
  EXPECT_EQ(intro.commands[0].pos.line, 15);
  EXPECT_EQ(intro.commands[0].pos.col, 9);
  EXPECT_EQ(intro.commands[1].pos.col, 10);  // inside the quotes
  EXPECT_TRUE(std::holds_alternative<NextCompletion>(intro.completion));

  EXPECT_DOUBLE_EQ(std::get<WaitCompletion>(lesson.steps[1].completion).seconds.value, 2.5);
  const auto& click = std::get<ClickCompletion>(lesson.steps[2].completion);
  EXPECT_EQ(click.kind, IdKind::TriggerPoint);
  EXPECT_EQ(click.target.value, "infraspinatus.trp1.r");
  EXPECT_EQ(click.target.pos.col, 16);
  EXPECT_EQ(lesson.steps[2].hint.value, "Below the spine.");

  const auto& quiz = std::get<QuizCompletion>(lesson.steps[3].completion);
  EXPECT_EQ(quiz.question.value, "Which?");
  ASSERT_EQ(quiz.choices.size(), 2u);
  EXPECT_TRUE(quiz.choices[0].correct);
  EXPECT_EQ(quiz.choices[0].feedback.value, "Yes");
  ASSERT_TRUE(quiz.choices[1].review);
  EXPECT_EQ(quiz.choices[1].review->value, "again");
  EXPECT_TRUE(lesson.steps[4].review);

  const auto& mark = std::get<MarkCompletion>(lesson.steps[5].completion);
  ASSERT_EQ(mark.regions.size(), 2u);
  EXPECT_EQ(mark.regions[1].value, "scapula_medial_border");
}

TEST(LessonParser, ShapeErrorsNameFileLineColumnAndWhatWasExpected) {
  const ParseResult result = parseLesson(R"(id: tour
titel: A tour
audience: students
duration: soon
objectives: []
steps:
  - id: a
    title: A
    narration: Hi
    wait: 5
    click: scapula.r
  - title: B
    narration:
  - just text
)",
                                         "broken.yaml");
  EXPECT_EQ(texts(result.diagnostics),
            (std::vector<std::string>{
                "broken.yaml:1:1: error: missing field 'title' in the lesson (expected text)",
                "broken.yaml:2:1: error: unknown field 'titel' in the lesson (expected one of: id, title, audience, "
                "duration, objectives, setup, steps)",
                "broken.yaml:3:11: error: unknown audience 'students' (expected one of: student, instructor, client)",
                "broken.yaml:4:11: error: expected a duration such as '10 min', '90 s' or '1 h 30 min' for "
                "'duration', got 'soon'",
                "broken.yaml:5:1: error: empty field 'objectives' in the lesson (expected a list of at least one "
                "objective)",
                "broken.yaml:11:5: error: 'wait' and 'click' both end step 'a' (expected at most one of: wait, "
                "click, quiz, mark)",
                "broken.yaml:12:5: error: missing field 'id' in step 2 (expected text)",
                "broken.yaml:13:5: error: empty field 'narration' in step 2 (expected text)",
                "broken.yaml:14:5: error: expected step 3 to be a mapping with id, title, narration, ..., got text "
                "'just text'",
            }));
}

TEST(LessonParser, YamlSyntaxErrorsKeepTheirPosition) {
  const ParseResult result = parseLesson("id: x\ntitle: [unclosed\n", "syntax.yaml");
  EXPECT_FALSE(result.lesson);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].text(), "syntax.yaml:3:1: error: invalid YAML: end of sequence flow not found");
}

TEST(LessonParser, RepeatedKeysAreErrorsNotSilentlyLost) {
  const ParseResult result = parseLesson("id: x\nid: y\n", "twice.yaml");
  std::vector<std::string> all;
  for (const auto& d : result.diagnostics) all.push_back(d.text());
  EXPECT_NE(std::find(all.begin(), all.end(),
                      "twice.yaml:2:1: error: repeated field 'id' in the lesson (first at 1:1; expected each field "
                      "once)"),
            all.end())
      << ::testing::PrintToString(all);
}

TEST(LessonParser, EmptyAndNonMappingFiles) {
  EXPECT_EQ(parseLesson("", "empty.yaml").diagnostics.at(0).text(),
            "empty.yaml:1:1: error: empty lesson (expected a mapping with id, title, audience, duration, "
            "objectives, steps)");
  EXPECT_EQ(parseLesson("- a\n- b\n", "list.yaml").diagnostics.at(0).text(),
            "list.yaml:1:1: error: expected a lesson (a mapping with id, title, audience, duration, objectives, "
            "steps), got a list");
  EXPECT_EQ(parseLessonFile("/nonexistent/lesson.yaml").diagnostics.at(0).text(),
            "/nonexistent/lesson.yaml: error: no such file (expected a lesson file)");
}

}  // namespace
}  // namespace myo::lesson
