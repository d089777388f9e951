#include "atlas/import/manifest.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>

#include "core/ids.hpp"
#include "core/strings.hpp"

namespace myo::atlas {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 8> kTissueNames{"muscle", "tendon",    "fascia", "ligament",
                                                       "bone",   "cartilage", "skin",   "other"};
constexpr std::array<std::string_view, 5> kLayerNames{"skin", "fascia", "superficial", "deep", "bone"};
constexpr std::array<std::string_view, 8> kEntryKeys{"file", "mesh", "id", "name", "tissue", "layer", "fma", "region"};
constexpr std::array<std::string_view, 4> kTopKeys{"units", "up", "front", "structures"};

template <size_t N>
std::string joined(const std::array<std::string_view, N>& names) {
  std::string out;
  for (const auto name : names) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

std::string typeName(const json& value) { return value.type_name(); }

// Thrown inside the checker and turned into an Error; keeps the checks short and in one place.
struct ManifestProblem {
  std::string message;
};

[[noreturn]] void fail(std::string message) { throw ManifestProblem{std::move(message)}; }

std::string optionalString(const json& object, std::string_view key, const std::string& context,
                           std::string fallback = {}) {
  const auto it = object.find(key);
  if (it == object.end()) return fallback;
  if (!it->is_string()) fail(context + std::string(key) + ": expected a string, got " + typeName(*it));
  return it->get<std::string>();
}

std::string requiredString(const json& object, std::string_view key, const std::string& context) {
  if (!object.contains(key)) fail(context + std::string(key) + ": missing (expected a string)");
  std::string value = optionalString(object, key, context);
  if (value.empty()) fail(context + std::string(key) + ": expected a non-empty string");
  return value;
}

template <size_t N>
void checkKeys(const json& object, const std::array<std::string_view, N>& allowed, const std::string& context) {
  for (const auto& [key, value] : object.items())
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      fail(context + "unknown key \"" + key + "\" (expected " + joined(allowed) + ")");
}

glm::vec3 axis(const json& root, std::string_view key, std::string_view fallback) {
  const std::string name = optionalString(root, key, "", std::string(fallback));
  const auto value = axisFromName(name);
  if (!value) fail(std::string(key) + ": expected one of +x, -x, +y, -y, +z, -z (got \"" + name + "\")");
  return *value;
}

Manifest check(const json& root) {
  if (!root.is_object()) fail("expected a JSON object at the top level, got " + typeName(root));
  checkKeys(root, kTopKeys, "");
  Manifest manifest;
  const std::string units = optionalString(root, "units", "", "m");
  const auto metresPerUnit = metresPerUnitFromName(units);
  if (!metresPerUnit) fail("units: expected one of m, cm, mm (got \"" + units + "\")");
  const glm::vec3 up = axis(root, "up", "+y");
  const glm::vec3 front = axis(root, "front", "+z");
  const auto frame = frameFromAxes(up, front, *metresPerUnit);
  if (!frame)
    fail("front: must be perpendicular to up (got up \"" + optionalString(root, "up", "", "+y") + "\", front \"" +
         optionalString(root, "front", "", "+z") + "\")");
  manifest.frame = *frame;

  const auto structures = root.find("structures");
  if (structures == root.end()) fail("structures: missing (expected an array of {\"file\", \"id\", ...})");
  if (!structures->is_array() || structures->empty())
    fail("structures: expected a non-empty array, got " +
         (structures->is_array() ? std::string("an empty array") : typeName(*structures)));
  std::map<std::string, size_t, std::less<>> ids;
  for (size_t i = 0; i < structures->size(); ++i) {
    const json& item = (*structures)[i];
    const std::string context = "structures[" + std::to_string(i) + "]";
    if (!item.is_object()) fail(context + ": expected an object, got " + typeName(item));
    checkKeys(item, kEntryKeys, context + ": ");
    const std::string field = context + ".";
    ManifestEntry entry;
    entry.file = requiredString(item, "file", field);
    if (entry.file.front() == '/' || entry.file.find("..") != std::string::npos)
      fail(field + "file: expected a path inside the manifest's folder (got \"" + entry.file + "\")");
    entry.mesh = optionalString(item, "mesh", field);
    entry.id = requiredString(item, "id", field);
    if (!isValidId(entry.id))
      fail(field + "id: expected lower-case [a-z0-9_] words separated by dots, like \"biceps_brachii.r\" (got \"" +
           entry.id + "\")");
    if (const auto [it, added] = ids.emplace(entry.id, i); !added)
      fail(field + "id: \"" + entry.id + "\" is already used by structures[" + std::to_string(it->second) + "]");
    entry.name = optionalString(item, "name", field, entry.id);
    const std::string tissue = optionalString(item, "tissue", field, "other");
    const auto parsedTissue = tissueFromName(tissue);
    if (!parsedTissue) fail(field + "tissue: expected one of " + joined(kTissueNames) + " (got \"" + tissue + "\")");
    entry.tissue = *parsedTissue;
    entry.layer = defaultLayerFor(entry.tissue);
    if (item.contains("layer")) {
      const std::string layer = optionalString(item, "layer", field);
      const auto parsedLayer = layerFromName(layer);
      if (!parsedLayer) fail(field + "layer: expected one of " + joined(kLayerNames) + " (got \"" + layer + "\")");
      entry.layer = *parsedLayer;
    }
    entry.fma = optionalString(item, "fma", field);
    if (!entry.fma.empty() && (!startsWith(entry.fma, "FMA") || !parseInt(std::string_view(entry.fma).substr(3))))
      fail(field + "fma: expected an FMA id like \"FMA32547\" (got \"" + entry.fma + "\")");
    entry.region = optionalString(item, "region", field);
    manifest.structures.push_back(std::move(entry));
  }
  return manifest;
}

}  // namespace

Result<Manifest> parseManifest(std::string_view text, const std::string& path) {
  json root;
  try {
    root = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    // nlohmann: "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..."
    std::string message = e.what();
    if (const size_t bracket = message.find("] "); bracket != std::string::npos) message.erase(0, bracket + 2);
    constexpr std::string_view kAt = "parse error at line ";
    if (startsWith(message, kAt)) {
      const size_t comma = message.find(", column ");
      const size_t colon = message.find(": ", comma == std::string::npos ? 0 : comma);
      if (comma != std::string::npos && colon != std::string::npos) {
        const std::string line = message.substr(kAt.size(), comma - kAt.size());
        const std::string column = message.substr(comma + 9, colon - comma - 9);
        return Error{path + ":" + line + ":" + column, message.substr(colon + 2)};
      }
    }
    return Error{path, message};
  }
  try {
    return check(root);
  } catch (const ManifestProblem& problem) {
    return Error{path, problem.message};
  } catch (const json::exception& e) {  // not expected: every access above is type-checked first
    return Error{path, e.what()};
  }
}

Structure manifestStructure(const ManifestEntry& entry) {
  Structure s;
  s.id = entry.id;
  s.side = sideOf(entry.id);
  s.name = entry.name;
  s.fma = entry.fma;
  s.region = entry.region;
  s.tissue = entry.tissue;
  s.layer = entry.layer;
  return s;
}

}  // namespace myo::atlas
