// `myoscope query regions` and `myoscope query pain`: JSON shape, ranking order and exit status 2 on bad input.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_support.hpp"

namespace myo::testing {
namespace {

TEST(QueryPainTest, JsonCandidatesBestFirst) {
  const RunResult run = runMyoscope("query pain --region temple.r,teeth.r --json", "", false);
  ASSERT_EQ(run.status, 0) << run.output;
  const auto json = nlohmann::json::parse(run.output);
  ASSERT_TRUE(json.is_object());
  ASSERT_TRUE(json["candidates"].is_array());
  const auto& candidates = json["candidates"];
  ASSERT_GE(candidates.size(), 5u);
  double previous = 1e9;
  for (const auto& c : candidates) {
    for (const char* field : {"trp", "muscle", "side", "zone", "score"}) ASSERT_TRUE(c.contains(field)) << field;
    EXPECT_TRUE(c["zone"] == "essential" || c["zone"] == "spillover") << c.dump();
    EXPECT_EQ(c["side"], "right");
    EXPECT_TRUE(c["trp"].get<std::string>().ends_with(".r")) << c.dump();
    EXPECT_LE(c["score"].get<double>(), previous) << "not best first: " << c.dump();
    previous = c["score"].get<double>();
  }
  // Temporalis TrPs 1-3 cover both temple and teeth in their essential zones: they score 2.0 and lead.
  EXPECT_DOUBLE_EQ(candidates[0]["score"].get<double>(), 2.0) << candidates[0].dump();
  EXPECT_EQ(candidates[0]["muscle"], "temporalis.r");
  EXPECT_EQ(candidates[0]["zone"], "essential");
  ASSERT_TRUE(json["local"].is_array());
  bool temporalis = false;
  for (const auto& local : json["local"]) temporalis = temporalis || local["muscle"] == "temporalis.r";
  EXPECT_TRUE(temporalis) << json["local"].dump();
}

TEST(QueryPainTest, UnsidedQueryAndText) {
  const RunResult json = runMyoscope("query pain --region low_back --json", "", false);
  ASSERT_EQ(json.status, 0) << json.output;
  const auto parsed = nlohmann::json::parse(json.output);
  ASSERT_FALSE(parsed["candidates"].empty());
  EXPECT_EQ(parsed["candidates"][0]["side"], "both");
  const RunResult text = runMyoscope("query pain --region low_back");
  ASSERT_EQ(text.status, 0) << text.output;
  EXPECT_NE(text.output.find(parsed["candidates"][0]["trp"].get<std::string>()), std::string::npos) << text.output;
  EXPECT_NE(text.output.find("local pain"), std::string::npos) << text.output;
}

TEST(QueryPainTest, UnknownRegionExits2WithCloseIds) {
  const RunResult run = runMyoscope("query pain --region tempel.r");
  EXPECT_EQ(run.status, 2) << run.output;
  EXPECT_NE(run.output.find("unknown region 'tempel.r'"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("temple"), std::string::npos) << run.output;
}

TEST(QueryPainTest, EmptyInputExits2) {
  EXPECT_EQ(runMyoscope("query pain").status, 2);
  const RunResult empty = runMyoscope("query pain --region ''");
  EXPECT_EQ(empty.status, 2) << empty.output;
  EXPECT_NE(empty.output.find("no painful region"), std::string::npos) << empty.output;
  EXPECT_EQ(runMyoscope("query pain --region ' , '").status, 2);
}

TEST(QueryRegionsTest, ListsEveryRegion) {
  const RunResult run = runMyoscope("query regions --json", "", false);
  ASSERT_EQ(run.status, 0) << run.output;
  const auto json = nlohmann::json::parse(run.output);
  ASSERT_TRUE(json["regions"].is_array());
  EXPECT_GE(json["regions"].size(), 78u);
  for (const auto& r : json["regions"])
    for (const char* field : {"id", "name", "group", "definition"}) EXPECT_TRUE(r.contains(field)) << r.dump();
  const RunResult text = runMyoscope("query regions");
  ASSERT_EQ(text.status, 0);
  EXPECT_NE(text.output.find("scapula_medial_border"), std::string::npos);
}

TEST(QueryRegionsTest, AssetsOverrideIsUsed) {
  const RunResult run = runMyoscope("query regions", "MYOSCOPE_ASSETS=/nonexistent/assets");
  EXPECT_EQ(run.status, 3) << run.output;
  EXPECT_NE(run.output.find("/nonexistent/assets"), std::string::npos) << run.output;
}

}  // namespace
}  // namespace myo::testing
