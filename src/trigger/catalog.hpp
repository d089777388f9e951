#pragma once
// The trigger-point catalog: assets/trigger_points/{head_neck,shoulder_arm,trunk_hip,leg_foot}.yaml read into
// TriggerPoint records and validated against the muscle ids (assets/atlas/muscle_ids.txt) and the body
// regions (assets/regions.yaml), plus the local-pain map (assets/trigger_points/local_regions.yaml: which
// muscles lie under each region). Bad input gives an Error naming `file:line:col` and what was expected;
// it never crashes.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "trigger/regions.hpp"

namespace myo::trigger {

// The catalog files, in load order, under <assets>/trigger_points/.
inline const std::vector<std::string> kCatalogFiles = {"head_neck.yaml", "shoulder_arm.yaml", "trunk_hip.yaml",
                                                       "leg_foot.yaml"};
inline constexpr const char* kLocalRegionsFile = "trigger_points/local_regions.yaml";
inline constexpr const char* kMuscleIdsFile = "atlas/muscle_ids.txt";

// Where the TrP lies, by bony landmarks (ids of assets/atlas/landmarks.yaml, without side): `near` one landmark,
// or `between` two at `fraction` (0 = the first). trp_sites.hpp turns it into a point on the muscle's surface.
struct TrpAnchor {
  std::string from;
  std::string to;  // empty: near `from`
  float fraction = 0.0f;
};

struct SelfCare {
  std::string ball;
  std::string stretch;
};

// One TrP as the literature charts it. Ids and zones carry no side: a TrP exists on both sides and refers
// to the same side (patterns are ipsilateral unless `pattern` says otherwise).
struct TriggerPoint {
  std::string id;      // `trapezius.trp1`
  std::string muscle;  // `trapezius.upper` (an id of muscle_ids.txt)
  std::string name;
  std::string location;
  TrpAnchor anchor;
  std::vector<std::string> essential;  // region ids of the essential (solid) zone
  std::vector<std::string> spillover;  // region ids of the spillover (stippled) zone
  std::string pattern;
  std::string symptoms;
  std::vector<std::string> perpetuating;
  std::vector<std::string> techniques;
  SelfCare selfCare;
  std::string cautions;
  std::string source;
  std::string file;  // the catalog file name, for messages
  int line = 0;      // 1-based line of the entry
};

// What the catalog is checked against.
struct Vocabulary {
  const RegionSet* regions = nullptr;
  std::set<std::string> muscles;
};

// Reads the muscle ids (one a line, `#` comments) of muscle_ids.txt.
Result<std::set<std::string>> loadMuscleIds(const std::filesystem::path& file);

// Parses one catalog file's text and appends its TrPs to `out`; ids must be unique across `out`.
Status parseTriggerPoints(const std::string& yamlText, const std::string& fileName, const Vocabulary& vocabulary,
                          std::vector<TriggerPoint>& out);

// Parses the local-pain map `regions: {region: [muscle, ...]}`.
Result<std::map<std::string, std::vector<std::string>>> parseLocalRegions(const std::string& yamlText,
                                                                          const std::string& fileName,
                                                                          const Vocabulary& vocabulary);

class Catalog {
 public:
  // Loads regions, muscle ids, the four catalog files and the local-pain map from an assets folder.
  static Result<Catalog> load(const std::filesystem::path& assetsFolder);

  const RegionSet& regions() const { return regions_; }
  const std::vector<TriggerPoint>& triggerPoints() const { return trps_; }
  const TriggerPoint* find(std::string_view id) const;
  // The muscles (ids without side) that have at least one TrP.
  std::set<std::string> muscles() const;
  // The muscles that lie under a region (local pain), empty when none are listed.
  const std::vector<std::string>& localMuscles(std::string_view regionId) const;

  // For tests: a catalog from parts already loaded.
  Catalog(RegionSet regions, std::vector<TriggerPoint> trps, std::map<std::string, std::vector<std::string>> local)
      : regions_(std::move(regions)), trps_(std::move(trps)), local_(std::move(local)) {}

 private:
  RegionSet regions_;
  std::vector<TriggerPoint> trps_;
  std::map<std::string, std::vector<std::string>> local_;
};

}  // namespace myo::trigger
