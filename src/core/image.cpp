#include "core/image.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

#include <stb_image.h>
#include <stb_image_write.h>

namespace myo {

Status savePng(const Image& image, const std::string& path) {
  if (image.empty()) return Error{"savePng(): " + path, "the image is empty"};
  const int ok = stbi_write_png(path.c_str(), image.width, image.height, 4, image.rgba.data(), image.width * 4);
  if (ok == 0) return Error{"savePng(): " + path, "cannot write the file (does its folder exist?)"};
  return {};
}

Result<Image> loadPng(const std::string& path) {
  int width = 0;
  int height = 0;
  int channels = 0;
  stbi_uc* data = stbi_load(path.c_str(), &width, &height, &channels, 4);
  if (data == nullptr) return Error{"loadPng(): " + path, std::string("cannot read a PNG: ") + stbi_failure_reason()};
  Image image{width, height, std::vector<std::uint8_t>(data, data + static_cast<size_t>(width) * height * 4)};
  stbi_image_free(data);
  return image;
}

ImageDifference compareImages(const Image& actual, const Image& expected) {
  ImageDifference d;
  if (actual.width != expected.width || actual.height != expected.height) {
    d.sizeMismatch = true;
    d.maxDelta = d.meanDelta = 255.0;
    return d;
  }
  double sum = 0.0;
  for (size_t i = 0; i < actual.rgba.size(); ++i) {
    const double delta = std::abs(static_cast<int>(actual.rgba[i]) - static_cast<int>(expected.rgba[i]));
    d.maxDelta = std::max(d.maxDelta, delta);
    sum += delta;
  }
  d.meanDelta = actual.rgba.empty() ? 0.0 : sum / static_cast<double>(actual.rgba.size());
  return d;
}

double foregroundFraction(const Image& image) {
  if (image.empty()) return 0.0;
  std::map<std::uint32_t, size_t> counts;
  const size_t pixels = static_cast<size_t>(image.width) * image.height;
  for (size_t i = 0; i < pixels; ++i) {
    const auto* p = &image.rgba[i * 4];
    ++counts[(static_cast<std::uint32_t>(p[0]) << 16) | (static_cast<std::uint32_t>(p[1]) << 8) | p[2]];
  }
  size_t background = 0;
  for (const auto& [colour, count] : counts) background = std::max(background, count);
  return 1.0 - static_cast<double>(background) / static_cast<double>(pixels);
}

}  // namespace myo
