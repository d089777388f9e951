#include "trigger/trp_sites.hpp"

#include <algorithm>
#include <limits>

#include "atlas/landmarks/landmarks.hpp"

namespace myo::trigger {
namespace {

const atlas::Structure* skinOf(const atlas::Atlas& atlas) {
  for (const auto& s : atlas.structures)
    if (s.tissue == atlas::Tissue::Skin && !s.mesh.empty()) return &s;
  return nullptr;
}

// Muscle vertices this far from the anchor are candidates; skin this far from the anchor is searched.
constexpr float kCandidateReach = 0.05f;
constexpr float kSkinReach = 0.12f;

// The muscle vertex a therapist's finger finds over the anchor: the one that minimises its distance to the
// anchor plus its depth under the skin. So the X lands on the muscle's outer surface, under the skin, near the
// landmark, whether the muscle lies on the bone (infraspinatus) or under other muscles (quadratus lumborum).
struct Pick {
  size_t vertex = 0;
  float score = std::numeric_limits<float>::max();
};

Pick pickVertex(const atlas::Mesh& mesh, glm::vec3 anchor, const std::vector<glm::vec3>& skin) {
  Pick nearest, best;
  for (size_t i = 0; i < mesh.positions.size(); ++i) {
    const float distance = glm::distance(mesh.positions[i], anchor);
    if (distance < nearest.score) nearest = {i, distance};
    if (distance > kCandidateReach) continue;
    float depth = kSkinReach;
    for (const glm::vec3& p : skin) depth = std::min(depth, glm::distance(p, mesh.positions[i]));
    if (const float score = distance + depth; score < best.score) best = {i, score};
  }
  // No vertex near the anchor: the nearest one (scored so that a nearer part of the muscle still wins).
  return best.score < std::numeric_limits<float>::max() ? best : Pick{nearest.vertex, nearest.score + kSkinReach};
}

}  // namespace

std::optional<glm::vec3> anchorPoint(const TrpAnchor& anchor, Side side, const landmarks::LandmarkSet& landmarks) {
  const auto from = landmarks.position(anchor.from, side);
  if (!from) return std::nullopt;
  if (anchor.to.empty()) return from;
  const auto to = landmarks.position(anchor.to, side);
  if (!to) return std::nullopt;
  return *from + (*to - *from) * anchor.fraction;
}

std::optional<TrpSite> placeTrp(const TriggerPoint& trp, Side side, const atlas::Atlas& atlas,
                                const landmarks::LandmarkSet& landmarks) {
  const auto anchor = anchorPoint(trp.anchor, side, landmarks);
  if (!anchor) return std::nullopt;
  const auto selected = atlas.select(withSide(trp.muscle, side));
  if (selected.empty()) return std::nullopt;
  std::vector<glm::vec3> skin;
  if (const atlas::Structure* skinStructure = skinOf(atlas))
    for (const glm::vec3& p : skinStructure->mesh.positions)
      if (glm::distance(p, *anchor) < kSkinReach) skin.push_back(p);
  // A muscle in parts (`trapezius` when the atlas splits it) is searched part by part: the best part wins.
  std::optional<TrpSite> best;
  float bestScore = std::numeric_limits<float>::max();
  for (const size_t index : selected) {
    const atlas::Mesh& mesh = atlas.structures[index].mesh;
    if (mesh.empty()) continue;
    const Pick pick = pickVertex(mesh, *anchor, skin);
    if (pick.score < bestScore) {
      bestScore = pick.score;
      best = TrpSite{mesh.positions[pick.vertex], *anchor, index};
    }
  }
  return best;
}

}  // namespace myo::trigger
