#pragma once
// An 8-bit RGBA image in memory, top row first; PNG in and out; and the comparison metrics that image
// tests use (F3D / Magnum style: max and mean per-channel difference).
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace myo {

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  // width * height * 4, top row first

  bool empty() const { return width == 0 || height == 0; }
  std::uint8_t* pixel(int x, int y) { return &rgba[(static_cast<size_t>(y) * width + x) * 4]; }
  const std::uint8_t* pixel(int x, int y) const { return &rgba[(static_cast<size_t>(y) * width + x) * 4]; }
};

Status savePng(const Image& image, const std::string& path);
Result<Image> loadPng(const std::string& path);

struct ImageDifference {
  double maxDelta = 0.0;   // largest per-channel difference, 0..255
  double meanDelta = 0.0;  // mean per-channel difference over all pixels, 0..255
  bool sizeMismatch = false;
};
ImageDifference compareImages(const Image& actual, const Image& expected);

// Fraction of pixels that differ from the most common colour (the background); a blank render is ~0.
double foregroundFraction(const Image& image);

}  // namespace myo
