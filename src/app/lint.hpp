#pragma once
// `myoscope lint FILE...`: checks lesson files against the command vocabulary and the atlas's ids.
#include <string>
#include <vector>

#include "app/session.hpp"

namespace myo::app {

// Exit status: 0 when every file is clean, 1 on any error (printed as file:line:col: error: ...), 2 when
// no file was given.
int runLint(const AtlasSource& atlas, const std::vector<std::string>& files);

}  // namespace myo::app
