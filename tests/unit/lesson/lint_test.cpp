#include <gtest/gtest.h>

#include <sstream>

#include "lesson/lint.hpp"
#include "lesson_test_support.hpp"

namespace myo::lesson {
namespace {

TEST(Lint, ExitsZeroWhenCleanAndOneOnAnyError) {
  const Validator validator = testing::shoulderValidator();
  const std::string good = testing::sourcePath("lessons/rotator-cuff-tour.yaml");
  const std::string bad = testing::sourcePath("tests/data/lessons/unknown-command.yaml");

  std::ostringstream clean;
  EXPECT_EQ(lintFiles({good}, validator, clean), 0);
  EXPECT_EQ(clean.str(), "");

  std::ostringstream mixed;
  EXPECT_EQ(lintFiles({good, bad}, validator, mixed), 1);
  EXPECT_EQ(mixed.str().rfind(bad + ":13:9: error: unknown command 'isolat' (expected one of: focus, ", 0), 0u)
      << mixed.str();

  std::ostringstream none;
  EXPECT_EQ(lintFiles({}, validator, none), 1);
  std::ostringstream missing;
  EXPECT_EQ(lintFiles({"/nonexistent.yaml"}, validator, missing), 1);
}

}  // namespace
}  // namespace myo::lesson
