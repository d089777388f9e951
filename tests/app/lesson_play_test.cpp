// App tests of `myoscope --headless --lesson FILE --script FILE`: every lesson in lessons/ played end to
// end through the one command vocabulary (answers included), broken lessons, progress and resume.
#include <gtest/gtest.h>

#include "app_support.hpp"
#include "core/image.hpp"

namespace myo::testing {
namespace {

std::string lessonPath(const std::string& name) { return std::string(MYOSCOPE_SOURCE_DIR) + "/lessons/" + name; }

// Plays `lesson` with `script` at a small size; progress goes to `folder`/progress so runs never meet.
RunResult playLesson(const std::filesystem::path& folder, const std::string& lesson, const std::string& script) {
  const std::string scriptFile = writeScript(folder, "script.txt", script);
  return runMyoscope("--atlas \"" + bodyParts3dDir() + "\" --headless --size 160x120 --lesson \"" + lesson +
                         "\" --script " + scriptFile,
                     "MYOSCOPE_PROGRESS_DIR=\"" + (folder / "progress").string() + "\" MYOSCOPE_USER=tester");
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(LessonPlay, RotatorCuffAllRight) {
  MYO_SKIP_WITHOUT_SHARED();
  const auto folder = testFolder("lesson-cuff-right");
  const auto run = playLesson(folder, lessonPath("rotator-cuff-tour.yaml"),
                              "lesson expect-step intro\n"
                              "lesson next\n"
                              "lesson expect-step supraspinatus\n"
                              "lesson next\n"
                              "lesson expect-step find_infraspinatus\n"
                              "lesson click infraspinatus.r\n"
                              "lesson next\n"
                              "lesson expect-step outward_rotation\n"
                              "wait 6.5\n"  // the timed step moves on by itself
                              "lesson expect-step abduction_quiz\n"
                              "lesson answer 1\n"
                              "lesson next\n"
                              "lesson expect-step referral\n"
                              "lesson mark anterior_shoulder.r\n"
                              "lesson next\n"
                              "lesson expect-step finished\n"
                              "lesson expect-score 3/3\n");
  EXPECT_EQ(run.status, 0) << run.output;
  EXPECT_TRUE(contains(run.output, "score: 3/3")) << run.output;
}

TEST(LessonPlay, RotatorCuffWrongAnswersLeadToReviewAndScore) {
  MYO_SKIP_WITHOUT_SHARED();
  const auto folder = testFolder("lesson-cuff-wrong");
  const auto run = playLesson(folder, lessonPath("rotator-cuff-tour.yaml"),
                              "lesson next\n"
                              "lesson next\n"
                              "lesson click supraspinatus.r\n"  // wrong: the hint shows, the step stays
                              "lesson expect-step find_infraspinatus\n"
                              "lesson click infraspinatus\n"  // the target has no side: either side is right
                              "lesson next\n"
                              "wait 7\n"
                              "lesson answer 2\n"  // wrong, with a review
                              "lesson expect-step abduction_quiz\n"
                              "lesson next\n"
                              "lesson expect-step supraspinatus_again\n"
                              "lesson next\n"  // the review returns to its question
                              "lesson expect-step abduction_quiz\n"
                              "lesson answer 1\n"
                              "lesson next\n"
                              "lesson mark neck_base\n"
                              "lesson expect-step referral\n"
                              "lesson mark anterior_shoulder\n"
                              "lesson next\n"
                              "lesson expect-score 0/3\n");
  EXPECT_EQ(run.status, 0) << run.output;
  EXPECT_TRUE(contains(run.output, "score: 0/3")) << run.output;
  EXPECT_TRUE(contains(run.output, "Not quite. Infraspinatus rotates the arm outward.")) << run.output;
}

TEST(LessonPlay, NeckAndShoulderBladeRightAndWrong) {
  MYO_SKIP_WITHOUT_SHARED();
  const auto folder = testFolder("lesson-neck");
  const auto run = playLesson(folder, lessonPath("neck-and-shoulder-blade.yaml"),
                              "lesson expect-step two_muscles\n"
                              "lesson next\n"
                              "lesson click levator_scapulae.l\n"
                              "lesson next\n"
                              "lesson expect-step self_care\n"
                              "lesson next\n"
                              "lesson answer 2\n"  // wrong: its review is the self-care step itself
                              "lesson next\n"
                              "lesson expect-step self_care\n"
                              "lesson next\n"
                              "lesson expect-step self_care_check\n"
                              "lesson answer 1\n"
                              "lesson next\n"
                              "lesson mark scapula_medial_border.r\n"
                              "lesson next\n"
                              "lesson expect-step finished\n"
                              "lesson expect-score 2/3\n");
  EXPECT_EQ(run.status, 0) << run.output;
  EXPECT_TRUE(contains(run.output, "score: 2/3")) << run.output;
}

TEST(LessonPlay, MistakesInScriptsSayWhatWasExpected) {
  MYO_SKIP_WITHOUT_SHARED();
  const std::string cuff = lessonPath("rotator-cuff-tour.yaml");
  // A fresh folder for each run: progress would otherwise resume where the last run stopped.
  int runs = 0;
  const auto folder = [&runs] { return testFolder("lesson-script-errors-" + std::to_string(++runs)); };
  auto run = playLesson(folder(), cuff, "lesson next\nlesson next\nlesson next\n");
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_TRUE(contains(run.output, "script.txt:3")) << run.output;
  EXPECT_TRUE(contains(run.output, "step 'find_infraspinatus' is waiting for a click on a structure")) << run.output;
  EXPECT_TRUE(contains(run.output, "score: 0/3")) << run.output;

  run = playLesson(folder(), cuff, "lesson expect-step referral\n");
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_TRUE(contains(run.output, "expected step 'referral', but the lesson is on step 'intro' (1 of 6)"))
      << run.output;

  run = playLesson(folder(), cuff, "lesson answer 1\n");
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_TRUE(contains(run.output, "step 'intro' is waiting for `lesson next`")) << run.output;

  run = playLesson(folder(), cuff, "lesson next\nlesson next\nlesson click infraspinatis.r\n");
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_TRUE(contains(run.output, "did you mean infraspinatus.r")) << run.output;

  run = playLesson(folder(), cuff, "lesson goto nowhere\n");
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_TRUE(contains(run.output, "no step 'nowhere' (expected one of: intro, supraspinatus")) << run.output;
}

TEST(LessonPlay, BrokenLessonExitsWithFileLineColumn) {
  MYO_SKIP_WITHOUT_SHARED();
  const auto folder = testFolder("lesson-broken");
  const std::string lesson = writeScript(folder, "broken.yaml",
                                         "id: broken\n"
                                         "title: Broken\n"
                                         "audience: [student]\n"
                                         "duration: 1 min\n"
                                         "objectives: [Fail]\n"
                                         "steps:\n"
                                         "  - id: one\n"
                                         "    title: One\n"
                                         "    narration: Hello.\n"
                                         "    commands:\n"
                                         "      - view posterior\n"
                                         "      - flyto infraspinatus.r\n");
  const auto run = playLesson(folder, lesson, "lesson next\n");
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_TRUE(contains(run.output, "broken.yaml:12:9: error:")) << run.output;
  EXPECT_TRUE(contains(run.output, "flyto")) << run.output;
  EXPECT_FALSE(contains(run.output, "score:")) << run.output;
}

TEST(LessonPlay, ProgressIsSavedAndResumed) {
  MYO_SKIP_WITHOUT_SHARED();
  const auto folder = testFolder("lesson-resume");
  const std::string cuff = lessonPath("rotator-cuff-tour.yaml");
  auto run = playLesson(folder, cuff, "lesson next\nlesson next\nlesson click infraspinatus.r\n");
  ASSERT_EQ(run.status, 0) << run.output;
  EXPECT_TRUE(std::filesystem::exists(folder / "progress" / "tester.json"));
  // The second run starts where the first stopped, with its answers.
  run = playLesson(folder, cuff,
                   "lesson expect-step find_infraspinatus\n"
                   "lesson expect-score 1/3\n"
                   "lesson next\n"
                   "lesson expect-step outward_rotation\n");
  EXPECT_EQ(run.status, 0) << run.output;
  run = playLesson(folder, cuff, "lesson expect-step outward_rotation\nlesson restart\nlesson expect-step intro\n");
  EXPECT_EQ(run.status, 0) << run.output;
  // Another user starts afresh.
  const std::string script = writeScript(folder, "other.txt", "lesson expect-step intro\n");
  run = runMyoscope(
      "--atlas \"" + bodyParts3dDir() + "\" --headless --size 64x64 --lesson \"" + cuff + "\" --script " + script,
      "MYOSCOPE_PROGRESS_DIR=\"" + (folder / "progress").string() + "\" MYOSCOPE_USER=someone_else");
  EXPECT_EQ(run.status, 0) << run.output;
}

TEST(LessonPlay, ScreenshotMidLessonIsNotBlank) {
  MYO_SKIP_WITHOUT_SHARED();
  const auto folder = testFolder("lesson-screenshot");
  const auto shot = (folder / "step3.png").string();
  const auto run =
      playLesson(folder, lessonPath("rotator-cuff-tour.yaml"),
                 "lesson next\nlesson next\nlesson expect-step find_infraspinatus\nscreenshot " + shot + "\n");
  ASSERT_EQ(run.status, 0) << run.output;
  const auto image = loadPng(shot);
  ASSERT_TRUE(image.ok()) << image.error().text();
  // Isolated scapula, humerus and two cuff muscles from behind: a clear figure on the background.
  EXPECT_GT(foregroundFraction(*image), 0.03);
}

}  // namespace
}  // namespace myo::testing
