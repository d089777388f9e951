#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "lesson/hot_reload.hpp"
#include "lesson_test_support.hpp"

namespace myo::lesson {
namespace {

namespace fs = std::filesystem;

constexpr const char* kLesson = R"(id: live
title: Live
audience: instructor
duration: 2 min
objectives: [Edit while presenting]
steps:
  - id: one
    title: One
    narration: First.
  - id: two
    title: Two
    narration: Second.
    commands: [view posterior]
)";

TEST(HotReload, ABrokenEditKeepsTheLessonPlayingAndAGoodOneSwapsIn) {
  const fs::path path = fs::temp_directory_path() / ("myoscope-live-" + std::to_string(::getpid()) + ".yaml");
  std::ofstream(path) << kLesson;
  const Validator validator = testing::shoulderValidator();
  LoadedLesson loaded = validator.loadFile(path.string());
  ASSERT_TRUE(loaded.lesson);
  LessonRunner runner(std::move(*loaded.lesson));
  runner.next();
  runner.takeCommands();

  // Mid-edit: a typo in a command. The runner keeps the last good lesson, on the same step.
  std::string edited = kLesson;
  edited.replace(edited.find("view posterior"), 14, "view posterio");
  std::ofstream(path) << edited;
  const auto errors = reloadLesson(runner, validator, path.string());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].text(), path.string() +
                                  ":13:21: error: wrong argument 'posterio' to 'view' (expected one of: "
                                  "anterior, posterior, left, right, superior, inferior)");
  EXPECT_EQ(runner.currentStep()->id.value, "two");
  EXPECT_TRUE(runner.takeCommands().lines.empty());

  // Fixed: the new version plays from the same step, its commands replayed.
  edited.replace(edited.find("view posterio"), 13, "view anterior");
  std::ofstream(path) << edited;
  EXPECT_TRUE(reloadLesson(runner, validator, path.string()).empty());
  EXPECT_EQ(runner.currentStep()->id.value, "two");
  const CommandBatch batch = runner.takeCommands();
  EXPECT_TRUE(batch.replay);
  ASSERT_EQ(batch.lines.size(), 1u);
  EXPECT_EQ(batch.lines[0].text, "view anterior");
  fs::remove(path);
}

}  // namespace
}  // namespace myo::lesson
