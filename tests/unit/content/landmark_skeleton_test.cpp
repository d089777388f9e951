// The committed landmarks (assets/atlas/landmarks.yaml) against the real skeleton: they must equal a fresh
// measurement, mirror left to right, and make anatomical sense.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "atlas/landmarks/measure.hpp"

namespace myo::landmarks {
namespace {

namespace fs = std::filesystem;

fs::path bodyParts3D() { return fs::path(MYOSCOPE_SHARED_DIR) / "data" / "bodyparts3d"; }

const LandmarkSet& committed() {
  static const LandmarkSet set = [] {
    auto loaded = LandmarkSet::load(fs::path(MYOSCOPE_SOURCE_DIR) / kLandmarksFile);
    if (!loaded) ADD_FAILURE() << loaded.error().text();
    return loaded ? *loaded : LandmarkSet{};
  }();
  return set;
}

// A committed position; fails the test (and returns the origin) when it is missing.
glm::vec3 at(std::string_view id) {
  const auto p = committed().position(id);
  EXPECT_TRUE(p.has_value()) << "no position for " << id;
  return p.value_or(glm::vec3(0.0f));
}

float mm(float metres) { return 1000.0f * metres; }

TEST(LandmarkSkeletonTest, EveryLandmarkHasItsPositions) {
  ASSERT_GT(committed().size(), 150u);
  for (const auto& lm : committed().all())
    for (const Side side : lm.sides())
      EXPECT_TRUE(lm.position(side).has_value()) << lm.id << sideSuffix(side) << ": run measure_landmarks";
}

TEST(LandmarkSkeletonTest, CommittedPositionsEqualAFreshMeasurement) {
  if (!fs::exists(bodyParts3D() / "skeleton"))
    GTEST_SKIP() << "needs the BodyParts3D skeleton in ../shared/data/bodyparts3d (absent here: " << bodyParts3D()
                 << "); the committed positions cannot be re-measured";
  BoneLibrary bones(bodyParts3D());
  const auto fresh = measureAll(committed(), bones);
  ASSERT_TRUE(fresh.ok()) << fresh.error().text();
  for (const auto& lm : fresh->all()) {
    const Landmark* old = committed().find(lm.id);
    for (const Side side : lm.sides()) {
      const auto before = old->position(side);
      ASSERT_TRUE(before.has_value()) << lm.id << sideSuffix(side);
      EXPECT_LE(glm::distance(*before, *lm.position(side)), 0.001f)
          << lm.id << sideSuffix(side) << " moved: regenerate with measure_landmarks and review the change";
    }
  }
}

TEST(LandmarkSkeletonTest, LeftAndRightMirror) {
  // BodyParts3D's skeleton is close to mirror-symmetric: bony pairs agree within a few millimetres (the
  // worst are single-vertex extremes on flat or coarse regions, e.g. a rib's lateral bulge). 10 mm catches
  // a recipe that lands on a different feature on one side.
  float largest = 0.0f;
  std::string worst;
  for (const auto& lm : committed().all()) {
    if (!lm.sided) continue;
    const auto d = mirrorDistance(lm);
    ASSERT_TRUE(d.has_value()) << lm.id;
    EXPECT_LE(mm(*d), 10.0f) << lm.id << ": right and mirrored left differ by " << mm(*d) << " mm";
    if (*d > largest) {
      largest = *d;
      worst = lm.id;
    }
    EXPECT_LT(lm.right->x, lm.left->x) << lm.id << ": +X is the subject's left";
  }
  std::printf("largest left/right mirror distance: %.1f mm (%s)\n", static_cast<double>(mm(largest)), worst.c_str());
}

TEST(LandmarkSkeletonTest, MidlineLandmarksAreOnTheMidline) {
  for (const auto& lm : committed().all())
    if (!lm.sided && lm.mid) {
      EXPECT_LE(std::abs(mm(lm.mid->x)), 12.0f) << lm.id << " is off the midline";
    }
}

TEST(LandmarkSkeletonTest, SpinousProcessesDescendFromC2ToL5) {
  const char* spine[] = {"c2", "c3", "c4", "c5",  "c6",  "c7",  "t1", "t2", "t3", "t4", "t5", "t6",
                         "t7", "t8", "t9", "t10", "t11", "t12", "l1", "l2", "l3", "l4", "l5"};
  float above = at("c1_posterior_tubercle").y;
  for (const char* level : spine) {
    const float y = at(std::string(level) + "_spinous_process").y;
    EXPECT_LT(y, above) << level << " spinous process is not below the one above it";
    EXPECT_GT(y, above - 0.045f) << level << " spinous process is more than 45 mm below the one above it";
    above = y;
  }
  EXPECT_LT(at("median_sacral_crest_s1").y, at("l5_spinous_process").y);
  // The atlas is the widest cervical vertebra; transverse processes lie lateral to their spines.
  EXPECT_GT(-at("c1_transverse_process.r").x, -at("c5_transverse_process.r").x);
  EXPECT_GT(at("l3_transverse_process.l").x, 0.03f);
}

TEST(LandmarkSkeletonTest, HeadAndFeetBoundTheSkeleton) {
  const float top = at("skull_vertex").y;
  for (const auto& lm : committed().all())
    for (const Side side : lm.sides())
      if (lm.position(side) && lm.id != "skull_vertex" && lm.id != "ear_apex") {
        EXPECT_LE(lm.position(side)->y, top) << lm.id << " is above the vertex";
      }
  EXPECT_NEAR(at("heel_plantar_point.r").y, 0.0f, 0.03f);  // feet at y = 0
  EXPECT_NEAR(at("heel_plantar_point.l").y, 0.0f, 0.03f);
  // An adult skeleton; 1.64 m from vertex to heel here (plus scalp and heel pad, about 1.66 m standing).
  const float height = top - at("heel_plantar_point.r").y;
  EXPECT_GT(height, 1.5f);
  EXPECT_LT(height, 1.9f);
  // Classic proportions (fractions of stature): acromion ~0.82, ASIS ~0.55, lateral malleolus ~0.03-0.04.
  EXPECT_NEAR(at("acromion.r").y / height, 0.82f, 0.03f);
  EXPECT_NEAR(at("anterior_superior_iliac_spine.r").y / height, 0.55f, 0.03f);
  EXPECT_NEAR(at("greater_trochanter.r").y / height, 0.49f, 0.03f);
  EXPECT_NEAR(at("lateral_femoral_epicondyle.r").y / height, 0.27f, 0.03f);
  EXPECT_LT(at("lateral_malleolus.r").y / height, 0.05f);
}

TEST(LandmarkSkeletonTest, ShoulderGirdleMakesSense) {
  for (const char* side : {".r", ".l"}) {
    const auto p = [side](const char* id) { return at(std::string(id) + side); };
    const float outward = std::string(side) == ".l" ? 1.0f : -1.0f;  // lateral along +X on the left
    EXPECT_GT(outward * p("acromion").x, outward * p("coracoid_process").x) << side;
    EXPECT_GT(p("acromion").y, p("greater_tubercle").y) << side;
    EXPECT_GT(p("acromion").y, p("humeral_head_top").y) << side;
    EXPECT_GT(p("coracoid_process").z, p("acromial_angle").z) << side;  // coracoid points forwards
    EXPECT_GT(p("scapula_superior_angle").y, p("scapular_spine_root").y) << side;
    EXPECT_GT(p("scapular_spine_root").y, p("scapula_medial_border_midpoint").y) << side;
    EXPECT_GT(p("scapula_medial_border_midpoint").y, p("scapula_inferior_angle").y) << side;
    EXPECT_GT(p("supraglenoid_tubercle").y, p("glenoid_center").y) << side;
    EXPECT_GT(p("glenoid_center").y, p("infraglenoid_tubercle").y) << side;
    EXPECT_GT(outward * p("lateral_clavicle").x, outward * p("medial_clavicle").x) << side;
    EXPECT_GT(outward * p("greater_tubercle").x, outward * p("lesser_tubercle").x) << side;
    EXPECT_GT(p("lesser_tubercle").z, p("greater_tubercle").z) << side;
    EXPECT_GT(outward * p("lateral_epicondyle").x, outward * p("medial_epicondyle").x) << side;
    EXPECT_LT(p("olecranon").z, p("medial_epicondyle").z) << side;                       // the elbow tip is behind
    EXPECT_GT(outward * p("radial_styloid").x, outward * p("ulnar_styloid").x) << side;  // palms forward
  }
  // Spine of the scapula at T3, inferior angle at about T7.
  EXPECT_NEAR(at("scapular_spine_root.r").y, at("t3_spinous_process").y, 0.025f);
  EXPECT_NEAR(at("scapula_inferior_angle.r").y, at("t7_spinous_process").y, 0.025f);
}

TEST(LandmarkSkeletonTest, PelvisAndLowerLimbMakeSense) {
  for (const char* side : {".r", ".l"}) {
    const auto p = [side](const char* id) { return at(std::string(id) + side); };
    const float outward = std::string(side) == ".l" ? 1.0f : -1.0f;
    EXPECT_GT(p("anterior_superior_iliac_spine").z, p("posterior_superior_iliac_spine").z + 0.1f) << side;
    EXPECT_GT(p("anterior_superior_iliac_spine").y, p("anterior_inferior_iliac_spine").y) << side;
    EXPECT_GT(p("iliac_crest_highest_point").y, p("anterior_superior_iliac_spine").y) << side;
    EXPECT_LT(p("ischial_tuberosity").y, p("pubic_tubercle").y) << side;
    EXPECT_GT(outward * p("greater_trochanter").x, outward * p("lesser_trochanter").x) << side;
    EXPECT_GT(p("patella_superior_pole").y, p("patella_inferior_pole").y) << side;
    EXPECT_GT(p("patella_inferior_pole").y, p("tibial_tuberosity").y) << side;
    EXPECT_GT(outward * p("lateral_femoral_epicondyle").x, outward * p("medial_femoral_epicondyle").x) << side;
    EXPECT_GT(outward * p("fibular_head").x, outward * p("medial_tibial_condyle").x) << side;
    // The medial malleolus is medial to and higher than the lateral one (and further forward).
    EXPECT_LT(outward * p("medial_malleolus").x, outward * p("lateral_malleolus").x) << side;
    EXPECT_GT(p("medial_malleolus").y, p("lateral_malleolus").y) << side;
    EXPECT_GT(p("medial_malleolus").z, p("lateral_malleolus").z) << side;
    EXPECT_LT(p("calcaneal_tuberosity").z, p("first_metatarsal_head").z - 0.1f) << side;
    EXPECT_GT(p("hallux_tip").z, p("first_metatarsal_head").z) << side;
  }
  // Supracristal plane at about L4; the pubic symphysis in front of the sacrum; the navel above it.
  EXPECT_NEAR(at("iliac_crest_highest_point.r").y, at("l4_spinous_process").y, 0.025f);
  EXPECT_GT(at("pubic_symphysis").z, at("sacrum_apex").z + 0.08f);
  EXPECT_GT(at("umbilicus").y, at("pubic_symphysis").y + 0.1f);
}

TEST(LandmarkSkeletonTest, ThoraxAndDerivedPointsSitWhereExpected) {
  // Sternal landmarks (derived: no sternum in the data) in order down the front of the chest.
  EXPECT_GT(at("jugular_notch").y, at("sternum_mid").y);
  EXPECT_GT(at("sternum_mid").y, at("xiphoid_process").y);
  EXPECT_GT(at("xiphoid_process").y, at("umbilicus").y);
  EXPECT_GT(at("jugular_notch").z, at("t2_spinous_process").z + 0.09f);
  for (int rib = 1; rib < 10; ++rib)
    EXPECT_GT(at("rib" + std::to_string(rib) + "_anterior_end.r").y,
              at("rib" + std::to_string(rib + 1) + "_anterior_end.r").y)
        << rib;
  // Soft-tissue points lie outside the bones they come from.
  EXPECT_LT(at("tragus.r").x, at("tmj.r").x);
  EXPECT_GT(at("ear_apex.r").y, at("tragus.r").y);
  EXPECT_GT(at("wrist_volar_center.r").z, at("wrist_dorsal_center.r").z);
  EXPECT_GT(at("ankle_anterior_midpoint.r").z, at("medial_malleolus.r").z);
  EXPECT_LT(at("axilla_apex.r").y, at("glenoid_center.r").y);
  // The head: the mastoid behind and below the TMJ, the angle of the jaw below both.
  EXPECT_LT(at("mastoid_process.r").z, at("tmj.r").z);
  EXPECT_GT(at("tmj.r").y, at("mandible_angle.r").y);
  EXPECT_GT(at("external_occipital_protuberance").y, at("c1_posterior_tubercle").y);
  EXPECT_GT(at("glabella").z, at("external_occipital_protuberance").z + 0.15f);
}

TEST(LandmarkSkeletonTest, PrintsATableToReview) {
  const float heel = at("heel_plantar_point.r").y;
  const float height = at("skull_vertex").y - heel;
  std::printf("skeleton height (skull vertex to heel): %.3f m\n", static_cast<double>(height));
  for (const char* id :
       {"skull_vertex", "c7_spinous_process", "acromion.r", "jugular_notch", "xiphoid_process",
        "iliac_crest_highest_point.r", "greater_trochanter.r", "lateral_femoral_epicondyle.r", "lateral_malleolus.r"}) {
    const glm::vec3 p = at(id);
    std::printf("  %-30s (%7.4f, %7.4f, %7.4f)  %.3f of height\n", id, static_cast<double>(p.x),
                static_cast<double>(p.y), static_cast<double>(p.z), static_cast<double>((p.y - heel) / height));
  }
}

}  // namespace
}  // namespace myo::landmarks
