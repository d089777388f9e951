#include "app/query_pain.hpp"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/log.hpp"
#include "core/strings.hpp"
#include "trigger/assets.hpp"
#include "trigger/catalog.hpp"
#include "trigger/pain_finder.hpp"
#include "trigger/regions.hpp"

namespace myo::app {

namespace {

nlohmann::json toJson(const trigger::Candidate& c, size_t rank) {
  return {{"rank", rank},
          {"trp", c.id},
          {"name", c.trp->name},
          {"muscle", c.muscleId()},
          {"side", trigger::sideName(c.side)},
          {"zone", trigger::zoneName(c.zone())},
          {"score", c.score()},
          {"essential_hits", c.essentialHits},
          {"spillover_hits", c.spilloverHits},
          {"pattern", c.trp->pattern}};
}

void printText(const trigger::PainAnswer& answer) {
  std::string painful;
  for (const auto& ref : answer.regions) painful += (painful.empty() ? "" : ", ") + ref.text();
  std::printf("Trigger points that refer pain to %s (best first):\n", painful.c_str());
  std::printf("  %-4s %-38s %-34s %-6s %-9s %5s  %s\n", "#", "trp", "muscle", "side", "zone", "score", "regions hit");
  size_t rank = 0;
  for (const auto& c : answer.candidates) {
    std::string hits;
    for (const auto& r : c.essentialHits) hits += (hits.empty() ? "" : ", ") + r;
    for (const auto& r : c.spilloverHits) hits += (hits.empty() ? "" : ", ") + r + " (spillover)";
    std::printf("  %-4zu %-38s %-34s %-6s %-9s %5.1f  %s\n", ++rank, c.id.c_str(), c.muscleId().c_str(),
                std::string(trigger::sideName(c.side)).c_str(), std::string(trigger::zoneName(c.zone())).c_str(),
                c.score(), hits.c_str());
  }
  if (answer.candidates.empty()) std::printf("  (no trigger point in the catalog refers pain there)\n");
  std::printf("Muscles in the painful area itself (local pain):\n");
  for (const auto& local : answer.local) {
    std::string where;
    for (const auto& r : local.regions) where += (where.empty() ? "" : ", ") + r;
    std::printf("  %-38s %s\n", local.id().c_str(), where.c_str());
  }
  if (answer.local.empty()) std::printf("  (none listed)\n");
  std::printf("Ranking: %s.\n", std::string(trigger::rankingRule()).c_str());
}

// "X,Y,Z" in metres -> the point; empty when it is not three finite numbers.
std::optional<glm::vec3> parsePoint(const std::string& text) {
  const auto parts = split(text, ',');
  if (parts.size() != 3) return std::nullopt;
  glm::vec3 p{0.0f};
  for (int i = 0; i < 3; ++i) {
    const std::string number(trim(parts[static_cast<size_t>(i)]));
    if (number.empty()) return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const float value = std::strtof(number.c_str(), &end);
    if (errno != 0 || end != number.c_str() + number.size() || !std::isfinite(value)) return std::nullopt;
    p[i] = value;
  }
  return p;
}

std::string pointText(glm::vec3 p) {
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "(%.3f, %.3f, %.3f)", p.x, p.y, p.z);
  return buffer;
}

}  // namespace

int runQueryRegions(bool json) {
  const auto path = trigger::assetsDir() / trigger::kRegionsFile;
  const auto regions = trigger::RegionSet::load(path);
  if (!regions) {
    log::error("query regions: " + regions.error().text());
    return 3;
  }
  if (json) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : regions->all())
      list.push_back({{"id", r.id}, {"name", r.name}, {"group", r.group}, {"definition", r.definition}});
    std::printf("%s\n", nlohmann::json{{"regions", list}}.dump(2).c_str());
    return 0;
  }
  std::string group;
  for (const auto& r : regions->all()) {
    if (r.group != group) {
      group = r.group;
      std::printf("%s%s\n", group == regions->all().front().group ? "" : "\n", group.c_str());
    }
    std::printf("  %-24s %-36s %s\n", r.id.c_str(), r.name.c_str(), r.definition.c_str());
  }
  std::printf("\nEvery region exists on both sides: add .l or .r (temple.r) where the side matters.\n");
  return 0;
}

int runQueryPain(const std::string& regions, const std::string& point, bool json) {
  const bool hasRegions = !trim(regions).empty();
  if (!point.empty() && hasRegions) {
    log::error("query pain: give --region or --point, not both");
    return 2;
  }
  std::optional<glm::vec3> at;
  if (!point.empty()) {
    at = parsePoint(point);
    if (!at) {
      log::error("query pain: --point '" + point +
                 "' is not a point: expected X,Y,Z in metres (body frame), "
                 "such as -0.073,1.555,0.133");
      return 2;
    }
  } else if (!hasRegions) {
    log::error(
        "query pain: no painful region given: expected --region ID[,ID...] or --point X,Y,Z "
        "(`myoscope query regions` lists the region ids)");
    return 2;
  }
  const auto catalog = trigger::Catalog::load(trigger::assetsDir());
  if (!catalog) {
    log::error("query pain: " + catalog.error().text());
    return 3;
  }
  std::vector<trigger::RegionRef> painful;
  if (at) {
    // A point answers with the regions whose volumes hold it (both sides on the midline).
    painful = catalog->regions().regionsAt(*at);
    if (painful.empty()) {
      log::error("query pain: the point " + pointText(*at) +
                 " is in no body region: it is off the body surface (metres, body frame: +Y up, +Z anterior, "
                 "+X the subject's left)");
      return 2;
    }
  } else {
    auto parsed = trigger::parseRegionList(catalog->regions(), regions);
    if (!parsed) {
      log::error("query pain: " + parsed.error().text());
      return 2;
    }
    painful = std::move(*parsed);
  }
  const trigger::PainAnswer answer = trigger::findPain(*catalog, painful);
  if (!json) {
    if (at) {
      std::string names;
      for (const auto& ref : answer.regions) names += (names.empty() ? "" : ", ") + ref.text();
      std::printf("Regions at the point %s: %s\n", pointText(*at).c_str(), names.c_str());
    }
    printText(answer);
    return 0;
  }
  nlohmann::json out;
  if (at) out["point"] = {at->x, at->y, at->z};
  out["regions"] = nlohmann::json::array();
  for (const auto& ref : answer.regions)
    out["regions"].push_back({{"id", ref.text()}, {"name", ref.region->name}, {"side", trigger::sideName(ref.side)}});
  out["ranking"] = trigger::rankingRule();
  out["candidates"] = nlohmann::json::array();
  size_t rank = 0;
  for (const auto& c : answer.candidates) out["candidates"].push_back(toJson(c, ++rank));
  out["local"] = nlohmann::json::array();
  for (const auto& local : answer.local)
    out["local"].push_back(
        {{"muscle", local.id()}, {"side", trigger::sideName(local.side)}, {"regions", local.regions}});
  std::printf("%s\n", out.dump(2).c_str());
  return 0;
}

}  // namespace myo::app
