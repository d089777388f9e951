// App tests of `myoscope query structure` and `myoscope export`.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_support.hpp"
#include "atlas/import/mesh_file.hpp"

namespace myo::testing {
namespace {

std::string atlasArgument() { return "--atlas \"" + bodyParts3dDir() + "\" "; }

TEST(QueryStructure, FmaIdAndIdGiveTheSameStructure) {
  MYO_SKIP_WITHOUT_SHARED();
  const auto byFma = runMyoscope(atlasArgument() + "-q query structure FMA32547 --json", "", false);
  ASSERT_EQ(byFma.status, 0) << byFma.output;
  const auto json = nlohmann::json::parse(byFma.output);
  EXPECT_EQ(json["id"], "infraspinatus.r");
  EXPECT_EQ(json["side"], "right");
  EXPECT_EQ(json["tissue"], "muscle");
  // The right side is at negative x in the body frame (+X is the subject's left).
  EXPECT_LT(json["bounds_m"]["max"][0].get<double>(), 0.0);
  const auto byId = runMyoscope(atlasArgument() + "-q query structure infraspinatus.r --json", "", false);
  ASSERT_EQ(byId.status, 0);
  EXPECT_EQ(nlohmann::json::parse(byId.output), json);
}

TEST(QueryStructure, UnknownOrAmbiguousIdExitsWith2) {
  MYO_SKIP_WITHOUT_SHARED();
  const auto unknown = runMyoscope(atlasArgument() + "-q query structure infraspinatis.r");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.output.find("did you mean"), std::string::npos) << unknown.output;
  const auto ambiguous = runMyoscope(atlasArgument() + "-q query structure levator_scapulae");
  EXPECT_EQ(ambiguous.status, 2);
  EXPECT_NE(ambiguous.output.find("levator_scapulae.l"), std::string::npos) << ambiguous.output;
}

TEST(Export, ObjAndGlbReloadWithTheSameTriangles) {
  MYO_SKIP_WITHOUT_SHARED();
  const auto folder = testFolder("export");
  const auto query = runMyoscope(atlasArgument() + "-q query structure scapula.r --json", "", false);
  ASSERT_EQ(query.status, 0) << query.output;
  const size_t triangles = nlohmann::json::parse(query.output)["triangles"].get<size_t>();
  for (const char* format : {"obj", "glb"}) {
    const auto path = (folder / (std::string("scapula.") + format)).string();
    const auto run = runMyoscope(atlasArgument() + "-q export --structure scapula.r --format " + format + " -o " + path);
    ASSERT_EQ(run.status, 0) << run.output;
    const auto mesh = atlas::loadMeshFile(path);
    ASSERT_TRUE(mesh.ok()) << mesh.error().text();
    EXPECT_EQ(mesh->triangleCount(), triangles) << format;
    // Metres in the body frame: the right scapula sits at shoulder height, about 1.2-1.36 m up.
    EXPECT_NEAR(mesh->bounds().max.y, 1.36f, 0.02f) << format;
  }
}

}  // namespace
}  // namespace myo::testing
