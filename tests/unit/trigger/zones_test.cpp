// Technique and caution zones (docs/zones.md): tiny files load, mirror and resolve with sides; each bad input
// names its `file:line:col`; overlaps between technique and caution volumes; and the real assets/zones content.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "trigger/zones.hpp"
#include "trigger_test_support.hpp"

namespace myo::trigger::zones {
namespace {

using testing::sourceAssets;

// Line numbers matter: the error tests below name them.
const char* const kUpper = R"(technique_zones:
  - id: trapezius.upper.deep_tissue
    modality: deep_tissue
    structure: trapezius.upper
    name: "Upper trapezius: stripping along the fibres"
    shape: [{sphere: {at: [-0.10, 1.40, 0.00], r: 0.03}}]
    stroke: along
    pressure: deep
    duration: "3-5 minutes a side"
    order: 1
    purpose: "Eases the upper trapezius."
    how: "Thumb along the fibres from the neck to the acromion."
    source: "test"
)";

const char* const kLower = R"(technique_zones:
  - id: gluteus_medius.self_care
    modality: self_care
    structure: gluteus_medius
    name: "Gluteus medius: ball against a wall"
    shape: [{ellipsoid: {at: [-0.12, 0.95, -0.08], radii: [0.05, 0.04, 0.03]}}]
    stroke: hold
    pressure: moderate
    duration: "30-90 s per point"
    order: 1
    purpose: "Self-treatment of gluteus medius."
    how: "Lean on a ball placed under the tender spot."
    source: "test"
  - id: iliotibial_band.myofascial_release_cross
    modality: myofascial_release
    structure: iliotibial_band
    name: "Iliotibial band: slow cross-fibre release"
    shape: [{capsule: {from: [-0.16, 0.85, 0.00], to: [-0.15, 0.55, 0.00], r: 0.02}}]
    stroke: across
    pressure: light
    duration: "2 minutes"
    order: 2
    purpose: "Frees the band from the vastus lateralis."
    how: "Forearm across the band."
    source: "test"
)";

const char* const kCaution = R"(caution_zones:
  - id: caution.anterior_triangle
    kind: endangerment
    name: "Anterior triangle of the neck"
    shape: [{sphere: {at: [-0.10, 1.42, 0.00], r: 0.02}}]
    avoid: "Deep or sustained pressure."
    why: "The carotid artery and the jugular vein."
    source: "test"
  - id: pregnancy.sp6
    kind: pregnancy_point
    name: "SP6"
    shape: [{sphere: {at: [-0.05, 0.20, 0.00], r: 0.01}}]
    avoid: "Sustained pressure during pregnancy."
    why: "Traditionally avoided."
    source: "test"
contraindications:
  - id: contraindication.blood_clots
    name: "Blood clots"
    scope: absolute
    what: "A clot in a deep vein."
    why: "Pressure may dislodge it."
    guidance: "No massage; refer to a doctor."
    source: "test"
)";

std::string modalitiesText(const std::vector<std::string>& ids) {
  std::string out = "modalities:\n";
  for (const auto& id : ids)
    out += "  - id: " + id + "\n    name: \"" + id +
           " name\"\n    description: \"d\"\n    benefits: [b]\n    preparation: [p]\n    aftercare: [a]\n"
           "    sessions: \"weekly\"\n    source: \"test\"\n";
  return out;
}

const std::vector<std::string> kAllModalities = {"deep_tissue", "trigger_point_pressure_release", "myofascial_release",
                                                 "neuromuscular_therapy", "self_care"};

class ZoneSetTest : public ::testing::Test {
 protected:
  Result<ZoneSet> parse() const {
    ZoneTexts texts;
    texts.technique = {{"upper.yaml", upper}, {"lower.yaml", lower}};
    texts.caution = {"caution.yaml", caution};
    texts.modalities = {"modalities.yaml", modalities};
    ZoneVocabulary vocabulary;
    vocabulary.structures = {"trapezius.upper", "trapezius.middle", "gluteus_medius", "iliotibial_band"};
    return ZoneSet::parse(texts, vocabulary);
  }
  // The message `parse` fails with, or a failure of the test when it succeeds.
  std::string error() const {
    const auto zones = parse();
    if (zones.ok()) {
      ADD_FAILURE() << "parsed without error";
      return {};
    }
    return zones.error().text();
  }
  static void replace(std::string& text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
  }

