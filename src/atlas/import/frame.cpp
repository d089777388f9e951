#include "atlas/import/frame.hpp"

#include <cmath>

namespace myo::atlas {

std::optional<glm::vec3> axisFromName(std::string_view name) {
  if (name.size() != 2 || (name[0] != '+' && name[0] != '-')) return std::nullopt;
  const float sign = name[0] == '+' ? 1.0f : -1.0f;
  switch (name[1]) {
    case 'x':
      return glm::vec3(sign, 0.0f, 0.0f);
    case 'y':
      return glm::vec3(0.0f, sign, 0.0f);
    case 'z':
      return glm::vec3(0.0f, 0.0f, sign);
    default:
      return std::nullopt;
  }
}

std::optional<float> metresPerUnitFromName(std::string_view name) {
  if (name == "m") return 1.0f;
  if (name == "cm") return 0.01f;
  if (name == "mm") return 0.001f;
  return std::nullopt;
}

std::optional<SourceFrame> frameFromAxes(glm::vec3 up, glm::vec3 front, float metresPerUnit) {
  if (std::abs(glm::length(up) - 1.0f) > 1e-4f || std::abs(glm::length(front) - 1.0f) > 1e-4f ||
      std::abs(glm::dot(up, front)) > 1e-4f || !(metresPerUnit > 0.0f))
    return std::nullopt;
  // Body +X (the subject's left) is up x front in a right-handed frame (x = y cross z).
  const glm::vec3 left = glm::cross(up, front);
  SourceFrame frame;
  frame.metresPerUnit = metresPerUnit;
  // Rows are the source directions of the body axes; glm is column-major, so build the transpose.
  frame.rotation = glm::transpose(glm::mat3(left, up, front));
  return frame;
}

SourceFrame bodyParts3DFrame() {
  return *frameFromAxes(glm::vec3(0.0f, 0.0f, 1.0f), glm::vec3(0.0f, -1.0f, 0.0f), 0.001f);
}

void applyFrame(const SourceFrame& frame, Mesh& mesh) {
  if (frame.identity()) return;
  const glm::mat3 m = frame.rotation * frame.metresPerUnit;
  for (auto& p : mesh.positions) p = m * p;
  for (auto& n : mesh.normals) n = frame.rotation * n;
  for (auto& f : mesh.fibers) f = frame.rotation * f;
}

Bounds applyFrame(const SourceFrame& frame, const Bounds& bounds) {
  Bounds out;
  if (!bounds.valid()) return out;
  for (int corner = 0; corner < 8; ++corner)
    out.add(frame.point(glm::vec3((corner & 1) != 0 ? bounds.max.x : bounds.min.x,
                                  (corner & 2) != 0 ? bounds.max.y : bounds.min.y,
                                  (corner & 4) != 0 ? bounds.max.z : bounds.min.z)));
  return out;
}

}  // namespace myo::atlas
