#include "trigger/catalog.hpp"

#include <fstream>

#include "core/ids.hpp"
#include "core/strings.hpp"
#include "trigger/yaml_util.hpp"

namespace myo::trigger {

using detail::fail;
using detail::LoadError;

namespace {

std::vector<std::string> regionList(const std::string& file, const YAML::Node& map, const char* key,
                                    const Vocabulary& vocabulary, bool required) {
  auto ids = detail::textList(file, map, key, required);
  const YAML::Node list = map[key];
  for (size_t i = 0; i < ids.size(); ++i) {
    if (vocabulary.regions->find(ids[i]) != nullptr) continue;
    std::string message(1, '`');  // built by appending: GCC 12 warns (-Wrestrict) on "literal" + std::string&&
    message.append(key).append("`: unknown region '").append(ids[i]).append("'");
    const auto close = vocabulary.regions->closeIds(ids[i], 3);
    if (!close.empty()) message += " (close: " + close.front() + ")";
    fail(file, list[i], message + "; expected a region id of regions.yaml");
  }
  return ids;
}

TrpAnchor readAnchor(const std::string& file, const YAML::Node& node) {
  const YAML::Node landmark = node["landmark"];
  if (!landmark || !landmark.IsMap())
    fail(file, node, "missing `landmark`: expected {near: ...} or {between: [a, b], fraction: f}");
  TrpAnchor anchor;
  if (landmark["near"]) {
    anchor.from = detail::text(file, landmark, "near");
    return anchor;
  }
  const YAML::Node between = landmark["between"];
  if (!between || !between.IsSequence() || between.size() != 2 || !between[0].IsScalar() || !between[1].IsScalar())
    fail(file, landmark, "expected `near: landmark` or `between: [landmark, landmark]` with `fraction:`");
  anchor.from = between[0].Scalar();
  anchor.to = between[1].Scalar();
  const auto fraction = landmark["fraction"] ? parseDouble(landmark["fraction"].Scalar()) : std::optional<double>{};
  if (!fraction || *fraction < -0.5 || *fraction > 1.5)
    fail(file, landmark["fraction"] ? landmark["fraction"] : landmark,
         "expected `fraction:` a number from 0 (the first landmark) to 1 (the second)");
  anchor.fraction = static_cast<float>(*fraction);
  return anchor;
}

TriggerPoint readTriggerPoint(const std::string& file, const YAML::Node& node, const Vocabulary& vocabulary) {
  if (!node.IsMap()) fail(file, node, "each trigger point is a map starting with `id:`");
  TriggerPoint trp;
  trp.file = file;
  trp.line = node.Mark().line + 1;
  trp.id = detail::text(file, node, "id");
  if (!isValidId(trp.id) || sideOf(trp.id) != Side::None)
    fail(file, node["id"], "'" + trp.id + "' is not a trigger point id (`muscle.trpN`, lower case, no side)");
  trp.muscle = detail::text(file, node, "muscle");
  if (vocabulary.muscles.count(trp.muscle) == 0)
    fail(file, node["muscle"], "unknown muscle '" + trp.muscle + "'; expected an id of muscle_ids.txt");
  trp.name = detail::text(file, node, "name");
  trp.location = detail::text(file, node, "location");
  trp.anchor = readAnchor(file, node);
  trp.essential = regionList(file, node, "essential", vocabulary, true);
  if (trp.essential.empty()) fail(file, node["essential"], "`essential` is empty: expected at least one region");
  trp.spillover = regionList(file, node, "spillover", vocabulary, false);
  for (size_t i = 0; i < trp.spillover.size(); ++i)
    for (const auto& essential : trp.essential)
      if (trp.spillover[i] == essential)
        fail(file, node["spillover"][i], "region '" + essential + "' is in both `essential` and `spillover`");
  trp.pattern = detail::text(file, node, "pattern");
  trp.symptoms = detail::text(file, node, "symptoms");
  trp.perpetuating = detail::textList(file, node, "perpetuating");
  trp.techniques = detail::textList(file, node, "techniques");
  const YAML::Node selfCare = node["self_care"];
  if (!selfCare || !selfCare.IsMap()) fail(file, node, "missing `self_care`: expected {ball: ..., stretch: ...}");
  trp.selfCare.ball = detail::text(file, selfCare, "ball");
  trp.selfCare.stretch = detail::text(file, selfCare, "stretch");
  trp.cautions = detail::text(file, node, "cautions");
  trp.source = detail::text(file, node, "source");
  return trp;
}

}  // namespace

Result<std::set<std::string>> loadMuscleIds(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) return Error{file.string(), "cannot open the muscle id list"};
  std::set<std::string> out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string_view id = trim(line);
    if (id.empty() || id.front() == '#') continue;
    if (!isValidId(id)) return Error{file.string() + ":" + std::to_string(number), "'" + line + "' is not an id"};
    out.emplace(id);
  }
  if (out.empty()) return Error{file.string(), "no muscle ids"};
  return out;
}

