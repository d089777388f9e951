#pragma once
// The region-level pain finder: which trigger points commonly refer pain to the painful regions, and which
// muscles lie in the painful area itself (local pain).
//
// Ranking rule (also in docs/pain-finder.md; tests and the client depend on it):
//   1. score = sum over the painful regions of 1.0 when the region is in the TrP's essential zone, 0.4 when
//      it is only in its spillover zone (a TrP that covers none of them is not a candidate). So a TrP whose
//      pattern covers more of the painful regions ranks first, and an essential hit outweighs a spillover one.
//   2. equal scores: more essential hits first.
//   3. still equal: one TrP per muscle first (a muscle's second TrP comes after every other muscle's first of
//      that tier), so the top of the list names as many different muscles as possible.
//   4. still equal: by TrP id (then side, left before right), so the answer is deterministic.
// Sides: regions may carry a side (`temple.r`). TrPs refer mostly to their own side, so a sided query
// answers with sided TrP ids (`trapezius.trp1.r`); an unsided region counts for every side the query
// names. A query without any side answers with unsided ids, which mean "either side".
// Local pain: the muscles listed under a painful region in local_regions.yaml, most regions first, then by id.
#include <string>
#include <string_view>
#include <vector>

#include "core/ids.hpp"
#include "core/result.hpp"
#include "trigger/catalog.hpp"

namespace myo::trigger {

inline constexpr int kEssentialPoints = 10;  // 1.0 in tenths: scores are summed in integers, so ties are exact
inline constexpr int kSpilloverPoints = 4;   // 0.4

enum class Zone { Essential, Spillover };
std::string_view zoneName(Zone zone);  // "essential", "spillover"
std::string_view sideName(Side side);  // "left", "right", "both"

struct Candidate {
  const TriggerPoint* trp = nullptr;
  std::string id;  // the TrP id with the query's side: `trapezius.trp1.r` (unsided: `trapezius.trp1`)
  Side side = Side::None;
  int points = 0;                          // score in tenths
  std::vector<std::string> essentialHits;  // the painful regions (as queried) in the essential zone
  std::vector<std::string> spilloverHits;  // ... only in the spillover zone
  double score() const { return points / 10.0; }
  Zone zone() const { return essentialHits.empty() ? Zone::Spillover : Zone::Essential; }
  std::string muscleId() const { return withSide(trp->muscle, side); }
};

struct LocalMuscle {
  std::string muscle;  // without side
  Side side = Side::None;
  std::vector<std::string> regions;  // the painful regions (as queried) it lies under
  std::string id() const { return withSide(muscle, side); }
};

struct PainAnswer {
  std::vector<RegionRef> regions;  // the painful regions, as resolved (duplicates removed)
  std::vector<Candidate> candidates;
  std::vector<LocalMuscle> local;
};

// "temple.r, occiput" -> the regions. Errors: empty input, unknown ids (with close ids).
Result<std::vector<RegionRef>> parseRegionList(const RegionSet& regions, std::string_view commaSeparated);

// Ranks the catalog's TrPs for the painful regions by the rule above.
PainAnswer findPain(const Catalog& catalog, const std::vector<RegionRef>& painful);

// The rule in one line, for `--json` output and help.
std::string_view rankingRule();

}  // namespace myo::trigger
