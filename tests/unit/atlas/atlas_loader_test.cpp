// loadAtlas: folders and single files, profiles, bad files beside good ones, threads, and the real
// BodyParts3D data in ../shared.
#include "atlas/import/atlas_loader.hpp"

#include <gtest/gtest.h>

#include <random>

#include "atlas/import/bodyparts3d.hpp"
#include "atlas_test_support.hpp"
#include "core/log.hpp"

namespace myo::atlas {
namespace {

using test::bodyParts3D;
using test::TempDir;
using test::writeFile;
namespace fs = std::filesystem;

class AtlasLoaderTest : public ::testing::Test {
 protected:
  void SetUp() override { log::setLevel(log::Level::Silent); }  // failed files are logged as warnings
  void TearDown() override { log::setLevel(log::Level::Info); }
  static LoadOptions noCache() {
    LoadOptions o;
    o.useCache = false;
    return o;
  }
};

std::string garbageBytes() {
  std::string bytes(3000, '\0');
  std::mt19937 rng(3);
  for (auto& c : bytes) c = static_cast<char>(rng() & 0xff);
  return bytes;
}

// A truncated OBJ, binary garbage and an empty file beside one good file (generic profile): the good one
// loads, the three are reported with their paths and reasons.
TEST_F(AtlasLoaderTest, BadFilesAreReportedAndTheGoodOneLoads) {
  TempDir dir;
  writeFile(dir / "Right biceps.obj", test::tetrahedronObj());
  writeFile(dir / "broken.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2");
  writeFile(dir / "garbage.obj", garbageBytes());
  writeFile(dir / "empty.obj", "");
  writeFile(dir / "notes.txt", "not a mesh, not looked at");
  LoadReport report;
  const auto atlas = loadAtlas(dir.path().string(), noCache(), &report);
  ASSERT_TRUE(atlas) << atlas.error().text();
  EXPECT_EQ(report.profile, Profile::Generic);
  EXPECT_EQ(report.files, 4u);
  ASSERT_EQ(atlas->structures.size(), 1u);
  const Structure& biceps = atlas->structures[0];
  EXPECT_EQ(biceps.id, "biceps.r");
  EXPECT_EQ(biceps.name, "Right biceps");
  EXPECT_EQ(biceps.tissue, Tissue::Other);
  EXPECT_EQ(biceps.mesh.triangleCount(), 4u);
  ASSERT_EQ(report.errors.size(), 3u);  // in path order
  EXPECT_EQ(report.errors[0].path, dir / "broken.obj");
  EXPECT_EQ(report.errors[0].message, "the file is truncated (its last statement is cut off)");
  EXPECT_EQ(report.errors[1].path, dir / "empty.obj");
  EXPECT_EQ(report.errors[1].message, "empty file");
  EXPECT_EQ(report.errors[2].path, dir / "garbage.obj");
  EXPECT_EQ(report.errors[2].message.rfind("binary data", 0), 0u) << report.errors[2].message;
}

// The same through the BodyParts3D profile (the fast OBJ reader): a real file beside a truncated copy of
// it, garbage and an empty file, all with FJ names.
TEST_F(AtlasLoaderTest, BadFilesAreReportedInTheBodyParts3DProfile) {
  MYO_REQUIRE_BODYPARTS3D();
  TempDir dir;
  const fs::path source = bodyParts3D() / "skeleton" / "FJ101_BP4024_FMA23725_Right trapezoid.obj";
  fs::copy_file(source, dir.path() / source.filename());
  const std::string whole = test::readFile(source);
  writeFile(dir / "FJ2_BP2_FMA2_Truncated.obj", whole.substr(0, whole.size() * 3 / 4 - 7));
  writeFile(dir / "FJ3_BP3_FMA3_Garbage.obj", garbageBytes());
  writeFile(dir / "FJ4_BP4_FMA4_Empty.obj", "");
  LoadReport report;
  const auto atlas = loadAtlas(dir.path().string(), noCache(), &report);
  ASSERT_TRUE(atlas) << atlas.error().text();
  EXPECT_EQ(report.profile, Profile::BodyParts3D);
  ASSERT_EQ(atlas->structures.size(), 1u);
  EXPECT_EQ(atlas->structures[0].id, "trapezoid.r");
  ASSERT_EQ(report.errors.size(), 3u);
  for (const auto& e : report.errors) EXPECT_TRUE(fs::exists(e.path)) << e.text();
  EXPECT_NE(report.errors[0].message.find("the file is truncated"), std::string::npos) << report.errors[0].message;
  EXPECT_NE(report.errors[1].message.find("binary data"), std::string::npos) << report.errors[1].message;
  EXPECT_EQ(report.errors[2].message, "empty file");
}

TEST_F(AtlasLoaderTest, FailsOnlyWhenNothingLoads) {
  TempDir dir;
  writeFile(dir / "garbage.obj", garbageBytes());
  writeFile(dir / "empty.stl", "");
  LoadReport report;
  const auto atlas = loadAtlas(dir.path().string(), noCache(), &report);
  ASSERT_FALSE(atlas);
  EXPECT_EQ(atlas.error().where, "loadAtlas(): " + dir.path().string());
  EXPECT_EQ(atlas.error().message,
            "nothing loaded: 2 of 2 files failed; the first: " + (dir / "empty.stl") + ": empty file");
  EXPECT_EQ(report.errors.size(), 2u);

  const auto missing = loadAtlas(dir / "nowhere", noCache());
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().text(), "loadAtlas(): " + (dir / "nowhere") + ": no such file or folder");
  fs::create_directories(dir.path() / "empty");
  const auto empty = loadAtlas(dir / "empty", noCache());
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().message, "no mesh files found (looked for .obj, .stl, .ply, .gltf, .glb, .fbx, .dae, ...)");
}

