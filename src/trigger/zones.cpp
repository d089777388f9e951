#include "trigger/zones.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>

#include "atlas/landmarks/landmarks.hpp"
#include "core/strings.hpp"
#include "trigger/catalog.hpp"
#include "trigger/regions.hpp"
#include "trigger/yaml_util.hpp"

namespace myo::trigger::zones {

using detail::fail;
using detail::LoadError;

namespace {

// The file spellings, in enum order.
constexpr std::array<std::string_view, 5> kModalityIds = {"deep_tissue", "trigger_point_pressure_release",
                                                          "myofascial_release", "neuromuscular_therapy", "self_care"};
constexpr std::array<std::string_view, 3> kStrokeIds = {"along", "across", "hold"};
constexpr std::array<std::string_view, 3> kPressureIds = {"light", "moderate", "deep"};
constexpr std::array<std::string_view, 2> kZoneKindIds = {"technique", "caution"};
constexpr std::array<std::string_view, 2> kCautionKindIds = {"endangerment", "pregnancy_point"};
constexpr std::array<std::string_view, 3> kScopeIds = {"absolute", "local", "clearance"};

template <class Enum, size_t N>
std::string_view idOf(const std::array<std::string_view, N>& ids, Enum value) {
  const auto index = static_cast<size_t>(value);
  return index < N ? ids[index] : std::string_view{};
}

template <class Enum, size_t N>
std::optional<Enum> fromId(const std::array<std::string_view, N>& ids, std::string_view id) {
  for (size_t i = 0; i < N; ++i)
    if (ids[i] == id) return static_cast<Enum>(i);
  return std::nullopt;
}

// "a, b or c": the choices an error names.
template <size_t N>
std::string choices(const std::array<std::string_view, N>& ids) {
  std::string out;
  for (size_t i = 0; i < N; ++i) out.append(i == 0 ? "" : (i + 1 == N ? " or " : ", ")).append(ids[i]);
  return out;
}

// The value at `key`, one of `ids` (its position in the array), or an error naming the choices.
template <class Enum, size_t N>
Enum choice(const std::string& file, const YAML::Node& map, const char* key, const char* what,
            const std::array<std::string_view, N>& ids) {
  const std::string value = detail::text(file, map, key);
  const auto parsed = fromId<Enum>(ids, value);
  if (!parsed) fail(file, map[key], std::string("unknown ") + what + " '" + value + "': expected " + choices(ids));
  return *parsed;
}

void keysIn(const std::string& file, const YAML::Node& map, std::initializer_list<const char*> allowed,
            const std::string& what) {
  for (const auto& entry : map) {
    const std::string key = entry.first.Scalar();
    if (std::any_of(allowed.begin(), allowed.end(), [&](const char* k) { return key == k; })) continue;
    std::string list;
    for (const char* k : allowed) list.append(list.empty() ? "" : ", ").append(k);
    fail(file, entry.first, "unknown key `" + key + "` in " + what + ": expected " + list);
  }
}

// The list at `key` of a file's top-level map; the file may hold only the keys in `keys`.
YAML::Node section(const std::string& file, const YAML::Node& doc, const char* key,
                   std::initializer_list<const char*> keys, const char* what) {
  if (!doc.IsMap()) {
    std::string list;
    for (const char* k : keys) list.append(list.empty() ? "`" : " and `").append(k).append(":`");
    throw LoadError(detail::position(file, doc.Mark()),
                    "expected a map with " + list + (keys.size() > 1 ? " lists" : " list"));
  }
  keysIn(file, doc, keys, "a zone file");
  const YAML::Node list = doc[key];
  if (!list || list.IsNull()) fail(file, doc, std::string("missing `") + key + ":`: expected a list of " + what);
  if (!list.IsSequence() || list.size() == 0)
    fail(file, list, std::string("`") + key + "` must be a non-empty list of " + what);
  return list;
}

// A zone or contraindication id: valid, without side.
std::string entryId(const std::string& file, const YAML::Node& node, const char* what) {
  std::string id = detail::text(file, node, "id");
  if (!isValidId(id) || sideOf(id) != Side::None)
    fail(file, node["id"], "'" + id + "' is not " + what + " id (lower-case snake_case words joined by dots, no side)");
  return id;
}

int order(const std::string& file, const YAML::Node& map) {
  const YAML::Node value = map["order"];
  if (!value || value.IsNull()) fail(file, map, "missing `order`: expected a whole number from 1");
  const auto parsed = value.IsScalar() ? parseInt(value.Scalar()) : std::nullopt;
  if (!parsed || *parsed < 1 || *parsed > 1000)
    fail(file, value, "`order` must be a whole number from 1, not '" + value.Scalar() + "'");
  return static_cast<int>(*parsed);
}

struct Bounds {
  glm::vec3 lo;
  glm::vec3 hi;
};

// An axis-aligned box holding the primitive's whole volume (a tapered capsule lies in the hull of its end spheres;
// a rounded box's rounding is inside its size).
Bounds bounds(const RegionShape& s) {
  switch (s.kind) {
    case ShapeKind::Sphere:
      return {s.a - glm::vec3(s.r), s.a + glm::vec3(s.r)};
    case ShapeKind::Capsule:
      return {glm::min(s.a - glm::vec3(s.radii.x), s.b - glm::vec3(s.radii.y)),
              glm::max(s.a + glm::vec3(s.radii.x), s.b + glm::vec3(s.radii.y))};
    case ShapeKind::Ellipsoid:
    case ShapeKind::Box:
      break;
  }
  return {s.a - s.radii, s.a + s.radii};
}

// Whether two primitives share a point of the kOverlapStep grid laid over the technique primitive's box. Only the
// part of that grid inside both boxes can hold such a point, so only it is visited: the same sample points as the
// whole grid (it stays anchored at the technique box's corner), far fewer distance calls.
bool meet(const RegionShape& technique, const RegionShape& caution, float step) {
  const Bounds tb = bounds(technique);
  const Bounds cb = bounds(caution);
  const glm::vec3 lo = glm::max(tb.lo, cb.lo);
  const glm::vec3 hi = glm::min(tb.hi, cb.hi);
  if (lo.x > hi.x || lo.y > hi.y || lo.z > hi.z) return false;
  glm::ivec3 first;
  glm::ivec3 last;
  for (int axis = 0; axis < 3; ++axis) {
    first[axis] = static_cast<int>(std::ceil((lo[axis] - tb.lo[axis]) / step));
    last[axis] = static_cast<int>(std::floor((hi[axis] - tb.lo[axis]) / step));
  }
  for (int i = first.x; i <= last.x; ++i)
    for (int j = first.y; j <= last.y; ++j)
      for (int k = first.z; k <= last.z; ++k) {
        const glm::vec3 p =
            tb.lo + glm::vec3(static_cast<float>(i), static_cast<float>(j), static_cast<float>(k)) * step;
        if (inside(technique, p) && inside(caution, p)) return true;
      }
  return false;
}

}  // namespace

std::string_view modalityId(Modality modality) { return idOf(kModalityIds, modality); }
std::string_view strokeId(Stroke stroke) { return idOf(kStrokeIds, stroke); }
std::string_view pressureId(Pressure pressure) { return idOf(kPressureIds, pressure); }
std::string_view zoneKindId(ZoneKind kind) { return idOf(kZoneKindIds, kind); }
std::string_view cautionKindId(CautionKind kind) { return idOf(kCautionKindIds, kind); }
std::string_view scopeId(ContraindicationScope scope) { return idOf(kScopeIds, scope); }
std::optional<Modality> parseModality(std::string_view id) { return fromId<Modality>(kModalityIds, id); }
std::optional<Stroke> parseStroke(std::string_view id) { return fromId<Stroke>(kStrokeIds, id); }
std::optional<Pressure> parsePressure(std::string_view id) { return fromId<Pressure>(kPressureIds, id); }
std::optional<ZoneKind> parseZoneKind(std::string_view id) { return fromId<ZoneKind>(kZoneKindIds, id); }
std::optional<CautionKind> parseCautionKind(std::string_view id) { return fromId<CautionKind>(kCautionKindIds, id); }
std::optional<ContraindicationScope> parseScope(std::string_view id) {
  return fromId<ContraindicationScope>(kScopeIds, id);
}

namespace {

// Reads the files into one set: ids are unique across all of them (zones and contraindications).
class Reader {
 public:
  Reader(const ZoneVocabulary& vocabulary, std::vector<Zone>& zones, std::vector<RegionShape>& shapes)
      : vocabulary_(vocabulary), zones_(zones), shapes_(shapes) {}