  std::string upper = kUpper;
  std::string lower = kLower;
  std::string caution = kCaution;
  std::string modalities = modalitiesText(kAllModalities);
};

TEST_F(ZoneSetTest, GoodFilesLoadAndMirror) {
  const auto zones = parse();
  ASSERT_TRUE(zones.ok()) << zones.error().text();
  ASSERT_EQ(zones->all().size(), 5u);
  const Zone* trapezius = zones->find("trapezius.upper.deep_tissue");
  ASSERT_NE(trapezius, nullptr);
  EXPECT_EQ(trapezius->kind, ZoneKind::Technique);
  EXPECT_EQ(trapezius->modality, Modality::DeepTissue);
  EXPECT_EQ(trapezius->structure, "trapezius.upper");
  EXPECT_EQ(trapezius->stroke, Stroke::Along);
  EXPECT_EQ(trapezius->pressure, Pressure::Deep);
  EXPECT_EQ(trapezius->duration, "3-5 minutes a side");
  EXPECT_EQ(trapezius->order, 1);
  EXPECT_EQ(trapezius->file, "upper.yaml");
  EXPECT_EQ(trapezius->line, 2);
  const Zone* sp6 = zones->find("pregnancy.sp6");
  ASSERT_NE(sp6, nullptr);
  EXPECT_EQ(sp6->kind, ZoneKind::Caution);
  EXPECT_EQ(sp6->cautionKind, CautionKind::PregnancyPoint);
  EXPECT_EQ(zones->find("iliotibial_band.myofascial_release_cross")->stroke, Stroke::Across);
  ASSERT_EQ(zones->contraindications().size(), 1u);
  EXPECT_EQ(zones->contraindications()[0].scope, ContraindicationScope::Absolute);
  EXPECT_NE(zones->findContraindication("contraindication.blood_clots"), nullptr);
  ASSERT_EQ(zones->modalities().size(), 5u);
  EXPECT_EQ(zones->modality(Modality::SelfCare).name, "self_care name");
  EXPECT_EQ(zones->modality(Modality::DeepTissue).benefits, std::vector<std::string>{"b"});

  // One primitive a zone: the five right ones, then their mirrors in the same order.
  const auto& shapes = zones->shapes();
  ASSERT_EQ(shapes.size(), 10u);
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(shapes[i].side, Side::Right);
    EXPECT_EQ(shapes[i].region, static_cast<int>(i));
    EXPECT_EQ(shapes[i + 5].side, Side::Left);
    EXPECT_EQ(shapes[i + 5].region, shapes[i].region);
    EXPECT_FLOAT_EQ(shapes[i + 5].a.x, -shapes[i].a.x);
    EXPECT_FLOAT_EQ(shapes[i + 5].a.y, shapes[i].a.y);
  }
}

TEST_F(ZoneSetTest, ResolveWithSidesAndSuggestions) {
  const auto zones = parse();
  ASSERT_TRUE(zones.ok()) << zones.error().text();
  const auto right = zones->resolve("trapezius.upper.deep_tissue.r");
  ASSERT_TRUE(right.ok()) << right.error().text();
  EXPECT_EQ(right->zone->id, "trapezius.upper.deep_tissue");
  EXPECT_EQ(right->side, Side::Right);
  EXPECT_EQ(right->text(), "trapezius.upper.deep_tissue.r");
  const auto both = zones->resolve(" Caution.Anterior_Triangle ");
  ASSERT_TRUE(both.ok()) << both.error().text();
  EXPECT_EQ(both->side, Side::None);
  const auto typo = zones->resolve("trapezius.upper.deep_tisue.l");
  ASSERT_FALSE(typo.ok());
  EXPECT_EQ(typo.error().message,
            "unknown zone 'trapezius.upper.deep_tisue.l'; did you mean trapezius.upper.deep_tissue? "
            "(`myoscope query zones` lists them all)");
  const auto prefix = zones->resolve("gluteus_medius");
  ASSERT_FALSE(prefix.ok());
  EXPECT_NE(prefix.error().message.find("did you mean gluteus_medius.self_care"), std::string::npos)
      << prefix.error().message;
  EXPECT_FALSE(zones->resolve("").ok());
  EXPECT_FALSE(zones->resolve("caution.nowhere_at_all").ok());
}

