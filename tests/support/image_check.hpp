#pragma once
// Image tests against reviewed baselines (F3D / Magnum style). A missing baseline writes the actual image
// and fails, so a person looks at it before it becomes the reference; a failing comparison saves the
// actual image beside the test binary and names it. A blank image always fails.
#include <string>

#include <gtest/gtest.h>

#include "core/image.hpp"

namespace myo::testing {

struct ImageTolerance {
  double maxDelta = 0.0;   // largest per-channel difference allowed, 0..255
  double meanDelta = 0.0;  // mean per-channel difference allowed, 0..255
  double minForeground = 0.02;  // at least this fraction of pixels must differ from the background
};

// `baseline` is a file name under tests/baselines/.
::testing::AssertionResult matchesBaseline(const Image& actual, const std::string& baseline,
                                           const ImageTolerance& tolerance);

}  // namespace myo::testing
