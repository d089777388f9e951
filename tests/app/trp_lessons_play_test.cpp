// App tests: every lesson of the library that has a script in tests/data/lesson_plays/ (the trigger points
// by region, the modalities, safety, pregnancy and the client lessons) played start to finish on the
// built-in atlas, from a script that gives wrong answers, clicks and marks (each must lead to its review
// step) as well as right ones, and checks every step and the final score.
#include <gtest/gtest.h>

#include <filesystem>

#include "app_support.hpp"

namespace myo::testing {
namespace {

class TrpLessonPlay : public ::testing::TestWithParam<const char*> {};

TEST_P(TrpLessonPlay, PlaysToTheEnd) {
  const std::string name = GetParam();
  const std::string source = MYOSCOPE_SOURCE_DIR;
  const auto folder = testFolder("trp-lesson-" + name);
  // The default atlas is the built-in one the build generated; these lessons name its structures.
  const auto run = runMyoscope("--headless --size 160x120 --lesson \"" + source + "/lessons/" + name +
                                   ".yaml\" --script \"" + source + "/tests/data/lesson_plays/" + name + ".txt\"",
                               "MYOSCOPE_PROGRESS_DIR=\"" + (folder / "progress").string() + "\" MYOSCOPE_USER=tester");
  EXPECT_EQ(run.status, 0) << run.output;
  EXPECT_NE(run.output.find("score: "), std::string::npos) << run.output;
}

INSTANTIATE_TEST_SUITE_P(Lessons, TrpLessonPlay,
                         ::testing::Values("trp-head-and-jaw", "trp-neck", "trp-shoulder-and-upper-back",
                                           "trp-arm-and-hand", "trp-low-back-and-hip", "trp-leg-and-foot",
                                           "modality-deep-tissue", "modality-trigger-point-therapy",
                                           "modality-myofascial-release", "modality-neuromuscular-therapy",
                                           "contraindications-and-caution-zones", "session-preparation-and-aftercare",
                                           "massage-in-pregnancy", "self-care-at-home"),
                         [](const auto& param) {
                           std::string n = param.param;
                           for (char& c : n)
                             if (c == '-') c = '_';
                           return n;
                         });

}  // namespace
}  // namespace myo::testing