  void techniqueFile(const ZoneSource& source) {
    const std::string& file = source.file;
    const YAML::Node doc = detail::parseDocument(source.text, file);
    for (const auto& node : section(file, doc, "technique_zones", {"technique_zones"}, "technique zones"))
      technique(file, node);
  }

  void cautionFile(const ZoneSource& source, std::vector<Contraindication>& contraindications) {
    const std::string& file = source.file;
    const YAML::Node doc = detail::parseDocument(source.text, file);
    const auto keys = {"caution_zones", "contraindications"};
    for (const auto& node : section(file, doc, "caution_zones", keys, "caution zones")) caution(file, node);
    for (const auto& node : section(file, doc, "contraindications", keys, "contraindications"))
      contraindications.push_back(contraindication(file, node));
  }

  std::vector<ModalityInfo> modalitiesFile(const ZoneSource& source) {
    const std::string& file = source.file;
    const YAML::Node doc = detail::parseDocument(source.text, file);
    const YAML::Node list = section(file, doc, "modalities", {"modalities"}, "modalities");
    std::vector<ModalityInfo> out;
    for (const auto& node : list) {
      ModalityInfo info = modality(file, node);
      for (const auto& other : out)
        if (other.modality == info.modality)
          fail(file, node["id"],
               "modality '" + std::string(modalityId(info.modality)) + "' is already described at " + file + ":" +
                   std::to_string(other.line));
      out.push_back(std::move(info));
    }
    for (const Modality m : kModalities)
      if (std::none_of(out.begin(), out.end(), [&](const ModalityInfo& info) { return info.modality == m; }))
        fail(file, list,
             "modality '" + std::string(modalityId(m)) + "' is not described: expected an entry for each of " +
                 choices(kModalityIds));
    std::sort(out.begin(), out.end(),
              [](const ModalityInfo& a, const ModalityInfo& b) { return a.modality < b.modality; });
    return out;
  }

