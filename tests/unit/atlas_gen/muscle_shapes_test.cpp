// Muscle shapes: sweeps and sheets measure the distance they should, carry their fibre direction, mirror
// exactly, and every spec mistake names its file and line.
#include <gtest/gtest.h>

#include "atlas_gen/generate.hpp"
#include "atlas_gen/spec.hpp"
#include "builtin_pack.hpp"

namespace myo::atlas_gen {
namespace {

StructureSpec one(const std::string& text) {
  auto parsed = parseSpecText(text, "muscles/test.yaml", marks());
  EXPECT_TRUE(parsed) << (parsed ? "" : parsed.error().text());
  return parsed && !parsed->empty() ? parsed->front() : StructureSpec{};
}

std::string errorOf(const std::string& text) {
  auto result = parseSpecText(text, "muscles/test.yaml", marks());
  return result ? std::string("no error") : result.error().text();
}

TEST(MuscleShapes, StraightSweepIsAnEllipticalRod) {
  const StructureSpec m = one(R"(muscles:
  - id: strap
    shapes:
      - sweep: {through: [[0, 1, 0], [0, 1.2, 0]], width: 0.04, thickness: 0.01, normal: [0, 0, 1]}
)");
  ASSERT_EQ(m.field.shapes.size(), 1u);
  const Field& f = m.field;
  // Half thickness 5 mm along z (exact), half width 20 mm along x (never overstated).
  EXPECT_NEAR(f({0, 1.1f, 0.005f}), 0.0f, 1e-4f);
  EXPECT_NEAR(f({0, 1.1f, 0.015f}), 0.010f, 1e-4f);
  EXPECT_LT(f({0.019f, 1.1f, 0}), 0.0f);
  EXPECT_GT(f({0.021f, 1.1f, 0}), 0.0f);
  EXPECT_LE(f({0.03f, 1.1f, 0}), 0.010f + 1e-4f);
  // Fibres run from the first point to the last.
  const glm::vec3 fibre = f.fibre({0.0f, 1.05f, 0.004f});
  EXPECT_NEAR(fibre.y, 1.0f, 1e-4f);
  EXPECT_EQ(m.tissue, atlas::Tissue::Muscle);
  EXPECT_TRUE(m.avoidBones);
}

TEST(MuscleShapes, SheetIsThickAndItsFibresRunFromRowToRow) {
  const StructureSpec m = one(R"(muscles:
  - id: flat
    shapes:
      - sheet:
          rows:
            - [[-0.1, 1.0, 0], [0.1, 1.0, 0]]
            - [[-0.1, 1.2, 0], [0.1, 1.2, 0]]
          thickness: [0.01, 0.02]
)");
  const Field& f = m.field;
  EXPECT_NEAR(f({0, 1.0f, 0.005f}), 0.0f, 2e-4f);  // 10 mm thick at the first row
  EXPECT_NEAR(f({0, 1.2f, 0.010f}), 0.0f, 2e-4f);  // 20 mm at the last
  EXPECT_NEAR(f({0, 1.1f, 0.0275f}), 0.020f, 2e-4f);
  const glm::vec3 fibre = f.fibre({0.05f, 1.1f, 0.0f});
  EXPECT_NEAR(fibre.y, 1.0f, 1e-3f);
}

TEST(MuscleShapes, MeshedMuscleIsClosedWithAFibrePerVertex) {
  const StructureSpec m = one(R"(muscles:
  - id: belly
    triangles: 400
    shapes:
      - sweep: {through: [[0, 1, 0], [0.01, 1.1, 0.01], [0, 1.2, 0]], width: [0.006, 0.04, 0.006], thickness: [0.005, 0.025, 0.005]}
)");
  const atlas::Mesh mesh = meshStructure(m);
  EXPECT_TRUE(isClosedManifold(mesh));
  EXPECT_LE(mesh.triangleCount(), 400u * 2);
  ASSERT_EQ(mesh.fibers.size(), mesh.positions.size());
  for (const glm::vec3 f : mesh.fibers) {
    EXPECT_NEAR(glm::length(f), 1.0f, 1e-3f);
    EXPECT_GT(f.y, 0.5f);  // the belly runs up: no fibre points across or backwards
  }
}

TEST(MuscleShapes, MirroredSweepIsTheExactReflection) {
  const StructureSpec m = one(R"(muscles:
  - id: strap
    shapes:
      - sweep: {through: [[-0.05, 1, 0], [-0.07, 1.2, 0.02]], width: 0.03, thickness: 0.01, facing: [0, 1.1, 0]}
)");
  const Shape mirrored = mirroredX(m.field.shapes[0]);
  for (const glm::vec3 p : {glm::vec3(-0.06f, 1.1f, 0.01f), glm::vec3(-0.03f, 1.05f, -0.02f)}) {
    EXPECT_FLOAT_EQ(mirrored.distance({-p.x, p.y, p.z}), m.field.shapes[0].distance(p));
  }
}

TEST(MuscleShapes, PointsAreNamedOncePerFileAndUsableLater) {
  const StructureSpec m = one(R"(points:
  top: [-0.05, 1.2, 0]
  mid: {between: [top, [-0.05, 1.0, 0]], t: 0.5}
muscles:
  - id: strap
    attachments: [top, mid]
    shapes:
      - sweep: {through: [top, mid], r: 0.01}
)");
  ASSERT_EQ(m.attachments.size(), 2u);
  EXPECT_FLOAT_EQ(m.attachments[1].y, 1.1f);
}

TEST(MuscleShapes, MistakesNameFileAndLine) {
  EXPECT_EQ(errorOf("muscles:\n  - id: m\n    shapes:\n      - sweep: {through: [[0, 1, 0]], r: 0.01}\n"),
            "muscles/test.yaml:4: sweep.through: expected a list of at least 2 points");
  EXPECT_EQ(errorOf("muscles:\n  - id: m\n    shapes:\n      - sweep: {through: [[0, 1, 0], [0, 2, 0]], width: [0.01, "
                    "0.02, 0.03], thickness: 0.01}\n"),
            "muscles/test.yaml:4: sweep.width: expected one number or 2 (one per point)");
  EXPECT_EQ(
      errorOf("muscles:\n  - id: m\n    shapes:\n      - sheet:\n          rows:\n            - [[0, 1, 0], [1, 1, "
              "0]]\n            - [[0, 2, 0]]\n          thickness: 0.01\n"),
      "muscles/test.yaml:7: sheet.rows: expected a list of at least 2 points");
  EXPECT_EQ(errorOf("points:\n  a: [0, 1, 0]\n  a: [0, 2, 0]\nmuscles: []\n"),
            "muscles/test.yaml:3: points: 'a' given twice");
  EXPECT_EQ(errorOf("muscles:\n  - id: m\n    layer: middle\n    shapes:\n      - sphere: {at: [0, 1, 0], r: 0.01}\n"),
            "muscles/test.yaml:3: layer: expected skin, fascia, superficial, deep or bone");
  EXPECT_EQ(errorOf("skin:\n  step: 0.003\n  closing: 0.002\n  thickness: 0.004\n"),
            "muscles/test.yaml:2: skin: expected step >= 0.001, closing > thickness >= 0 and triangles >= 100");
  EXPECT_EQ(errorOf("tendons: []\n"),
            "muscles/test.yaml:1: unknown key 'tendons' (expected points, bones, muscles, fascia, skin)");
}

TEST(MuscleShapes, BonesAreCutOutOfMuscles) {
  auto parsed = parseSpecText(R"(bones:
  - id: rod
    side: midline
    shapes:
      - capsule: {from: [0, 1, 0], to: [0, 1.2, 0], r: 0.01}
muscles:
  - id: wrap
    side: midline
    shapes:
      - sweep: {through: [[0, 1.05, 0], [0, 1.15, 0]], r: 0.02}
)",
                              "muscles/test.yaml", marks());
  ASSERT_TRUE(parsed) << parsed.error().text();
  Spec spec;
  spec.structures = *parsed;
  const std::vector<Field> fields = fieldsWithBonesAvoided(spec);
  ASSERT_EQ(fields[1].avoid.size(), 1u);
  EXPECT_GT(fields[1]({0, 1.1f, 0}), 0.0f);                 // inside the bone: not muscle
  EXPECT_LT(fields[1]({0.015f, 1.1f, 0}), 0.0f);            // around it: muscle
  EXPECT_LT(spec.structures[1].field({0, 1.1f, 0}), 0.0f);  // the spec's own field is uncut
}

}  // namespace
}  // namespace myo::atlas_gen
