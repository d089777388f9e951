#pragma once
// The frame a source mesh is authored in (units and axes), and its conversion into the body frame (metres,
// +Y up, +Z anterior, +X the subject's left). Loaders convert every mesh on import, so nothing downstream
// ever sees another frame.
#include <glm/glm.hpp>
#include <optional>
#include <string_view>

#include "atlas/mesh.hpp"

namespace myo::atlas {

struct SourceFrame {
  float metresPerUnit = 1.0f;
  glm::mat3 rotation{1.0f};  // source axes -> body axes; a proper rotation, so triangle winding is kept

  glm::vec3 point(glm::vec3 p) const { return rotation * p * metresPerUnit; }
  glm::vec3 direction(glm::vec3 d) const { return rotation * d; }
  bool identity() const { return metresPerUnit == 1.0f && rotation == glm::mat3(1.0f); }
};

// "+x", "-y", ... as a unit axis; nullopt for anything else.
std::optional<glm::vec3> axisFromName(std::string_view name);
// "m", "cm", "mm" as metres per unit; nullopt for anything else.
std::optional<float> metresPerUnitFromName(std::string_view name);

// The frame whose `up` and `front` (the subject's anterior) axes are given in source coordinates; nullopt
// when they are not perpendicular unit axes.
std::optional<SourceFrame> frameFromAxes(glm::vec3 up, glm::vec3 front, float metresPerUnit);

// BodyParts3D: millimetres, +Z up, +Y posterior: (x, y, z)_ours = (x, z, -y)_bp3d / 1000.
SourceFrame bodyParts3DFrame();

// Converts positions and normals in place (normals stay unit length).
void applyFrame(const SourceFrame& frame, Mesh& mesh);
// The box that holds a source-frame box after conversion.
Bounds applyFrame(const SourceFrame& frame, const Bounds& bounds);

}  // namespace myo::atlas
