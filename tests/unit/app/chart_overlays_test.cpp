// The chart's commands on the built-in atlas: what `show trp`, `show trps`, `show zone(s)`, `pain` and `palette`
// put into the view's overlays (the data the renderer draws), the errors of bad ids, and where TrPs land.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/session.hpp"
#include "trigger/trp_sites.hpp"

namespace myo::app {
namespace {

struct ChartOverlays : ::testing::Test {
  void SetUp() override {
    if (!std::filesystem::is_regular_file(MYOSCOPE_BUILTIN_PACK))
      GTEST_SKIP() << "no built-in atlas at " << MYOSCOPE_BUILTIN_PACK << " (the GL build generates it)";
    AtlasSource source;
    source.path = MYOSCOPE_BUILTIN_PACK;
    ASSERT_TRUE(session.load(source).ok());
  }
  Status run(const std::string& line) { return session.registry.execute(line); }
  size_t count(OverlayStyle style) const {
    size_t n = 0;
    for (const auto& s : session.scene.view.overlays.shapes) n += s.style == style ? 1 : 0;
    return n;
  }
  Session session;
};

TEST_F(ChartOverlays, ShowTrpDrawsItsMarkerOnItsMuscleAndItsReferral) {
  ASSERT_TRUE(run("show trp trapezius.trp1.r").ok());
  const Overlays& o = session.scene.view.overlays;
  ASSERT_EQ(o.markers.size(), 1u);
  EXPECT_EQ(o.markers[0].id, "trapezius.trp1.r");
  // The X is a vertex of the right upper trapezius.
  const atlas::Structure* muscle = session.atlas.find("trapezius.upper.r");
  ASSERT_NE(muscle, nullptr);
  float nearest = 1.0f;
  for (const auto& p : muscle->mesh.positions) nearest = std::min(nearest, glm::distance(p, o.markers[0].position));
  EXPECT_LT(nearest, 1e-5f);
  EXPECT_GT(count(OverlayStyle::Essential), 0u);
  // One side only: every zone volume of a right-side TrP lies right of the midline (x < 0) give or take the
  // centimetre that midline regions reach across.
  for (const auto& s : o.shapes) EXPECT_LT(s.a.x, 0.011f);
  ASSERT_TRUE(run("hide trp all").ok());
  EXPECT_TRUE(session.scene.view.overlays.empty());
}

TEST_F(ChartOverlays, BadIdsSayWhatWasExpected) {
  const Status typo = run("show trp trapezuis.trp1.r");
  ASSERT_FALSE(typo.ok());
  EXPECT_NE(typo.error().message.find("did you mean trapezius.trp1"), std::string::npos) << typo.error().message;
  EXPECT_FALSE(run("show trps no_such_muscle").ok());
  EXPECT_FALSE(run("show zone caution.no_such_site").ok());
  EXPECT_FALSE(run("show zones massage").ok());
  EXPECT_FALSE(run("pain templ.r").ok());
  EXPECT_FALSE(run("palette pink").ok());
  EXPECT_TRUE(session.scene.view.overlays.empty());
}

TEST_F(ChartOverlays, AllTrpsOfAMuscleOnBothSides) {
  ASSERT_TRUE(run("show trps infraspinatus").ok());
  size_t perSide = 0;
  for (const auto& trp : session.overlays.catalog()->triggerPoints()) perSide += trp.muscle == "infraspinatus" ? 1 : 0;
  ASSERT_GT(perSide, 0u);
  EXPECT_EQ(session.scene.view.overlays.markers.size(), 2 * perSide);
}

TEST_F(ChartOverlays, AllTrpsOfARegionLieInIt) {
  ASSERT_TRUE(run("show trps posterior_neck.r").ok());
  const auto& markers = session.scene.view.overlays.markers;
  ASSERT_FALSE(markers.empty());
  const auto& regions = session.overlays.catalog()->regions();
  const auto ref = regions.resolve("posterior_neck.r");
  ASSERT_TRUE(ref.ok());
  for (const auto& m : markers) EXPECT_TRUE(regions.contains(*ref, m.position)) << m.id;
}

TEST_F(ChartOverlays, ModalityZonesCarryTheirStrokes) {
  ASSERT_TRUE(run("show zones deep_tissue").ok());
  ASSERT_GT(count(OverlayStyle::Technique), 0u);
  for (const auto& s : session.scene.view.overlays.shapes) {
    EXPECT_NE(s.motion, StrokeMotion::None);
    EXPECT_NEAR(glm::length(s.stroke), 1.0f, 1e-3f);
  }
  ASSERT_TRUE(run("hide zones deep_tissue").ok());
  EXPECT_EQ(count(OverlayStyle::Technique), 0u);
}

TEST_F(ChartOverlays, CautionZonesAndPregnancyPointsAreTheirOwnStyles) {
  ASSERT_TRUE(run("show zone caution.axilla.r").ok());
  EXPECT_GT(count(OverlayStyle::Caution), 0u);
  for (const auto& s : session.scene.view.overlays.shapes) EXPECT_LT(s.a.x, 0.0f);
  ASSERT_TRUE(run("show zones pregnancy").ok());
  EXPECT_GT(count(OverlayStyle::PregnancyPoint), 0u);
  ASSERT_TRUE(run("hide zone all").ok());
  EXPECT_TRUE(session.scene.view.overlays.empty());
}

TEST_F(ChartOverlays, PaintingMarksRegionsByIdAndByPixel) {
  ASSERT_TRUE(run("pain temple.r occiput").ok());
  EXPECT_EQ(session.overlays.painted().size(), 2u);
  EXPECT_GT(count(OverlayStyle::Painted), 0u);
  ASSERT_TRUE(run("pain none").ok());
  EXPECT_TRUE(session.overlays.painted().empty());
  // A click on the skin in the middle of the front view: the regions under it are marked. (With the skin
  // hidden the midline ray would pass between the two recti to the spine, which no region covers.)
  session.scene.viewportWidth = 400;
  session.scene.viewportHeight = 800;
  ASSERT_TRUE(run("layer skin on").ok());
  ASSERT_TRUE(run("view anterior").ok());
  session.scene.view.advanceTo(session.scene.view.now + 5.0);
  const Status painted = run("pain at 200 300");
  ASSERT_TRUE(painted.ok()) << painted.error().message;
  EXPECT_FALSE(session.overlays.painted().empty());
  EXPECT_FALSE(run("pain at 5 5").ok());  // the background
}

TEST_F(ChartOverlays, PaletteSwitchesAndBumpsTheRevision) {
  const auto before = session.scene.view.overlays.revision;
  ASSERT_TRUE(run("palette colourblind").ok());
  EXPECT_TRUE(session.scene.view.overlays.colourBlind);
  EXPECT_GT(session.scene.view.overlays.revision, before);
}

// Every TrP of the catalog lands on its muscle on both sides, near its landmark, and the two sides agree.
TEST_F(ChartOverlays, EveryTrpLandsOnItsMuscleNearItsLandmark) {
  ASSERT_TRUE(session.overlays.ensureLoaded().ok());
  size_t placed = 0;
  for (const auto& trp : session.overlays.catalog()->triggerPoints()) {
    const auto right = session.overlays.site({&trp, Side::Right});
    const auto left = session.overlays.site({&trp, Side::Left});
    ASSERT_TRUE(right && left) << trp.id << " on " << trp.muscle << " found no place";
    // Within 9 cm of the anchor: the anchors are bony landmarks under or beside the muscle (psoas, the deepest,
    // lies 8 cm from its landmark on the way to the surface).
    EXPECT_LT(glm::distance(right->position, right->anchor), 0.09f) << trp.id;
    // The skeleton's landmarks are measured per side (a real body is not symmetric), the atlas is mirrored.
    EXPECT_LT(glm::distance(glm::vec3(-left->position.x, left->position.y, left->position.z), right->position), 0.03f)
        << trp.id;
    EXPECT_TRUE(idMatches(withSide(trp.muscle, Side::Right), session.atlas.structures[right->structure].id)) << trp.id;
    ++placed;
  }
  EXPECT_GE(placed, 150u);
}

}  // namespace
}  // namespace myo::app