Status parseTriggerPoints(const std::string& yamlText, const std::string& fileName, const Vocabulary& vocabulary,
                          std::vector<TriggerPoint>& out) {
  try {
    const YAML::Node doc = detail::parseDocument(yamlText, fileName);
    if (!doc.IsMap() || !doc["trigger_points"] || !doc["trigger_points"].IsSequence())
      throw LoadError(detail::position(fileName, doc.Mark()), "expected a map with a `trigger_points:` list");
    std::vector<TriggerPoint> read;
    for (const auto& node : doc["trigger_points"]) {
      TriggerPoint trp = readTriggerPoint(fileName, node, vocabulary);
      for (const auto* list : {&out, &read})
        for (const auto& other : *list)
          if (other.id == trp.id)
            fail(fileName, node["id"],
                 "trigger point '" + trp.id + "' is already defined at " + other.file + ":" +
                     std::to_string(other.line));
      read.push_back(std::move(trp));
    }
    for (auto& trp : read) out.push_back(std::move(trp));
    return {};
  } catch (const LoadError& e) {
    return Error{e.where, e.what()};
  } catch (const YAML::Exception& e) {
    return Error{detail::position(fileName, e.mark), e.msg};
  }
}

Result<std::map<std::string, std::vector<std::string>>> parseLocalRegions(const std::string& yamlText,
                                                                          const std::string& fileName,
                                                                          const Vocabulary& vocabulary) {
  try {
    const YAML::Node doc = detail::parseDocument(yamlText, fileName);
    if (!doc.IsMap() || !doc["regions"] || !doc["regions"].IsMap())
      throw LoadError(detail::position(fileName, doc.Mark()), "expected a map `regions: {region: [muscles]}`");
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& entry : doc["regions"]) {
      if (!entry.first.IsScalar()) fail(fileName, entry.first, "expected a region id as the key");
      const std::string region = entry.first.Scalar();
      if (vocabulary.regions->find(region) == nullptr)
        fail(fileName, entry.first, "unknown region '" + region + "'; expected a region id of regions.yaml");
      if (out.count(region) != 0) fail(fileName, entry.first, "region '" + region + "' is listed twice");
      if (!entry.second.IsSequence()) fail(fileName, entry.second, "expected a list of muscle ids");
      auto& muscles = out[region];
      for (const auto& muscle : entry.second) {
        if (!muscle.IsScalar() || vocabulary.muscles.count(muscle.Scalar()) == 0)
          fail(fileName, muscle, "unknown muscle '" + muscle.Scalar() + "'; expected an id of muscle_ids.txt");
        muscles.push_back(muscle.Scalar());
      }
    }
    return out;
  } catch (const LoadError& e) {
    return Error{e.where, e.what()};
  } catch (const YAML::Exception& e) {
    return Error{detail::position(fileName, e.mark), e.msg};
  }
}

Result<Catalog> Catalog::load(const std::filesystem::path& assetsFolder) {
  auto regions = RegionSet::load(assetsFolder / kRegionsFile);
  if (!regions) return regions.error();
  auto muscles = loadMuscleIds(assetsFolder / kMuscleIdsFile);
  if (!muscles) return muscles.error();
  const Vocabulary vocabulary{&*regions, std::move(*muscles)};
  std::vector<TriggerPoint> trps;
  try {
    for (const auto& name : kCatalogFiles) {
      const auto path = assetsFolder / "trigger_points" / name;
      const Status parsed =
          parseTriggerPoints(detail::readFile(path.string(), path.string()), path.string(), vocabulary, trps);
      if (!parsed) return parsed.error();
    }
    const auto localPath = assetsFolder / kLocalRegionsFile;
    auto local =
        parseLocalRegions(detail::readFile(localPath.string(), localPath.string()), localPath.string(), vocabulary);
    if (!local) return local.error();
    return Catalog(std::move(*regions), std::move(trps), std::move(*local));
  } catch (const LoadError& e) {
    return Error{e.where, e.what()};
  }
}

const TriggerPoint* Catalog::find(std::string_view id) const {
  for (const auto& trp : trps_)
    if (trp.id == id) return &trp;
  return nullptr;
}

std::set<std::string> Catalog::muscles() const {
  std::set<std::string> out;
  for (const auto& trp : trps_) out.insert(trp.muscle);
  return out;
}

const std::vector<std::string>& Catalog::localMuscles(std::string_view regionId) const {
  static const std::vector<std::string> kNone;
  const auto found = local_.find(std::string(regionId));
  return found == local_.end() ? kNone : found->second;
}

}  // namespace myo::trigger
