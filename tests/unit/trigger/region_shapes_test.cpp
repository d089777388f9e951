// Region geometry: parsing of `shape:` (errors name line and column), the signed distances, mirror symmetry of
// the real regions, and spot checks that skin points near known landmarks fall in the right regions.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "atlas/landmarks/landmarks.hpp"
#include "trigger/region_shapes.hpp"
#include "trigger/regions.hpp"
#include "trigger_test_support.hpp"

namespace myo::trigger {
namespace {

using testing::sourceAssets;

const RegionSet& realRegions() {
  static const Result<RegionSet> regions = RegionSet::load(sourceAssets() / kRegionsFile);
  if (!regions) {
    ADD_FAILURE() << regions.error().text();
    static const RegionSet empty;
    return empty;
  }
  return *regions;
}

const landmarks::LandmarkSet& realLandmarks() {
  static const auto set = landmarks::LandmarkSet::load(sourceAssets() / kRegionLandmarksFile);
  EXPECT_TRUE(set.ok()) << set.error().text();
  return *set;
}

glm::vec3 landmark(const std::string& id, glm::vec3 offset = glm::vec3(0.0f)) {
  const auto p = realLandmarks().position(id);
  EXPECT_TRUE(p.has_value()) << id;
  return p.value_or(glm::vec3(0.0f)) + offset;
}

std::vector<std::string> idsAt(glm::vec3 p) {
  std::vector<std::string> out;
  for (const auto& ref : realRegions().regionsAt(p)) out.push_back(ref.text());
  return out;
}

std::string listed(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return "[" + out + "]";
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// --- parsing ------------------------------------------------------------------------------------------------

Result<RegionSet> parseShape(const std::string& shape) {
  return RegionSet::parse("regions:\n  - {id: temple, name: n, group: g, definition: d,\n     shape: " + shape + "}\n",
                          "r.yaml", &realLandmarks());
}

TEST(RegionShapesTest, ParsesEveryPrimitiveAndPointForm) {
  const auto set = parseShape(
      "[{sphere: {at: [-0.1, 1.5, 0.1], r: 0.02}}, {capsule: {from: acromion, to: c7_spinous_process, r: [0.03, "
      "0.02]}},"
      " {ellipsoid: {at: {at: glabella, offset: [0, 0.04, 0]}, radii: [0.03, 0.04, 0.05]}},"
      " {box: {at: {between: [t1_spinous_process, t7_spinous_process], t: 0.25}, size: [0.1, 0.2, 0.3], round: "
      "0.01}}]");
  ASSERT_TRUE(set.ok()) << set.error().text();
  ASSERT_EQ(set->shapes().size(), 8u);  // four right, then their mirrors
  const auto& s = set->shapes();
  EXPECT_EQ(s[0].kind, ShapeKind::Sphere);
  EXPECT_FLOAT_EQ(s[0].r, 0.02f);
  EXPECT_EQ(s[1].kind, ShapeKind::Capsule);
  EXPECT_EQ(s[1].a, *realLandmarks().position("acromion.r"));  // an unsided landmark id is the right one
  EXPECT_FLOAT_EQ(s[1].radii.x, 0.03f);
  EXPECT_FLOAT_EQ(s[1].radii.y, 0.02f);
  EXPECT_NEAR(s[2].a.y, realLandmarks().position("glabella")->y + 0.04f, 1e-6f);
  const glm::vec3 t1 = *realLandmarks().position("t1_spinous_process");
  const glm::vec3 t7 = *realLandmarks().position("t7_spinous_process");
  EXPECT_NEAR(glm::distance(s[3].a, t1 + (t7 - t1) * 0.25f), 0.0f, 1e-6f);
  EXPECT_EQ(s[3].radii, glm::vec3(0.05f, 0.1f, 0.15f));  // half sizes
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(s[i].side, Side::Right);
    EXPECT_EQ(s[i + 4].side, Side::Left);
    EXPECT_EQ(s[i + 4].a, landmarks::mirrored(s[i].a));
    EXPECT_EQ(s[i].region, 0);
  }
}

TEST(RegionShapesTest, ErrorsNameLineColumnAndWhatWasExpected) {
  struct Case {
    std::string shape;
    std::string where;  // file:line:col
    std::string words;
  };
  // The shape list starts at line 3, column 13.
  const std::vector<Case> cases = {
      {"[{cube: {at: [0, 1, 0], r: 0.1}}]", "r.yaml:3:15", "unknown shape `cube`"},
      {"[{sphere: {at: acromio, r: 0.1}}]", "r.yaml:3:28", "unknown landmark 'acromio'"},
      {"[{sphere: {at: [0, 1], r: 0.1}}]", "r.yaml:3:28", "expected [x, y, z]"},
      {"[{sphere: {at: [0, 1, 0], r: big}}]", "r.yaml:3:42", "expected a number"},
      {"[{sphere: {at: [0, 1, 0], r: -0.1}}]", "r.yaml:3:42", "expected a size in metres"},
      {"[{sphere: {at: [0, 1, 0]}}]", "r.yaml:3:23", "missing `r`"},
      {"[{sphere: {at: [0, 1, 0], radius: 0.1}}]", "r.yaml:3:39", "unknown key `radius`"},
      {"[{capsule: {from: acromion, to: {offset: [0, 1, 0]}, r: 0.1}}]", "r.yaml:3:45", "expected a point"},
      {"[]", "r.yaml:3:13", "non-empty list"},
      {"[{sphere: {at: [0, 1, 0], r: 0.1}, box: {at: [0, 1, 0], size: [1, 1, 1]}}]", "r.yaml:3:14",
       "each shape is one of"},
  };
  for (const auto& c : cases) {
    const auto set = parseShape(c.shape);
    ASSERT_FALSE(set.ok()) << c.shape;
    EXPECT_EQ(set.error().where, c.where) << c.shape << ": " << set.error().text();
    EXPECT_NE(set.error().message.find(c.words), std::string::npos) << c.shape << ": " << set.error().text();
  }
  // Without a landmark set only coordinates work.
  const auto noLandmarks = RegionSet::parse(
      "regions:\n  - {id: temple, name: n, group: g, definition: d, shape: [{sphere: {at: acromion, r: 0.1}}]}\n",
      "r.yaml");
  ASSERT_FALSE(noLandmarks.ok());
  EXPECT_NE(noLandmarks.error().message.find("needs the landmark set"), std::string::npos);
}

TEST(RegionShapesTest, SignedDistanceIsNegativeInside) {
  RegionShape sphere{ShapeKind::Sphere, {0, 1, 0}, {}, {}, 0.1f};
  EXPECT_NEAR(signedDistance(sphere, {0, 1, 0}), -0.1f, 1e-6f);
  EXPECT_NEAR(signedDistance(sphere, {0.3f, 1, 0}), 0.2f, 1e-6f);
  RegionShape capsule{ShapeKind::Capsule, {0, 0, 0}, {0, 1, 0}, {0.1f, 0.2f, 0}, 0.2f};
  EXPECT_NEAR(signedDistance(capsule, {0.15f, 0.5f, 0}), 0.0f, 1e-6f);  // radius 0.15 halfway
  EXPECT_LT(signedDistance(capsule, {0, -0.05f, 0}), 0.0f);             // round end
  EXPECT_GT(signedDistance(capsule, {0, -0.15f, 0}), 0.0f);
  RegionShape ellipsoid{ShapeKind::Ellipsoid, {0, 0, 0}, {}, {0.1f, 0.2f, 0.3f}, 0};
  EXPECT_LT(signedDistance(ellipsoid, {0.09f, 0, 0}), 0.0f);
  EXPECT_GT(signedDistance(ellipsoid, {0.11f, 0, 0}), 0.0f);
  EXPECT_LT(signedDistance(ellipsoid, {0, 0, 0.29f}), 0.0f);
  EXPECT_LT(signedDistance(ellipsoid, {0, 0, 0}), 0.0f);
  RegionShape box{ShapeKind::Box, {0, 0, 0}, {}, {0.1f, 0.2f, 0.3f}, 0.02f};
  EXPECT_NEAR(signedDistance(box, {0.15f, 0, 0}), 0.05f, 1e-6f);
  EXPECT_NEAR(signedDistance(box, {0, 0, 0}), -0.1f, 1e-6f);
  EXPECT_GT(signedDistance(box, {0.099f, 0.199f, 0}), 0.0f);  // the rounded corner is cut
}

// --- the real regions ---------------------------------------------------------------------------------------

TEST(RegionShapesTest, EveryRegionHasAShapeOnBothSides) {
  const RegionSet& regions = realRegions();
  ASSERT_GE(regions.all().size(), 78u);
  const auto& shapes = regions.shapes();
  ASSERT_EQ(shapes.size() % 2, 0u);
  for (const auto& region : regions.all()) {
    EXPECT_TRUE(regions.hasShape(region)) << region.id << " (regions.yaml:" << region.line << ") has no shape";
    const auto index = static_cast<int>(&region - regions.all().data());
    for (const Side side : {Side::Right, Side::Left}) {
      const bool any = std::any_of(shapes.begin(), shapes.end(),
                                   [&](const RegionShape& s) { return s.region == index && s.side == side; });
      EXPECT_TRUE(any) << withSide(region.id, side);
    }
  }
  // The flat array: the right side first, then the left in the same order.
  const size_t half = shapes.size() / 2;
  for (size_t i = 0; i < half; ++i) {
    EXPECT_EQ(shapes[i].side, Side::Right);
    EXPECT_EQ(shapes[half + i].side, Side::Left);
    EXPECT_EQ(shapes[half + i].region, shapes[i].region);
  }
}

TEST(RegionShapesTest, EachRightShapeLiesOnTheRightOrTheMidline) {
  // Authored for the right side (x < 0): nothing may reach more than ~1 cm across the midline.
  const auto& shapes = realRegions().shapes();
  for (const auto& s : shapes) {
    if (s.side != Side::Right) continue;
    float maxX = s.a.x;
    if (s.kind == ShapeKind::Sphere) maxX = s.a.x + s.r;
    if (s.kind == ShapeKind::Capsule) maxX = std::max(s.a.x + s.radii.x, s.b.x + s.radii.y);
    if (s.kind == ShapeKind::Ellipsoid || s.kind == ShapeKind::Box) maxX = s.a.x + s.radii.x;
    EXPECT_LE(maxX, 0.02f) << realRegions().all()[static_cast<size_t>(s.region)].id << " reaches x = " << maxX;
  }
}

TEST(RegionShapesTest, LeftIsTheExactMirrorOfRight) {
  const RegionSet& regions = realRegions();
  const RegionRef rightTemple = *regions.resolve("temple.r");
  const RegionRef leftTemple = *regions.resolve("temple.l");
  const glm::vec3 temple = landmark("zygomatic_arch_midpoint.r", {-0.012f, 0.045f, 0.0f});
  EXPECT_TRUE(regions.contains(rightTemple, temple));
  EXPECT_FALSE(regions.contains(leftTemple, temple));
  EXPECT_TRUE(regions.contains(leftTemple, landmarks::mirrored(temple)));
  EXPECT_FALSE(regions.contains(rightTemple, landmarks::mirrored(temple)));
  EXPECT_TRUE(regions.contains(*regions.resolve("temple"), landmarks::mirrored(temple)));  // unsided: either
  // Everywhere on a coarse grid over the body: the regions at a point, sides swapped, are those at its mirror.
  size_t inside = 0;
  for (float x = -0.35f; x <= 0.35f; x += 0.025f)
    for (float y = -0.02f; y <= 1.70f; y += 0.025f)
      for (float z = -0.08f; z <= 0.26f; z += 0.025f) {
        const glm::vec3 p{x, y, z};
        std::vector<std::string> here, there;
        for (const auto& ref : regions.regionsAt(p))
          here.push_back(withSide(ref.region->id, ref.side == Side::Right ? Side::Left : Side::Right));
        for (const auto& ref : regions.regionsAt(landmarks::mirrored(p))) there.push_back(ref.text());
        std::sort(here.begin(), here.end());
        std::sort(there.begin(), there.end());
        ASSERT_EQ(here, there) << "at " << x << ", " << y << ", " << z;
        inside += here.empty() ? 0 : 1;
      }
  EXPECT_GT(inside, 500u);
}

struct Spot {
  std::string what;
  glm::vec3 p;
  std::vector<std::string> in;
  std::vector<std::string> notIn;
};

TEST(RegionShapesTest, SkinPointsNearLandmarksFallInTheirRegions) {
  const glm::vec3 patella = (landmark("patella_superior_pole.r") + landmark("patella_inferior_pole.r")) * 0.5f;
  const glm::vec3 elbow = (landmark("medial_epicondyle.r") + landmark("lateral_epicondyle.r")) * 0.5f;
  const glm::vec3 midForearm = (elbow + landmark("lunate_center.r")) * 0.5f;
  const glm::vec3 thighAxis = landmark("linea_aspera_mid.r");  // the femur at mid-thigh
  const std::vector<Spot> spots = {
      {"2 cm lateral to the right acromion",
       landmark("acromion.r", {-0.02f, 0, 0}),
       {"shoulder_top.r"},
       {"chest.r", "chest.l", "shoulder_top.l", "scapula.r"}},
      {"2 cm above the right acromion", landmark("acromion.r", {0, 0.02f, 0}), {"shoulder_top.r"}, {"chest.r"}},
      {"2 cm lateral to the left acromion",
       landmark("acromion.l", {0.02f, 0, 0}),
       {"shoulder_top.l"},
       {"shoulder_top.r"}},
      {"in front of the right patella",
       patella + glm::vec3(0, 0, 0.012f),
       {"knee_anterior.r"},
       {"knee_posterior.r", "knee_anterior.l", "shin.r", "calf.r"}},
      {"behind the right knee",
       landmark("medial_femoral_condyle.r", {-0.025f, -0.01f, -0.045f}),
       {"knee_posterior.r"},
       {"knee_anterior.r"}},
      {"under the right heel",
       landmark("heel_plantar_point.r", {0, -0.01f, 0}),
       {"heel.r"},
       {"foot_ball.r", "foot_dorsal.r", "achilles.r"}},
      {"under the right first metatarsal head",
       landmark("first_metatarsal_head.r", {0, -0.012f, 0}),
       {"foot_ball.r"},
       {"heel.r", "foot_dorsal.r"}},
      {"the umbilicus",
       landmark("umbilicus", {0, 0, 0.005f}),
       {"abdomen.r", "abdomen.l"},
       {"chest.r", "low_back.r", "groin.r"}},
      {"4 cm right of the umbilicus", landmark("umbilicus", {-0.04f, 0, 0}), {"abdomen.r"}, {"abdomen.l"}},
      {"behind the occipital protuberance",
       landmark("external_occipital_protuberance", {0, 0, -0.01f}),
       {"occiput.r", "occiput.l"},
       {"forehead.r", "vertex.r", "posterior_neck.r"}},
      {"on the forehead", landmark("glabella", {-0.01f, 0.04f, 0.006f}), {"forehead.r"}, {"occiput.r", "vertex.r"}},
      {"on the crown", landmark("skull_vertex", {-0.02f, 0.012f, 0}), {"vertex.r"}, {"forehead.r", "occiput.r"}},
      {"over the right temple",
       landmark("zygomatic_arch_midpoint.r", {-0.012f, 0.045f, 0}),
       {"temple.r"},
       {"temple.l", "occiput.r"}},
      {"on the front of the right chest",
       {-0.085f, 1.22f, 0.215f},
       {"chest.r"},
       {"interscapular.r", "scapula.r", "chest.l"}},
      {"on the upper back beside T4",
       landmark("t4_spinous_process", {-0.035f, 0, -0.03f}),
       {"interscapular.r"},
       {"chest.r", "sternum.r"}},
      {"over the right scapula",
       landmark("infraspinous_fossa_center.r", {0, 0, -0.035f}),
       {"scapula.r"},
       {"chest.r", "lateral_chest.r"}},
      {"over the lumbar muscles",
       landmark("l3_spinous_process", {-0.035f, 0, -0.025f}),
       {"low_back.r"},
       {"abdomen.r", "mid_back.r"}},
      {"over the right lateral epicondyle",
       landmark("lateral_epicondyle.r", {-0.015f, 0, 0}),
       {"lateral_elbow.r"},
       {"medial_elbow.r", "posterior_elbow.r"}},
      {"behind the olecranon",
       landmark("olecranon.r", {0, 0, -0.012f}),
       {"posterior_elbow.r"},
       {"anterior_elbow.r", "medial_elbow.r"}},
      {"on the volar forearm",
       midForearm + glm::vec3(0, 0, 0.033f),
       {"forearm_volar.r"},
       {"forearm_dorsal.r", "forearm_radial.r", "forearm_ulnar.r"}},
      {"on the dorsal forearm",
       midForearm + glm::vec3(0, 0, -0.033f),
       {"forearm_dorsal.r"},
       {"forearm_volar.r", "forearm_radial.r", "forearm_ulnar.r"}},
      {"on the radial forearm",
       midForearm + glm::vec3(-0.033f, 0, 0),
       {"forearm_radial.r"},
       {"forearm_volar.r", "forearm_dorsal.r", "forearm_ulnar.r"}},
      {"on the outer thigh",
       thighAxis + glm::vec3(-0.065f, 0, 0),
       {"thigh_lateral.r"},
       {"thigh_medial.r", "thigh_anterior.l"}},
      {"over the right lateral malleolus",
       landmark("lateral_malleolus.r", {-0.01f, 0, 0}),
       {"ankle_lateral.r"},
       {"ankle_medial.r", "heel.r"}},
      {"over the right greater trochanter",
       landmark("greater_trochanter.r", {-0.03f, 0, 0}),
       {"hip_lateral.r"},
       {"groin.r", "buttock.l"}},
      {"at the tip of the right middle finger",
       landmark("middle_finger_tip.r"),
       {"fingers_radial.r"},
       {"fingers_ulnar.r", "hand_palm.r"}},
  };
  for (const auto& spot : spots) {
    const auto ids = idsAt(spot.p);
    for (const auto& id : spot.in)
      EXPECT_TRUE(has(ids, id)) << spot.what << ": not in " << id << ", in " << listed(ids);
    for (const auto& id : spot.notIn) EXPECT_FALSE(has(ids, id)) << spot.what << ": also in " << id;
  }
}

TEST(RegionShapesTest, NothingFarOffTheBody) {
  EXPECT_TRUE(realRegions().regionsAt({0.5f, 1.0f, 0.5f}).empty());
  EXPECT_TRUE(realRegions().regionsAt({0.0f, 2.0f, 0.1f}).empty());   // above the head
  EXPECT_TRUE(realRegions().regionsAt({-0.3f, 1.2f, 0.3f}).empty());  // in front of the right arm
}

}  // namespace
}  // namespace myo::trigger
