#pragma once
// What every pass of one frame shares: matrices, the eye, the camera-relative lights, the depth range
// and the size of a pixel in the world (for screen-space terms that look the same at every zoom).
#include <glm/glm.hpp>

#include "atlas/mesh.hpp"
#include "core/camera.hpp"

namespace myo::render {

struct FrameContext {
  int width = 1;
  int height = 1;
  glm::mat4 viewProjection{1.0f};
  glm::vec3 eye{0.0f};
  glm::vec3 forward{0.0f, 0.0f, -1.0f};
  glm::vec3 keyLight{0.0f, 0.0f, 1.0f};  // unit vectors towards the lights, world
  glm::vec3 fillLight{0.0f, 0.0f, 1.0f};
  glm::vec3 rimLight{0.0f, 0.0f, -1.0f};
  float nearPlane = 0.1f;
  float farPlane = 10.0f;
  glm::vec3 depthUnproject{0.0f};                // A = P[2][2], B = P[3][2], far: view distance = B / (ndc + A)
  float pixelWorldSize = 0.001f;                 // world size of one pixel at the camera's pivot
  float pixelsPerMetreAtUnitDistance = 1000.0f;  // divide by a distance for the pixels a metre spans there
  // The pixels the visible structures can cover (x, y, width, height; GL's bottom-left origin), with room
  // for the screen-space terms around them. Every pass clears and draws only there.
  glm::ivec4 region{0, 0, 1, 1};
};

// The pixel rectangle that a box covers, widened by `margin`, clipped to the viewport; the whole viewport
// when the box reaches behind the eye; empty (zero size) for an invalid box.
glm::ivec4 screenRectangle(const atlas::Bounds& box, const FrameContext& frame, int margin);
glm::ivec4 unite(const glm::ivec4& a, const glm::ivec4& b);

// Restricts clears and draws to a rectangle (scaled down by `divisor` for reduced-size targets).
void scissorTo(const glm::ivec4& rect, int divisor = 1);

FrameContext makeFrameContext(const Camera& camera, int width, int height, float sceneRadius, float centreShift = 0.0f);

}  // namespace myo::render