 private:
  // Records `id` as taken; a second use anywhere in the files is an error naming the first.
  void claim(const std::string& file, const YAML::Node& node, const std::string& id) {
    const int line = node.Mark().line + 1;
    const auto [it, inserted] = seen_.emplace(id, file + ":" + std::to_string(line));
    if (!inserted) fail(file, node["id"], "'" + id + "' is already defined at " + it->second);
  }

  void shape(const std::string& file, const YAML::Node& node) {
    if (!node["shape"] || node["shape"].IsNull())
      fail(file, node, "missing `shape`: expected a list of volumes such as [{sphere: {at: acromion, r: 0.03}}]");
    const int index = static_cast<int>(zones_.size());
    for (const auto& s : detail::parseShapes(file, node["shape"], vocabulary_.landmarks, index)) shapes_.push_back(s);
  }

  void technique(const std::string& file, const YAML::Node& node) {
    if (!node.IsMap()) fail(file, node, "each technique zone is a map starting with `id:` (docs/zones.md)");
    keysIn(file, node,
           {"id", "modality", "structure", "name", "shape", "stroke", "pressure", "duration", "order", "purpose", "how",
            "source"},
           "a technique zone");
    Zone zone;
    zone.kind = ZoneKind::Technique;
    zone.file = file;
    zone.line = node.Mark().line + 1;
    zone.id = entryId(file, node, "a technique zone");
    zone.modality = choice<Modality>(file, node, "modality", "modality", kModalityIds);
    zone.structure = detail::text(file, node, "structure");
    if (sideOf(zone.structure) != Side::None)
      fail(file, node["structure"],
           "structure '" + zone.structure + "' carries a side: expected '" + std::string(withoutSide(zone.structure)) +
               "' (zones are authored for the right side and mirrored)");
    if (vocabulary_.structures.count(zone.structure) == 0) {
      std::string message = "unknown structure '" + zone.structure + "'";
      const auto close = closeIds(zone.structure, {vocabulary_.structures.begin(), vocabulary_.structures.end()}, 1);
      if (!close.empty()) message += " (close: " + close.front() + ")";
      fail(file, node["structure"], message + "; expected an id of muscle_ids.txt or a fascia id");
    }
    // `<structure>.<modality>`, or with a word added for a second zone of the same pair.
    const std::string stem = zone.structure + "." + std::string(modalityId(zone.modality));
    if (zone.id != stem && !startsWith(zone.id, stem + "_"))
      fail(file, node["id"],
           "technique zone id '" + zone.id + "' must be `<structure>.<modality>`: expected '" + stem + "' (or '" +
               stem + "_<word>' for a second zone of the pair)");
    claim(file, node, zone.id);
    zone.name = detail::text(file, node, "name");
    shape(file, node);
    zone.stroke = choice<Stroke>(file, node, "stroke", "stroke", kStrokeIds);
    zone.pressure = choice<Pressure>(file, node, "pressure", "pressure", kPressureIds);
    zone.duration = detail::text(file, node, "duration");
    zone.order = order(file, node);
    zone.purpose = detail::text(file, node, "purpose");
    zone.how = detail::text(file, node, "how");
    zone.source = detail::text(file, node, "source");
    zones_.push_back(std::move(zone));
  }

