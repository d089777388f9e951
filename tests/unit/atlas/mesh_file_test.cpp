// Mesh files through Assimp: formats, named parts, node transforms, and every kind of bad file.
#include "atlas/import/mesh_file.hpp"

#include <gtest/gtest.h>

#include <random>

#include "atlas_test_support.hpp"

namespace myo::atlas {
namespace {

using test::TempDir;
using test::writeFile;

// The bad files of the brief, as the tests write them: each must give an Error naming the path.
struct BadFile {
  std::string name;
  std::string bytes;
  std::string reason;  // the start of the expected message
};

std::vector<BadFile> badFiles() {
  std::string garbage(3000, '\0');
  std::mt19937 rng(7);
  for (auto& c : garbage) c = static_cast<char>(rng() & 0xff);
  // A real-looking OBJ cut off in the middle of a face.
  std::string truncated =
      "# Concept ID : FMA1\nv 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nvn 0 0 1\nvn 0 0 1\nvn 0 0 1\nvn 0 0 1\n"
      "f 1//1 3//3 2//2\nf 1//1 2//2 4//4\nf 1//1 4//";
  return {{"truncated.obj", truncated, "the file is truncated"},
          {"garbage.obj", garbage, "binary data"},
          {"empty.obj", "", "empty file"}};
}

TEST(MeshFileTest, BadFilesGiveAnErrorNamingThePath) {
  TempDir dir;
  for (const auto& bad : badFiles()) {
    const std::string path = dir / bad.name;
    writeFile(path, bad.bytes);
    const auto mesh = loadMeshFile(path);
    ASSERT_FALSE(mesh) << bad.name;
    EXPECT_EQ(mesh.error().where, "loadMeshFile(): " + path);
    EXPECT_EQ(mesh.error().message.rfind(bad.reason, 0), 0u) << mesh.error().message;
  }
}

TEST(MeshFileTest, MissingFolderAndLineOnlyFiles) {
  TempDir dir;
  const auto missing = loadMeshFile(dir / "nothing.obj");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().text(), "loadMeshFile(): " + (dir / "nothing.obj") + ": no such file");
  const auto folder = loadMeshFile(dir.path().string());
  ASSERT_FALSE(folder);
  EXPECT_EQ(folder.error().message, "is a directory, not a file");
  writeFile(dir / "lines.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nl 1 2\nl 2 3\np 1\n");
  const auto lines = loadMeshFile(dir / "lines.obj");
  ASSERT_FALSE(lines);
  EXPECT_EQ(lines.error().message, "no triangles (the file holds only points, lines or nothing)");
  for (const char* name : {"garbage.stl", "garbage.ply", "garbage.glb", "garbage.fbx", "garbage.dae"}) {
    std::string bytes(2000, '\0');
    std::mt19937 rng(11);
    for (auto& c : bytes) c = static_cast<char>(rng() & 0xff);
    writeFile(dir / name, bytes);
    const auto mesh = loadMeshFile(dir / name);
    ASSERT_FALSE(mesh) << name;
    EXPECT_EQ(mesh.error().where, "loadMeshFile(): " + (dir / name));
    EXPECT_FALSE(mesh.error().message.empty());
  }
}

TEST(MeshFileTest, AsciiStlAndPlyWrittenByHand) {
  TempDir dir;
  writeFile(dir / "tet.stl",
            "solid tet\n"
            "facet normal 0 0 -1\n outer loop\n  vertex 0 0 0\n  vertex 0 1 0\n  vertex 1 0 0\n endloop\nendfacet\n"
            "facet normal 0 -1 0\n outer loop\n  vertex 0 0 0\n  vertex 1 0 0\n  vertex 0 0 1\n endloop\nendfacet\n"
            "facet normal -1 0 0\n outer loop\n  vertex 0 0 0\n  vertex 0 0 1\n  vertex 0 1 0\n endloop\nendfacet\n"
            "facet normal 1 1 1\n outer loop\n  vertex 1 0 0\n  vertex 0 1 0\n  vertex 0 0 1\n endloop\nendfacet\n"
            "endsolid tet\n");
  const auto stl = loadMeshFile(dir / "tet.stl");
  ASSERT_TRUE(stl) << stl.error().text();
  EXPECT_EQ(stl->triangleCount(), 4u);
  EXPECT_NEAR(signedVolume(*stl), 1.0 / 6.0, 1e-6);  // outward winding kept
  ASSERT_EQ(stl->normals.size(), stl->positions.size());

  writeFile(dir / "tet.ply",
            "ply\nformat ascii 1.0\nelement vertex 4\nproperty float x\nproperty float y\nproperty float z\n"
            "element face 4\nproperty list uchar int vertex_indices\nend_header\n"
            "0 0 0\n1 0 0\n0 1 0\n0 0 1\n3 0 2 1\n3 0 1 3\n3 0 3 2\n3 1 2 3\n");
  const auto ply = loadMeshFile(dir / "tet.ply");
  ASSERT_TRUE(ply) << ply.error().text();
  EXPECT_EQ(ply->triangleCount(), 4u);
  EXPECT_EQ(ply->positions.size(), 4u);  // welded, normals computed (none in the file)
  EXPECT_NEAR(signedVolume(*ply), 1.0 / 6.0, 1e-6);
  for (const auto& n : ply->normals) EXPECT_NEAR(glm::length(n), 1.0f, 1e-5f);
}

TEST(MeshFileTest, NamedObjectsArePartsAndMergeIntoOneMesh) {
  TempDir dir;
  writeFile(dir / "two.obj", "o first\n" + test::tetrahedronObj() + "o second\n" +
                                 "v 5 0 0\nv 6 0 0\nv 5 1 0\nv 5 0 1\nf 5 7 6\nf 5 6 8\nf 5 8 7\nf 6 7 8\n");
  const auto parts = loadMeshFileParts(dir / "two.obj");
  ASSERT_TRUE(parts) << parts.error().text();
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ((*parts)[0].name, "first");
  EXPECT_EQ((*parts)[1].name, "second");
  EXPECT_FLOAT_EQ((*parts)[1].mesh.bounds().min.x, 5.0f);
  const auto merged = loadMeshFile(dir / "two.obj");
  ASSERT_TRUE(merged) << merged.error().text();
  EXPECT_EQ(merged->triangleCount(), 8u);
  EXPECT_FLOAT_EQ(merged->bounds().max.x, 6.0f);
}

std::string base64(const std::string& bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t n = static_cast<std::uint8_t>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<std::uint8_t>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<std::uint8_t>(bytes[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[n & 63] : '=';
  }
  return out;
}

// A glTF whose mesh sits under a translated, scaled node: the loader applies the node transforms.
TEST(MeshFileTest, NodeTransformsAreApplied) {
  TempDir dir;
  const float positions[] = {0, 0, 0, 1, 0, 0, 0, 1, 0};
  const std::uint16_t indices[] = {0, 1, 2, 0};  // padded to 4 bytes
  std::string buffer(reinterpret_cast<const char*>(positions), sizeof positions);
  buffer.append(reinterpret_cast<const char*>(indices), sizeof indices);
  const std::string gltf = R"({"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":[0]}],
    "nodes":[{"name":"outer","translation":[10,0,0],"children":[1]},{"name":"inner","mesh":0,"scale":[2,2,2]}],
    "meshes":[{"name":"tri","primitives":[{"attributes":{"POSITION":0},"indices":1}]}],
    "buffers":[{"byteLength":44,"uri":"data:application/octet-stream;base64,)" +
                           base64(buffer) + R"("}],
    "bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":36},{"buffer":0,"byteOffset":36,"byteLength":6}],
    "accessors":[{"bufferView":0,"componentType":5126,"count":3,"type":"VEC3","min":[0,0,0],"max":[1,1,0]},
                 {"bufferView":1,"componentType":5123,"count":3,"type":"SCALAR"}]})";
  writeFile(dir / "moved.gltf", gltf);
  const auto mesh = loadMeshFile(dir / "moved.gltf");
  ASSERT_TRUE(mesh) << mesh.error().text();
  EXPECT_EQ(mesh->triangleCount(), 1u);
  const Bounds b = mesh->bounds();
  EXPECT_FLOAT_EQ(b.min.x, 10.0f);
  EXPECT_FLOAT_EQ(b.max.x, 12.0f);
  EXPECT_FLOAT_EQ(b.max.y, 2.0f);
  const auto parts = loadMeshFileParts(dir / "moved.gltf");
  ASSERT_TRUE(parts);
  EXPECT_EQ(parts->front().name, "inner");
}

TEST(MeshFileTest, MessyObjThroughAssimpDropsItsLines) {
  MYO_REQUIRE_BODYPARTS3D();
  const auto mesh =
      loadMeshFile((test::bodyParts3D() / "messy" / "FJ533_BP4600_FMA22340_Right_piriformis.obj").string());
  ASSERT_TRUE(mesh) << mesh.error().text();
  EXPECT_GT(mesh->triangleCount(), 500u);
  EXPECT_EQ(mesh->normals.size(), mesh->positions.size());
}

TEST(MeshFileTest, KnowsMeshFileNames) {
  EXPECT_TRUE(isMeshFileName("a/b/Right infraspinatus.OBJ"));
  EXPECT_TRUE(isMeshFileName("x.glb"));
  EXPECT_TRUE(isMeshFileName("x.dae"));
  EXPECT_FALSE(isMeshFileName("index.tsv"));
  EXPECT_FALSE(isMeshFileName("myoscope-atlas.json"));
  EXPECT_FALSE(isMeshFileName("ATTRIBUTION.md"));
}

}  // namespace
}  // namespace myo::atlas