TEST_F(ZoneSetTest, ContainsAndZonesAt) {
  const auto zones = parse();
  ASSERT_TRUE(zones.ok()) << zones.error().text();
  // Inside both the trapezius zone and the anterior triangle, on the right (+X is the subject's left).
  const glm::vec3 right(-0.10f, 1.41f, 0.0f);
  const glm::vec3 left(0.10f, 1.41f, 0.0f);
  const auto at = zones->zonesAt(right);
  ASSERT_EQ(at.size(), 2u);
  EXPECT_EQ(at[0].text(), "trapezius.upper.deep_tissue.r");
  EXPECT_EQ(at[1].text(), "caution.anterior_triangle.r");
  const auto mirrored = zones->zonesAt(left);
  ASSERT_EQ(mirrored.size(), 2u);
  EXPECT_EQ(mirrored[0].text(), "trapezius.upper.deep_tissue.l");
  const ZoneRef both{zones->find("trapezius.upper.deep_tissue"), Side::None};
  const ZoneRef rightOnly{both.zone, Side::Right};
  EXPECT_TRUE(zones->contains(both, right));
  EXPECT_TRUE(zones->contains(both, left));
  EXPECT_TRUE(zones->contains(rightOnly, right));
  EXPECT_FALSE(zones->contains(rightOnly, left));
  EXPECT_TRUE(zones->zonesAt(glm::vec3(0.0f, 0.0f, 5.0f)).empty());
}

TEST_F(ZoneSetTest, ByStructureAndModality) {
  const auto zones = parse();
  ASSERT_TRUE(zones.ok()) << zones.error().text();
  for (const char* query : {"trapezius", "trapezius.upper", "trapezius.upper.r", " Trapezius "}) {
    const auto found = zones->byStructure(query);
    ASSERT_EQ(found.size(), 1u) << query;
    EXPECT_EQ(found[0]->id, "trapezius.upper.deep_tissue");
  }
  EXPECT_TRUE(zones->byStructure("trap").empty());  // parts are whole components, not text prefixes
  EXPECT_TRUE(zones->byStructure("trapezius.middle").empty());
  const auto selfCare = zones->byModality(Modality::SelfCare);
  ASSERT_EQ(selfCare.size(), 1u);
  EXPECT_EQ(selfCare[0]->id, "gluteus_medius.self_care");
  EXPECT_TRUE(zones->byModality(Modality::NeuromuscularTherapy).empty());
  EXPECT_EQ(zones->byKind(ZoneKind::Caution).size(), 2u);
}

TEST_F(ZoneSetTest, CautionOverlaps) {
  const auto zones = parse();
  ASSERT_TRUE(zones.ok()) << zones.error().text();
  // Spheres of 3 and 2 cm with centres 2 cm apart overlap; the gluteal and ITB zones are far from any caution.
  EXPECT_EQ(zones->cautionOverlaps(*zones->find("trapezius.upper.deep_tissue")),
            std::vector<std::string>{"caution.anterior_triangle"});
  EXPECT_TRUE(zones->cautionOverlaps(*zones->find("gluteus_medius.self_care")).empty());
  EXPECT_TRUE(zones->cautionOverlaps(*zones->find("iliotibial_band.myofascial_release_cross")).empty());
  EXPECT_EQ(zones->techniqueOverlaps(*zones->find("caution.anterior_triangle")),
            std::vector<std::string>{"trapezius.upper.deep_tissue"});
  EXPECT_TRUE(zones->techniqueOverlaps(*zones->find("pregnancy.sp6")).empty());
  // The wrong kind asks nothing; a copy of a zone is found by its id.
  EXPECT_TRUE(zones->cautionOverlaps(*zones->find("caution.anterior_triangle")).empty());
  const Zone copy = *zones->find("trapezius.upper.deep_tissue");
  EXPECT_EQ(zones->cautionOverlaps(copy).size(), 1u);
}

