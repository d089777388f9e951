// `myoscope query zones`: the JSON's `zones` array, the kind and structure filters, overlaps with caution
// zones named in both the JSON and the text, and exit status 2 on bad input.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_support.hpp"

namespace myo::testing {
namespace {

TEST(QueryZonesTest, JsonHoldsEveryKindWithItsFields) {
  const RunResult run = runMyoscope("query zones --json", "", false);
  ASSERT_EQ(run.status, 0) << run.output;
  const auto json = nlohmann::json::parse(run.output);
  ASSERT_TRUE(json["zones"].is_array());
  size_t technique = 0, caution = 0, overlapping = 0;
  for (const auto& z : json["zones"]) {
    for (const char* field : {"id", "name", "kind", "overlaps", "source"}) ASSERT_TRUE(z.contains(field)) << z.dump();
    if (z["kind"] == "technique") {
      ++technique;
      for (const char* field : {"modality", "structure", "stroke", "pressure", "duration", "order", "purpose"})
        EXPECT_FALSE(z[field].is_null()) << field << " in " << z.dump();
      overlapping += z["overlaps"].empty() ? 0 : 1;
    } else {
      ++caution;
      EXPECT_FALSE(z["avoid"].is_null()) << z.dump();
      EXPECT_FALSE(z["why"].is_null()) << z.dump();
    }
  }
  EXPECT_GE(technique, 25u);
  EXPECT_GE(caution, 15u);
  EXPECT_GT(overlapping, 0u) << "no technique zone overlaps a caution zone: the overlap check is not running";
  ASSERT_TRUE(json["contraindications"].is_array());
  EXPECT_GE(json["contraindications"].size(), 8u);
  ASSERT_TRUE(json["modalities"].is_array());
  EXPECT_EQ(json["modalities"].size(), 5u);
}

TEST(QueryZonesTest, KindAndStructureFilter) {
  const RunResult caution = runMyoscope("query zones --kind caution --json", "", false);
  ASSERT_EQ(caution.status, 0) << caution.output;
  for (const auto& z : nlohmann::json::parse(caution.output)["zones"]) EXPECT_EQ(z["kind"], "caution") << z.dump();
  const RunResult trapezius = runMyoscope("query zones --structure trapezius --json", "", false);
  ASSERT_EQ(trapezius.status, 0) << trapezius.output;
  const auto json = nlohmann::json::parse(trapezius.output);
  ASSERT_FALSE(json["zones"].empty());
  for (const auto& z : json["zones"]) {
    if (z["kind"] == "technique") {
      EXPECT_TRUE(z["structure"].get<std::string>().starts_with("trapezius")) << z.dump();
    }
  }
}

TEST(QueryZonesTest, TextNamesTheOverlaps) {
  const RunResult run = runMyoscope("query zones --kind technique");
  ASSERT_EQ(run.status, 0) << run.output;
  EXPECT_NE(run.output.find("Deep tissue"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("overlaps caution."), std::string::npos) << run.output;
}

TEST(QueryZonesTest, BadInputExits2) {
  const RunResult kind = runMyoscope("query zones --kind massage");
  EXPECT_EQ(kind.status, 2) << kind.output;
  EXPECT_NE(kind.output.find("technique"), std::string::npos) << kind.output;
  const RunResult structure = runMyoscope("query zones --structure trapezus");
  EXPECT_EQ(structure.status, 2) << structure.output;
  EXPECT_NE(structure.output.find("trapezius"), std::string::npos) << structure.output;
}

}  // namespace
}  // namespace myo::testing
