#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include <yaml-cpp/yaml.h>

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

// Structure ids of the built-in atlas (the default every lesson is written for), from its source spec:
// each bone, muscle and fascia entry is `id.r` and `id.l` unless it says `side: midline`, and the skin.
std::vector<std::string> builtinStructureIds(const fs::path& specDir) {
  std::vector<std::string> ids;
  for (const auto& entry : fs::recursive_directory_iterator(specDir)) {
    if (entry.path().extension() != ".yaml") continue;
    const YAML::Node root = YAML::LoadFile(entry.path().string());
    for (const char* list : {"bones", "muscles", "fascia"})
      for (const auto& item : root[list]) {
        const auto id = item["id"].as<std::string>();
        if (item["side"] && item["side"].as<std::string>() == "midline") {
          ids.push_back(id);
        } else {
          ids.push_back(withSide(id, Side::Right));
          ids.push_back(withSide(id, Side::Left));
        }
      }
    if (root["skin"]) ids.push_back(root["skin"]["id"] ? root["skin"]["id"].as<std::string>() : "skin");
  }
  return ids;
}

// The ids listed under `list:` (each entry's `id`) of the YAML files in a folder, on both sides.
std::vector<std::string> sidedIds(const fs::path& folder, const char* list) {
  std::vector<std::string> ids;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() != ".yaml") continue;
    const YAML::Node root = YAML::LoadFile(entry.path().string());
    for (const auto& item : root[list]) {
      const auto id = item["id"].as<std::string>();
      ids.push_back(withSide(id, Side::Right));
      ids.push_back(withSide(id, Side::Left));
    }
  }
  return ids;
}

// Region ids of the shared vocabulary (the backticked first column of body-regions.md), unsided and sided.
std::vector<std::string> sharedRegionIds(const fs::path& document) {
  std::vector<std::string> ids;
  const std::string text = testing::readText(document.string());
  for (const auto line : split(text, '\n')) {
    if (!startsWith(line, "| `")) continue;
    const size_t end = line.find('`', 3);
    if (end == std::string_view::npos) continue;
    const std::string id(line.substr(3, end - 3));
    ids.push_back(id);  // either side
    ids.push_back(withSide(id, Side::Right));
    ids.push_back(withSide(id, Side::Left));
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

TEST(ExampleLessons, NameOnlyRealStructuresTrpsZonesAndRegions) {
  const fs::path shared = MYOSCOPE_SHARED_DIR;
  const fs::path regions = shared / "body-regions.md";
  if (!fs::exists(regions)) GTEST_SKIP() << "no ../shared/body-regions.md";
  testing::KnownIds ids;
  ids.structures = builtinStructureIds(testing::sourcePath("assets/atlas/spec"));
  ids.regions = sharedRegionIds(regions);
  ids.triggerPoints = sidedIds(testing::sourcePath("assets/trigger_points"), "trigger_points");
  // `show zone` names a technique or caution zone, or a TrP (its referral alone).
  ids.zones = sidedIds(testing::sourcePath("assets/zones"), "technique_zones");
  for (const auto& id : sidedIds(testing::sourcePath("assets/zones"), "caution_zones")) ids.zones.push_back(id);
  ids.zones.insert(ids.zones.end(), ids.triggerPoints.begin(), ids.triggerPoints.end());
  ASSERT_GT(ids.triggerPoints.size(), 300u);
  ASSERT_GT(ids.zones.size(), 400u);
  ASSERT_GT(ids.structures.size(), 300u);
  ASSERT_GT(ids.regions.size(), 50u);
  std::ostringstream out;
  EXPECT_EQ(lintFiles(exampleLessons(), Validator(testing::viewVocabulary(), testing::idChecker(ids)), out), 0)
      << out.str();
}

}  // namespace
}  // namespace myo::lesson