TEST_F(AtlasLoaderTest, ASingleFileIsOneStructureOrOnePerNamedMesh) {
  TempDir dir;
  writeFile(dir / "Left scapula.obj", test::tetrahedronObj());
  const auto one = loadAtlas(dir / "Left scapula.obj", noCache());
  ASSERT_TRUE(one) << one.error().text();
  ASSERT_EQ(one->structures.size(), 1u);
  EXPECT_EQ(one->structures[0].id, "scapula.l");
  EXPECT_EQ(one->name, "Left scapula.obj");
  writeFile(dir / "pair.obj", "o Right_humerus\n" + test::tetrahedronObj() + "o Right_ulna\n" +
                                  "v 5 0 0\nv 6 0 0\nv 5 1 0\nv 5 0 1\nf 5 7 6\nf 5 6 8\nf 5 8 7\nf 6 7 8\n");
  const auto two = loadAtlas(dir / "pair.obj", noCache());
  ASSERT_TRUE(two) << two.error().text();
  ASSERT_EQ(two->structures.size(), 2u);
  EXPECT_EQ(two->structures[0].id, "humerus.r");
  EXPECT_EQ(two->structures[1].id, "ulna.r");
  // In a folder the same file is one structure named after the file.
  const auto folder = loadAtlas(dir.path().string(), noCache());
  ASSERT_TRUE(folder) << folder.error().text();
  ASSERT_EQ(folder->structures.size(), 2u);
  EXPECT_EQ(folder->structures[1].id, "pair");
}

TEST_F(AtlasLoaderTest, FileNamesWithSpacesV4AndMessyFilesLoad) {
  MYO_REQUIRE_BODYPARTS3D();
  LoadReport report;
  const auto muscles = loadAtlas((bodyParts3D() / "muscles").string(), noCache(), &report);
  ASSERT_TRUE(muscles) << muscles.error().text();
  EXPECT_EQ(report.profile, Profile::BodyParts3D);
  EXPECT_EQ(muscles->structures.size(), 10u);
  EXPECT_TRUE(report.errors.empty());
  ASSERT_NE(muscles->find("infraspinatus.r"), nullptr);
  EXPECT_EQ(muscles->find("infraspinatus.r")->fma, "FMA32547");
  ASSERT_NE(muscles->find("levator_scapulae.l"), nullptr);
  EXPECT_EQ(muscles->find("FMA22425")->id, "tensor_fasciae_latae.r");

  const auto v4 = loadAtlas((bodyParts3D() / "v4").string(), noCache(), &report);
  ASSERT_TRUE(v4) << v4.error().text();
  EXPECT_EQ(report.profile, Profile::BodyParts3D);
  ASSERT_EQ(v4->structures.size(), 3u);
  EXPECT_EQ(v4->structures[0].fma, "FMA34682");
  EXPECT_EQ(v4->structures[0].name, "Acromial part of right deltoid");
  for (const auto& s : v4->structures) EXPECT_EQ(s.tissue, Tissue::Muscle) << s.id;

  const auto messy = loadAtlas((bodyParts3D() / "messy").string(), noCache(), &report);
  ASSERT_TRUE(messy) << messy.error().text();
  EXPECT_TRUE(report.errors.empty());
  ASSERT_EQ(messy->structures.size(), 3u);
  EXPECT_EQ(messy->structures[0].id, "levator_scapulae.r");
  EXPECT_EQ(messy->structures[1].id, "piriformis.r");
  EXPECT_EQ(messy->structures[2].id, "rhomboid_major.r");
}

