// The technique and caution zones (assets/zones) on the built-in atlas: each lies on what it names, and the
// strokes drawn in a technique zone follow the fibres of its muscle (issue: within 20 degrees).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "atlas/import/atlas_loader.hpp"
#include "trigger/assets.hpp"
#include "trigger/zone_fibres.hpp"
#include "trigger/zones.hpp"

namespace myo::trigger::zones {
namespace {

struct ZonesOnAtlas : ::testing::Test {
  void SetUp() override {
    if (!std::filesystem::is_regular_file(MYOSCOPE_BUILTIN_PACK))
      GTEST_SKIP() << "no built-in atlas at " << MYOSCOPE_BUILTIN_PACK << " (the GL build generates it)";
    auto loaded = atlas::loadAtlas(MYOSCOPE_BUILTIN_PACK, {}, nullptr);
    ASSERT_TRUE(loaded.ok()) << loaded.error().text();
    atlas = std::move(*loaded);
    auto z = ZoneSet::load(assetsDir());
    ASSERT_TRUE(z.ok()) << z.error().text();
    zones = std::move(*z);
  }
  // How many vertices of the structures `query` selects lie in the zone.
  size_t verticesInside(const ZoneRef& ref, const std::string& query) const {
    size_t n = 0;
    for (const size_t index : atlas.select(query))
      for (const auto& p : atlas.structures[index].mesh.positions) n += zones.contains(ref, p) ? 1 : 0;
    return n;
  }
  atlas::Atlas atlas;
  ZoneSet zones;
};

TEST_F(ZonesOnAtlas, EveryTechniqueZoneLiesOnItsStructureAndTheSkin) {
  for (const Zone* zone : zones.byKind(ZoneKind::Technique))
    for (const Side side : {Side::Right, Side::Left}) {
      const ZoneRef ref{zone, side};
      const bool midline = atlas.select(withSide(zone->structure, side)).empty();  // thoracolumbar_fascia
      EXPECT_GT(verticesInside(ref, midline ? zone->structure : withSide(zone->structure, side)), 0u) << ref.text();
      EXPECT_GT(verticesInside(ref, "skin"), 0u) << ref.text() << " does not reach the skin";
    }
}

TEST_F(ZonesOnAtlas, EveryCautionZoneLiesOnTheSkin) {
  for (const Zone* zone : zones.byKind(ZoneKind::Caution))
    for (const Side side : {Side::Right, Side::Left}) {
      const ZoneRef ref{zone, side};
      EXPECT_GT(verticesInside(ref, "skin"), 0u) << ref.text();
    }
}

// The stroke of an `along` or `across` zone is drawn from one direction per zone: the mean fibre direction of
// its muscle inside the zone. The fibres it stands for must agree with it: at least half of them (the median)
// within 20 degrees. A fan-shaped muscle cut by a zone too large for one stroke direction fails here.
TEST_F(ZonesOnAtlas, StrokesFollowTheFibresWithinTwentyDegrees) {
  const float cos20 = std::cos(glm::radians(20.0f));
  size_t checked = 0;
  std::printf("  %-56s %8s %8s\n", "zone", "fibres", "median");
  for (const Zone* zone : zones.byKind(ZoneKind::Technique)) {
    if (zone->stroke == Stroke::Hold) continue;
    const ZoneRef ref{zone, Side::Right};
    const auto direction = zoneFibreDirection(zones, ref, atlas);
    if (!direction) continue;  // no fibres: the stroke runs up the body, nothing to follow
    std::vector<float> angles;
    for (const size_t index : atlas.select(withSide(zone->structure, Side::Right))) {
      const atlas::Mesh& mesh = atlas.structures[index].mesh;
      for (size_t i = 0; i < mesh.fibers.size(); ++i)
        if (zones.contains(ref, mesh.positions[i]))
          angles.push_back(std::abs(glm::dot(glm::normalize(mesh.fibers[i]), *direction)));
    }
    ASSERT_FALSE(angles.empty()) << ref.text();
    std::nth_element(angles.begin(), angles.begin() + static_cast<std::ptrdiff_t>(angles.size() / 2), angles.end(),
                     std::greater<>());
    const float median = angles[angles.size() / 2];
    std::printf("  %-56s %8zu %7.1f°\n", ref.text().c_str(), angles.size(),
                static_cast<double>(glm::degrees(std::acos(std::min(median, 1.0f)))));
    EXPECT_GE(median, cos20) << ref.text();
    ++checked;
  }
  EXPECT_GE(checked, 25u);  // most zones stroke along or across; all of those have fibres
}

}  // namespace
}  // namespace myo::trigger::zones
