// App tests of `myoscope lint`: exit status and the file:line:col messages of the real binary.
#include <gtest/gtest.h>

#include "app_support.hpp"

namespace myo::testing {
namespace {

std::string lessonData(const std::string& name) {
  return std::string(MYOSCOPE_SOURCE_DIR) + "/tests/data/lessons/" + name;
}

TEST(Lint, BrokenLessonExitsWith1AndNamesTheLine) {
  const auto run = runMyoscope("lint " + lessonData("unknown-command.yaml"), "", false);
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("unknown-command.yaml:"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("error: unknown command"), std::string::npos) << run.output;
}

TEST(Lint, UnknownStructureIdSuggestsTheRealOne) {
  MYO_SKIP_WITHOUT_SHARED();
  const auto folder = testFolder("lint");
  const std::string lesson = writeScript(folder, "typo.yaml",
                                         "id: typo\n"
                                         "title: A typo\n"
                                         "audience: student\n"
                                         "duration: 5 min\n"
                                         "objectives: [Find the muscle]\n"
                                         "steps:\n"
                                         "  - id: one\n"
                                         "    title: One\n"
                                         "    narration: Look.\n"
                                         "    commands:\n"
                                         "      - isolate infraspinatis.r\n");
  const auto run = runMyoscope("--atlas \"" + bodyParts3dDir() + "\" lint " + lesson, "", false);
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("typo.yaml:11:"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("infraspinatus.r"), std::string::npos) << run.output;
}

TEST(Lint, NoFilesIsAUsageError) { EXPECT_EQ(runMyoscope("lint").status, 2); }

}  // namespace
}  // namespace myo::testing
