// Spec parsing: shapes resolve landmarks, and every mistake is reported with its file and line.
#include <gtest/gtest.h>

#include "atlas_gen/spec.hpp"
#include "builtin_pack.hpp"

namespace myo::atlas_gen {
namespace {

std::string errorOf(const std::string& text) {
  auto result = parseSpecText(text, "skeleton/test.yaml", marks());
  return result ? std::string("no error") : result.error().text();
}

TEST(Spec, ParsesShapesAndResolvesRightSideLandmarks) {
  auto bones = parseSpecText(R"(bones:
  - id: patella
    name: patella
    fma: {r: FMA24485, l: FMA24486}
    region: knee
    triangles: 500
    shapes:
      - capsule: {from: patella_superior_pole, to: patella_inferior_pole, r: [0.02, 0.01]}
      - sphere: {at: {between: [patella_superior_pole, patella_inferior_pole], t: 0.5, offset: [0, 0, 0.01]}, r: 0.01}
        op: subtract
)",
                             "skeleton/test.yaml", marks());
  ASSERT_TRUE(bones) << bones.error().text();
  ASSERT_EQ(bones->size(), 1u);
  const StructureSpec& b = bones->front();
  EXPECT_EQ(b.id, "patella");
  EXPECT_EQ(b.fmaRight, "FMA24485");
  EXPECT_EQ(b.triangles, 500);
  ASSERT_EQ(b.field.shapes.size(), 2u);
  EXPECT_EQ(b.field.shapes[0].a, *marks().position("patella_superior_pole.r"));
  EXPECT_LT(b.field.shapes[0].a.x, 0.0f);  // the right side is -x
  EXPECT_EQ(b.field.shapes[1].op, ShapeOp::Subtract);
}

TEST(Spec, MirrorAddsTheReflectedShape) {
  auto bones = parseSpecText(R"(bones:
  - id: thing
    side: midline
    shapes:
      - sphere: {at: [-0.05, 1.0, 0.0], r: 0.01}
        mirror: true
)",
                             "t.yaml", marks());
  ASSERT_TRUE(bones) << bones.error().text();
  ASSERT_EQ(bones->front().field.shapes.size(), 2u);
  EXPECT_FLOAT_EQ(bones->front().field.shapes[1].a.x, 0.05f);
}

TEST(Spec, ErrorsNameFileAndLine) {
  EXPECT_EQ(errorOf("bones:\n  - id: femur\n    shapes:\n      - capsule: {from: nowhere, to: [0, 0, 0], r: 0.01}\n"),
            "skeleton/test.yaml:4: capsule.from: unknown landmark 'nowhere'");
  EXPECT_EQ(errorOf("bones:\n  - id: femur\n    colour: red\n    shapes:\n      - sphere: {at: [0, 0, 0], r: 1}\n"),
            "skeleton/test.yaml:3: unknown key 'colour'");
  EXPECT_EQ(errorOf("bones:\n  - id: femur\n    shapes:\n      - sphere: {at: [0, 0, 0], r: -1}\n"),
            "skeleton/test.yaml:4: sphere.r: must be positive");
  EXPECT_EQ(errorOf("bones:\n  - id: femur\n    shapes:\n      - cube: {at: [0, 0, 0]}\n"),
            "skeleton/test.yaml:4: shape: unknown key 'cube' (expected one of sphere, ellipsoid, capsule, plate, box, "
            "sweep, sheet, and op, blend, mirror, note)");
  EXPECT_EQ(errorOf("bones:\n  - id: femur\n    shapes:\n      - sphere: {at: [0, 0], r: 1}\n"),
            "skeleton/test.yaml:4: sphere.at: expected [x, y, z]");
  EXPECT_EQ(errorOf("bones:\n  - id: Femur.r\n    shapes:\n      - sphere: {at: [0, 0, 0], r: 1}\n"),
            "skeleton/test.yaml:2: id: 'Femur.r' is not a side-free id like femur, rib_1 or trapezius.upper");
  EXPECT_EQ(errorOf("bones:\n  - id: sternum\n    side: midline\n    shapes:\n      - sphere: {at: acromion, r: 1}\n"),
            "skeleton/test.yaml:5: sphere.at: landmark 'acromion' has no single position here (name the side: "
            "acromion.r)");
  EXPECT_EQ(errorOf("bones:\n  - id: femur\n    shapes: []\n"),
            "skeleton/test.yaml:2: 'femur': expected a list of shapes");
  EXPECT_EQ(errorOf("bones: [\n"), "skeleton/test.yaml:2: end of sequence flow not found");
}

}  // namespace
}  // namespace myo::atlas_gen
