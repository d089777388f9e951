#pragma once
// Where a trigger point is drawn: the catalog places each TrP by bony landmarks (TrpAnchor); this puts it on
// the surface of its muscle in a given atlas, on the side that faces the skin, so the chart's X sits on the
// muscle right under the spot a therapist would press.
#include <optional>
#include <vector>

#include <glm/glm.hpp>

#include "atlas/atlas.hpp"
#include "core/ids.hpp"
#include "trigger/catalog.hpp"

namespace myo::landmarks {
class LandmarkSet;
}

namespace myo::trigger {

struct TrpSite {
  glm::vec3 position{0.0f};  // on the muscle's surface, body frame
  glm::vec3 anchor{0.0f};    // the landmark point the catalog names
  size_t structure = 0;      // the atlas structure it lies on
};

// The anchor point of a TrP on one side (Left or Right), or nothing when a landmark is unknown or unmeasured.
std::optional<glm::vec3> anchorPoint(const TrpAnchor& anchor, Side side, const landmarks::LandmarkSet& landmarks);

// Places a TrP on its muscle: the muscle's surface point near the anchor that lies least deep under the skin
// (distance to the anchor plus depth under the skin, smallest), so the X sits where a therapist presses, not
// on the deep side against the bone. Nothing when the atlas lacks the muscle (an external atlas without it).
std::optional<TrpSite> placeTrp(const TriggerPoint& trp, Side side, const atlas::Atlas& atlas,
                                const landmarks::LandmarkSet& landmarks);

}  // namespace myo::trigger
