#pragma once
// `myoscope query structure ID [--json]`: facts about one structure.
#include <string>

#include "app/session.hpp"

namespace myo::app {

// Exit status: 0 found, 2 unknown or ambiguous id (the message lists candidates), 3 atlas failed to load.
int runQueryStructure(const AtlasSource& atlas, const std::string& id, bool json);

// `myoscope export --structure ID --format obj|glb -o FILE`.
int runExport(const AtlasSource& atlas, const std::string& id, const std::string& format, const std::string& output);

}  // namespace myo::app
