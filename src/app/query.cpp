#include "app/query.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "atlas/export.hpp"
#include "core/log.hpp"

namespace myo::app {
namespace {

// One structure, or a message naming the candidates when the id is unknown or selects several.
Result<const atlas::Structure*> findOne(const Session& session, const std::string& id) {
  if (const auto* exact = session.atlas.find(id)) return exact;
  auto matches = session.scene.resolve(id);
  if (!matches) return matches.error();
  if (matches->size() == 1) return &session.atlas.structures[matches->front()];
  std::string names;
  for (const size_t i : *matches) names += (names.empty() ? "" : ", ") + session.atlas.structures[i].id;
  return Error{"", "'" + id + "' matches " + std::to_string(matches->size()) + " structures (" + names +
                       "); expected one id, e.g. with a side suffix .l or .r"};
}

nlohmann::json toJson(const atlas::Structure& s) {
  const auto b = s.mesh.bounds();
  return {
      {"id", s.id},
      {"name", s.name},
      {"fma", s.fma},
      {"side", s.side == Side::Left    ? "left"
               : s.side == Side::Right ? "right"
                                       : "none"},
      {"region", s.region},
      {"tissue", atlas::tissueName(s.tissue)},
      {"layer", atlas::layerName(s.layer)},
      {"facts",
       {{"origin", s.facts.origin},
        {"insertion", s.facts.insertion},
        {"action", s.facts.action},
        {"innervation", s.facts.innervation},
        {"blood_supply", s.facts.bloodSupply},
        {"source", s.facts.source}}},
      {"bounds_m", {{"min", {b.min.x, b.min.y, b.min.z}}, {"max", {b.max.x, b.max.y, b.max.z}}}},
      {"triangles", s.mesh.triangleCount()},
      {"mesh_file", s.sourcePath},
  };
}

void printText(const atlas::Structure& s) {
  const auto b = s.mesh.bounds();
  std::printf("%s (%s)\n", s.name.c_str(), s.id.c_str());
  if (!s.fma.empty()) std::printf("  FMA id:      %s\n", s.fma.c_str());
  std::printf("  tissue:      %s, %s layer\n", std::string(atlas::tissueName(s.tissue)).c_str(),
              std::string(atlas::layerName(s.layer)).c_str());
  if (!s.region.empty()) std::printf("  region:      %s\n", s.region.c_str());
  const auto row = [](const char* title, const std::string& text) {
    if (!text.empty()) std::printf("  %-12s %s\n", title, text.c_str());
  };
  row("origin:", s.facts.origin);
  row("insertion:", s.facts.insertion);
  row("action:", s.facts.action);
  row("innervation:", s.facts.innervation);
  row("blood supply:", s.facts.bloodSupply);
  row("source:", s.facts.source);
  std::printf("  bounds (m):  (%.3f, %.3f, %.3f) - (%.3f, %.3f, %.3f)\n", static_cast<double>(b.min.x),
              static_cast<double>(b.min.y), static_cast<double>(b.min.z), static_cast<double>(b.max.x),
              static_cast<double>(b.max.y), static_cast<double>(b.max.z));
  std::printf("  triangles:   %zu\n", s.mesh.triangleCount());
  row("mesh file:", s.sourcePath);
}

// Loads the atlas and finds the one structure `id` names. Returns 0, or the exit status after logging why:
// 3 when the atlas does not load, 2 when the id is unknown or ambiguous.
int loadOne(Session& session, const AtlasSource& atlas, const std::string& id, const char* command,
            const atlas::Structure*& out) {
  if (const Status loaded = session.load(atlas); !loaded.ok()) {
    log::error(loaded.error().text());
    return 3;
  }
  const auto found = findOne(session, id);
  if (!found) {
    log::error(std::string(command) + ": " + found.error().message);
    return 2;
  }
  out = *found;
  return 0;
}

}  // namespace

int runQueryStructure(const AtlasSource& atlas, const std::string& id, bool json) {
  Session session;
  const atlas::Structure* found = nullptr;
  if (const int status = loadOne(session, atlas, id, "query structure", found); status != 0) return status;
  if (json)
    std::printf("%s\n", toJson(*found).dump(2).c_str());
  else
    printText(*found);
  return 0;
}

int runExport(const AtlasSource& atlas, const std::string& id, const std::string& format, const std::string& output) {
  if (format != "obj" && format != "glb") {
    log::error("export: --format expects obj or glb, got '" + format + "'");
    return 2;
  }
  Session session;
  const atlas::Structure* found = nullptr;
  if (const int status = loadOne(session, atlas, id, "export", found); status != 0) return status;
  if (const Status written = atlas::exportStructure(*found, format, output); !written.ok()) {
    log::error(written.error().text());
    return 1;
  }
  std::printf("wrote %s (%s, %zu triangles, body frame, metres)\n", output.c_str(), found->id.c_str(),
              found->mesh.triangleCount());
  return 0;
}

}  // namespace myo::app
