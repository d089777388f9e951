// myoscope-atlas.json: a valid manifest over hand-written STL/PLY/OBJ files, and bad manifests with their
// exact error text.
#include "atlas/import/manifest.hpp"

#include <gtest/gtest.h>

#include "atlas/import/atlas_loader.hpp"
#include "atlas_test_support.hpp"
#include "core/log.hpp"

namespace myo::atlas {
namespace {

using test::TempDir;
using test::writeFile;

// A box from (x0, y0, z0) to (x1, y1, z1) as ASCII STL (flat facet normals, outward winding).
std::string boxStl(glm::vec3 lo, glm::vec3 hi) {
  const glm::vec3 c[8] = {{lo.x, lo.y, lo.z}, {hi.x, lo.y, lo.z}, {hi.x, hi.y, lo.z}, {lo.x, hi.y, lo.z},
                          {lo.x, lo.y, hi.z}, {hi.x, lo.y, hi.z}, {hi.x, hi.y, hi.z}, {lo.x, hi.y, hi.z}};
  const int faces[12][3] = {{0, 2, 1}, {0, 3, 2}, {4, 5, 6}, {4, 6, 7}, {0, 1, 5}, {0, 5, 4},
                            {2, 3, 7}, {2, 7, 6}, {1, 2, 6}, {1, 6, 5}, {0, 4, 7}, {0, 7, 3}};
  std::string out = "solid box\n";
  for (const auto& f : faces) {
    const glm::vec3 n = glm::normalize(glm::cross(c[f[1]] - c[f[0]], c[f[2]] - c[f[0]]));
    out += "facet normal " + std::to_string(n.x) + " " + std::to_string(n.y) + " " + std::to_string(n.z) +
           "\nouter loop\n";
    for (const int i : f)
      out += "vertex " + std::to_string(c[i].x) + " " + std::to_string(c[i].y) + " " + std::to_string(c[i].z) + "\n";
    out += "endloop\nendfacet\n";
  }
  return out + "endsolid box\n";
}

const char* kTetrahedronPly =
    "ply\nformat ascii 1.0\nelement vertex 4\nproperty float x\nproperty float y\nproperty float z\n"
    "element face 4\nproperty list uchar int vertex_indices\nend_header\n"
    "0 0 0\n10 0 0\n0 10 0\n0 0 10\n3 0 2 1\n3 0 1 3\n3 0 3 2\n3 1 2 3\n";

class ManifestTest : public ::testing::Test {
 protected:
  void SetUp() override { log::setLevel(log::Level::Silent); }
  void TearDown() override { log::setLevel(log::Level::Info); }
  LoadOptions options() const {
    LoadOptions o;
    o.useCache = false;
    return o;
  }
};

TEST_F(ManifestTest, LoadsAValidManifestInItsFrame) {
  TempDir dir;
  // Millimetres, +Z up, -Y front (the BodyParts3D convention): a box 100 mm wide (x), 20 mm deep
  // (posterior y from 0 to 20), 300 mm tall (z from 1000 to 1300).
  writeFile(dir.path() / "arm" / "biceps.stl", boxStl({10, 0, 1000}, {110, 20, 1300}));
  writeFile(dir.path() / "scapula.ply", kTetrahedronPly);
  writeFile(dir.path() / "myoscope-atlas.json", R"({
    "units": "mm", "up": "+z", "front": "-y",
    "structures": [
      {"file": "scapula.ply", "id": "scapula.r", "name": "Right scapula", "tissue": "bone", "fma": "FMA13395"},
      {"file": "arm/biceps.stl", "id": "biceps_brachii.l", "name": "Left biceps brachii", "tissue": "muscle",
       "layer": "superficial", "region": "arm"}
    ]})");
  LoadReport report;
  const auto atlas = loadAtlas(dir.path().string(), options(), &report);
  ASSERT_TRUE(atlas) << atlas.error().text();
  EXPECT_EQ(report.profile, Profile::Manifest);
  EXPECT_TRUE(report.errors.empty());
  ASSERT_EQ(atlas->structures.size(), 2u);
  const Structure& scapula = atlas->structures[0];  // manifest order, not file order
  EXPECT_EQ(scapula.id, "scapula.r");
  EXPECT_EQ(scapula.side, Side::Right);
  EXPECT_EQ(scapula.name, "Right scapula");
  EXPECT_EQ(scapula.tissue, Tissue::Bone);
  EXPECT_EQ(scapula.layer, Layer::Bone);  // the tissue's default
  EXPECT_EQ(scapula.fma, "FMA13395");
  EXPECT_NEAR(signedVolume(scapula.mesh), 1e-6 / 6.0, 1e-10);  // 10 mm tetrahedron, still outward
  const Structure& biceps = atlas->structures[1];
  EXPECT_EQ(biceps.id, "biceps_brachii.l");
  EXPECT_EQ(biceps.region, "arm");
  EXPECT_EQ(biceps.tissue, Tissue::Muscle);
  // (x, y, z)_ours = (x, z, -y) / 1000.
  const Bounds b = biceps.mesh.bounds();
  EXPECT_NEAR(b.min.x, 0.010f, 1e-6f);
  EXPECT_NEAR(b.max.x, 0.110f, 1e-6f);
  EXPECT_NEAR(b.min.y, 1.000f, 1e-6f);
  EXPECT_NEAR(b.max.y, 1.300f, 1e-6f);
  EXPECT_NEAR(b.min.z, -0.020f, 1e-6f);
  EXPECT_NEAR(b.max.z, 0.000f, 1e-6f);
  EXPECT_GT(signedVolume(biceps.mesh), 0.0);
  // The manifest file itself is a valid path too.
  const auto again = loadAtlas((dir.path() / "myoscope-atlas.json").string(), options());
  ASSERT_TRUE(again) << again.error().text();
  EXPECT_EQ(again->structures.size(), 2u);
}

TEST_F(ManifestTest, PicksNamedMeshesAndReportsMissingFiles) {
  TempDir dir;
  writeFile(dir.path() / "body.obj", "o Left_Part\n" + test::tetrahedronObj(1.0f, 0.0f) + "o Right_Part\n" +
                                         "v 5 0 0\nv 6 0 0\nv 5 1 0\nv 5 0 1\nf 5 7 6\nf 5 6 8\nf 5 8 7\nf 6 7 8\n");
  writeFile(dir.path() / "myoscope-atlas.json", R"({"structures": [
      {"file": "body.obj", "mesh": "Right_Part", "id": "part.r"},
      {"file": "missing.stl", "id": "ghost"},
      {"file": "body.obj", "mesh": "Left_Part", "id": "part.l"}]})");
  LoadReport report;
  const auto atlas = loadAtlas(dir.path().string(), options(), &report);
  ASSERT_TRUE(atlas) << atlas.error().text();
  ASSERT_EQ(atlas->structures.size(), 2u);
  EXPECT_EQ(atlas->structures[0].id, "part.r");
  EXPECT_FLOAT_EQ(atlas->structures[0].mesh.bounds().min.x, 5.0f);
  EXPECT_EQ(atlas->structures[1].id, "part.l");
  EXPECT_FLOAT_EQ(atlas->structures[1].mesh.bounds().max.x, 1.0f);
  EXPECT_EQ(atlas->structures[0].name, "part.r");  // the id when no name is given
  EXPECT_EQ(atlas->structures[0].tissue, Tissue::Other);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].path, (dir.path() / "missing.stl").string());
  EXPECT_EQ(report.errors[0].message, "no such file");

  writeFile(dir.path() / "myoscope-atlas.json", R"({"structures": [{"file": "body.obj", "mesh": "Nope", "id": "x"}]})");
  const auto wrongMesh = loadAtlas(dir.path().string(), options(), &report);
  ASSERT_FALSE(wrongMesh);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].message,
            "no mesh named \"Nope\" (structure x); the file has \"Left_Part\", \"Right_Part\"");
}

