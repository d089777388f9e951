// The landmark recipe engine on small synthetic vertex sets: directions, sides, bands, centroids,
// closest-to searches, derived rules and the OBJ vertex reader. No data files needed.
#include <gtest/gtest.h>

#include <vector>

#include "atlas/landmarks/bone_vertices.hpp"
#include "atlas/landmarks/recipe.hpp"

namespace myo::landmarks {
namespace {

// A tiny "bone": a column from y = 0 to y = 1 with a bump to the subject's right (-X) at the top and one
// forwards (+Z) at the bottom.
const std::vector<glm::vec3> kColumn = {
    {0.0f, 0.0f, 0.0f}, {0.0f, 0.25f, 0.0f}, {0.0f, 0.5f, 0.0f}, {0.0f, 0.75f, 0.0f},
    {0.0f, 1.0f, 0.0f}, {-0.2f, 0.9f, 0.0f}, {0.0f, 0.1f, 0.3f}, {0.1f, 0.5f, -0.1f},
};

Recipe extreme(Combination direction, std::vector<Band> where = {}) {
  Recipe r;
  r.kind = RecipeKind::Extreme;
  r.direction = std::move(direction);
  r.where = std::move(where);
  return r;
}

glm::dvec3 measure(const Recipe& recipe, Side side = Side::None, const Lookup& lookup = {}) {
  auto p = applyRecipe(recipe, kColumn, side, lookup);
  EXPECT_TRUE(p.ok()) << (p.ok() ? "" : p.error().text());
  return p.ok() ? *p : glm::dvec3(0.0);
}

TEST(LandmarkRecipeTest, AxesFollowTheBodyFrame) {
  EXPECT_EQ(axisVector(Axis::Superior, Side::None), glm::dvec3(0, 1, 0));
  EXPECT_EQ(axisVector(Axis::Anterior, Side::None), glm::dvec3(0, 0, 1));
  EXPECT_EQ(axisVector(Axis::Left, Side::None), glm::dvec3(1, 0, 0));
  // +X is the subject's left: lateral is +X on the left side and -X on the right.
  EXPECT_EQ(axisVector(Axis::Lateral, Side::Left), glm::dvec3(1, 0, 0));
  EXPECT_EQ(axisVector(Axis::Lateral, Side::Right), glm::dvec3(-1, 0, 0));
  EXPECT_EQ(axisVector(Axis::Medial, Side::Right), glm::dvec3(1, 0, 0));
  EXPECT_EQ(axisVector(Axis::Medial, Side::None), glm::dvec3(0, 0, 0));
  EXPECT_EQ(axisFromName("posterior"), Axis::Posterior);
  EXPECT_FALSE(axisFromName("dorsal").has_value());
  EXPECT_EQ(axisName(Axis::Lateral), "lateral");
}

TEST(LandmarkRecipeTest, ExtremeFindsTheFurthestVertex) {
  EXPECT_EQ(measure(extreme({{Axis::Superior, 1}})), glm::dvec3(0, 1, 0));
  EXPECT_EQ(measure(extreme({{Axis::Anterior, 1}})), glm::dvec3(0, 0.1f, 0.3f));
  EXPECT_EQ(measure(extreme({{Axis::Lateral, 1}}), Side::Right), glm::dvec3(-0.2f, 0.9f, 0));
  EXPECT_EQ(measure(extreme({{Axis::Lateral, 1}}), Side::Left), glm::dvec3(0.1f, 0.5f, -0.1f));
  // Weights tilt the search: posterior alone wins at the left bump; with a strong superior weight the top.
  EXPECT_EQ(measure(extreme({{Axis::Posterior, 1}})), glm::dvec3(0.1f, 0.5f, -0.1f));
  EXPECT_EQ(measure(extreme({{Axis::Posterior, 1}, {Axis::Superior, 1}})), glm::dvec3(0, 1, 0));
}

TEST(LandmarkRecipeTest, BandsAreFractionsOfTheWholeBone) {
  // Bottom 30 % of the height: the top and the right bump are out, so lateral-right is the origin column.
  const auto p = measure(extreme({{Axis::Lateral, 1}}, {{Axis::Superior, 0.0, 0.3}}), Side::Right);
  EXPECT_EQ(p.x, 0.0);
  EXPECT_LE(p.y, 0.3);
  // Two bands intersect; each is relative to the whole bone, not to what the other kept.
  const std::vector<Band> both = {{Axis::Superior, 0.4, 1.0}, {Axis::Right, 0.9, 1.0}};
  EXPECT_EQ(applyBands(kColumn, both, Side::None).size(), 1u);
  Recipe none = extreme({{Axis::Superior, 1}}, {{Axis::Superior, 0.0, 0.01}, {Axis::Anterior, 0.99, 1.0}});
  EXPECT_FALSE(applyRecipe(none, kColumn, Side::None, {}).ok());
}

TEST(LandmarkRecipeTest, CentroidAveragesTheKeptVertices) {
  Recipe r;
  r.kind = RecipeKind::Centroid;
  r.where = {{Axis::Superior, 0.7, 1.0}};  // (0, .75, 0), (0, 1, 0), (-.2, .9, 0)
  const auto p = measure(r);
  EXPECT_NEAR(p.x, -0.2 / 3, 1e-6);
  EXPECT_NEAR(p.y, (0.75 + 1.0 + 0.9) / 3, 1e-6);
}

TEST(LandmarkRecipeTest, ClosestToUsesOtherLandmarksFractionsAndOffsets) {
  const Lookup lookup = [](std::string_view id, Side side) -> std::optional<glm::dvec3> {
    if (id == "top") return glm::dvec3(0, 1, 0);
    if (id == "bottom") return glm::dvec3(0, 0, 0);
    if (id == "knob") return glm::dvec3(side == Side::Left ? 1.0 : -1.0, 0.9, 0);
    return std::nullopt;
  };
  Recipe r;
  r.kind = RecipeKind::ClosestTo;
  r.targets = {"bottom", "top"};
  r.fraction = 0.5;
  EXPECT_EQ(measure(r, Side::None, lookup), glm::dvec3(0, 0.5, 0));
  r.offset = {{Axis::Posterior, 0.1}, {Axis::Left, 0.1}};
  EXPECT_EQ(measure(r, Side::None, lookup), glm::dvec3(0.1f, 0.5f, -0.1f));
  r.targets = {"knob"};
  r.offset.clear();
  EXPECT_EQ(measure(r, Side::Right, lookup), glm::dvec3(-0.2f, 0.9f, 0));
  r.targets = {"missing"};
  EXPECT_FALSE(applyRecipe(r, kColumn, Side::None, lookup).ok());
}

TEST(LandmarkRecipeTest, RulesAverageAndOffsetPerSide) {
  const Lookup lookup = [](std::string_view id, Side side) -> std::optional<glm::dvec3> {
    const double outward = side == Side::Left ? 1.0 : -1.0;
    if (id == "a") return glm::dvec3(0.1 * outward, 1.0, 0.0);
    if (id == "b") return glm::dvec3(0.3 * outward, 2.0, 0.2);
    return std::nullopt;
  };
  const Rule rule{{"a", "b"}, {{Axis::Lateral, 0.01}, {Axis::Anterior, 0.02}}};
  const auto right = applyRule(rule, Side::Right, lookup);
  const auto left = applyRule(rule, Side::Left, lookup);
  ASSERT_TRUE(right.ok() && left.ok());
  EXPECT_NEAR(right->x, -0.21, 1e-12);
  EXPECT_NEAR(left->x, 0.21, 1e-12);
  EXPECT_NEAR(right->y, 1.5, 1e-12);
  EXPECT_NEAR(right->z, 0.12, 1e-12);
  EXPECT_FALSE(applyRule(Rule{{"nope"}, {}}, Side::Right, lookup).ok());
}

TEST(LandmarkRecipeTest, ObjVerticesConvertToTheBodyFrame) {
  // BodyParts3D millimetres, +Z up, +Y posterior -> metres, +Y up, +Z anterior.
  const auto vertices = parseObjVertices("# header\nv 100 -50 1500\nvn 0 0 1\nv\t-20 30 10\nf 1 2 2\n");
  ASSERT_TRUE(vertices.ok());
  ASSERT_EQ(vertices->size(), 2u);
  EXPECT_FLOAT_EQ((*vertices)[0].x, 0.1f);
  EXPECT_FLOAT_EQ((*vertices)[0].y, 1.5f);
  EXPECT_FLOAT_EQ((*vertices)[0].z, 0.05f);
  EXPECT_FLOAT_EQ((*vertices)[1].z, -0.03f);
  EXPECT_FALSE(parseObjVertices("v 1 2\n").ok());
}

}  // namespace
}  // namespace myo::landmarks
