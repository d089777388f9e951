// landmarks.yaml as a format: parsing, the checks it makes, side lookups, and rewriting positions in place
// without touching comments or layout.
#include <gtest/gtest.h>

#include "atlas/landmarks/landmarks.hpp"
#include "atlas/landmarks/measure.hpp"
#include "atlas/landmarks/yaml_rewrite.hpp"

namespace myo::landmarks {
namespace {

constexpr const char* kSample = R"(# a comment that must survive
landmarks:

  # -- group
  - id: acromion
    description: Lateral edge of the acromion.
    bone:
      r: {fma: FMA13395, name: Right scapula}
      l: {fma: FMA13396, name: Left scapula}
    recipe: {where: {superior: [0.85, 1]}, extreme: {lateral: 1, superior: 0.5}}
    at:
      r: [-0.1684, 1.3559, 0.0549]
      l: [0.1670, 1.3561, 0.0549]

  - id: c7_spinous_process
    description: Tip of the C7 spine.
    bone: {fma: FMA12525, name: Seventh cervical vertebra}
    recipe: {extreme: [posterior, inferior]}

  - id: tragus
    description: Tragus.
    note: soft tissue
    sided: true
    derived: true
    rule: {from: [acromion], offset: {lateral: 0.01}}
    at:
      r: [0, 0, 0]   # stale
      l: [0, 0, 0]
  # trailing comment
)";

LandmarkSet parseOk(const std::string& text) {
  auto set = LandmarkSet::parse(text, "sample.yaml");
  EXPECT_TRUE(set.ok()) << (set.ok() ? "" : set.error().text());
  return set.ok() ? *set : LandmarkSet{};
}

std::string withReplaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(LandmarkYamlTest, ParsesBonesRecipesRulesAndPositions) {
  const LandmarkSet set = parseOk(kSample);
  ASSERT_EQ(set.size(), 3u);
  const Landmark* acromion = set.find("acromion");
  ASSERT_NE(acromion, nullptr);
  EXPECT_TRUE(acromion->sided);
  EXPECT_FALSE(acromion->derived);
  EXPECT_EQ(acromion->bonesFor(Side::Right)[0].fma, "FMA13395");
  EXPECT_EQ(acromion->bonesFor(Side::Left)[0].name, "Left scapula");
  EXPECT_EQ(acromion->recipe.kind, RecipeKind::Extreme);
  ASSERT_EQ(acromion->recipe.where.size(), 1u);
  EXPECT_EQ(acromion->recipe.where[0].from, 0.85);
  ASSERT_EQ(acromion->recipe.direction.size(), 2u);
  EXPECT_EQ(acromion->recipe.direction[1].axis, Axis::Superior);
  EXPECT_EQ(acromion->recipe.direction[1].weight, 0.5);

  const Landmark* c7 = set.find("c7_spinous_process");
  ASSERT_NE(c7, nullptr);
  EXPECT_FALSE(c7->sided);
  EXPECT_EQ(c7->bonesFor(Side::Right)[0].name, "Seventh cervical vertebra");  // a midline bone serves any side
  EXPECT_FALSE(c7->mid.has_value());                                          // not measured yet

  const Landmark* tragus = set.find("tragus.l");
  ASSERT_NE(tragus, nullptr);
  EXPECT_TRUE(tragus->derived);
  EXPECT_EQ(tragus->rule.from, std::vector<std::string>{"acromion"});
  EXPECT_EQ(tragus->note, "soft tissue");
}

TEST(LandmarkYamlTest, LooksUpBySuffixOrSide) {
  const LandmarkSet set = parseOk(kSample);
  EXPECT_FLOAT_EQ(set.position("acromion.r")->x, -0.1684f);
  EXPECT_FLOAT_EQ(set.position("acromion", Side::Left)->x, 0.1670f);
  EXPECT_FLOAT_EQ(set.position("acromion.r", Side::Left)->x, -0.1684f);  // the suffix wins
  EXPECT_FALSE(set.position("acromion").has_value());                    // which side?
  EXPECT_FALSE(set.position("no_such_landmark.r").has_value());
  EXPECT_NEAR(*mirrorDistance(*set.find("acromion")), 0.0014, 1e-4);
}

// The sample with one edit must fail to parse, with `needle` in the error.
void expectError(const std::string& from, const std::string& to, const std::string& needle) {
  auto set = LandmarkSet::parse(withReplaced(kSample, from, to), "bad.yaml");
  ASSERT_FALSE(set.ok()) << "parsed despite '" << to << "'";
  EXPECT_NE(set.error().text().find(needle), std::string::npos) << set.error().text();
}

TEST(LandmarkYamlTest, RejectsMistakesWithTheirLine) {
  expectError("extreme: [posterior", "extreme: [dorsal", "unknown axis 'dorsal'");
  expectError("extreme: [posterior, inferior]", "extreme: medial", "needs a side");
  expectError("from: [acromion]", "from: [acromio]", "unknown landmark 'acromio'");
  expectError("id: tragus", "id: acromion", "duplicate");
  expectError("recipe: {extreme", "recipe: {centroid: true, extreme", "exactly one");
  expectError("[0.85, 1]", "[1, 0.85]", "0 <= from < to <= 1");
  expectError("note: soft", "notes: soft", "unknown key 'notes'");
  expectError("    derived: true\n", "", "only a derived landmark has a `rule`");
  expectError("    bone:\n      r:", "    sided: false\n    bone:\n      r:", "paired bones");
  expectError("      r: [-0.1684", "      mid: [-0.1684", "bad.yaml:12:");
}

TEST(LandmarkYamlTest, RewritesOnlyThePositions) {
  LandmarkSet measured = parseOk(kSample);
  measured.find("c7_spinous_process")->mid = glm::vec3(0.0012f, 1.3826f, 0.0232f);
  measured.find("tragus")->right = glm::vec3(-0.05f, 1.5f, -0.00001f);
  measured.find("tragus")->left = glm::vec3(0.05f, 1.5f, 0.1f);

  const auto rewritten = rewritePositions(kSample, measured);
  ASSERT_TRUE(rewritten.ok()) << rewritten.error().text();
  // The entry without `at:` gains one after its last line; a stale block is replaced; the rest is untouched.
  std::string expected = withReplaced(kSample, "    recipe: {extreme: [posterior, inferior]}\n",
                                      "    recipe: {extreme: [posterior, inferior]}\n    at:\n"
                                      "      mid: [0.0012, 1.3826, 0.0232]\n");
  expected = withReplaced(expected, "      r: [0, 0, 0]   # stale\n      l: [0, 0, 0]\n",
                          "      r: [-0.0500, 1.5000, 0.0000]\n      l: [0.0500, 1.5000, 0.1000]\n");
  EXPECT_EQ(*rewritten, expected);

  // Rewriting what it wrote changes nothing.
  const auto again = rewritePositions(*rewritten, measured);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *rewritten);
  EXPECT_EQ(formatPosition(glm::vec3(-0.00004f, 0.5f, -1.23456f)), "[0.0000, 0.5000, -1.2346]");
}

TEST(LandmarkYamlTest, MeasuresOneLandmarkOnAnyVertices) {
  // Another atlas's scapula, here three vertices: the acromion recipe keeps the top 15 % and leans lateral.
  const LandmarkSet set = parseOk(kSample);
  const std::vector<glm::vec3> scapula = {{-0.10f, 1.20f, 0.0f}, {-0.15f, 1.36f, 0.05f}, {-0.17f, 1.35f, 0.05f}};
  const auto right = measureOn(*set.find("acromion"), Side::Right, scapula, set);
  ASSERT_TRUE(right.ok()) << right.error().text();
  EXPECT_EQ(*right, glm::vec3(-0.17f, 1.35f, 0.05f));
  EXPECT_FALSE(measureOn(*set.find("tragus"), Side::Right, scapula, set).ok());  // derived: no recipe
  EXPECT_EQ(roundToStored(glm::dvec3(0.123456, -0.00001, 1.00006)), glm::vec3(0.1235f, 0.0f, 1.0001f));
}

}  // namespace
}  // namespace myo::landmarks
