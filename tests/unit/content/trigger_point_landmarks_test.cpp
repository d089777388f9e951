// Every landmark the trigger-point catalog places TrPs by (`landmark: {between: [a, b]}` or `near: a`) must
// exist in landmarks.yaml, so each TrP can be put in the body frame.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <set>
#include <string>

#include "atlas/landmarks/landmarks.hpp"

namespace myo::landmarks {
namespace {

namespace fs = std::filesystem;

TEST(TriggerPointLandmarksTest, EveryNamedLandmarkExists) {
  const fs::path root(MYOSCOPE_SOURCE_DIR);
  const auto landmarks = LandmarkSet::load(root / kLandmarksFile);
  ASSERT_TRUE(landmarks.ok()) << landmarks.error().text();

  std::set<std::string> used;
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(root / "assets" / "trigger_points")) {
    if (entry.path().extension() != ".yaml") continue;
    ++files;
    const YAML::Node doc = YAML::LoadFile(entry.path().string());
    for (const auto& trp : doc["trigger_points"]) {
      const YAML::Node landmark = trp["landmark"];
      if (!landmark) continue;
      const std::string where = entry.path().filename().string() + " " + trp["id"].as<std::string>("?");
      if (landmark["near"]) used.insert(landmark["near"].as<std::string>());
      if (landmark["between"]) {
        EXPECT_EQ(landmark["between"].size(), 2u) << where;
        for (const auto& name : landmark["between"]) used.insert(name.as<std::string>());
      }
      EXPECT_TRUE(landmark["near"] || landmark["between"]) << where << ": landmark without near/between";
    }
  }
  ASSERT_GT(files, 0u);
  EXPECT_GT(used.size(), 50u);  // 85 when this test was written
  for (const auto& name : used) {
    const Landmark* lm = landmarks->find(name);
    EXPECT_NE(lm, nullptr) << "trigger points use '" << name << "', which landmarks.yaml lacks";
    EXPECT_EQ(sideOf(name), Side::None) << name << ": trigger points name landmarks without side";
  }
}

}  // namespace
}  // namespace myo::landmarks
