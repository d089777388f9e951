#pragma once
// The stroke direction of a technique zone: its muscle's fibres inside the zone, averaged. The renderer moves
// the strokes along it (or across it), and a test holds it to the fibres it stands for.
#include <glm/glm.hpp>

#include "atlas/atlas.hpp"
#include "trigger/zones.hpp"

namespace myo::trigger::zones {

// The unit mean fibre direction of the zone's structure (its side, all its parts) over the vertices inside the
// zone. Fibres have no sense (a fibre runs both ways), so each is turned to agree with the first before summing.
// Nothing when the atlas has no fibres for the structure there.
std::optional<glm::vec3> zoneFibreDirection(const ZoneSet& zones, const ZoneRef& ref, const atlas::Atlas& atlas);

}  // namespace myo::trigger::zones
