#pragma once
// `myoscope query zones [--kind technique|caution] [--structure ID] [--json]`: the massage technique zones by
// modality (stroke, pressure, time, order and the caution zones each one overlaps), the caution zones, and, without
// --structure, the contraindications and the modalities (src/trigger/zones.hpp, docs/zones.md).
#include <string>

namespace myo::app {

// `structure` (a muscle or fascia id; a side is ignored) keeps the technique zones on it or its parts
// (`trapezius` covers `trapezius.upper`) and the caution zones those overlap. Exit status: 0 listed, 2 an unknown
// kind or a structure without technique zones (close ids listed), 3 the zone files could not be loaded.
int runQueryZones(const std::string& kind, const std::string& structure, bool json);

}  // namespace myo::app
