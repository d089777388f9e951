// exportStructure: OBJ and GLB round trips through loadMeshFile, and its errors.
#include "atlas/export.hpp"

#include <gtest/gtest.h>

#include <cstring>

#include "atlas/import/bodyparts3d.hpp"
#include "atlas/import/mesh_file.hpp"
#include "atlas_test_support.hpp"

namespace myo::atlas {
namespace {

using test::TempDir;
namespace fs = std::filesystem;

Structure realStructure() {
  auto s = loadBodyParts3DFile((test::bodyParts3D() / "skeleton" / "FJ495_BP4006_FMA13395_Right scapula.obj").string());
  EXPECT_TRUE(s) << s.error().text();
  return s ? std::move(*s) : Structure{};
}

void expectRoundTrip(const Structure& s, const std::string& format) {
  TempDir dir;
  const std::string path = dir / ("out." + format);
  const Status written = exportStructure(s, format, path);
  ASSERT_TRUE(written) << written.error().text();
  const auto back = loadMeshFile(path);
  ASSERT_TRUE(back) << back.error().text();
  EXPECT_EQ(back->positions.size(), s.mesh.positions.size()) << format;
  EXPECT_EQ(back->triangleCount(), s.mesh.triangleCount()) << format;
  const Bounds a = s.mesh.bounds(), b = back->bounds();
  for (int axis = 0; axis < 3; ++axis) {
    EXPECT_FLOAT_EQ(b.min[axis], a.min[axis]) << format;  // both formats keep floats exactly
    EXPECT_FLOAT_EQ(b.max[axis], a.max[axis]) << format;
  }
  EXPECT_NEAR(signedVolume(*back), signedVolume(s.mesh), std::abs(signedVolume(s.mesh)) * 1e-5) << format;
  ASSERT_EQ(back->normals.size(), back->positions.size());
  for (const auto& entry : fs::directory_iterator(dir.path())) EXPECT_EQ(entry.path().filename(), "out." + format);
}

TEST(ExportTest, ObjRoundTrip) {
  MYO_REQUIRE_BODYPARTS3D();
  expectRoundTrip(realStructure(), "obj");
}

TEST(ExportTest, GlbRoundTrip) {
  MYO_REQUIRE_BODYPARTS3D();
  expectRoundTrip(realStructure(), "glb");
}

TEST(ExportTest, WritesNormalsWhenTheMeshHasNone) {
  Structure s;
  s.id = "tetra";
  s.mesh.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  s.mesh.indices = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};
  const std::string obj = objBytes(s);
  EXPECT_NE(obj.find("o tetra\n"), std::string::npos);
  EXPECT_NE(obj.find("vn "), std::string::npos);
  EXPECT_NE(obj.find("f 1//1 3//3 2//2\n"), std::string::npos);
  const std::string glb = glbBytes(s);
  ASSERT_GE(glb.size(), 20u);
  EXPECT_EQ(glb.substr(0, 4), "glTF");
  EXPECT_EQ(glb.size() % 4, 0u);
  std::uint32_t length = 0;
  std::memcpy(&length, glb.data() + 8, 4);
  EXPECT_EQ(length, glb.size());
  expectRoundTrip(s, "glb");
  expectRoundTrip(s, "obj");
}

TEST(ExportTest, Errors) {
  TempDir dir;
  Structure s;
  s.id = "nothing";
  const std::string path = dir / "x.obj";
  const Status empty = exportStructure(s, "obj", path);
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().text(), "exportStructure(): " + path + ": structure nothing has no triangles");
  s.mesh.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  s.mesh.indices = {0, 1, 2};
  const Status format = exportStructure(s, "stl", path);
  ASSERT_FALSE(format);
  EXPECT_EQ(format.error().message, "unknown format \"stl\" (expected obj or glb)");
  const Status folder = exportStructure(s, "obj", dir / "no/such/folder/x.obj");
  ASSERT_FALSE(folder);
  EXPECT_EQ(folder.error().message.rfind("cannot write", 0), 0u);
  EXPECT_FALSE(fs::exists(path));
}

}  // namespace
}  // namespace myo::atlas
