#include <gtest/gtest.h>

#include <filesystem>

#include "core/image.hpp"

namespace myo {

TEST(Image, PngRoundTrip) {
  Image image{3, 2, std::vector<std::uint8_t>(3 * 2 * 4, 0)};
  image.pixel(2, 1)[0] = 200;
  image.pixel(2, 1)[3] = 255;
  const auto path = (std::filesystem::temp_directory_path() / "myoscope_image_test.png").string();
  ASSERT_TRUE(savePng(image, path).ok());
  const auto loaded = loadPng(path);
  ASSERT_TRUE(loaded.ok()) << loaded.error().text();
  EXPECT_EQ(loaded->width, 3);
  EXPECT_EQ(loaded->pixel(2, 1)[0], 200);
  std::filesystem::remove(path);
}

TEST(Image, LoadingAMissingFileFailsWithThePath) {
  const auto loaded = loadPng("/nonexistent/file.png");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().text().find("/nonexistent/file.png"), std::string::npos);
}

TEST(Image, CompareReportsMaxAndMean) {
  Image a{2, 1, std::vector<std::uint8_t>(8, 10)};
  Image b = a;
  b.rgba[0] = 30;
  const auto d = compareImages(a, b);
  EXPECT_DOUBLE_EQ(d.maxDelta, 20.0);
  EXPECT_DOUBLE_EQ(d.meanDelta, 20.0 / 8.0);
  Image c{1, 1, std::vector<std::uint8_t>(4, 0)};
  EXPECT_TRUE(compareImages(a, c).sizeMismatch);
}

TEST(Image, BlankImageHasNoForeground) {
  Image blank{4, 4, std::vector<std::uint8_t>(64, 0)};
  EXPECT_DOUBLE_EQ(foregroundFraction(blank), 0.0);
  blank.pixel(1, 1)[0] = 255;
  EXPECT_DOUBLE_EQ(foregroundFraction(blank), 1.0 / 16.0);
}

}  // namespace myo
