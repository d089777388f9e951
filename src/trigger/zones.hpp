#pragma once
// Massage technique zones, caution zones, contraindications and the modalities (assets/zones/*.yaml, schema in
// docs/zones.md). Zones are placed on the body like the regions (regions.hpp): each `shape:` is a union of
// primitives (region_shapes.hpp) authored for the right side and mirrored for the left, and a reference may add
// `.l` / `.r` (`trapezius.upper.deep_tissue.r`). Bad input gives an Error naming `file:line:col` and what was
// expected; it never crashes.
//
// The types live in their own namespace because pain_finder.hpp already names the TrP pattern zones
// `trigger::Zone` (essential / spillover).
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "core/ids.hpp"
#include "core/result.hpp"
#include "trigger/region_shapes.hpp"

namespace myo::trigger::zones {

// The files, under <assets>/zones/, in load order.
inline constexpr const char* kZonesFolder = "zones";
inline const std::vector<std::string> kTechniqueFiles = {"technique_upper.yaml", "technique_lower.yaml"};
inline constexpr const char* kCautionFile = "caution.yaml";
inline constexpr const char* kModalitiesFile = "modalities.yaml";
// Where the fascia ids a technique zone may name are declared (the `fascia:` list of each file), under the assets.
inline constexpr const char* kMuscleSpecFolder = "atlas/spec/muscles";

enum class Modality { DeepTissue, TriggerPointPressureRelease, MyofascialRelease, NeuromuscularTherapy, SelfCare };
enum class Stroke { Along, Across, Hold };  // along / across the fibres, or a sustained hold in place
enum class Pressure { Light, Moderate, Deep };
enum class ZoneKind { Technique, Caution };
enum class CautionKind { Endangerment, PregnancyPoint };
enum class ContraindicationScope { Absolute, Local, Clearance };  // no massage / avoid the area / doctor first

inline constexpr Modality kModalities[] = {Modality::DeepTissue, Modality::TriggerPointPressureRelease,
                                           Modality::MyofascialRelease, Modality::NeuromuscularTherapy,
                                           Modality::SelfCare};

// The ids the files use (`deep_tissue`, `along`, `pregnancy_point`, ...) and back; empty for unknown text.
std::string_view modalityId(Modality modality);
std::string_view strokeId(Stroke stroke);
std::string_view pressureId(Pressure pressure);
std::string_view zoneKindId(ZoneKind kind);  // "technique", "caution"
std::string_view cautionKindId(CautionKind kind);
std::string_view scopeId(ContraindicationScope scope);
std::optional<Modality> parseModality(std::string_view id);
std::optional<Stroke> parseStroke(std::string_view id);
std::optional<Pressure> parsePressure(std::string_view id);
std::optional<ZoneKind> parseZoneKind(std::string_view id);
std::optional<CautionKind> parseCautionKind(std::string_view id);
std::optional<ContraindicationScope> parseScope(std::string_view id);

struct Zone {
  std::string id;    // `trapezius.upper.deep_tissue`, `caution.anterior_triangle`, `pregnancy.sp6` (no side)
  std::string name;  // "Upper trapezius: slow stripping along the fibres"
  ZoneKind kind = ZoneKind::Technique;
  // Technique zones.
  Modality modality = Modality::DeepTissue;
  std::string structure;  // an id of muscle_ids.txt or a fascia id, without side
  Stroke stroke = Stroke::Along;
  Pressure pressure = Pressure::Moderate;
  std::string duration;  // "3-5 minutes a side"
  int order = 0;         // order of work within its modality for the body area, from 1
  std::string purpose;
  std::string how;
  // Caution zones.
  CautionKind cautionKind = CautionKind::Endangerment;
  std::string avoid;
  std::string why;

