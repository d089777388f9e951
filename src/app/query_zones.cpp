#include "app/query_zones.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <vector>

#include "core/ids.hpp"
#include "core/log.hpp"
#include "core/strings.hpp"
#include "trigger/assets.hpp"
#include "trigger/zones.hpp"

namespace myo::app {

namespace {

namespace z = trigger::zones;

std::string str(std::string_view text) { return std::string(text); }

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// The zones a query lists: technique zones grouped by modality, caution zones by kind, each in file order.
struct Selection {
  std::vector<const z::Zone*> techniques;
  std::vector<const z::Zone*> cautions;
};

void sortForListing(Selection& s) {
  std::stable_sort(s.techniques.begin(), s.techniques.end(),
                   [](const z::Zone* a, const z::Zone* b) { return a->modality < b->modality; });
  std::stable_sort(s.cautions.begin(), s.cautions.end(),
                   [](const z::Zone* a, const z::Zone* b) { return a->cautionKind < b->cautionKind; });
}

const std::vector<std::string>& overlapsOf(const z::ZoneSet& zones, const z::Zone& zone) {
  return zone.kind == z::ZoneKind::Technique ? zones.cautionOverlaps(zone) : zones.techniqueOverlaps(zone);
}

// Structures (or the muscles they are parts of) that have technique zones and look like `wanted`, for the
// "no zones" message: `trapezus` suggests `trapezius`.
std::vector<std::string> closeStructures(const z::ZoneSet& zones, const std::string& wanted) {
  std::set<std::string> names;
  for (const z::Zone* zone : zones.byKind(z::ZoneKind::Technique)) {
    const std::string& id = zone->structure;
    names.insert(id);
    for (size_t dot = id.find('.'); dot != std::string::npos; dot = id.find('.', dot + 1))
      names.insert(id.substr(0, dot));
  }
  return closeIds(wanted, std::vector<std::string>(names.begin(), names.end()));
}

nlohmann::json orNull(bool applies, nlohmann::json value) { return applies ? std::move(value) : nlohmann::json(); }

nlohmann::json toJson(const z::ZoneSet& zones, const z::Zone& zone) {
  const bool technique = zone.kind == z::ZoneKind::Technique;
  return {{"id", zone.id},
          {"name", zone.name},
          {"kind", str(z::zoneKindId(zone.kind))},
          {"modality", orNull(technique, str(z::modalityId(zone.modality)))},
          {"structure", orNull(technique, zone.structure)},
          {"stroke", orNull(technique, str(z::strokeId(zone.stroke)))},
          {"pressure", orNull(technique, str(z::pressureId(zone.pressure)))},
          {"duration", orNull(technique, zone.duration)},
          {"order", orNull(technique, zone.order)},
          {"purpose", orNull(technique, zone.purpose)},
          {"how", orNull(technique, zone.how)},
          {"caution_kind", orNull(!technique, str(z::cautionKindId(zone.cautionKind)))},
          {"avoid", orNull(!technique, zone.avoid)},
          {"why", orNull(!technique, zone.why)},
          {"overlaps", overlapsOf(zones, zone)},
          {"source", zone.source}};
}

nlohmann::json toJson(const z::Contraindication& c) {
  return {{"id", c.id},        {"name", c.name}, {"scope", str(z::scopeId(c.scope))},
          {"what", c.what},    {"why", c.why},   {"guidance", c.guidance},
          {"source", c.source}};
}

nlohmann::json toJson(const z::ModalityInfo& m) {
  return {{"id", str(z::modalityId(m.modality))},
          {"name", m.name},
          {"description", m.description},
          {"benefits", m.benefits},
          {"preparation", m.preparation},
          {"aftercare", m.aftercare},
          {"sessions", m.sessions},
          {"source", m.source}};
}

void printTechniques(const z::ZoneSet& zones, const std::vector<const z::Zone*>& techniques) {
  std::optional<z::Modality> modality;
  for (const z::Zone* zone : techniques) {
    if (zone->modality != modality) {
      modality = zone->modality;
      const auto& info = zones.modality(*modality);
      std::printf("\n%s (%s)\n", info.name.c_str(), str(z::modalityId(*modality)).c_str());
      std::printf("  %-5s %-58s %-6s %-8s %s\n", "order", "zone", "stroke", "pressure", "duration");
    }
    std::string line = zone->duration;
    const auto& overlaps = zones.cautionOverlaps(*zone);
    if (!overlaps.empty()) line += "; overlaps " + joined(overlaps);
    std::printf("  %-5d %-58s %-6s %-8s %s\n", zone->order, zone->id.c_str(), str(z::strokeId(zone->stroke)).c_str(),
                str(z::pressureId(zone->pressure)).c_str(), line.c_str());
  }
}

void printCautions(const z::ZoneSet& zones, const std::vector<const z::Zone*>& cautions, bool filtered) {
  std::optional<z::CautionKind> kind;
  for (const z::Zone* zone : cautions) {
    if (zone->cautionKind != kind) {
      kind = zone->cautionKind;
      std::printf("\n%s\n", *kind == z::CautionKind::PregnancyPoint ? "Pregnancy points (caution zones)"
                                                                    : "Endangerment sites (caution zones)");
    }
    std::string line = zone->name + ". Avoid: " + zone->avoid;
    // Listed for a structure, the overlaps are the reason the zone is shown; the full list says how many.
    const auto& overlaps = zones.techniqueOverlaps(*zone);
    if (!filtered && !overlaps.empty())
      line += " (overlaps " + std::to_string(overlaps.size()) + " technique zone" + (overlaps.size() == 1 ? ")" : "s)");
    std::printf("  %-40s %s\n", zone->id.c_str(), line.c_str());
  }
}

}  // namespace

int runQueryZones(const std::string& kind, const std::string& structure, bool json) {
  std::optional<z::ZoneKind> onlyKind;
  if (!trim(kind).empty()) {
    onlyKind = z::parseZoneKind(toLower(trim(kind)));
    if (!onlyKind) {
      log::error("query zones: unknown --kind '" + kind + "': expected technique or caution");
      return 2;
    }
  }
  const auto zones = z::ZoneSet::load(trigger::assetsDir());
  if (!zones) {
    log::error("query zones: " + zones.error().text());
    return 3;
  }
  const std::string wanted(withoutSide(toLower(trim(structure))));
  const bool filtered = !wanted.empty();
  Selection selection;
  if (!filtered) {
    selection.techniques = zones->byKind(z::ZoneKind::Technique);
    selection.cautions = zones->byKind(z::ZoneKind::Caution);
  } else {
    selection.techniques = zones->byStructure(wanted);
    if (selection.techniques.empty()) {
      std::string message = "query zones: no technique zone on structure '" + str(trim(structure)) + "'";
      message += didYouMean(closeStructures(*zones, wanted));
      log::error(message + " (`myoscope query zones` lists every zone)");
      return 2;
    }
    // For one structure, the caution zones are those its technique zones reach into.
    std::set<std::string> reached;
    for (const z::Zone* zone : selection.techniques)
      for (const auto& id : zones->cautionOverlaps(*zone)) reached.insert(id);
    for (const z::Zone* zone : zones->byKind(z::ZoneKind::Caution))
      if (reached.count(zone->id) != 0) selection.cautions.push_back(zone);
  }
  if (onlyKind == z::ZoneKind::Caution) selection.techniques.clear();
  if (onlyKind == z::ZoneKind::Technique) selection.cautions.clear();
  sortForListing(selection);

  if (json) {
    nlohmann::json out;
    out["zones"] = nlohmann::json::array();
    for (const auto* list : {&selection.techniques, &selection.cautions})
      for (const z::Zone* zone : *list) out["zones"].push_back(toJson(*zones, *zone));
    if (!filtered) {
      out["contraindications"] = nlohmann::json::array();
      for (const auto& c : zones->contraindications()) out["contraindications"].push_back(toJson(c));
      out["modalities"] = nlohmann::json::array();
      for (const auto& m : zones->modalities()) out["modalities"].push_back(toJson(m));
    }
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }

  if (onlyKind != z::ZoneKind::Caution) {
    const std::string on = filtered ? " on " + wanted : "";
    std::printf("Technique zones%s, by modality (%zu):\n", on.c_str(), selection.techniques.size());
    printTechniques(*zones, selection.techniques);
  }
  if (onlyKind != z::ZoneKind::Technique) {
    if (onlyKind != z::ZoneKind::Caution) std::printf("\n");
    if (filtered)
      std::printf("Caution zones the technique zones on %s overlap (%zu)%s\n", wanted.c_str(),
                  selection.cautions.size(), selection.cautions.empty() ? ": none" : ":");
    else
      std::printf("Caution zones (%zu): where pressure is unsafe, and what to avoid\n", selection.cautions.size());
    printCautions(*zones, selection.cautions, filtered);
  }
  if (!filtered && onlyKind != z::ZoneKind::Technique) {
    std::printf("\nContraindications (%zu): conditions, not places\n", zones->contraindications().size());
    for (const auto& c : zones->contraindications())
      std::printf("  %-40s %-9s %s\n", c.id.c_str(), str(z::scopeId(c.scope)).c_str(), c.name.c_str());
  }
  std::printf(
      "\nEvery zone exists on both sides: add .l or .r (trapezius.upper.deep_tissue.r) where the side matters.\n");
  return 0;
}

}  // namespace myo::app
