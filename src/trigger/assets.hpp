#pragma once
// Where the content assets (regions, trigger-point catalog, atlas ids) are read from.
#include <filesystem>

namespace myo::trigger {

// $MYOSCOPE_ASSETS when set and not empty, else the checkout's assets/ folder (the app runs from the checkout).
std::filesystem::path assetsDir();

}  // namespace myo::trigger
