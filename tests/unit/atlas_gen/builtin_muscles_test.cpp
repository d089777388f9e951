// The built-in atlas's muscles, fascia and skin: every listed muscle on both sides with its facts and
// fibres, the reference muscles where the real ones are (BodyParts3D in ../shared, skipped when absent),
// attachments on bone, no muscle inside a bone, and one closed skin over everything. The figures are
// printed (docs/atlas-generator.md keeps the table).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include "atlas_gen/generate.hpp"
#include "atlas_gen/muscle_fidelity.hpp"
#include "builtin_pack.hpp"

namespace myo::atlas_gen {
namespace {

std::vector<std::string> listedMuscles() {
  std::ifstream in(kSource + "/assets/atlas/muscle_ids.txt");
  std::vector<std::string> ids;
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') ids.push_back(line);
  return ids;
}

TEST(BuiltinMuscles, EveryListedMuscleIsThereOnBothSidesWithFactsAndFibres) {
  MYO_REQUIRE_BUILTIN_PACK();
  const auto ids = listedMuscles();
  ASSERT_GE(ids.size(), 100u);
  size_t perSide = 0;
  for (const auto& s : generated().structures)
    if (s.tissue == atlas::Tissue::Muscle && s.side == Side::Right) ++perSide;
  EXPECT_GE(perSide, 90u);  // the issue: at least 90 muscles a side
  for (const auto& id : ids)
    for (const Side side : {Side::Right, Side::Left}) {
      const atlas::Structure* m = generated().find(withSide(id, side));
      ASSERT_NE(m, nullptr) << withSide(id, side) << " is missing";
      EXPECT_EQ(m->tissue, atlas::Tissue::Muscle) << m->id;
      EXPECT_FALSE(m->facts.origin.empty() || m->facts.insertion.empty() || m->facts.action.empty() ||
                   m->facts.innervation.empty() || m->facts.source.empty())
          << m->id << " lacks facts";
      EXPECT_FALSE(m->region.empty()) << m->id;
      ASSERT_EQ(m->mesh.fibers.size(), m->mesh.positions.size()) << m->id << " lacks fibre directions";
    }
}

TEST(BuiltinMuscles, ReferenceMusclesLieWhereTheRealOnesDo) {
  MYO_REQUIRE_BUILTIN_PACK();
  const std::filesystem::path dir = std::string(MYOSCOPE_SHARED_DIR) + "/data/bodyparts3d";
  if (!std::filesystem::exists(dir / "index.tsv")) GTEST_SKIP() << "no BodyParts3D data at " << dir;
  auto rows = compareMusclesWithReal(spec(), generated(), dir);
  ASSERT_TRUE(rows) << rows.error().text();
  std::printf("%s", muscleFidelityTable(*rows).c_str());
  // Every real muscle in ../shared (muscles/ and v4/: 13 files, the left levator scapulae mirrored).
  EXPECT_GE(rows->size(), 13u);
  for (const auto& r : *rows) {
    EXPECT_LT(r.centroidMm, 10.0f) << r.ids;
    EXPECT_NEAR(r.volumeRatio, 1.0f, 0.25f) << r.ids;
    EXPECT_LT(r.msdMm, 6.0f) << r.ids;
    EXPECT_LT(r.hd95Mm, 20.0f) << r.ids;
  }
}

TEST(BuiltinMuscles, AttachmentsMeetBoneAndNoMuscleRunsThroughBone) {
  MYO_REQUIRE_BUILTIN_PACK();
  const auto rows = muscleContacts(spec(), generated());
  std::printf("%s", muscleContactTable(rows).c_str());
  EXPECT_GE(rows.size(), 100u);
  for (const auto& r : rows) {
    EXPECT_LE(r.attachmentToBoneMm, 10.0f) << r.id;
    EXPECT_LE(r.attachmentToMuscleMm, 10.0f) << r.id;
    EXPECT_LT(r.penetrationP95Mm, 3.0f) << r.id;
  }
}

TEST(BuiltinMuscles, FasciaLieWhereTheIssueNamesThem) {
  MYO_REQUIRE_BUILTIN_PACK();
  for (const char* id :
       {"thoracolumbar_fascia", "iliotibial_band.r", "fascia_lata.r", "crural_fascia.r", "plantar_fascia.r",
        "pectoral_fascia.r", "deltoid_fascia.r", "brachial_fascia.r", "antebrachial_fascia.r", "galea_aponeurotica",
        "nuchal_ligament", "linea_alba", "rectus_sheath.r", "abdominal_aponeurosis.r"}) {
    const atlas::Structure* f = generated().find(id);
    ASSERT_NE(f, nullptr) << id << " is missing";
    EXPECT_EQ(f->layer, atlas::Layer::Fascia) << id;
  }
}

TEST(BuiltinMuscles, OneClosedSkinCoversEverything) {
  MYO_REQUIRE_BUILTIN_PACK();
  const atlas::Structure* skin = generated().find("skin");
  ASSERT_NE(skin, nullptr);
  EXPECT_EQ(skin->layer, atlas::Layer::Skin);
  EXPECT_TRUE(isClosedManifold(skin->mesh));
  const atlas::Bounds outer = skin->mesh.bounds();
  for (const auto& s : generated().structures) {
    const atlas::Bounds b = s.mesh.bounds();
    // Everything lies inside the skin's box, which is at most a few centimetres larger than the body's.
    EXPECT_TRUE(glm::all(glm::lessThanEqual(outer.min, b.min)) && glm::all(glm::lessThanEqual(b.max, outer.max)))
        << s.id;
  }
}

}  // namespace
}  // namespace myo::atlas_gen
