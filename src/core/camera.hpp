#pragma once
// The orbit camera as plain data (no GL): a pivot, a distance and an orientation. Commands change it,
// the renderer reads its matrices, picking casts rays through it. Body frame (DESIGN.md): metres,
// +Y up, +Z anterior (the subject faces +Z), +X the subject's left.
#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>
#include <optional>
#include <string_view>

namespace myo {

struct Ray {
  glm::vec3 origin{0.0f};
  glm::vec3 direction{0.0f, 0.0f, -1.0f};  // unit length
};

struct Camera {
  glm::vec3 pivot{0.0f, 0.9f, 0.0f};
  float distance = 3.0f;
  glm::quat orientation{1.0f, 0.0f, 0.0f, 0.0f};  // camera-to-world; the camera looks along its -Z
  float fovYDegrees = 30.0f;

  glm::vec3 position() const;
  glm::vec3 forward() const;  // unit, from the eye towards the pivot
  glm::vec3 up() const;
  glm::vec3 right() const;
  glm::mat4 view() const;
  // Near and far planes follow the distance and the scene's size so depth precision holds at any zoom.
  // `centreShift` moves the picture sideways by that much of the half width (normalised device x): a panel over
  // one side of the window moves the body into the free part instead of behind the panel.
  glm::mat4 projection(float aspect, float sceneRadius, float centreShift = 0.0f) const;
  // The ray through pixel (x, y) of a width x height image; y grows downwards as in window coordinates.
  Ray rayThroughPixel(float x, float y, int width, int height, float centreShift = 0.0f) const;

  // Turns about the world up axis (yaw) and the camera's right axis (pitch), both in degrees.
  void orbit(float yawDegrees, float pitchDegrees);
  // Moves the pivot in the view plane by fractions of the visible height.
  void pan(float dxFraction, float dyFraction);
  // factor > 1 moves closer.
  void zoom(float factor);
};

enum class StandardView { Anterior, Posterior, Left, Right, Superior, Inferior };

std::optional<StandardView> standardViewFromName(std::string_view name);
std::string_view standardViewName(StandardView view);
// The orientation that looks at the subject from that side, body upright (or anterior up from above/below).
glm::quat standardViewOrientation(StandardView view);

// A camera placed to frame a bounding sphere from the given orientation.
Camera frameSphere(glm::vec3 center, float radius, glm::quat orientation, float fovYDegrees = 30.0f);

// Smooth transition between two cameras (ease in-out), for standard views, focus and lessons.
struct CameraAnimation {
  Camera from;
  Camera to;
  double startSeconds = 0.0;
  double durationSeconds = 0.0;

  bool finished(double nowSeconds) const { return nowSeconds >= startSeconds + durationSeconds; }
  Camera at(double nowSeconds) const;
};

}  // namespace myo