TEST_F(ZoneSetTest, DistantVolumesDoNotOverlap) {
  // Moved 6 cm up: the spheres (3 + 2 cm) no longer meet, nor do their bounding boxes.
  replace(caution, "at: [-0.10, 1.42, 0.00], r: 0.02", "at: [-0.10, 1.46, 0.00], r: 0.02");
  const auto apart = parse();
  ASSERT_TRUE(apart.ok()) << apart.error().text();
  EXPECT_TRUE(apart->cautionOverlaps(*apart->find("trapezius.upper.deep_tissue")).empty());
  // Boxes overlapping at a corner while the spheres stay apart: the sampling must not count it.
  caution = kCaution;
  replace(caution, "at: [-0.10, 1.42, 0.00], r: 0.02", "at: [-0.136, 1.436, 0.036], r: 0.02");
  const auto corner = parse();
  ASSERT_TRUE(corner.ok()) << corner.error().text();
  EXPECT_TRUE(corner->cautionOverlaps(*corner->find("trapezius.upper.deep_tissue")).empty());
}

TEST_F(ZoneSetTest, ZoneOnTheMirrorSideDoesNotCount) {
  // A caution zone across the midline from the technique zone: same side only.
  replace(caution, "at: [-0.10, 1.42, 0.00], r: 0.02", "at: [0.10, 1.40, 0.00], r: 0.02");
  const auto zones = parse();
  ASSERT_TRUE(zones.ok()) << zones.error().text();
  EXPECT_TRUE(zones->cautionOverlaps(*zones->find("trapezius.upper.deep_tissue")).empty());
}

TEST_F(ZoneSetTest, UnknownModality) {
  replace(upper, "modality: deep_tissue", "modality: deep_tisue");
  EXPECT_EQ(error(),
            "upper.yaml:3:15: unknown modality 'deep_tisue': expected deep_tissue, trigger_point_pressure_release, "
            "myofascial_release, neuromuscular_therapy or self_care");
}

TEST_F(ZoneSetTest, UnknownStrokePressureKindScope) {
  replace(upper, "stroke: along", "stroke: diagonal");
  EXPECT_EQ(error(), "upper.yaml:7:13: unknown stroke 'diagonal': expected along, across or hold");
  upper = kUpper;
  replace(upper, "pressure: deep", "pressure: firm");
  EXPECT_EQ(error(), "upper.yaml:8:15: unknown pressure 'firm': expected light, moderate or deep");
  upper = kUpper;
  replace(caution, "kind: endangerment", "kind: danger");
  EXPECT_EQ(error(), "caution.yaml:3:11: unknown caution kind 'danger': expected endangerment or pregnancy_point");
  caution = kCaution;
  replace(caution, "scope: absolute", "scope: partial");
  EXPECT_EQ(error(), "caution.yaml:19:12: unknown scope 'partial': expected absolute, local or clearance");
}

TEST_F(ZoneSetTest, MissingFields) {
  replace(upper, "    how: \"Thumb along the fibres from the neck to the acromion.\"\n", "");
  EXPECT_EQ(error(), "upper.yaml:2:5: missing `how`: expected a non-empty text");
  upper = kUpper;
  replace(upper, "    shape: [{sphere: {at: [-0.10, 1.40, 0.00], r: 0.03}}]\n", "");
  EXPECT_EQ(error(),
            "upper.yaml:2:5: missing `shape`: expected a list of volumes such as [{sphere: {at: acromion, r: 0.03}}]");
  upper = kUpper;
  replace(upper, "    order: 1\n", "");
  EXPECT_EQ(error(), "upper.yaml:2:5: missing `order`: expected a whole number from 1");
  upper = kUpper;
  replace(upper, "order: 1", "order: first");
  EXPECT_EQ(error(), "upper.yaml:10:12: `order` must be a whole number from 1, not 'first'");
  upper = kUpper;
  replace(caution, "    why: \"Pressure may dislodge it.\"\n", "");
  EXPECT_EQ(error(), "caution.yaml:17:5: missing `why`: expected a non-empty text");
  caution = kCaution;
  replace(upper, "    pressure: deep", "    presure: deep");
  EXPECT_EQ(error(),
            "upper.yaml:8:5: unknown key `presure` in a technique zone: expected id, modality, structure, name, "
            "shape, stroke, pressure, duration, order, purpose, how, source");
}

TEST_F(ZoneSetTest, DuplicateIdsAcrossFiles) {
  replace(lower, "id: gluteus_medius.self_care\n    modality: self_care\n    structure: gluteus_medius",
          "id: trapezius.upper.deep_tissue\n    modality: deep_tissue\n    structure: trapezius.upper");
  EXPECT_EQ(error(), "lower.yaml:2:9: 'trapezius.upper.deep_tissue' is already defined at upper.yaml:2");
}

