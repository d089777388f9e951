#include "image_check.hpp"

#include <filesystem>

namespace myo::testing {

::testing::AssertionResult matchesBaseline(const Image& actual, const std::string& baseline,
                                           const ImageTolerance& tolerance) {
  const std::filesystem::path expectedPath = std::filesystem::path(MYOSCOPE_SOURCE_DIR) / "tests" / "baselines" / baseline;
  const std::filesystem::path actualPath = std::filesystem::current_path() / ("actual-" + baseline);
  const double foreground = foregroundFraction(actual);
  if (foreground < tolerance.minForeground) {
    (void)savePng(actual, actualPath.string());
    return ::testing::AssertionFailure() << "the image is blank (foreground " << foreground << " < "
                                         << tolerance.minForeground << "); saved as " << actualPath;
  }
  if (!std::filesystem::exists(expectedPath)) {
    (void)savePng(actual, actualPath.string());
    return ::testing::AssertionFailure() << "no baseline " << expectedPath << ": wrote the actual image to "
                                         << actualPath << "; look at it, and copy it there if it is right";
  }
  const auto expected = loadPng(expectedPath.string());
  if (!expected) return ::testing::AssertionFailure() << expected.error().text();
  const ImageDifference d = compareImages(actual, *expected);
  if (d.sizeMismatch || d.maxDelta > tolerance.maxDelta || d.meanDelta > tolerance.meanDelta) {
    (void)savePng(actual, actualPath.string());
    return ::testing::AssertionFailure() << baseline << " differs: max " << d.maxDelta << " (allowed "
                                         << tolerance.maxDelta << "), mean " << d.meanDelta << " (allowed "
                                         << tolerance.meanDelta << ")" << (d.sizeMismatch ? ", size differs" : "")
                                         << "; actual image saved as " << actualPath;
  }
  return ::testing::AssertionSuccess();
}

}  // namespace myo::testing
