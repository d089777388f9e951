// The BodyParts3D profile: names, headers, ids, tissue and region, and the conversion into the body frame.
#include "atlas/import/bodyparts3d.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "atlas/import/frame.hpp"
#include "atlas_test_support.hpp"
#include "core/strings.hpp"

namespace myo::atlas {
namespace {

using test::bodyParts3D;

TEST(BodyParts3DTest, ParsesFileNamesWithSpacesOrUnderscores) {
  const auto spaces = parseBodyParts3DFileName("FJ441_BP2418_FMA32547_Right infraspinatus.obj");
  EXPECT_EQ(spaces.fileId, "FJ441");
  EXPECT_EQ(spaces.partId, "BP2418");
  EXPECT_EQ(spaces.fma, "FMA32547");
  EXPECT_EQ(spaces.englishName, "Right infraspinatus");
  const auto underscores = parseBodyParts3DFileName("messy/FJ305_BP4010_FMA32540_Right_levator_scapulae.obj");
  EXPECT_EQ(underscores.fma, "FMA32540");
  EXPECT_EQ(underscores.englishName, "Right levator scapulae");
  const auto v4 = parseBodyParts3DFileName("FJ1467.obj");
  EXPECT_EQ(v4.fileId, "FJ1467");
  EXPECT_EQ(v4.fma, "");
  EXPECT_EQ(v4.englishName, "");
  const auto other = parseBodyParts3DFileName("Right biceps.obj");
  EXPECT_EQ(other.fileId, "");
  EXPECT_EQ(other.englishName, "");
}

TEST(BodyParts3DTest, ParsesTheHeader) {
  const auto info = parseBodyParts3DHeader(
      "#\n# Compatibility version : 4.0\n# File ID : FJ1467\n# Representation ID : BP7571\n"
      "# Concept ID : FMA34682\n# English name : Acromial part of right deltoid\n"
      "# Bounds(mm): (-227.432200,-103.803800,1205.086400)-(-146.556900,-40.688900,1349.654700)\n"
      "# Volume(cm3): 93.168700\n#\nv 1 2 3\n# English name : not the header any more\n");
  EXPECT_EQ(info.fileId, "FJ1467");
  EXPECT_EQ(info.partId, "BP7571");
  EXPECT_EQ(info.fma, "FMA34682");
  EXPECT_EQ(info.englishName, "Acromial part of right deltoid");
  ASSERT_TRUE(info.boundsMm.has_value());
  EXPECT_FLOAT_EQ(info.boundsMm->min.x, -227.4322f);
  EXPECT_FLOAT_EQ(info.boundsMm->max.z, 1349.6547f);
  ASSERT_TRUE(info.volumeCm3.has_value());
  EXPECT_DOUBLE_EQ(*info.volumeCm3, 93.1687);
}

TEST(BodyParts3DTest, IdsSidesTissuesAndRegions) {
  const auto structure = [](std::string_view name) {
    return bodyParts3DStructure({"", "", "", std::string(name), {}, {}}, "x");
  };
  const auto infraspinatus = structure("Right infraspinatus");
  EXPECT_EQ(infraspinatus.id, "infraspinatus.r");
  EXPECT_EQ(infraspinatus.side, Side::Right);
  EXPECT_EQ(infraspinatus.tissue, Tissue::Muscle);
  EXPECT_EQ(infraspinatus.layer, defaultLayerFor(Tissue::Muscle));
  EXPECT_EQ(infraspinatus.region, "shoulder");
  EXPECT_EQ(infraspinatus.name, "Right infraspinatus");
  const auto scapula = structure("Left scapula");
  EXPECT_EQ(scapula.id, "scapula.l");
  EXPECT_EQ(scapula.tissue, Tissue::Bone);
  EXPECT_EQ(scapula.layer, Layer::Bone);
  const auto sacrum = structure("Sacrum");
  EXPECT_EQ(sacrum.id, "sacrum");
  EXPECT_EQ(sacrum.side, Side::None);
  EXPECT_EQ(structure("Proximal phalanx of right thumb").id, "proximal_phalanx_of_thumb.r");
  EXPECT_EQ(structure("Right levator scapulae").id, "levator_scapulae.r");
  // No name at all: the file stem.
  EXPECT_EQ(bodyParts3DStructure({}, "FJ9999").id, "fj9999");
}

TEST(BodyParts3DTest, TrapezoidIsABoneAndTrapeziusAMuscle) {
  EXPECT_EQ(classifyTissue("Right trapezoid"), Tissue::Bone);
  EXPECT_EQ(classifyTissue("Right trapezium"), Tissue::Bone);
  EXPECT_EQ(classifyTissue("Right trapezius"), Tissue::Muscle);
  EXPECT_EQ(classifyTissue("Right levator scapulae"), Tissue::Muscle);      // not the scapula
  EXPECT_EQ(classifyTissue("Right tensor fasciae latae"), Tissue::Muscle);  // not a fascia
  EXPECT_EQ(classifyTissue("Right rectus femoris"), Tissue::Muscle);        // not the femur
  EXPECT_EQ(classifyTissue("Fascia lata"), Tissue::Fascia);
  EXPECT_EQ(classifyTissue("Patellar ligament"), Tissue::Ligament);
  EXPECT_EQ(classifyTissue("Tendon of biceps brachii"), Tissue::Tendon);
  EXPECT_EQ(classifyTissue("Liver"), Tissue::Other);
}

TEST(BodyParts3DTest, GuessesCoarseRegions) {
  const std::pair<const char*, const char*> cases[] = {{"Right gluteus medius", "pelvis"},
                                                       {"Right tensor fasciae latae", "thigh"},
                                                       {"Right sternocleidomastoid", "neck"},
                                                       {"Right levator scapulae", "neck"},
                                                       {"Right femur", "thigh"},
                                                       {"Left fibula", "leg"},
                                                       {"Left calcaneus", "foot"},
                                                       {"Distal phalanx of left big toe", "foot"},
                                                       {"Right triquetral", "hand"},
                                                       {"Distal phalanx of right thumb", "hand"},
                                                       {"Right humerus", "arm"},
                                                       {"Left radius", "forearm"},
                                                       {"Frontal bone", "head"},
                                                       {"Third thoracic vertebra", "trunk"},
                                                       {"Right hip bone", "pelvis"},
                                                       {"Right quadratus lumborum", "trunk"},
                                                       {"Spinal part of right deltoid", "shoulder"},
                                                       {"Biceps femoris", "thigh"},
                                                       {"Liver", ""}};
  for (const auto& [name, region] : cases) EXPECT_EQ(guessRegion(name), region) << name;
}

// Every file of the shared index: its kind (bone or muscle) and its FMA id and English name, read from the
// file name or (v4) the header, agree with index.tsv.
TEST(BodyParts3DTest, EveryIndexedFileClassifiesAsItsKind) {
  MYO_REQUIRE_BODYPARTS3D();
  std::ifstream index(bodyParts3D() / "index.tsv");
  std::string line;
  std::getline(index, line);  // header
  int bones = 0, muscles = 0;
  while (std::getline(index, line)) {
    const auto columns = split(line, '\t');
    ASSERT_EQ(columns.size(), 5u) << line;
    const std::string path = (bodyParts3D() / std::string(columns[0])).string();
    const std::string name(columns[3]);
    const std::string kind(columns[4]);
    if (startsWith(kind, "bone")) {
      EXPECT_EQ(classifyTissue(name), Tissue::Bone) << name;
      ++bones;
    } else {
      ASSERT_TRUE(startsWith(kind, "muscle")) << kind;
      EXPECT_EQ(classifyTissue(name), Tissue::Muscle) << name;
      ++muscles;
    }
    std::ifstream file(path);
    std::string head(4096, '\0');
    file.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(file.gcount()));
    const auto info = mergeBodyParts3DInfo(parseBodyParts3DHeader(head), parseBodyParts3DFileName(path));
    EXPECT_EQ(info.fileId, columns[1]) << path;
    EXPECT_EQ(info.fma, columns[2]) << path;
    EXPECT_EQ(info.englishName, name) << path;
    EXPECT_TRUE(looksLikeBodyParts3D(path, head)) << path;
  }
  EXPECT_EQ(bones, 200);
  EXPECT_EQ(muscles, 16);
}

TEST(BodyParts3DTest, FrameIsTheDesignMapping) {
  const SourceFrame frame = bodyParts3DFrame();
  const glm::vec3 p = frame.point(glm::vec3(100.0f, 200.0f, 1500.0f));  // (x, z, -y) / 1000
  EXPECT_FLOAT_EQ(p.x, 0.1f);
  EXPECT_FLOAT_EQ(p.y, 1.5f);
  EXPECT_FLOAT_EQ(p.z, -0.2f);
  EXPECT_FLOAT_EQ(glm::determinant(frame.rotation), 1.0f);  // a proper rotation: winding kept
}

// The right scapula lands where its header's box says, converted by hand: (x, z, -y) / 1000.
TEST(BodyParts3DTest, RightScapulaLandsWhereItsHeaderSays) {
  MYO_REQUIRE_BODYPARTS3D();
  const std::string path = (bodyParts3D() / "skeleton" / "FJ495_BP4006_FMA13395_Right scapula.obj").string();
  const auto scapula = loadBodyParts3DFile(path);
  ASSERT_TRUE(scapula) << scapula.error().text();
  EXPECT_EQ(scapula->id, "scapula.r");
  EXPECT_EQ(scapula->fma, "FMA13395");
  EXPECT_EQ(scapula->tissue, Tissue::Bone);
  EXPECT_EQ(scapula->region, "shoulder");
  EXPECT_EQ(scapula->sourcePath, path);
  const auto header = parseBodyParts3DHeader(test::readFile(path));
  ASSERT_TRUE(header.boundsMm.has_value());
  const Bounds& mm = *header.boundsMm;
  const glm::vec3 expectedMin(mm.min.x / 1000.0f, mm.min.z / 1000.0f, -mm.max.y / 1000.0f);
  const glm::vec3 expectedMax(mm.max.x / 1000.0f, mm.max.z / 1000.0f, -mm.min.y / 1000.0f);
  const Bounds ours = scapula->mesh.bounds();
  for (int axis = 0; axis < 3; ++axis) {
    EXPECT_NEAR(ours.min[axis], expectedMin[axis], 0.0005f) << "axis " << axis;
    EXPECT_NEAR(ours.max[axis], expectedMax[axis], 0.0005f) << "axis " << axis;
  }
  // The subject's right is -X; the scapula sits on the upper back, behind the body's middle.
  EXPECT_LT(ours.max.x, 0.0f);
  EXPECT_GT(ours.center().y, 1.1f);
  EXPECT_LT(ours.center().y, 1.5f);
  ASSERT_EQ(scapula->mesh.normals.size(), scapula->mesh.positions.size());
  EXPECT_NEAR(glm::length(scapula->mesh.normals[0]), 1.0f, 1e-5f);
}

// A closed BodyParts3D mesh keeps its outward winding through the conversion: positive volume, and the
// volume agrees with the header's.
TEST(BodyParts3DTest, ClosedMeshKeepsOutwardWindingAndVolume) {
  MYO_REQUIRE_BODYPARTS3D();
  const std::string path = (bodyParts3D() / "v4" / "FJ1467.obj").string();
  const auto deltoid = loadBodyParts3DFile(path);
  ASSERT_TRUE(deltoid) << deltoid.error().text();
  const auto header = parseBodyParts3DHeader(test::readFile(path));
  ASSERT_TRUE(header.volumeCm3.has_value());
  const double litres = signedVolume(deltoid->mesh) * 1000.0;  // m^3 -> dm^3
  EXPECT_NEAR(litres * 1000.0, *header.volumeCm3, *header.volumeCm3 * 0.01);
}

TEST(BodyParts3DTest, V4FilesTakeTheirNameAndFmaFromTheHeader) {
  MYO_REQUIRE_BODYPARTS3D();
  const auto deltoid = loadBodyParts3DFile((bodyParts3D() / "v4" / "FJ1467.obj").string());
  ASSERT_TRUE(deltoid) << deltoid.error().text();
  EXPECT_EQ(deltoid->fma, "FMA34682");
  EXPECT_EQ(deltoid->name, "Acromial part of right deltoid");
  EXPECT_EQ(deltoid->id, "acromial_part_of_deltoid.r");
  EXPECT_EQ(deltoid->side, Side::Right);
  EXPECT_EQ(deltoid->tissue, Tissue::Muscle);
}

// messy/: decimated Blender re-exports with stray line elements and no header: the lines are dropped and
// the name comes from the file name. The mesh lies where the original does.
TEST(BodyParts3DTest, MessyFilesLoadWithoutTheirLines) {
  MYO_REQUIRE_BODYPARTS3D();
  const auto messy =
      loadBodyParts3DFile((bodyParts3D() / "messy" / "FJ305_BP4010_FMA32540_Right_levator_scapulae.obj").string());
  ASSERT_TRUE(messy) << messy.error().text();
  EXPECT_EQ(messy->id, "levator_scapulae.r");
  EXPECT_EQ(messy->fma, "FMA32540");
  EXPECT_EQ(messy->name, "Right levator scapulae");
  EXPECT_GT(messy->mesh.triangleCount(), 1000u);
  const auto original =
      loadBodyParts3DFile((bodyParts3D() / "muscles" / "FJ305_BP4010_FMA32540_Right levator scapulae.obj").string());
  ASSERT_TRUE(original) << original.error().text();
  const Bounds a = messy->mesh.bounds(), b = original->mesh.bounds();
  for (int axis = 0; axis < 3; ++axis) {
    EXPECT_NEAR(a.min[axis], b.min[axis], 0.005f);  // decimation moves the surface by a few mm at most
    EXPECT_NEAR(a.max[axis], b.max[axis], 0.005f);
  }
}

}  // namespace
}  // namespace myo::atlas