TEST_F(ZoneSetTest, TechniqueIdStartsWithItsStructure) {
  replace(upper, "id: trapezius.upper.deep_tissue", "id: levator.deep_tissue");
  EXPECT_EQ(error(),
            "upper.yaml:2:9: technique zone id 'levator.deep_tissue' must be `<structure>.<modality>`: expected "
            "'trapezius.upper.deep_tissue' (or 'trapezius.upper.deep_tissue_<word>' for a second zone of the pair)");
  upper = kUpper;
  replace(upper, "id: trapezius.upper.deep_tissue", "id: trapezius.upper.self_care");
  EXPECT_EQ(error(),
            "upper.yaml:2:9: technique zone id 'trapezius.upper.self_care' must be `<structure>.<modality>`: expected "
            "'trapezius.upper.deep_tissue' (or 'trapezius.upper.deep_tissue_<word>' for a second zone of the pair)");
  upper = kUpper;
  replace(upper, "id: trapezius.upper.deep_tissue", "id: trapezius.upper.deep_tissue.r");
  EXPECT_EQ(error(),
            "upper.yaml:2:9: 'trapezius.upper.deep_tissue.r' is not a technique zone id (lower-case snake_case words "
            "joined by dots, no side)");
}

TEST_F(ZoneSetTest, StructureMustBeKnown) {
  replace(upper, "structure: trapezius.upper", "structure: trapezius.uper");
  EXPECT_EQ(error(),
            "upper.yaml:4:16: unknown structure 'trapezius.uper' (close: trapezius.upper); expected an id of "
            "muscle_ids.txt or a fascia id");
  upper = kUpper;
  replace(upper, "structure: trapezius.upper", "structure: trapezius.upper.r");
  EXPECT_EQ(error(),
            "upper.yaml:4:16: structure 'trapezius.upper.r' carries a side: expected 'trapezius.upper' (zones are "
            "authored for the right side and mirrored)");
}

TEST_F(ZoneSetTest, CautionAndContraindicationIdPrefixes) {
  replace(caution, "id: caution.anterior_triangle", "id: anterior_triangle");
  EXPECT_EQ(error(),
            "caution.yaml:2:9: an endangerment site's id starts with `caution.`: expected 'caution.<name>', not "
            "'anterior_triangle'");
  caution = kCaution;
  replace(caution, "id: pregnancy.sp6", "id: caution.sp6");
  EXPECT_EQ(error(),
            "caution.yaml:9:9: a pregnancy point's id starts with `pregnancy.`: expected 'pregnancy.<name>', not "
            "'caution.sp6'");
  caution = kCaution;
  replace(caution, "id: contraindication.blood_clots", "id: blood_clots");
  EXPECT_EQ(error(),
            "caution.yaml:17:9: a contraindication's id starts with `contraindication.`: expected "
            "'contraindication.<name>', not 'blood_clots'");
}

TEST_F(ZoneSetTest, FileLevelErrors) {
  caution = "";
  EXPECT_EQ(error(), "caution.yaml: expected a map with `caution_zones:` and `contraindications:` lists");
  caution = kCaution;
  upper = "technique_zones: []\n";
  EXPECT_EQ(error(), "upper.yaml:1:18: `technique_zones` must be a non-empty list of technique zones");
  upper = "technique_zones:\n  - {id: a\n";
  const std::string syntax = error();
  EXPECT_EQ(syntax.rfind("upper.yaml:", 0), 0u) << syntax;
  EXPECT_NE(syntax.find(": YAML syntax: "), std::string::npos) << syntax;
  upper = std::string(kUpper) + "notes: x\n";
  EXPECT_EQ(error(), "upper.yaml:14:1: unknown key `notes` in a zone file: expected technique_zones");
}

