#include "render/frame_context.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <cmath>

namespace myo::render {
namespace {

// Lights ride with the camera (as in an anatomy atlas, every view is lit the same way), given in the
// camera frame: x right, y up, z towards the viewer.
const glm::vec3 kKey = glm::normalize(glm::vec3(-0.45f, 0.65f, 0.62f));   // upper left, in front
const glm::vec3 kFill = glm::normalize(glm::vec3(0.70f, -0.15f, 0.45f));  // right, a little low
const glm::vec3 kRim = glm::normalize(glm::vec3(0.25f, 0.45f, -0.85f));   // behind, above

}  // namespace

FrameContext makeFrameContext(const Camera& camera, int width, int height, float sceneRadius, float centreShift) {
  FrameContext frame;
  frame.width = width;
  frame.height = height;
  const float aspect = static_cast<float>(width) / static_cast<float>(height);
  const glm::mat4 projection = camera.projection(aspect, sceneRadius, centreShift);
  frame.viewProjection = projection * camera.view();
  frame.eye = camera.position();
  frame.forward = camera.forward();
  frame.keyLight = glm::normalize(camera.orientation * kKey);
  frame.fillLight = glm::normalize(camera.orientation * kFill);
  frame.rimLight = glm::normalize(camera.orientation * kRim);
  const float a = projection[2][2];
  const float b = projection[3][2];
  frame.nearPlane = b / (a - 1.0f);
  frame.farPlane = b / (a + 1.0f);
  frame.depthUnproject = {a, b, frame.farPlane};
  const float tanHalf = std::tan(glm::radians(camera.fovYDegrees) * 0.5f);
  frame.pixelWorldSize = 2.0f * camera.distance * tanHalf / static_cast<float>(height);
  frame.pixelsPerMetreAtUnitDistance = static_cast<float>(height) / (2.0f * tanHalf);
  return frame;
}

glm::ivec4 screenRectangle(const atlas::Bounds& box, const FrameContext& frame, int margin) {
  const int width = frame.width;
  const int height = frame.height;
  const glm::ivec4 whole(0, 0, width, height);
  if (!box.valid()) return {0, 0, 0, 0};
  glm::vec2 low(1e30f);
  glm::vec2 high(-1e30f);
  for (int corner = 0; corner < 8; ++corner) {
    const glm::vec3 p((corner & 1) ? box.max.x : box.min.x, (corner & 2) ? box.max.y : box.min.y,
                      (corner & 4) ? box.max.z : box.min.z);
    const glm::vec4 clip = frame.viewProjection * glm::vec4(p, 1.0f);
    if (clip.w <= 1e-6f) return whole;
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    low = glm::min(low, ndc);
    high = glm::max(high, ndc);
  }
  const glm::vec2 size(static_cast<float>(width), static_cast<float>(height));
  const glm::vec2 lowPixels = (low * 0.5f + 0.5f) * size - static_cast<float>(margin);
  const glm::vec2 highPixels = (high * 0.5f + 0.5f) * size + static_cast<float>(margin);
  const int x0 = std::clamp(static_cast<int>(std::floor(lowPixels.x)), 0, width);
  const int y0 = std::clamp(static_cast<int>(std::floor(lowPixels.y)), 0, height);
  const int x1 = std::clamp(static_cast<int>(std::ceil(highPixels.x)), 0, width);
  const int y1 = std::clamp(static_cast<int>(std::ceil(highPixels.y)), 0, height);
  return {x0, y0, x1 - x0, y1 - y0};
}

glm::ivec4 unite(const glm::ivec4& a, const glm::ivec4& b) {
  if (a.z <= 0 || a.w <= 0) return b;
  if (b.z <= 0 || b.w <= 0) return a;
  const glm::ivec2 low = glm::min(glm::ivec2(a), glm::ivec2(b));
  const glm::ivec2 high = glm::max(glm::ivec2(a) + glm::ivec2(a.z, a.w), glm::ivec2(b) + glm::ivec2(b.z, b.w));
  return {low, high - low};
}

void scissorTo(const glm::ivec4& rect, int divisor) {
  // Round outwards so a reduced-size target covers every pixel of the full-size rectangle.
  const int x0 = rect.x / divisor;
  const int y0 = rect.y / divisor;
  const int x1 = (rect.x + rect.z + divisor - 1) / divisor;
  const int y1 = (rect.y + rect.w + divisor - 1) / divisor;
  glScissor(x0, y0, x1 - x0, y1 - y0);
}

}  // namespace myo::render
