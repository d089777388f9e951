// What the renderer learns about meshes on upload: closed or open, winding, and levels of detail.
#include "gl_test_support.hpp"
#include "render/frame_plan.hpp"
#include "atlas/mesh_analysis.hpp"
#include "render/mesh_buffers.hpp"

namespace myo::testing {
namespace {

TEST(MeshAnalysisTest, ClosedOpenAndInsideOut) {
  const atlas::Mesh capsule = capsuleMesh({0, 0, 0}, {0, 0.2f, 0}, 0.03f, true);
  EXPECT_TRUE(atlas::analyzeMesh(capsule).closed);
  EXPECT_TRUE(atlas::analyzeMesh(capsule).windingOutward);
  EXPECT_TRUE(atlas::analyzeMesh(capsule).normalsFollowWinding);
  const atlas::MeshFacts axis = atlas::analyzeMesh(capsule);
  EXPECT_NEAR(std::abs(axis.longAxis.y), 1.0f, 1e-3f);

  atlas::Mesh insideOut = capsule;
  for (size_t t = 0; t + 2 < insideOut.indices.size(); t += 3)
    std::swap(insideOut.indices[t + 1], insideOut.indices[t + 2]);
  EXPECT_TRUE(atlas::analyzeMesh(insideOut).closed);
  EXPECT_FALSE(atlas::analyzeMesh(insideOut).windingOutward);
  EXPECT_FALSE(atlas::analyzeMesh(insideOut).normalsFollowWinding);

  EXPECT_FALSE(atlas::analyzeMesh(sheetMesh({0, 0, 0}, 0.05f, 0.0f, 120.0f, 0.1f)).closed);
}

TEST(MeshBuffersGLTest, DenseMeshGetsCoarserLevelsChosenByDistance) {
  MYO_REQUIRE_GL_CONTEXT();
  atlas::Atlas atlas;
  atlas::Structure s;
  s.id = "dense";
  s.tissue = atlas::Tissue::Bone;
  s.mesh = sphereMesh({0, 0, 0}, 0.1f, 192, 96);
  atlas.structures.push_back(s);
  render::MeshBuffers buffers;
  buffers.upload(atlas);
  const render::StructureRange& range = buffers.ranges()[0];
  ASSERT_GE(range.lodCount, 3);
  for (int l = 1; l < range.lodCount; ++l) {
    EXPECT_LT(range.lods[l].indexCount, range.lods[l - 1].indexCount);
    EXPECT_GT(range.lods[l].error, range.lods[l - 1].error);
  }
  // A close look at a 1 cm patch of its surface needs every triangle.
  render::FrameContext frame = render::makeFrameContext(
      frameSphere({0, 0, 0.1f}, 0.01f, standardViewOrientation(StandardView::Anterior)), 1280, 720, 0.2f);
  EXPECT_EQ(render::chooseLod(range, frame), 0) << "close up: full detail";
  Camera far = frameSphere({0, 0, 0}, 2.0f, standardViewOrientation(StandardView::Anterior));
  frame = render::makeFrameContext(far, 1280, 720, 2.0f);
  EXPECT_EQ(render::chooseLod(range, frame), range.lodCount - 1) << "a few pixels across: the coarsest level";
}

}  // namespace
}  // namespace myo::testing
