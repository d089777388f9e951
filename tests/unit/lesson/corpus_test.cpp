#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "lesson/validator.hpp"
#include "lesson_test_support.hpp"

namespace myo::lesson {
namespace {

namespace fs = std::filesystem;

// Every malformed lesson in tests/data/lessons/ pins its exact messages in a `.expected` file beside it
// (the lint output, file named without its folder). A lesson without one gets it written and the test
// fails, so a person reads the new messages once before they are pinned.
TEST(MalformedLessonCorpus, EachFileGivesExactlyItsExpectedErrors) {
  const fs::path folder = testing::sourcePath("tests/data/lessons");
  const Validator validator = testing::shoulderValidator();
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() != ".yaml") continue;
    ++checked;
    const std::string name = entry.path().filename().string();
    const LoadedLesson loaded = validator.loadText(testing::readText(entry.path().string()), name);
    std::string actual;
    for (const auto& d : loaded.diagnostics) actual += d.text() + "\n";
    EXPECT_TRUE(hasErrors(loaded.diagnostics)) << name << " is in the malformed corpus but has no error";
    EXPECT_FALSE(loaded.lesson) << name;

    fs::path expectedPath = entry.path();
    expectedPath.replace_extension(".expected");
    if (!fs::exists(expectedPath)) {
      std::ofstream(expectedPath) << actual;
      ADD_FAILURE() << "wrote " << expectedPath << ": read it, then run again";
      continue;
    }
    EXPECT_EQ(actual, testing::readText(expectedPath.string())) << name;
  }
  EXPECT_GE(checked, 15) << "the corpus in " << folder << " is missing files";
}

}  // namespace
}  // namespace myo::lesson
