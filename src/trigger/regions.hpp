#pragma once
// Body regions (assets/regions.yaml): the shared vocabulary of skin regions from body-regions.md. Each region
// exists on both sides; a reference may add `.l` / `.r` (`temple.r` is the right temple).
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/ids.hpp"
#include "core/result.hpp"

namespace myo::trigger {

inline constexpr const char* kRegionsFile = "regions.yaml";  // under the assets folder

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
  // Errors name `file:line:col` and what was expected.
  static Result<RegionSet> load(const std::filesystem::path& file);
  static Result<RegionSet> parse(const std::string& yamlText, const std::string& fileName);

  const std::vector<Region>& all() const { return regions_; }
  const Region* find(std::string_view id) const;  // an id without side
  // Up to `count` region ids that look like `id` (typos, prefixes), closest first.
  std::vector<std::string> closeIds(std::string_view id, size_t count = 4) const;
  // `temple`, `temple.r`, ` Temple.L ` -> a reference; unknown ids give an error that lists close ids.
  Result<RegionRef> resolve(std::string_view text) const;

 private:
  std::vector<Region> regions_;
};

}  // namespace myo::trigger
