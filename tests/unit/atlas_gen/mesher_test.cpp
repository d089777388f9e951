// The mesher and simplifier: closed, outward, manifold surfaces from implicit shapes.
#include <gtest/gtest.h>

#include "atlas_gen/generate.hpp"
#include "atlas_gen/mesher.hpp"

namespace myo::atlas_gen {
namespace {

StructureSpec capsuleBone() {
  StructureSpec bone;
  bone.id = "test";
  Shape s;
  s.kind = ShapeKind::Capsule;
  s.a = {0.0f, 0.0f, 0.0f};
  s.b = {0.0f, 0.1f, 0.02f};
  s.r0 = 0.01f;
  s.r1 = 0.006f;
  bone.field.shapes.push_back(s);
  Shape hole;
  hole.kind = ShapeKind::Sphere;
  hole.op = ShapeOp::Subtract;
  hole.a = {0.0f, 0.05f, 0.02f};
  hole.r0 = 0.01f;
  bone.field.shapes.push_back(hole);
  bone.triangles = 300;
  return bone;
}

TEST(Mesher, DenseSurfaceIsClosedAndOutward) {
  const StructureSpec bone = capsuleBone();
  const atlas::Mesh mesh = marchTetrahedra(bone.field, gridOver(bone.field.bounds(), 0.002f));
  EXPECT_TRUE(isClosedManifold(mesh));
  EXPECT_GT(atlas::signedVolume(mesh), 0.0);
}

TEST(Mesher, SimplifiedBoneKeepsItsBudgetAndStaysClosed) {
  const atlas::Mesh mesh = meshStructure(capsuleBone());
  EXPECT_TRUE(isClosedManifold(mesh));
  EXPECT_GT(atlas::signedVolume(mesh), 0.0);
  EXPECT_LE(mesh.triangleCount(), 300u * 2);
  EXPECT_EQ(mesh.normals.size(), mesh.positions.size());
}

TEST(Mesher, SphereVolumeIsClose) {
  Field field;
  Shape s;
  s.r0 = 0.05f;
  field.shapes.push_back(s);
  const atlas::Mesh mesh = marchTetrahedra(field, gridOver(field.bounds(), 0.002f));
  const double exact = 4.0 / 3.0 * 3.14159265 * 0.05 * 0.05 * 0.05;
  EXPECT_NEAR(atlas::signedVolume(mesh) / exact, 1.0, 0.02);
}

}  // namespace
}  // namespace myo::atlas_gen