  void caution(const std::string& file, const YAML::Node& node) {
    if (!node.IsMap()) fail(file, node, "each caution zone is a map starting with `id:` (docs/zones.md)");
    keysIn(file, node, {"id", "kind", "name", "shape", "avoid", "why", "source"}, "a caution zone");
    Zone zone;
    zone.kind = ZoneKind::Caution;
    zone.file = file;
    zone.line = node.Mark().line + 1;
    zone.id = entryId(file, node, "a caution zone");
    zone.cautionKind = choice<CautionKind>(file, node, "kind", "caution kind", kCautionKindIds);
    const bool pregnancy = zone.cautionKind == CautionKind::PregnancyPoint;
    const char* prefix = pregnancy ? "pregnancy." : "caution.";
    if (!startsWith(zone.id, prefix))
      fail(file, node["id"],
           std::string(pregnancy ? "a pregnancy point's" : "an endangerment site's") + " id starts with `" + prefix +
               "`: expected '" + prefix + "<name>', not '" + zone.id + "'");
    claim(file, node, zone.id);
    zone.name = detail::text(file, node, "name");
    shape(file, node);
    zone.avoid = detail::text(file, node, "avoid");
    zone.why = detail::text(file, node, "why");
    zone.source = detail::text(file, node, "source");
    zones_.push_back(std::move(zone));
  }

  Contraindication contraindication(const std::string& file, const YAML::Node& node) {
    if (!node.IsMap()) fail(file, node, "each contraindication is a map starting with `id:` (docs/zones.md)");
    keysIn(file, node, {"id", "name", "scope", "what", "why", "guidance", "source"}, "a contraindication");
    Contraindication c;
    c.file = file;
    c.line = node.Mark().line + 1;
    c.id = entryId(file, node, "a contraindication");
    if (!startsWith(c.id, "contraindication."))
      fail(file, node["id"],
           "a contraindication's id starts with `contraindication.`: expected 'contraindication.<name>', not '" + c.id +
               "'");
    claim(file, node, c.id);
    c.name = detail::text(file, node, "name");
    c.scope = choice<ContraindicationScope>(file, node, "scope", "scope", kScopeIds);
    c.what = detail::text(file, node, "what");
    c.why = detail::text(file, node, "why");
    c.guidance = detail::text(file, node, "guidance");
    c.source = detail::text(file, node, "source");
    return c;
  }

  static ModalityInfo modality(const std::string& file, const YAML::Node& node) {
    if (!node.IsMap()) fail(file, node, "each modality is a map starting with `id:` (docs/zones.md)");
    keysIn(file, node, {"id", "name", "description", "benefits", "preparation", "aftercare", "sessions", "source"},
           "a modality");
    ModalityInfo info;
    info.file = file;
    info.line = node.Mark().line + 1;
    info.modality = choice<Modality>(file, node, "id", "modality", kModalityIds);
    info.name = detail::text(file, node, "name");
    info.description = detail::text(file, node, "description");
    for (auto [key, list] : {std::pair{"benefits", &info.benefits}, std::pair{"preparation", &info.preparation},
                             std::pair{"aftercare", &info.aftercare}}) {
      *list = detail::textList(file, node, key);
      if (list->empty()) fail(file, node[key], std::string("`") + key + "` is empty: expected at least one entry");
    }
    info.sessions = detail::text(file, node, "sessions");
    info.source = detail::text(file, node, "source");
    return info;
  }

