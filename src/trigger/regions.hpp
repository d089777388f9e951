#pragma once
// Body regions (assets/regions.yaml): the shared vocabulary of skin regions from body-regions.md. Each region
// exists on both sides; a reference may add `.l` / `.r` (`temple.r` is the right temple). Each region's `shape:`
// (region_shapes.hpp) places it on the body: authored for the right side, mirrored for the left.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "core/ids.hpp"
#include "core/result.hpp"
#include "trigger/region_shapes.hpp"

namespace myo::trigger {

inline constexpr const char* kRegionsFile = "regions.yaml";  // under the assets folder
// The landmarks the shapes are placed by, relative to the regions file's folder (the assets folder).
inline constexpr const char* kRegionLandmarksFile = "atlas/landmarks.yaml";

struct Region {
  std::string id;          // `temple` (no side)
  std::string name;        // "Temple"
  std::string group;       // "Head & face"
  std::string definition;  // what the region covers, in words
  int line = 0;            // 1-based line in the regions file
};

// A region as named in a query: the region and the side (None: both sides).
struct RegionRef {
  const Region* region = nullptr;
  Side side = Side::None;
  std::string text() const { return withSide(region->id, side); }
};

class RegionSet {
 public:
  // Errors name `file:line:col` and what was expected. `load` places the shapes by the landmarks beside the
  // regions file (kRegionLandmarksFile); `parse` without landmarks accepts only coordinate points.
  static Result<RegionSet> load(const std::filesystem::path& file);
  static Result<RegionSet> parse(const std::string& yamlText, const std::string& fileName,
                                 const landmarks::LandmarkSet* landmarks = nullptr);

  const std::vector<Region>& all() const { return regions_; }
  const Region* find(std::string_view id) const;  // an id without side
  // Up to `count` region ids that look like `id` (typos, prefixes), closest first.
  std::vector<std::string> closeIds(std::string_view id, size_t count = 4) const;
  // `temple`, `temple.r`, ` Temple.L ` -> a reference; unknown ids give an error that lists close ids.
  Result<RegionRef> resolve(std::string_view text) const;

  // Geometry. Every primitive of every region, right side then its mirror: one flat array of plain structs,
  // the same data the renderer uploads to draw regions (RegionShape::region indexes all()).
  const std::vector<RegionShape>& shapes() const { return shapes_; }
  bool hasShape(const Region& region) const;
  // Whether `p` (body frame) lies in the region; an unsided reference means either side.
  bool contains(const RegionRef& ref, glm::vec3 p) const;
  // The sided regions whose volume holds `p`, in file order, right before left. Empty off the body.
  std::vector<RegionRef> regionsAt(glm::vec3 p) const;

 private:
  std::vector<Region> regions_;
  std::vector<RegionShape> shapes_;
};

}  // namespace myo::trigger
