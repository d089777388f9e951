#include <gtest/gtest.h>

#include "lesson/runner.hpp"
#include "lesson/validator.hpp"
#include "lesson_test_support.hpp"

namespace myo::lesson {
namespace {

constexpr const char* kLesson = R"(id: play
title: Play
audience: student
duration: 5 min
objectives: [Play through]
setup: [reset]
steps:
  - id: intro
    title: Intro
    narration: Hi
    commands: [view posterior, isolate scapula.r]
  - id: find
    title: Find
    narration: Click infraspinatus.
    commands: [highlight none]
    click: infraspinatus
    hint: Below the spine.
  - id: quiz
    title: Quiz
    narration: Answer.
    commands: [xray on]
    quiz:
      question: Which starts abduction?
      choices:
        - answer: Supraspinatus
          correct: true
          feedback: Right.
        - answer: Infraspinatus
          feedback: It rotates outward.
          review: explain
        - answer: Trapezius
          feedback: No.
  - id: explain
    review: true
    title: Explain
    narration: Supraspinatus starts it.
    commands: [focus supraspinatus.r]
  - id: pause
    title: Pause
    narration: Watch.
    commands: [orbit 30 0]
    wait: 2
  - id: chart
    title: Chart
    narration: Mark it.
    mark: [neck_base, anterior_shoulder]
    hint: Front of the shoulder.
)";

Lesson loadLesson(const char* text = kLesson) {
  LoadedLesson loaded = testing::shoulderValidator().loadText(text, "play.yaml");
  EXPECT_TRUE(loaded.lesson) << (loaded.diagnostics.empty() ? "" : loaded.diagnostics[0].text());
  return std::move(*loaded.lesson);
}

std::vector<std::string> lines(const CommandBatch& batch) {
  std::vector<std::string> out;
  for (const auto& line : batch.lines) out.push_back(line.text);
  return out;
}

std::string stepId(const LessonRunner& runner) {
  return runner.currentStep() ? runner.currentStep()->id.value : "<finished>";
}

TEST(LessonRunner, FullPlayThroughWithRightAndWrongAnswersAndAReview) {
  LessonRunner runner(loadLesson());
  EXPECT_EQ(stepId(runner), "intro");
  EXPECT_EQ(runner.mainStepCount(), 5u);
  EXPECT_EQ(runner.position(), 1u);
  const CommandBatch start = runner.takeCommands();
  EXPECT_TRUE(start.replay);
  EXPECT_EQ(lines(start), (std::vector<std::string>{"reset", "view posterior", "isolate scapula.r"}));
  EXPECT_EQ(start.settled, 1u) << "the setup is settled; the first step's own commands animate";
  EXPECT_TRUE(runner.takeCommands().lines.empty()) << "commands are handed out once";
  EXPECT_FALSE(runner.canGoBack());

  // A next step in order runs only its own commands.
  ASSERT_TRUE(runner.next());
  EXPECT_EQ(stepId(runner), "find");
  const CommandBatch find = runner.takeCommands();
  EXPECT_FALSE(find.replay);
  EXPECT_EQ(find.settled, 0u);
  EXPECT_EQ(lines(find), std::vector<std::string>{"highlight none"});

  // A click step waits for the right structure; the first wrong click costs the point.
  EXPECT_FALSE(runner.canGoNext());
  EXPECT_FALSE(runner.next());
  EXPECT_FALSE(runner.choose(0)) << "not a quiz step";
  const auto wrong = runner.click(IdKind::Structure, "scapula.r");
  ASSERT_TRUE(wrong);
  EXPECT_FALSE(wrong->correct);
  EXPECT_EQ(wrong->text, "Below the spine.");
  const auto right = runner.click(IdKind::Structure, "infraspinatus.r");  // a side matches an id without one
  ASSERT_TRUE(right);
  EXPECT_TRUE(right->correct);
  EXPECT_FALSE(runner.click(IdKind::Structure, "infraspinatus.r")) << "already answered";
  ASSERT_TRUE(runner.next());

  // Quiz: a wrong answer with a review leads there, and the review leads back to the question.
  EXPECT_EQ(stepId(runner), "quiz");
  runner.takeCommands();
  const auto rotates = runner.choose(1);
  ASSERT_TRUE(rotates);
  EXPECT_FALSE(rotates->correct);
  EXPECT_EQ(rotates->text, "It rotates outward.");
  EXPECT_EQ(rotates->reviewStep, "explain");
  ASSERT_NE(runner.pendingReview(), nullptr);
  EXPECT_TRUE(runner.canGoNext());
  ASSERT_TRUE(runner.next());
  EXPECT_EQ(stepId(runner), "explain");
  EXPECT_TRUE(runner.inReview());
  EXPECT_EQ(runner.position(), 3u) << "a review shows its question's position";
  const CommandBatch review = runner.takeCommands();
  EXPECT_TRUE(review.replay);
  EXPECT_EQ(lines(review), (std::vector<std::string>{"reset", "view posterior", "isolate scapula.r", "highlight none",
                                                     "xray on", "focus supraspinatus.r"}));
  EXPECT_EQ(review.settled, 5u);
  ASSERT_TRUE(runner.next());
  EXPECT_EQ(stepId(runner), "quiz");
  EXPECT_FALSE(runner.inReview());
  EXPECT_FALSE(runner.stepComplete()) << "the question is asked again";
  EXPECT_EQ(lines(runner.takeCommands()).back(), "xray on");

  // A wrong answer without a review just waits for another try.
  EXPECT_FALSE(runner.choose(2)->correct);
  EXPECT_EQ(runner.pendingReview(), nullptr);
  EXPECT_FALSE(runner.next());
  EXPECT_TRUE(runner.choose(0)->correct);
  EXPECT_EQ(runner.lastChoice(), 0u);
  ASSERT_TRUE(runner.next());

  // The review step is skipped in the normal order; a wait step moves on by itself.
  EXPECT_EQ(stepId(runner), "pause");
  EXPECT_FALSE(runner.next());
  runner.advanceTime(1.5);
  EXPECT_DOUBLE_EQ(runner.secondsLeft(), 0.5);
  EXPECT_EQ(stepId(runner), "pause");
  runner.advanceTime(0.6);
  EXPECT_EQ(stepId(runner), "chart");

  // Marking a region: any of the listed regions, on either side.
  EXPECT_FALSE(runner.markRegion("low_back")->correct);
  EXPECT_TRUE(runner.markRegion("anterior_shoulder.r")->correct);
  ASSERT_TRUE(runner.next());
  EXPECT_TRUE(runner.finished());
  EXPECT_FALSE(runner.next());

  // Three questions, all answered, each wrong at the first try.
  EXPECT_EQ(runner.score(), (Score{3, 3, 0}));
}

TEST(LessonRunner, ScoreCountsFirstTriesOnly) {
  LessonRunner runner(loadLesson());
  runner.next();
  runner.click(IdKind::Structure, "infraspinatus.r");
  runner.next();
  runner.choose(0);
  runner.next();
  runner.advanceTime(5.0);
  runner.markRegion("neck_base.l");
  EXPECT_EQ(runner.score(), (Score{3, 3, 3}));
  const LessonProgress progress = runner.progress();
  EXPECT_EQ(progress.currentStep, "chart");
  EXPECT_EQ(progress.steps.at("quiz"), (StepRecord{true, 1, true}));
}

TEST(LessonRunner, BackReplaysTheWayToTheStep) {
  LessonRunner runner(loadLesson());
  runner.next();
  runner.click(IdKind::Structure, "infraspinatus");
  runner.next();
  runner.takeCommands();
  ASSERT_TRUE(runner.back());
  EXPECT_EQ(stepId(runner), "find");
  EXPECT_TRUE(runner.stepComplete()) << "an answered step stays answered";
  const CommandBatch batch = runner.takeCommands();
  EXPECT_TRUE(batch.replay);
  EXPECT_EQ(lines(batch), (std::vector<std::string>{"reset", "view posterior", "isolate scapula.r", "highlight none"}));
  EXPECT_EQ(batch.settled, 3u);
  ASSERT_TRUE(runner.back());
  ASSERT_FALSE(runner.back());
  EXPECT_EQ(stepId(runner), "intro");
}

TEST(LessonRunner, SkipAndGoToAreForThePresenter) {
  LessonRunner runner(loadLesson());
  runner.next();
  EXPECT_TRUE(runner.skip());  // the click is left unanswered
  EXPECT_EQ(stepId(runner), "quiz");
  EXPECT_TRUE(runner.goTo("chart"));
  EXPECT_FALSE(runner.goTo("nowhere"));
  EXPECT_EQ(runner.score(), (Score{3, 0, 0}));
}

TEST(LessonRunner, ResumesWhereTheStudentLeftOff) {
  LessonProgress saved;
  {
    LessonRunner first(loadLesson());
    first.next();
    first.click(IdKind::Structure, "scapula.r");
    first.click(IdKind::Structure, "infraspinatus.r");
    first.next();
    first.choose(1);
    first.next();  // into the review
    saved = first.progress();
  }
  EXPECT_EQ(saved.currentStep, "explain");
  EXPECT_EQ(saved.detour, std::vector<std::string>{"quiz"});

  LessonRunner second(loadLesson());
  ASSERT_TRUE(second.resume(saved).ok());
  EXPECT_EQ(stepId(second), "explain");
  EXPECT_TRUE(second.takeCommands().replay);
  ASSERT_TRUE(second.next());
  EXPECT_EQ(stepId(second), "quiz") << "the review still returns to its question";
  EXPECT_EQ(second.score(), (Score{3, 2, 0}));

  LessonProgress other = saved;
  other.lessonId = "another";
  EXPECT_FALSE(second.resume(other).ok());
  EXPECT_EQ(stepId(second), "quiz") << "a failed resume changes nothing";
}

TEST(LessonRunner, ResumingAStepThatNoLongerExistsStartsOver) {
  LessonRunner runner(loadLesson());
  LessonProgress saved = runner.progress();
  saved.currentStep = "deleted";
  ASSERT_TRUE(runner.resume(saved).ok());
  EXPECT_EQ(stepId(runner), "intro");
}

TEST(LessonRunner, HotReloadKeepsTheStepByIdOrTheNearestEarlierOne) {
  LessonRunner runner(loadLesson());
  runner.next();
  runner.click(IdKind::Structure, "infraspinatus.r");
  runner.next();
  ASSERT_EQ(stepId(runner), "quiz");

  // The author inserts a step before the current one and edits its commands: same step, new commands.
  std::string edited = kLesson;
  edited.replace(edited.find("  - id: find"), 0,
                 "  - id: inserted\n    title: New\n    narration: New.\n    commands: [labels on]\n");
  edited.replace(edited.find("[xray on]"), 9, "[xray off]");
  runner.takeCommands();
  runner.reload(loadLesson(edited.c_str()));
  EXPECT_EQ(stepId(runner), "quiz");
  EXPECT_EQ(runner.position(), 4u);
  const CommandBatch batch = runner.takeCommands();
  EXPECT_TRUE(batch.replay);
  EXPECT_EQ(lines(batch), (std::vector<std::string>{"reset", "view posterior", "isolate scapula.r", "labels on",
                                                    "highlight none", "xray off"}));
  EXPECT_EQ(runner.score().correctFirstTry, 1) << "answers survive the reload";

  // Now the author deletes the current step: the player stays on the nearest earlier one.
  std::string deleted = edited;
  const size_t from = deleted.find("  - id: quiz");
  deleted.erase(from, deleted.find("  - id: explain") - from);
  runner.reload(loadLesson(deleted.c_str()));
  EXPECT_EQ(stepId(runner), "find");
}

TEST(LessonRunner, StaysSafeOnALessonThatWasNeverValidated) {
  // The runner expects validated lessons; given anything else it must still never crash.
  Lesson empty;
  LessonRunner runner(std::move(empty));
  EXPECT_TRUE(runner.finished());
  EXPECT_FALSE(runner.next());
  EXPECT_FALSE(runner.back());
  EXPECT_FALSE(runner.choose(0));
  runner.advanceTime(1.0);
  EXPECT_EQ(runner.score(), Score{});

  Lesson reviewsOnly;
  reviewsOnly.steps.resize(2);
  reviewsOnly.steps[0].review = true;
  reviewsOnly.steps[1].review = true;
  LessonRunner second(std::move(reviewsOnly));
  EXPECT_TRUE(second.finished());
  EXPECT_TRUE(second.goTo(""));
}

}  // namespace
}  // namespace myo::lesson