  const ZoneVocabulary& vocabulary_;
  std::vector<Zone>& zones_;
  std::vector<RegionShape>& shapes_;
  std::map<std::string, std::string> seen_;  // id -> `file:line` of its entry
};

}  // namespace

Result<std::set<std::string>> loadStructureIds(const std::filesystem::path& assetsFolder) {
  auto ids = loadMuscleIds(assetsFolder / kMuscleIdsFile);
  if (!ids) return ids.error();
  const auto folder = assetsFolder / kMuscleSpecFolder;
  std::error_code error;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error))
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  if (error || files.empty()) return Error{folder.string(), "cannot read the muscle specs (the fascia ids)"};
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    const std::string shown = path.string();
    try {
      const YAML::Node doc = detail::parseDocument(detail::readFile(shown, shown), shown);
      const YAML::Node fascia = doc.IsMap() ? doc["fascia"] : YAML::Node();
      if (!fascia || fascia.IsNull()) continue;
      if (!fascia.IsSequence()) fail(shown, fascia, "`fascia` must be a list of {id: ...}");
      for (const auto& item : fascia) ids->insert(detail::text(shown, item, "id"));
    } catch (const LoadError& e) {
      return Error{e.where, e.what()};
    } catch (const YAML::Exception& e) {
      return Error{detail::position(shown, e.mark), e.msg};
    }
  }
  return ids;
}

Result<ZoneSet> ZoneSet::load(const std::filesystem::path& assetsFolder) {
  const auto folder = assetsFolder / kZonesFolder;
  try {
    const auto read = [&](const std::string& name) {
      const std::string shown = (folder / name).string();
      if (!std::filesystem::exists(folder / name))
        throw LoadError(shown, "missing: expected the zone file that docs/zones.md describes");
      return ZoneSource{shown, detail::readFile(shown, shown)};
    };
    ZoneTexts texts;
    for (const auto& name : kTechniqueFiles) texts.technique.push_back(read(name));
    texts.caution = read(kCautionFile);
    texts.modalities = read(kModalitiesFile);
    auto structures = loadStructureIds(assetsFolder);
    if (!structures) return structures.error();
    ZoneVocabulary vocabulary{std::move(*structures), nullptr};
    const auto landmarkFile = assetsFolder / kRegionLandmarksFile;
    if (!std::filesystem::exists(landmarkFile)) return parse(texts, vocabulary);
    const auto landmarks = landmarks::LandmarkSet::load(landmarkFile);
    if (!landmarks) return landmarks.error();
    vocabulary.landmarks = &*landmarks;
    return parse(texts, vocabulary);
  } catch (const LoadError& e) {
    return Error{e.where, e.what()};
  }
}

Result<ZoneSet> ZoneSet::parse(const ZoneTexts& texts, const ZoneVocabulary& vocabulary) {
  ZoneSet out;
  Reader reader(vocabulary, out.zones_, out.shapes_);
  std::string file;  // the file being read, for YAML exceptions that carry only a mark
  try {
    for (const auto& source : texts.technique) {
      file = source.file;
      reader.techniqueFile(source);
    }
    file = texts.caution.file;
    reader.cautionFile(texts.caution, out.contraindications_);
    file = texts.modalities.file;
    out.modalities_ = reader.modalitiesFile(texts.modalities);
  } catch (const LoadError& e) {
    return Error{e.where, e.what()};
  } catch (const YAML::Exception& e) {
    return Error{detail::position(file, e.mark), e.msg};
  }

  // Overlaps, on the right side (the left is its mirror, so the answer is the same there).
  std::vector<std::vector<const RegionShape*>> byZone(out.zones_.size());
  for (const auto& s : out.shapes_) byZone[static_cast<size_t>(s.region)].push_back(&s);
  out.overlaps_.assign(out.zones_.size(), {});
  for (size_t t = 0; t < out.zones_.size(); ++t) {
    if (out.zones_[t].kind != ZoneKind::Technique) continue;
    for (size_t c = 0; c < out.zones_.size(); ++c) {
      if (out.zones_[c].kind != ZoneKind::Caution) continue;
      const bool touching = std::any_of(byZone[t].begin(), byZone[t].end(), [&](const RegionShape* ts) {
        return std::any_of(byZone[c].begin(), byZone[c].end(),
                           [&](const RegionShape* cs) { return meet(*ts, *cs, kOverlapStep); });
      });
      if (!touching) continue;
      out.overlaps_[t].push_back(out.zones_[c].id);
      out.overlaps_[c].push_back(out.zones_[t].id);
    }
  }

  // The left side is the exact mirror of the right, appended so the flat array stays side-grouped.
  const size_t rightCount = out.shapes_.size();
  for (size_t i = 0; i < rightCount; ++i) out.shapes_.push_back(mirroredShape(out.shapes_[i]));
  return out;
}