// All 216 files of ../shared: every one loads, and every one with a header box lands in it (0.5 mm).
TEST_F(AtlasLoaderTest, TheWholeBodyParts3DFolderLoadsWhereItsHeadersSay) {
  MYO_REQUIRE_BODYPARTS3D();
  LoadReport report;
  const auto atlas = loadAtlas(bodyParts3D().string(), noCache(), &report);
  ASSERT_TRUE(atlas) << atlas.error().text();
  EXPECT_EQ(report.files, 216u);
  EXPECT_EQ(atlas->structures.size(), 213u);  // messy/ repeats three muscles of muscles/: shown once
  EXPECT_TRUE(report.errors.empty());
  EXPECT_EQ(atlas->name, "BodyParts3D (216 files)");
  EXPECT_GT(report.triangles, 400000u);
  // muscles/ and messy/ hold the same three muscles: reported, and the first file of each kept.
  size_t duplicates = 0;
  for (const auto& w : report.notes) duplicates += w.rfind("duplicate id", 0) == 0 ? 1 : 0;
  EXPECT_EQ(duplicates, 3u);
  int checked = 0;
  for (const auto& s : atlas->structures) {
    ASSERT_FALSE(s.mesh.empty()) << s.id;
    ASSERT_EQ(s.mesh.normals.size(), s.mesh.positions.size()) << s.id;
    const auto header = parseBodyParts3DHeader(test::readFile(s.sourcePath).substr(0, 4096));
    if (!header.boundsMm) continue;
    const Bounds& mm = *header.boundsMm;
    const Bounds b = s.mesh.bounds();
    const glm::vec3 lo(mm.min.x / 1000, mm.min.z / 1000, -mm.max.y / 1000);
    const glm::vec3 hi(mm.max.x / 1000, mm.max.z / 1000, -mm.min.y / 1000);
    for (int axis = 0; axis < 3; ++axis) {
      EXPECT_NEAR(b.min[axis], lo[axis], 0.0005f) << s.sourcePath;
      EXPECT_NEAR(b.max[axis], hi[axis], 0.0005f) << s.sourcePath;
    }
    ++checked;
  }
  EXPECT_EQ(checked, 213);  // the decimated, header-less messy/ copies give way to the originals
  // Feet near y = 0, the skull near 1.6-1.7 m: the body frame.
  const Bounds body = atlas->bounds();
  EXPECT_NEAR(body.min.y, 0.0f, 0.05f);
  EXPECT_GT(body.max.y, 1.5f);
}

TEST_F(AtlasLoaderTest, ThreadCountDoesNotChangeTheResult) {
  MYO_REQUIRE_BODYPARTS3D();
  LoadOptions one = noCache();
  one.threads = 1;
  LoadOptions many = noCache();
  many.threads = 5;
  const auto a = loadAtlas((bodyParts3D() / "muscles").string(), one);
  const auto b = loadAtlas((bodyParts3D() / "muscles").string(), many);
  ASSERT_TRUE(a && b);
  test::expectSameAtlas(*a, *b);
}

TEST_F(AtlasLoaderTest, ProfileCanBeForcedAndNamed) {
  EXPECT_EQ(profileFromName("bodyparts3d"), Profile::BodyParts3D);
  EXPECT_EQ(profileFromName("manifest"), Profile::Manifest);
  EXPECT_EQ(profileFromName("nope"), std::nullopt);
  EXPECT_EQ(profileName(Profile::Generic), "generic");
  TempDir dir;
  writeFile(dir / "bone.obj", test::tetrahedronObj(1000.0f));  // millimetres, as BodyParts3D
  LoadOptions options = noCache();
  options.profile = Profile::BodyParts3D;
  LoadReport report;
  const auto atlas = loadAtlas(dir.path().string(), options, &report);
  ASSERT_TRUE(atlas) << atlas.error().text();
  EXPECT_EQ(report.profile, Profile::BodyParts3D);
  EXPECT_FLOAT_EQ(atlas->structures[0].mesh.bounds().max.y, 1.0f);  // z = 1000 mm -> y = 1 m
  options.profile = Profile::Manifest;
  const auto noManifest = loadAtlas(dir.path().string(), options);
  ASSERT_FALSE(noManifest);
  EXPECT_EQ(noManifest.error().message, "the manifest profile needs a folder with myoscope-atlas.json");
}

}  // namespace
}  // namespace myo::atlas
