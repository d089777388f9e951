#pragma once
// `myoscope query regions [--json]` and `myoscope query pain --region ID[,ID...] | --point X,Y,Z [--json]`:
// the body regions, and the ranked candidate trigger points for painful regions (src/trigger/pain_finder.hpp
// has the ranking rule).
#include <string>

namespace myo::app {

// Exit status: 0 listed, 3 the regions file could not be loaded.
int runQueryRegions(bool json);

// `point` ("X,Y,Z", metres, body frame) answers for the regions whose shapes hold it (assets/regions.yaml).
// Exit status: 0 answered, 2 empty input, unknown region (close ids listed), a malformed point or a point in no
// region (off the body), 3 the catalog could not be loaded.
int runQueryPain(const std::string& regions, const std::string& point, bool json);

}  // namespace myo::app
