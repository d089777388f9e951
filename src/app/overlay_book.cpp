#include "app/overlay_book.hpp"

#include <algorithm>
#include <cstdio>

#include "core/strings.hpp"
#include "trigger/assets.hpp"
#include "trigger/zone_fibres.hpp"

namespace myo::app {
namespace {

std::vector<Side> sidesOf(Side side) {
  if (side == Side::None) return {Side::Right, Side::Left};
  return {side};
}

void addUnique(std::vector<SidedTrp>& list, const SidedTrp& trp) {
  if (std::find(list.begin(), list.end(), trp) == list.end()) list.push_back(trp);
}

OverlayShape toOverlay(const trigger::RegionShape& shape, OverlayStyle style) {
  OverlayShape out;
  out.kind = static_cast<int>(shape.kind);
  out.a = shape.a;
  out.b = shape.b;
  out.radii = shape.radii;
  out.r = shape.r;
  out.style = style;
  return out;
}

std::string sideWord(Side side) { return side == Side::Left ? "Left" : side == Side::Right ? "Right" : ""; }

}  // namespace

Status OverlayBook::ensureLoaded() {
  if (catalog_ && landmarks_) return {};
  const auto folder = trigger::assetsDir();
  auto catalog = trigger::Catalog::load(folder);
  if (!catalog) return catalog.error();
  auto marks = landmarks::LandmarkSet::load(folder / trigger::kRegionLandmarksFile);
  if (!marks) return marks.error();
  catalog_ = std::make_unique<trigger::Catalog>(std::move(*catalog));
  landmarks_ = std::make_unique<landmarks::LandmarkSet>(std::move(*marks));
  return {};
}

void OverlayBook::setAtlas(const atlas::Atlas* atlas) {
  atlas_ = atlas;
  sites_.clear();
  strokes_.clear();
}

Status OverlayBook::ensureZonesLoaded() {
  if (zones_) return {};
  auto zones = trigger::zones::ZoneSet::load(trigger::assetsDir());
  if (!zones) return zones.error();
  zones_ = std::make_unique<trigger::zones::ZoneSet>(std::move(*zones));
  return {};
}

Result<ZoneSelection> OverlayBook::resolveZone(std::string_view text) {
  ZoneSelection out;
  const std::string id(trim(text));
  if (Status loaded = ensureLoaded(); loaded && catalog_->find(withoutSide(id)) != nullptr) {
    auto trps = resolveTrp(id);
    if (!trps) return trps.error();
    out.referral = std::move(*trps);
    return out;
  }
  if (Status loaded = ensureZonesLoaded(); !loaded) return loaded.error();
  auto ref = zones_->resolve(id);
  if (!ref) return ref.error();
  if (ref->side == Side::None) {
    out.zones.push_back({ref->zone, Side::Right});
    out.zones.push_back({ref->zone, Side::Left});
  } else {
    out.zones.push_back(*ref);
  }
  return out;
}

Result<ZoneSelection> OverlayBook::zoneGroup(std::string_view group) {
  if (Status loaded = ensureZonesLoaded(); !loaded) return loaded.error();
  using namespace trigger::zones;
  std::vector<const Zone*> chosen;
  if (group == "all") {
    for (const auto& zone : zones_->all()) chosen.push_back(&zone);
  } else if (group == "technique") {
    chosen = zones_->byKind(ZoneKind::Technique);
  } else if (group == "caution" || group == "pregnancy") {
    const CautionKind wanted = group == "caution" ? CautionKind::Endangerment : CautionKind::PregnancyPoint;
    for (const Zone* zone : zones_->byKind(ZoneKind::Caution))
      if (zone->cautionKind == wanted) chosen.push_back(zone);
  } else if (const auto modality = parseModality(group)) {
    chosen = zones_->byModality(*modality);
  } else {
    return Error{"", "unknown zone group '" + std::string(group) +
                         "'; expected a modality (deep_tissue, trigger_point_pressure_release, myofascial_release, "
                         "neuromuscular_therapy, self_care), technique, caution, pregnancy or all"};
  }
  ZoneSelection out;
  for (const Zone* zone : chosen)
    for (const Side side : {Side::Right, Side::Left}) out.zones.push_back({zone, side});
  return out;
}

void OverlayBook::showZones(const ZoneSelection& selection) {
  showReferral(selection.referral);
  for (const auto& ref : selection.zones) {
    const bool known = std::any_of(zones_shown_.begin(), zones_shown_.end(),
                                   [&ref](const auto& z) { return z.zone == ref.zone && z.side == ref.side; });
    if (!known) zones_shown_.push_back(ref);
  }
}

void OverlayBook::hideZones(const ZoneSelection& selection) {
  for (const auto& trp : selection.referral) std::erase(referral_, trp);
  for (const auto& ref : selection.zones)
    std::erase_if(zones_shown_, [&ref](const auto& z) { return z.zone == ref.zone && z.side == ref.side; });
}

void OverlayBook::hideAllZones() {
  referral_.clear();
  zones_shown_.clear();
}

glm::vec3 OverlayBook::strokeDirection(const trigger::zones::ZoneRef& ref) {
  const std::string key = ref.text();
  if (const auto found = strokes_.find(key); found != strokes_.end()) return found->second;
  std::optional<glm::vec3> direction;
  if (atlas_ != nullptr) direction = trigger::zones::zoneFibreDirection(*zones_, ref, *atlas_);
  // Without fibres (an external atlas) the strokes run up the body: still a stroke, honestly undirected.
  const glm::vec3 stroke = direction.value_or(glm::vec3(0.0f, 1.0f, 0.0f));
  strokes_.emplace(key, stroke);
  return stroke;
}

void OverlayBook::addZoneShapes(const trigger::zones::ZoneRef& ref, Overlays& out) {
  using namespace trigger::zones;
  const Zone& zone = *ref.zone;
  OverlayStyle style = OverlayStyle::Technique;
  StrokeMotion motion = StrokeMotion::None;
  glm::vec3 stroke(0.0f);
  if (zone.kind == ZoneKind::Caution) {
    style = zone.cautionKind == CautionKind::PregnancyPoint ? OverlayStyle::PregnancyPoint : OverlayStyle::Caution;
  } else {
    motion = zone.stroke == Stroke::Along    ? StrokeMotion::Along
             : zone.stroke == Stroke::Across ? StrokeMotion::Across
                                             : StrokeMotion::Hold;
    stroke = strokeDirection(ref);
  }
  const auto zoneIndex = static_cast<int>(ref.zone - zones_->all().data());
  for (const auto& shape : zones_->shapes()) {
    if (shape.region != zoneIndex || shape.side != ref.side) continue;
    OverlayShape o = toOverlay(shape, style);
    o.motion = motion;
    o.stroke = stroke;
    out.shapes.push_back(o);
  }
}

Result<std::vector<SidedTrp>> OverlayBook::resolveTrp(std::string_view text) {
  if (Status loaded = ensureLoaded(); !loaded) return loaded.error();
  const std::string id(trim(text));
  const Side side = sideOf(id);
  const std::string_view base = withoutSide(id);
  if (const trigger::TriggerPoint* trp = catalog_->find(base)) {
    std::vector<SidedTrp> out;
    for (const Side s : sidesOf(side)) out.push_back({trp, s});
    return out;
  }
  std::vector<std::string> ids;
  for (const auto& trp : catalog_->triggerPoints()) ids.push_back(trp.id);
  return Error{"", "no trigger point '" + id + "'" + didYouMean(closeIds(base, ids, 3)) +
                       " (expected a TrP id such as trapezius.trp1.r)"};
}

Result<std::vector<SidedTrp>> OverlayBook::trpsOf(std::string_view text) {
  if (Status loaded = ensureLoaded(); !loaded) return loaded.error();
  const std::string id(trim(text));
  std::vector<SidedTrp> out;
  // A body region: the TrPs whose site lies in it.
  if (catalog_->regions().find(withoutSide(id)) != nullptr) {
    const auto ref = catalog_->regions().resolve(id);
    if (!ref) return ref.error();
    for (const auto& trp : catalog_->triggerPoints())
      for (const Side s : sidesOf(ref->side)) {
        const auto where = site({&trp, s});
        if (where && catalog_->regions().contains(trigger::RegionRef{ref->region, s}, where->position))
          out.push_back({&trp, s});
      }
    return out;
  }
  // A muscle or a part: `trapezius` takes the TrPs of trapezius.upper, .middle and .lower.
  const Side side = sideOf(id);
  const std::string_view base = withoutSide(id);
  for (const auto& trp : catalog_->triggerPoints())
    if (idMatches(base, trp.muscle))
      for (const Side s : sidesOf(side)) out.push_back({&trp, s});
  if (out.empty())
    return Error{"",
                 "no trigger points for '" + id + "'; expected a muscle with TrPs (e.g. trapezius.r) or a body region"};
  return out;
}

void OverlayBook::showTrps(const std::vector<SidedTrp>& trps) {
  for (const auto& trp : trps) addUnique(markers_, trp);
}

void OverlayBook::showReferral(const std::vector<SidedTrp>& trps) {
  for (const auto& trp : trps) addUnique(referral_, trp);
}

void OverlayBook::hideTrps(const std::vector<SidedTrp>& trps) {
  for (const auto& trp : trps) {
    std::erase(markers_, trp);
    std::erase(referral_, trp);
  }
}

void OverlayBook::hideAllTrps() {
  markers_.clear();
  referral_.clear();
}

Status OverlayBook::paint(const std::vector<std::string>& regionIds) {
  if (Status loaded = ensureLoaded(); !loaded) return loaded.error();
  std::vector<trigger::RegionRef> refs;
  for (const auto& id : regionIds) {
    auto ref = catalog_->regions().resolve(id);
    if (!ref) return ref.error();
    refs.push_back(*ref);
  }
  for (const auto& ref : refs) {
    const bool known = std::any_of(painted_.begin(), painted_.end(), [&ref](const trigger::RegionRef& r) {
      return r.region == ref.region && r.side == ref.side;
    });
    if (!known) painted_.push_back(ref);
  }
  return {};
}

Status OverlayBook::paintAt(glm::vec3 point) {
  if (Status loaded = ensureLoaded(); !loaded) return loaded.error();
  const auto refs = catalog_->regions().regionsAt(point);
  if (refs.empty()) {
    char where[96];
    std::snprintf(where, sizeof(where), "%.3f,%.3f,%.3f", static_cast<double>(point.x), static_cast<double>(point.y),
                  static_cast<double>(point.z));
    return Error{"", std::string("no body region at ") + where + "; expected a point on the skin"};
  }
  std::vector<std::string> ids;
  ids.reserve(refs.size());
  for (const auto& ref : refs) ids.push_back(ref.text());
  return paint(ids);
}

void OverlayBook::clearPaint() { painted_.clear(); }

std::optional<trigger::TrpSite> OverlayBook::site(const SidedTrp& trp) {
  if (atlas_ == nullptr || !landmarks_) return std::nullopt;
  const std::string key = trp.id();
  const auto found = sites_.find(key);
  if (found != sites_.end()) return found->second;
  auto placed = trigger::placeTrp(*trp.trp, trp.side, *atlas_, *landmarks_);
  sites_.emplace(key, placed);
  return placed;
}

void OverlayBook::addRegionShapes(const trigger::RegionRef& ref, OverlayStyle style, Overlays& out) const {
  const auto& all = catalog_->regions().all();
  const auto regionIndex = static_cast<int>(ref.region - all.data());
  for (const auto& shape : catalog_->regions().shapes())
    if (shape.region == regionIndex && (ref.side == Side::None || shape.side == ref.side))
      out.shapes.push_back(toOverlay(shape, style));
}

void OverlayBook::rebuild(Overlays& out) {
  out.shapes.clear();
  out.markers.clear();
  ++out.revision;
  for (const auto& ref : zones_shown_) addZoneShapes(ref, out);
  if (!catalog_) return;
  std::vector<SidedTrp> referral = markers_;
  for (const auto& trp : referral_) addUnique(referral, trp);
  for (const auto& trp : referral) {
    for (const auto& region : trp.trp->essential)
      addRegionShapes({catalog_->regions().find(region), trp.side}, OverlayStyle::Essential, out);
    for (const auto& region : trp.trp->spillover)
      addRegionShapes({catalog_->regions().find(region), trp.side}, OverlayStyle::Spillover, out);
  }
  for (const auto& ref : painted_) addRegionShapes(ref, OverlayStyle::Painted, out);
  for (const auto& trp : markers_) {
    const auto where = site(trp);
    if (!where) continue;
    OverlayMarker marker;
    marker.position = where->position;
    marker.id = trp.id();
    marker.label = sideWord(trp.side) + " " + trp.trp->name;
    marker.detail = trp.trp->pattern;
    out.markers.push_back(std::move(marker));
  }
}

}  // namespace myo::app
