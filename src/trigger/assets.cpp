#include "trigger/assets.hpp"

#include <cstdlib>

namespace myo::trigger {

std::filesystem::path assetsDir() {
  const char* overridden = std::getenv("MYOSCOPE_ASSETS");
  if (overridden != nullptr && *overridden != '\0') return overridden;
  return MYOSCOPE_ASSETS_DIR;
}

}  // namespace myo::trigger
