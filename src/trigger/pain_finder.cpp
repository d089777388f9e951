#include "trigger/pain_finder.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/strings.hpp"

namespace myo::trigger {

std::string_view zoneName(Zone zone) { return zone == Zone::Essential ? "essential" : "spillover"; }

std::string_view sideName(Side side) {
  switch (side) {
    case Side::Left:
      return "left";
    case Side::Right:
      return "right";
    case Side::None:
      break;
  }
  return "both";
}

std::string_view rankingRule() {
  return "score = sum over painful regions of 1.0 (in the essential zone) or 0.4 (only in the spillover zone); "
         "ties: more essential hits, then one TrP per muscle first, then TrP id";
}

Result<std::vector<RegionRef>> parseRegionList(const RegionSet& regions, std::string_view commaSeparated) {
  std::vector<RegionRef> out;
  std::set<std::string> seen;
  for (const auto part : split(commaSeparated, ',')) {
    if (trim(part).empty()) continue;
    auto ref = regions.resolve(part);
    if (!ref) return ref.error();
    if (seen.insert(ref->text()).second) out.push_back(*ref);
  }
  if (out.empty())
    return Error{"", "no region given: expected --region ID[,ID...] (`myoscope query regions` lists them)"};
  return out;
}

namespace {

void addCandidates(const Catalog& catalog, const std::vector<RegionRef>& painful, Side side,
                   std::vector<Candidate>& out) {
  for (const auto& trp : catalog.triggerPoints()) {
    Candidate candidate;
    for (const auto& ref : painful) {
      if (ref.side != Side::None && ref.side != side) continue;
      const std::string& id = ref.region->id;
      if (std::find(trp.essential.begin(), trp.essential.end(), id) != trp.essential.end()) {
        candidate.points += kEssentialPoints;
        candidate.essentialHits.push_back(ref.text());
      } else if (std::find(trp.spillover.begin(), trp.spillover.end(), id) != trp.spillover.end()) {
        candidate.points += kSpilloverPoints;
        candidate.spilloverHits.push_back(ref.text());
      }
    }
    if (candidate.points == 0) continue;
    candidate.trp = &trp;
    candidate.side = side;
    candidate.id = withSide(trp.id, side);
    out.push_back(std::move(candidate));
  }
}

void rank(std::vector<Candidate>& candidates) {
  const auto tier = [](const Candidate& c) { return std::pair(-c.points, -static_cast<int>(c.essentialHits.size())); };
  std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
    if (tier(a) != tier(b)) return tier(a) < tier(b);
    if (a.trp->id != b.trp->id) return a.trp->id < b.trp->id;
    return a.side < b.side;
  });
  // Within a tier: a muscle's n-th TrP after every muscle's (n-1)-th (stable, so id order stays inside).
  for (size_t begin = 0; begin < candidates.size();) {
    size_t end = begin;
    while (end < candidates.size() && tier(candidates[end]) == tier(candidates[begin])) ++end;
    std::map<std::string, int> seen;
    std::vector<std::pair<int, size_t>> order;
    for (size_t i = begin; i < end; ++i) order.emplace_back(seen[candidates[i].muscleId()]++, i);
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Candidate> reordered;
    for (const auto& [repeat, index] : order) reordered.push_back(std::move(candidates[index]));
    std::move(reordered.begin(), reordered.end(), candidates.begin() + static_cast<std::ptrdiff_t>(begin));
    begin = end;
  }
}

}  // namespace

PainAnswer findPain(const Catalog& catalog, const std::vector<RegionRef>& painful) {
  PainAnswer answer;
  answer.regions = painful;
  std::set<Side> sides;
  for (const auto& ref : painful)
    if (ref.side != Side::None) sides.insert(ref.side);
  if (sides.empty()) sides.insert(Side::None);

  for (const Side side : sides) addCandidates(catalog, painful, side, answer.candidates);
  rank(answer.candidates);

  for (const Side side : sides) {
    std::map<std::string, LocalMuscle> bySide;
    for (const auto& ref : painful) {
      if (ref.side != Side::None && ref.side != side) continue;
      for (const auto& muscle : catalog.localMuscles(ref.region->id)) {
        auto& local = bySide[muscle];
        local.muscle = muscle;
        local.side = side;
        local.regions.push_back(ref.text());
      }
    }
    for (auto& [muscle, local] : bySide) answer.local.push_back(std::move(local));
  }
  std::stable_sort(answer.local.begin(), answer.local.end(), [](const LocalMuscle& a, const LocalMuscle& b) {
    if (a.regions.size() != b.regions.size()) return a.regions.size() > b.regions.size();
    if (a.muscle != b.muscle) return a.muscle < b.muscle;
    return a.side < b.side;
  });
  return answer;
}

}  // namespace myo::trigger
