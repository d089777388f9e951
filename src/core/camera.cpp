#include "core/camera.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <glm/gtc/matrix_transform.hpp>

namespace myo {

glm::vec3 Camera::forward() const { return orientation * glm::vec3(0.0f, 0.0f, -1.0f); }
glm::vec3 Camera::up() const { return orientation * glm::vec3(0.0f, 1.0f, 0.0f); }
glm::vec3 Camera::right() const { return orientation * glm::vec3(1.0f, 0.0f, 0.0f); }
glm::vec3 Camera::position() const { return pivot - forward() * distance; }

glm::mat4 Camera::view() const { return glm::lookAt(position(), pivot, up()); }

glm::mat4 Camera::projection(float aspect, float sceneRadius, float centreShift) const {
  const float radius = std::max(sceneRadius, 1e-3f);
  const float nearPlane = std::max(distance - 2.0f * radius, distance * 0.01f);
  const float farPlane = distance + 2.0f * radius;
  glm::mat4 p = glm::perspective(glm::radians(fovYDegrees), aspect, nearPlane, farPlane);
  // x_ndc += shift: clip x gains shift * clip w (an off-centre frustum; depth is untouched).
  for (int column = 0; column < 4; ++column) p[column][0] += centreShift * p[column][3];
  return p;
}

Ray Camera::rayThroughPixel(float x, float y, int width, int height, float centreShift) const {
  const float aspect = static_cast<float>(width) / static_cast<float>(height);
  const float tanHalf = std::tan(glm::radians(fovYDegrees) * 0.5f);
  const float ndcX = (2.0f * x / static_cast<float>(width)) - 1.0f - centreShift;
  const float ndcY = 1.0f - (2.0f * y / static_cast<float>(height));
  const glm::vec3 direction = forward() + right() * (ndcX * tanHalf * aspect) + up() * (ndcY * tanHalf);
  return Ray{position(), glm::normalize(direction)};
}

void Camera::orbit(float yawDegrees, float pitchDegrees) {
  const glm::quat yaw = glm::angleAxis(glm::radians(yawDegrees), glm::vec3(0.0f, 1.0f, 0.0f));
  const glm::quat pitch = glm::angleAxis(glm::radians(pitchDegrees), glm::vec3(1.0f, 0.0f, 0.0f));
  orientation = glm::normalize(yaw * orientation * pitch);
}

void Camera::pan(float dxFraction, float dyFraction) {
  const float visibleHeight = 2.0f * distance * std::tan(glm::radians(fovYDegrees) * 0.5f);
  pivot += (right() * dxFraction + up() * dyFraction) * visibleHeight;
}

void Camera::zoom(float factor) { distance = std::clamp(distance / std::max(factor, 1e-3f), 0.02f, 50.0f); }

namespace {
struct NamedView {
  std::string_view name;
  StandardView view;
};
constexpr std::array kViews{
    NamedView{"anterior", StandardView::Anterior}, NamedView{"posterior", StandardView::Posterior},
    NamedView{"left", StandardView::Left},         NamedView{"right", StandardView::Right},
    NamedView{"superior", StandardView::Superior}, NamedView{"inferior", StandardView::Inferior},
};
}  // namespace

std::optional<StandardView> standardViewFromName(std::string_view name) {
  for (const auto& v : kViews)
    if (v.name == name) return v.view;
  if (name == "front") return StandardView::Anterior;
  if (name == "back") return StandardView::Posterior;
  if (name == "top") return StandardView::Superior;
  if (name == "bottom") return StandardView::Inferior;
  return std::nullopt;
}

std::string_view standardViewName(StandardView view) {
  for (const auto& v : kViews)
    if (v.view == view) return v.name;
  return "anterior";
}

glm::quat standardViewOrientation(StandardView view) {
  // Columns of the camera-to-world rotation: right, up, back (the camera sits on +back of the pivot).
  const auto basis = [](glm::vec3 right, glm::vec3 up, glm::vec3 back) {
    return glm::normalize(glm::quat_cast(glm::mat3(right, up, back)));
  };
  const glm::vec3 x(1, 0, 0);
  const glm::vec3 y(0, 1, 0);
  const glm::vec3 z(0, 0, 1);
  switch (view) {
    case StandardView::Anterior:
      return basis(x, y, z);  // eye at +Z, subject's left on screen right
    case StandardView::Posterior:
      return basis(-x, y, -z);  // eye at -Z
    case StandardView::Left:
      return basis(-z, y, x);  // eye at +X (subject's left side)
    case StandardView::Right:
      return basis(z, y, -x);  // eye at -X
    case StandardView::Superior:
      return basis(-x, z, y);  // eye above, anterior at the top of the screen
    case StandardView::Inferior:
      return basis(x, z, -y);  // eye below, anterior at the top too
  }
  return basis(x, y, z);
}

Camera frameSphere(glm::vec3 center, float radius, glm::quat orientation, float fovYDegrees) {
  Camera camera;
  camera.pivot = center;
  camera.orientation = orientation;
  camera.fovYDegrees = fovYDegrees;
  // Fit the sphere in the vertical field with a small margin.
  camera.distance = std::max(radius, 1e-3f) * 1.08f / std::sin(glm::radians(fovYDegrees) * 0.5f);
  return camera;
}

Camera CameraAnimation::at(double nowSeconds) const {
  if (durationSeconds <= 0.0 || finished(nowSeconds)) return to;
  const double t = std::clamp((nowSeconds - startSeconds) / durationSeconds, 0.0, 1.0);
  const auto s = static_cast<float>(t * t * (3.0 - 2.0 * t));  // smoothstep: eases in and out
  Camera c = to;
  c.pivot = glm::mix(from.pivot, to.pivot, s);
  // Interpolate distance geometrically so zooming feels even at every scale.
  c.distance = from.distance * std::pow(to.distance / from.distance, s);
  c.orientation = glm::slerp(from.orientation, to.orientation, s);
  c.fovYDegrees = glm::mix(from.fovYDegrees, to.fovYDegrees, s);
  return c;
}

}  // namespace myo
