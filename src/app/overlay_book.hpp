#pragma once
// What the chart shows, by id, and the Overlays (commands/overlays.hpp) the renderer draws from it: trigger
// points with their markers and referral zones, referral zones alone, and the regions a client painted. The
// `show trp` / `show zone` / `pain` commands (overlay_commands.hpp), the client panel and lessons change it;
// every change rebuilds the view's overlays, so the picture and the answers come from the same ids.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "atlas/atlas.hpp"
#include "atlas/landmarks/landmarks.hpp"
#include "commands/overlays.hpp"
#include "core/result.hpp"
#include "trigger/catalog.hpp"
#include "trigger/trp_sites.hpp"
#include "trigger/zones.hpp"

namespace myo::app {

// A TrP on one side.
struct SidedTrp {
  const trigger::TriggerPoint* trp = nullptr;
  Side side = Side::Right;
  std::string id() const { return withSide(trp->id, side); }
  bool operator==(const SidedTrp& other) const { return trp == other.trp && side == other.side; }
};

// What `show zone ID` names: a TrP's referral zones, or technique and caution zones.
struct ZoneSelection {
  std::vector<SidedTrp> referral;
  std::vector<trigger::zones::ZoneRef> zones;
};

class OverlayBook {
 public:
  // Loads the catalog and the landmarks from the assets folder on first use; the error says what failed.
  Status ensureLoaded();
  const trigger::Catalog* catalog() const { return catalog_.get(); }
  // Loads the technique and caution zones (assets/zones/) on first use.
  Status ensureZonesLoaded();
  const trigger::zones::ZoneSet* zones() const { return zones_.get(); }
  // Uses this atlas for TrP sites (called when an atlas is (re)loaded).
  void setAtlas(const atlas::Atlas* atlas);

  // `trapezius.trp1.r` -> that side; `trapezius.trp1` -> both sides. Unknown ids: an error with close ids.
  Result<std::vector<SidedTrp>> resolveTrp(std::string_view id);
  // The TrPs of a muscle (`trapezius`, `infraspinatus.r`) or lying in a body region (`neck.r`, `upper_back`).
  Result<std::vector<SidedTrp>> trpsOf(std::string_view muscleOrRegion);

  // `trapezius.trp1.r` (its referral zones), `trapezius.upper.deep_tissue.r`, `caution.axilla` (both sides).
  Result<ZoneSelection> resolveZone(std::string_view id);
  // Every zone of a group: a modality id (`deep_tissue`), `technique`, `caution`, `pregnancy` or `all`.
  Result<ZoneSelection> zoneGroup(std::string_view group);
  void showZones(const ZoneSelection& zones);
  void hideZones(const ZoneSelection& zones);
  void hideAllZones();
  const std::vector<trigger::zones::ZoneRef>& shownZones() const { return zones_shown_; }

  void showTrps(const std::vector<SidedTrp>& trps);      // marker + referral zones
  void showReferral(const std::vector<SidedTrp>& trps);  // referral zones only
  void hideTrps(const std::vector<SidedTrp>& trps);      // marker and zones
  void hideAllTrps();
  Status paint(const std::vector<std::string>& regionIds);  // `temple.r`: client marks (painted regions)
  // Marks every region whose volume holds the body point (a click on the skin); an error off the body.
  Status paintAt(glm::vec3 point);
  void clearPaint();
  const std::vector<trigger::RegionRef>& painted() const { return painted_; }
  const std::vector<SidedTrp>& shownTrps() const { return markers_; }

  // Where a TrP lies on the current atlas (cached), or nothing when the atlas lacks its muscle.
  std::optional<trigger::TrpSite> site(const SidedTrp& trp);

  // Rebuilds `out` (shapes and markers) from what is shown; keeps its palette and bumps its revision.
  void rebuild(Overlays& out);

 private:
  void addRegionShapes(const trigger::RegionRef& ref, OverlayStyle style, Overlays& out) const;
  void addZoneShapes(const trigger::zones::ZoneRef& ref, Overlays& out);
  // The mean fibre direction of the zone's muscle inside the zone (cached per sided zone id), for the strokes.
  glm::vec3 strokeDirection(const trigger::zones::ZoneRef& ref);

  std::unique_ptr<trigger::Catalog> catalog_;
  std::unique_ptr<landmarks::LandmarkSet> landmarks_;
  const atlas::Atlas* atlas_ = nullptr;
  std::map<std::string, std::optional<trigger::TrpSite>> sites_;  // by sided TrP id
  std::vector<SidedTrp> markers_;                                 // shown with marker and zones
  std::vector<SidedTrp> referral_;                                // zones only
  std::vector<trigger::RegionRef> painted_;
  std::unique_ptr<trigger::zones::ZoneSet> zones_;
  std::vector<trigger::zones::ZoneRef> zones_shown_;
  std::map<std::string, glm::vec3> strokes_;  // by sided zone id
};

}  // namespace myo::app
