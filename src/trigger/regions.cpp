#include "trigger/regions.hpp"

#include <algorithm>
#include <set>

#include "atlas/landmarks/landmarks.hpp"
#include "core/strings.hpp"
#include "trigger/yaml_util.hpp"

namespace myo::trigger {

using detail::fail;
using detail::LoadError;

Result<RegionSet> RegionSet::load(const std::filesystem::path& file) {
  const std::string shown = file.string();
  try {
    const std::string text = detail::readFile(shown, shown);
    const auto landmarkFile = file.parent_path() / kRegionLandmarksFile;
    if (!std::filesystem::exists(landmarkFile)) return parse(text, shown);
    const auto landmarks = landmarks::LandmarkSet::load(landmarkFile);
    if (!landmarks) return landmarks.error();
    return parse(text, shown, &*landmarks);
  } catch (const LoadError& e) {
    return Error{e.where, e.what()};
  }
}

Result<RegionSet> RegionSet::parse(const std::string& yamlText, const std::string& fileName,
                                   const landmarks::LandmarkSet* landmarks) {
  try {
    const YAML::Node doc = detail::parseDocument(yamlText, fileName);
    if (!doc.IsMap() || !doc["regions"] || !doc["regions"].IsSequence())
      throw LoadError(detail::position(fileName, doc.Mark()), "expected a map with a `regions:` list");
    RegionSet out;
    std::set<std::string> seen;
    for (const auto& node : doc["regions"]) {
      if (!node.IsMap()) fail(fileName, node, "each region is a map {id, name, group, definition}");
      Region region;
      region.id = detail::text(fileName, node, "id");
      region.name = detail::text(fileName, node, "name");
      region.group = detail::text(fileName, node, "group");
      region.definition = detail::text(fileName, node, "definition");
      region.line = node.Mark().line + 1;
      if (!isValidId(region.id) || sideOf(region.id) != Side::None || region.id.find('.') != std::string::npos)
        fail(fileName, node["id"], "'" + region.id + "' is not a region id (snake_case, one component, no side)");
      if (!seen.insert(region.id).second) fail(fileName, node["id"], "region '" + region.id + "' is defined twice");
      if (node["shape"]) {
        const int index = static_cast<int>(out.regions_.size());
        for (const auto& shape : detail::parseShapes(fileName, node["shape"], landmarks, index))
          out.shapes_.push_back(shape);
      }
      out.regions_.push_back(std::move(region));
    }
    // The left side is the exact mirror of the right, appended so the flat array stays side-grouped.
    const size_t rightCount = out.shapes_.size();
    for (size_t i = 0; i < rightCount; ++i) out.shapes_.push_back(mirroredShape(out.shapes_[i]));
    if (out.regions_.empty()) throw LoadError(fileName, "no regions: expected at least one");
    return out;
  } catch (const LoadError& e) {
    return Error{e.where, e.what()};
  } catch (const YAML::Exception& e) {
    return Error{detail::position(fileName, e.mark), e.msg};
  }
}

bool RegionSet::hasShape(const Region& region) const {
  const auto index = static_cast<int>(&region - regions_.data());
  return std::any_of(shapes_.begin(), shapes_.end(), [&](const RegionShape& s) { return s.region == index; });
}

bool RegionSet::contains(const RegionRef& ref, glm::vec3 p) const {
  const auto index = static_cast<int>(ref.region - regions_.data());
  for (const auto& shape : shapes_)
    if (shape.region == index && (ref.side == Side::None || shape.side == ref.side) && inside(shape, p)) return true;
  return false;
}

std::vector<RegionRef> RegionSet::regionsAt(glm::vec3 p) const {
  std::vector<RegionRef> out;
  for (const Side side : {Side::Right, Side::Left})
    for (const auto& region : regions_) {
      const RegionRef ref{&region, side};
      if (contains(ref, p)) out.push_back(ref);
    }
  return out;
}

const Region* RegionSet::find(std::string_view id) const {
  for (const auto& region : regions_)
    if (region.id == id) return &region;
  return nullptr;
}

std::vector<std::string> RegionSet::closeIds(std::string_view id, size_t count) const {
  std::vector<std::string> ids;
  for (const auto& region : regions_) ids.push_back(region.id);
  return myo::closeIds(id, ids, count);
}

Result<RegionRef> RegionSet::resolve(std::string_view text) const {
  const std::string id = toLower(trim(text));
  if (id.empty()) return Error{"", "empty region id"};
  const Side side = sideOf(id);
  const Region* region = find(withoutSide(id));
  if (region == nullptr) {
    return Error{"", "unknown region '" + std::string(trim(text)) + "'" + didYouMean(closeIds(withoutSide(id))) +
                         " (`myoscope query regions` lists them all)"};
  }
  return RegionRef{region, side};
}

}  // namespace myo::trigger