const Zone* ZoneSet::find(std::string_view id) const {
  for (const auto& zone : zones_)
    if (zone.id == id) return &zone;
  return nullptr;
}

std::vector<std::string> ZoneSet::closeIds(std::string_view id, size_t count) const {
  std::vector<std::string> ids;
  for (const auto& zone : zones_) ids.push_back(zone.id);
  return myo::closeIds(id, ids, count);
}

Result<ZoneRef> ZoneSet::resolve(std::string_view text) const {
  const std::string id = toLower(trim(text));
  if (id.empty()) return Error{"", "empty zone id"};
  const Side side = sideOf(id);
  const Zone* zone = find(withoutSide(id));
  if (zone == nullptr) {
    return Error{"", "unknown zone '" + std::string(trim(text)) + "'" + didYouMean(closeIds(withoutSide(id))) +
                         " (`myoscope query zones` lists them all)"};
  }
  return ZoneRef{zone, side};
}

std::vector<const Zone*> ZoneSet::byKind(ZoneKind kind) const {
  std::vector<const Zone*> out;
  for (const auto& zone : zones_)
    if (zone.kind == kind) out.push_back(&zone);
  return out;
}

std::vector<const Zone*> ZoneSet::byModality(Modality modality) const {
  std::vector<const Zone*> out;
  for (const auto& zone : zones_)
    if (zone.kind == ZoneKind::Technique && zone.modality == modality) out.push_back(&zone);
  return out;
}

std::vector<const Zone*> ZoneSet::byStructure(std::string_view structure) const {
  const std::string wanted(withoutSide(toLower(trim(structure))));
  std::vector<const Zone*> out;
  if (wanted.empty()) return out;
  for (const auto& zone : zones_)
    if (zone.kind == ZoneKind::Technique && (zone.structure == wanted || startsWith(zone.structure, wanted + ".")))
      out.push_back(&zone);
  return out;
}

const Contraindication* ZoneSet::findContraindication(std::string_view id) const {
  for (const auto& c : contraindications_)
    if (c.id == id) return &c;
  return nullptr;
}

const ModalityInfo& ZoneSet::modality(Modality which) const {
  // parse keeps exactly one entry per modality, in enum order.
  return modalities_[static_cast<size_t>(which)];
}

bool ZoneSet::contains(const ZoneRef& ref, glm::vec3 p) const {
  const auto index = static_cast<int>(ref.zone - zones_.data());
  for (const auto& shape : shapes_)
    if (shape.region == index && (ref.side == Side::None || shape.side == ref.side) && inside(shape, p)) return true;
  return false;
}

std::vector<ZoneRef> ZoneSet::zonesAt(glm::vec3 p) const {
  std::vector<ZoneRef> out;
  for (const Side side : {Side::Right, Side::Left})
    for (const auto& zone : zones_) {
      const ZoneRef ref{&zone, side};
      if (contains(ref, p)) out.push_back(ref);
    }
  return out;
}

const Zone* ZoneSet::own(const Zone& zone) const {
  const std::less<const Zone*> before;  // a total order even for pointers into different arrays
  if (!before(&zone, zones_.data()) && before(&zone, zones_.data() + zones_.size())) return &zone;
  return find(zone.id);
}

const std::vector<std::string>& ZoneSet::cautionOverlaps(const Zone& technique) const {
  static const std::vector<std::string> none;
  const Zone* zone = own(technique);
  if (zone == nullptr || zone->kind != ZoneKind::Technique) return none;
  return overlaps_[static_cast<size_t>(zone - zones_.data())];
}

const std::vector<std::string>& ZoneSet::techniqueOverlaps(const Zone& caution) const {
  static const std::vector<std::string> none;
  const Zone* zone = own(caution);
  if (zone == nullptr || zone->kind != ZoneKind::Caution) return none;
  return overlaps_[static_cast<size_t>(zone - zones_.data())];
}

}  // namespace myo::trigger::zones
