// `myoscope query pain --point X,Y,Z`: the regions whose shapes hold the point (assets/regions.yaml), then the
// same ranked answer as `--region`; a point off the body or a malformed one exits with status 2.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "app_support.hpp"

namespace myo::testing {
namespace {

// On the skin of the right temple: 4.5 cm above and 1.2 cm outside the right zygomatic arch midpoint.
constexpr const char* kRightTemple = "-0.073,1.555,0.133";

std::vector<std::string> regionIds(const nlohmann::json& answer) {
  std::vector<std::string> out;
  for (const auto& region : answer["regions"]) out.push_back(region["id"].get<std::string>());
  return out;
}

TEST(QueryPainPointTest, RightTempleAnswersLikeTheRegion) {
  const RunResult point = runMyoscope(std::string("query pain --point=") + kRightTemple + " --json", "", false);
  ASSERT_EQ(point.status, 0) << point.output;
  const auto json = nlohmann::json::parse(point.output);
  EXPECT_EQ(regionIds(json), std::vector<std::string>{"temple.r"}) << json["regions"].dump();
  ASSERT_TRUE(json["point"].is_array());
  EXPECT_NEAR(json["point"][0].get<double>(), -0.073, 1e-6);
  ASSERT_FALSE(json["candidates"].empty());
  EXPECT_EQ(json["candidates"][0]["side"], "right");
  // The same ranking as naming the region.
  const RunResult region = runMyoscope("query pain --region temple.r --json", "", false);
  ASSERT_EQ(region.status, 0) << region.output;
  const auto named = nlohmann::json::parse(region.output);
  EXPECT_EQ(json["candidates"], named["candidates"]);
  EXPECT_EQ(json["local"], named["local"]);
}

TEST(QueryPainPointTest, MirroredPointIsTheLeftTempleAndSpaceSeparatedWorks) {
  const RunResult run = runMyoscope("query pain --point 0.073,1.555,0.133 --json", "", false);
  ASSERT_EQ(run.status, 0) << run.output;
  EXPECT_EQ(regionIds(nlohmann::json::parse(run.output)), std::vector<std::string>{"temple.l"});
}

TEST(QueryPainPointTest, MidlinePointAnswersForBothSides) {
  const RunResult run = runMyoscope("query pain --point 0,1.6,0.185 --json", "", false);
  ASSERT_EQ(run.status, 0) << run.output;
  const auto ids = regionIds(nlohmann::json::parse(run.output));
  EXPECT_EQ(ids, (std::vector<std::string>{"forehead.r", "forehead.l"}));
}

TEST(QueryPainPointTest, TextNamesTheRegions) {
  const RunResult run = runMyoscope(std::string("query pain --point ") + kRightTemple);  // a negative X, no `=`
  ASSERT_EQ(run.status, 0) << run.output;
  EXPECT_NE(run.output.find("Regions at the point (-0.073, 1.555, 0.133): temple.r"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("temporalis.r"), std::string::npos) << run.output;
}

TEST(QueryPainPointTest, OffTheBodyExits2) {
  const RunResult run = runMyoscope("query pain --point 0.5,1.0,0.5");
  EXPECT_EQ(run.status, 2) << run.output;
  EXPECT_NE(run.output.find("in no body region"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("off the body"), std::string::npos) << run.output;
}

TEST(QueryPainPointTest, MalformedPointExits2) {
  for (const char* bad : {"1,2", "a,b,c", "1,2,3,4", "1,,3", "nan,1,1"}) {
    const RunResult run = runMyoscope(std::string("query pain --point '") + bad + "'");
    EXPECT_EQ(run.status, 2) << bad << ": " << run.output;
    EXPECT_NE(run.output.find("expected X,Y,Z"), std::string::npos) << bad << ": " << run.output;
  }
  const RunResult both = runMyoscope(std::string("query pain --region temple.r --point=") + kRightTemple);
  EXPECT_EQ(both.status, 2) << both.output;
}

}  // namespace
}  // namespace myo::testing