// Each bad manifest and the exact error it gives (`where` is the file, or file:line:column for syntax).
TEST_F(ManifestTest, BadManifestsSayWhatWasExpected) {
  const std::string path = "/atlas/myoscope-atlas.json";
  const auto error = [&](const std::string& json) {
    const auto manifest = parseManifest(json, path);
    EXPECT_FALSE(manifest) << json;
    return manifest ? Error{} : manifest.error();
  };
  const auto syntax = error("{\n  \"units\": \"mm\",\n  \"structures\": [}\n");
  EXPECT_EQ(syntax.where, path + ":3:18");
  EXPECT_EQ(syntax.message, "syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal");
  EXPECT_EQ(error("[]").text(), path + ": expected a JSON object at the top level, got array");
  EXPECT_EQ(error(R"({"units": "inch", "structures": []})").text(),
            path + ": units: expected one of m, cm, mm (got \"inch\")");
  EXPECT_EQ(error(R"({"up": "+z", "front": "-z", "structures": []})").text(),
            path + ": front: must be perpendicular to up (got up \"+z\", front \"-z\")");
  EXPECT_EQ(error(R"({"up": "z", "structures": []})").text(),
            path + ": up: expected one of +x, -x, +y, -y, +z, -z (got \"z\")");
  EXPECT_EQ(error(R"({"units": "m"})").text(),
            path + ": structures: missing (expected an array of {\"file\", \"id\", ...})");
  EXPECT_EQ(error(R"({"structures": []})").text(),
            path + ": structures: expected a non-empty array, got an empty array");
  EXPECT_EQ(error(R"({"structures": {}})").text(), path + ": structures: expected a non-empty array, got object");
  EXPECT_EQ(error(R"({"structure": []})").text(),
            path + ": unknown key \"structure\" (expected units, up, front, structures)");
  const std::string ok =
      R"({"file": "a.stl", "id": "a"}, {"file": "b.stl", "id": "b"}, {"file": "c.stl", "id": "c"}, )";
  EXPECT_EQ(error(R"({"structures": [)" + ok + R"({"file": "d.stl", "id": "d", "tissue": "musle"}]})").text(),
            path +
                ": structures[3].tissue: expected one of muscle, tendon, fascia, ligament, bone, cartilage, skin, "
                "other (got \"musle\")");
  EXPECT_EQ(error(R"({"structures": [{"file": "a.stl", "id": "a", "layer": "middle"}]})").text(),
            path + ": structures[0].layer: expected one of skin, fascia, superficial, deep, bone (got \"middle\")");
  EXPECT_EQ(error(R"({"structures": [{"file": "a.stl"}]})").text(),
            path + ": structures[0].id: missing (expected a string)");
  EXPECT_EQ(error(R"({"structures": [{"file": "a.stl", "id": 7}]})").text(),
            path + ": structures[0].id: expected a string, got number");
  EXPECT_EQ(error(R"({"structures": [{"file": "a.stl", "id": "Biceps Brachii"}]})").text(),
            path +
                ": structures[0].id: expected lower-case [a-z0-9_] words separated by dots, like "
                "\"biceps_brachii.r\" (got \"Biceps Brachii\")");
  EXPECT_EQ(error(R"({"structures": [{"file": "a.stl", "id": "a"}, {"file": "b.stl", "id": "a"}]})").text(),
            path + ": structures[1].id: \"a\" is already used by structures[0]");
  EXPECT_EQ(
      error(R"({"structures": [{"file": "a.stl", "id": "a", "tisue": "bone"}]})").text(),
      path + ": structures[0]: unknown key \"tisue\" (expected file, mesh, id, name, tissue, layer, fma, region)");
  EXPECT_EQ(error(R"({"structures": [{"id": "a"}]})").text(),
            path + ": structures[0].file: missing (expected a string)");
  EXPECT_EQ(error(R"({"structures": [{"file": "../a.stl", "id": "a"}]})").text(),
            path + ": structures[0].file: expected a path inside the manifest's folder (got \"../a.stl\")");
  EXPECT_EQ(error(R"({"structures": [{"file": "a.stl", "id": "a", "fma": "32547"}]})").text(),
            path + ": structures[0].fma: expected an FMA id like \"FMA32547\" (got \"32547\")");
  EXPECT_EQ(error(R"({"structures": ["a.stl"]})").text(), path + ": structures[0]: expected an object, got string");
}

// Through loadAtlas: the error names the manifest file, and nothing is loaded.
TEST_F(ManifestTest, LoadAtlasFailsOnABadManifest) {
  TempDir dir;
  writeFile(dir.path() / "a.ply", kTetrahedronPly);
  const std::string manifest = (dir.path() / "myoscope-atlas.json").string();
  writeFile(manifest, R"({"structures": [{"file": "a.ply", "id": "a", "tissue": "sinew"}]})");
  const auto atlas = loadAtlas(dir.path().string(), options());
  ASSERT_FALSE(atlas);
  EXPECT_EQ(atlas.error().text(), manifest +
                                      ": structures[0].tissue: expected one of muscle, tendon, fascia, "
                                      "ligament, bone, cartilage, skin, other (got \"sinew\")");
  writeFile(manifest, "{\"structures\": [{\"file\": \"a.ply\", \"id\": \"a\"}\n");
  const auto truncated = loadAtlas(dir.path().string(), options());
  ASSERT_FALSE(truncated);
  EXPECT_EQ(truncated.error().where, manifest + ":2:1");
}

}  // namespace
}  // namespace myo::atlas
