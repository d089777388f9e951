#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "core/ids.hpp"
#include "core/strings.hpp"
#include "lesson/lint.hpp"
#include "lesson_test_support.hpp"

namespace myo::lesson {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> exampleLessons() {
  std::vector<std::string> paths;
  for (const auto& entry : fs::directory_iterator(testing::sourcePath("lessons")))
    if (entry.path().extension() == ".yaml") paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  return paths;
}

// Structure ids of the BodyParts3D reference set ("Right supraspinatus" -> supraspinatus.r).
std::vector<std::string> referenceStructureIds(const fs::path& index) {
  std::vector<std::string> ids;
  std::istringstream lines(testing::readText(index.string()));
  std::string line;
  std::getline(lines, line);  // header
  while (std::getline(lines, line)) {
    const auto columns = split(line, '\t');
    if (columns.size() < 4) continue;
    Side side = Side::None;
    const std::string base = idFromName(columns[3], &side);
    ids.push_back(withSide(base, side));
  }
  return ids;
}

// Region ids of the shared vocabulary: the backticked first column of body-regions.md.
std::vector<std::string> sharedRegionIds(const fs::path& document) {
  std::vector<std::string> ids;
  const std::string text = testing::readText(document.string());
  for (const auto line : split(text, '\n')) {
    if (!startsWith(line, "| `")) continue;
    const size_t end = line.find('`', 3);
    if (end != std::string_view::npos) ids.emplace_back(line.substr(3, end - 3));
  }
  return ids;
}

TEST(ExampleLessons, LintCleanWithTheViewVocabulary) {
  const auto paths = exampleLessons();
  ASSERT_GE(paths.size(), 2u);
  std::ostringstream out;
  EXPECT_EQ(lintFiles(paths, Validator(testing::viewVocabulary()), out), 0) << out.str();
  EXPECT_EQ(out.str(), "");
}

TEST(ExampleLessons, NameOnlyRealStructuresAndRegions) {
  const fs::path shared = MYOSCOPE_SHARED_DIR;
  const fs::path index = shared / "data/bodyparts3d/index.tsv";
  const fs::path regions = shared / "body-regions.md";
  if (!fs::exists(index) || !fs::exists(regions)) GTEST_SKIP() << "no ../shared reference data";
  testing::KnownIds ids;
  ids.structures = referenceStructureIds(index);
  ids.regions = sharedRegionIds(regions);
  ASSERT_GT(ids.structures.size(), 100u);
  ASSERT_GT(ids.regions.size(), 50u);
  std::ostringstream out;
  EXPECT_EQ(lintFiles(exampleLessons(), Validator(testing::viewVocabulary(), testing::idChecker(ids)), out), 0)
      << out.str();
}

}  // namespace
}  // namespace myo::lesson