  std::string source;
  std::string file;  // the file it was read from, for messages
  int line = 0;      // 1-based line of the entry
};

// A zone as named in a query: the zone and the side (None: both sides).
struct ZoneRef {
  const Zone* zone = nullptr;
  Side side = Side::None;
  std::string text() const { return withSide(zone->id, side); }
};

struct Contraindication {
  std::string id;  // `contraindication.blood_clots`
  std::string name;
  ContraindicationScope scope = ContraindicationScope::Absolute;
  std::string what;
  std::string why;
  std::string guidance;
  std::string source;
  std::string file;
  int line = 0;
};

struct ModalityInfo {
  Modality modality = Modality::DeepTissue;
  std::string name;  // "Deep tissue massage"
  std::string description;
  std::vector<std::string> benefits;
  std::vector<std::string> preparation;
  std::vector<std::string> aftercare;
  std::string sessions;
  std::string source;
  std::string file;
  int line = 0;
};

// One file's name (as errors show it) and its YAML text.
struct ZoneSource {
  std::string file;
  std::string text;
};

// The texts `parse` reads: what `load` finds in <assets>/zones/.
struct ZoneTexts {
  std::vector<ZoneSource> technique;  // files with a `technique_zones:` list
  ZoneSource caution;                 // `caution_zones:` and `contraindications:`
  ZoneSource modalities;              // `modalities:` (each of the five exactly once)
};

// What the zones are checked against.
struct ZoneVocabulary {
  std::set<std::string> structures;                   // the muscle and fascia ids a technique zone may name
  const landmarks::LandmarkSet* landmarks = nullptr;  // nullptr: shapes take coordinate points only
};

// The ids of muscle_ids.txt plus the fascia ids of <assets>/atlas/spec/muscles/*.yaml.
Result<std::set<std::string>> loadStructureIds(const std::filesystem::path& assetsFolder);

class ZoneSet {
 public:
  // Reads the four files under <assets>/zones/ (a missing one is an error naming it), the structure ids and the
  // landmarks the shapes are placed by (kRegionLandmarksFile).
  static Result<ZoneSet> load(const std::filesystem::path& assetsFolder);
  static Result<ZoneSet> parse(const ZoneTexts& texts, const ZoneVocabulary& vocabulary);

  // Technique zones in file order, then the caution zones.
  const std::vector<Zone>& all() const { return zones_; }
  const Zone* find(std::string_view id) const;  // an id without side
  // Up to `count` zone ids that look like `id` (typos, prefixes), closest first.
  std::vector<std::string> closeIds(std::string_view id, size_t count = 4) const;
  // `trapezius.upper.deep_tissue.r`, ` Caution.Anterior_Triangle ` -> a reference; unknown ids list close ids.
  Result<ZoneRef> resolve(std::string_view text) const;

  std::vector<const Zone*> byKind(ZoneKind kind) const;
  std::vector<const Zone*> byModality(Modality modality) const;  // technique zones, file order
  // Technique zones on a structure or its parts: `trapezius` matches `trapezius.upper` (a side is ignored).
  std::vector<const Zone*> byStructure(std::string_view structure) const;

  const std::vector<Contraindication>& contraindications() const { return contraindications_; }
  const Contraindication* findContraindication(std::string_view id) const;
  // The five modalities in kModalities order.
  const std::vector<ModalityInfo>& modalities() const { return modalities_; }
  const ModalityInfo& modality(Modality which) const;

  // Geometry: every primitive of every zone, right side then its mirror, one flat array of plain structs (the
  // renderer's uniform layout; RegionShape::region indexes all()).
  const std::vector<RegionShape>& shapes() const { return shapes_; }
  // Whether `p` (body frame) lies in the zone; an unsided reference means either side.
  bool contains(const ZoneRef& ref, glm::vec3 p) const;
  // The sided zones whose volume holds `p`, in file order, right before left.
  std::vector<ZoneRef> zonesAt(glm::vec3 p) const;

  // The caution zone ids whose volume meets a technique zone's volume on the same side (sides are mirrors, so
  // one answer holds for both), in file order; and the reverse, the technique zone ids meeting a caution zone.
  // Decided at load by sampling each technique primitive's bounding box on a kOverlapStep grid.
  static constexpr float kOverlapStep = 0.004f;
  const std::vector<std::string>& cautionOverlaps(const Zone& technique) const;
  const std::vector<std::string>& techniqueOverlaps(const Zone& caution) const;

 private:
  const Zone* own(const Zone& zone) const;  // `zone` in this set (by id when it comes from a copy)

  std::vector<Zone> zones_;
  std::vector<Contraindication> contraindications_;
  std::vector<ModalityInfo> modalities_;
  std::vector<RegionShape> shapes_;
  std::vector<std::vector<std::string>> overlaps_;  // per zone: the other kind's zone ids its volume meets
};

}  // namespace myo::trigger::zones