TEST_F(ZoneSetTest, ModalitiesFile) {
  modalities =
      modalitiesText({"deep_tissue", "trigger_point_pressure_release", "myofascial_release", "neuromuscular_therapy"});
  EXPECT_EQ(error(),
            "modalities.yaml:2:3: modality 'self_care' is not described: expected an entry for each of deep_tissue, "
            "trigger_point_pressure_release, myofascial_release, neuromuscular_therapy or self_care");
  modalities = modalitiesText({"deep_tissue", "swedish"});
  EXPECT_EQ(error(),
            "modalities.yaml:10:9: unknown modality 'swedish': expected deep_tissue, trigger_point_pressure_release, "
            "myofascial_release, neuromuscular_therapy or self_care");
  modalities = modalitiesText({"deep_tissue", "deep_tissue"});
  EXPECT_EQ(error(), "modalities.yaml:10:9: modality 'deep_tissue' is already described at modalities.yaml:2");
  modalities = modalitiesText(kAllModalities);
  replace(modalities, "benefits: [b]", "benefits: []");
  EXPECT_EQ(error(), "modalities.yaml:5:15: `benefits` is empty: expected at least one entry");
}

TEST(ZoneLoadTest, MissingFileIsNamed) {
  const auto folder = std::filesystem::temp_directory_path() / "myoscope_zones_test";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder / kZonesFolder);
  for (const auto& name : kTechniqueFiles) std::ofstream(folder / kZonesFolder / name) << kUpper;
  const auto zones = ZoneSet::load(folder);
  ASSERT_FALSE(zones.ok());
  EXPECT_EQ(zones.error().text(), (folder / kZonesFolder / kCautionFile).string() +
                                      ": missing: expected the zone file that docs/zones.md describes");
  std::filesystem::remove_all(folder);
}

TEST(ZoneLoadTest, StructureIdsHoldMusclesAndFascia) {
  const auto ids = loadStructureIds(sourceAssets());
  ASSERT_TRUE(ids.ok()) << ids.error().text();
  for (const char* id :
       {"trapezius.upper", "gluteus_medius", "iliotibial_band", "thoracolumbar_fascia", "plantar_fascia"})
    EXPECT_EQ(ids->count(id), 1u) << id;
}

// The content of assets/zones/ (written separately from this code): skipped until the four files exist.
TEST(ZoneAssetsTest, RealZonesLoad) {
  const auto folder = sourceAssets() / kZonesFolder;
  std::vector<std::string> files = kTechniqueFiles;
  files.push_back(kCautionFile);
  files.push_back(kModalitiesFile);
  for (const auto& name : files)
    if (!std::filesystem::exists(folder / name)) GTEST_SKIP() << (folder / name) << " is not written yet";
  const auto zones = ZoneSet::load(sourceAssets());
  ASSERT_TRUE(zones.ok()) << zones.error().text();

  std::set<std::string> structures;
  for (const Zone* zone : zones->byKind(ZoneKind::Technique)) structures.insert(zone->structure);
  EXPECT_GE(structures.size(), 25u) << "distinct structures with a technique zone";
  for (const Modality m : kModalities) {
    EXPECT_FALSE(zones->byModality(m).empty()) << modalityId(m) << " has no technique zone";
    EXPECT_FALSE(zones->modality(m).description.empty()) << modalityId(m);
  }
  size_t endangerment = 0;
  size_t pregnancy = 0;
  for (const Zone* zone : zones->byKind(ZoneKind::Caution)) {
    (zone->cautionKind == CautionKind::PregnancyPoint ? pregnancy : endangerment) += 1;
    const auto sided = zones->resolve(zone->id + ".l");
    EXPECT_TRUE(sided.ok()) << zone->id;
  }
  EXPECT_GE(endangerment, 1u);
  EXPECT_GE(pregnancy, 1u);
  for (const char* id :
       {"contraindication.blood_clots", "contraindication.osteoporosis", "contraindication.high_blood_pressure",
        "contraindication.pregnancy_complications", "contraindication.cancer", "contraindication.skin_infections",
        "contraindication.burns", "contraindication.recent_surgery"})
    EXPECT_NE(zones->findContraindication(id), nullptr) << id << " is missing from " << kCautionFile;
  // Every zone has volume on both sides.
  std::vector<int> right(zones->all().size());
  std::vector<int> left(zones->all().size());
  for (const auto& shape : zones->shapes())
    ++(shape.side == Side::Right ? right : left)[static_cast<size_t>(shape.region)];
  for (size_t i = 0; i < zones->all().size(); ++i) {
    EXPECT_GT(right[i], 0) << zones->all()[i].id;
    EXPECT_EQ(left[i], right[i]) << zones->all()[i].id;
  }
}

}  // namespace
}  // namespace myo::trigger::zones
