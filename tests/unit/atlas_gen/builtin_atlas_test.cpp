// The built-in skeleton generated from the repo's spec: closed, outward, mirrored, deterministic, within
// budget, and where the real bones are (../shared BodyParts3D, skipped when absent).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>

#include "atlas/import/atlas_pack.hpp"
#include "atlas_gen/compare.hpp"
#include "atlas_gen/generate.hpp"
#include "builtin_pack.hpp"

namespace myo::atlas_gen {
namespace {

TEST(BuiltinAtlas, HasTheSkeleton) {
  MYO_REQUIRE_BUILTIN_PACK();
  for (const char* id : {"skull",
                         "mandible",
                         "c1",
                         "c7",
                         "t12",
                         "l5",
                         "sacrum",
                         "coccyx",
                         "rib_1.r",
                         "rib_12.l",
                         "sternum",
                         "clavicle.r",
                         "scapula.l",
                         "humerus.r",
                         "radius.r",
                         "ulna.l",
                         "carpals.r",
                         "metacarpals.r",
                         "phalanges_hand.l",
                         "hip_bone.r",
                         "femur.l",
                         "patella.r",
                         "tibia.r",
                         "fibula.l",
                         "tarsals.r",
                         "metatarsals.l",
                         "phalanges_foot.r"}) {
    const atlas::Structure* s = generated().find(id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->tissue, atlas::Tissue::Bone) << id;
    EXPECT_EQ(s->layer, atlas::Layer::Bone) << id;
    EXPECT_FALSE(s->name.empty()) << id;
  }
  EXPECT_EQ(generated().find("femur.r")->name, "Right femur");
  EXPECT_EQ(generated().find("femur.l")->fma, "FMA24475");
}

TEST(BuiltinAtlas, EveryMeshIsClosedAndOutward) {
  MYO_REQUIRE_BUILTIN_PACK();
  for (const auto& s : generated().structures) {
    EXPECT_TRUE(isClosedManifold(s.mesh)) << s.id;
    EXPECT_GT(atlas::signedVolume(s.mesh), 0.0) << s.id;
    EXPECT_EQ(s.mesh.normals.size(), s.mesh.positions.size()) << s.id;
  }
}

using Triangle = std::array<float, 9>;
std::vector<Triangle> trianglesOf(const atlas::Mesh& mesh, bool mirror) {
  std::vector<Triangle> out;
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    std::array<glm::vec3, 3> v{mesh.positions[mesh.indices[t]], mesh.positions[mesh.indices[t + 1]],
                               mesh.positions[mesh.indices[t + 2]]};
    if (mirror) {
      for (auto& p : v) p.x = -p.x;
      std::swap(v[1], v[2]);
    }
    // Start each triangle at its smallest corner, keeping the winding.
    const auto less = [](glm::vec3 a, glm::vec3 b) { return std::tie(a.x, a.y, a.z) < std::tie(b.x, b.y, b.z); };
    const int first = less(v[0], v[1]) ? (less(v[0], v[2]) ? 0 : 2) : (less(v[1], v[2]) ? 1 : 2);
    Triangle tri;
    for (int k = 0; k < 3; ++k)
      for (int c = 0; c < 3; ++c) tri[3 * k + c] = v[(first + k) % 3][c];
    out.push_back(tri);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(BuiltinAtlas, LeftIsTheExactMirrorOfRight) {
  MYO_REQUIRE_BUILTIN_PACK();
  size_t pairs = 0;
  for (const auto& right : generated().structures) {
    if (right.side != Side::Right) continue;
    const atlas::Structure* left = generated().find(withSide(withoutSide(right.id), Side::Left));
    ASSERT_NE(left, nullptr) << right.id;
    EXPECT_EQ(trianglesOf(right.mesh, true), trianglesOf(left->mesh, false)) << right.id;
    ++pairs;
  }
  EXPECT_GE(pairs, 25u);
}

TEST(BuiltinAtlas, SameSpecSameBytesForAnyThreadCount) {
  Spec part;  // a quick subset: every kind of shape, meshed twice with different thread counts
  for (const auto& b : spec().structures)
    if (b.id == "patella" || b.id == "c4" || b.id == "rib_3" || b.id == "clavicle" || b.id == "sternum" ||
        b.id == "infraspinatus" || b.id == "biceps_brachii")  // and a muscle sheet and a muscle sweep
      part.structures.push_back(b);
  ASSERT_EQ(part.structures.size(), 7u);
  GenerateOptions one, two;
  one.threads = 1;
  two.threads = 2;
  atlas::AtlasPack a, b;
  a.entries.push_back({"builtin", 0, 0, {}, generateAtlas(part, one).structures});
  b.entries.push_back({"builtin", 0, 0, {}, generateAtlas(part, two).structures});
  EXPECT_EQ(atlas::serializePack(a), atlas::serializePack(b));
}

TEST(BuiltinAtlas, StaysWithinTheTriangleBudget) {
  MYO_REQUIRE_BUILTIN_PACK();
  // The whole atlas at default detail gets 400k (the budget); the skeleton keeps to its share.
  size_t bones = 0;
  for (const auto& s : generated().structures)
    if (s.tissue == atlas::Tissue::Bone) bones += s.mesh.triangleCount();
  EXPECT_LE(bones, 130'000u);
  EXPECT_LE(generated().triangleCount(), 400'000u);
}

TEST(BuiltinAtlas, BonesSitWhereTheRealOnesAre) {
  MYO_REQUIRE_BUILTIN_PACK();
  const std::filesystem::path dir = std::string(MYOSCOPE_SHARED_DIR) + "/data/bodyparts3d";
  if (!std::filesystem::exists(dir / "index.tsv")) GTEST_SKIP() << "no BodyParts3D data at " << dir;
  auto rows = compareWithReal(spec(), generated(), dir);
  ASSERT_TRUE(rows) << rows.error().text();
  EXPECT_GE(rows->size(), 50u);
  for (const auto& r : *rows) {
    EXPECT_LT(r.centroidMm, 15.0f) << r.id;
    EXPECT_LT(r.msdMm, 10.0f) << r.id;
  }
}

}  // namespace
}  // namespace myo::atlas_gen
