#pragma once
// Signed distances (negative inside, metres) of the primitive volumes the body frame is described with:
// the atlas generator builds bones and muscles from them, and the body regions are made of them, on the
// CPU here and in the shader by the same formulas. Points are given in the primitive's own frame (centre
// at the origin, axes along x, y, z) where a primitive has one.
#include <algorithm>
#include <cmath>

#include <glm/glm.hpp>

namespace myo::sdf {

inline float sphere(glm::vec3 p, float r) { return glm::length(p) - r; }

// Not an exact distance away from the surface, but exact on it (the sign is exact) and never too large
// near it, which is all meshing and membership need (Inigo Quilez' ellipsoid bound).
inline float ellipsoid(glm::vec3 q, glm::vec3 radii) {
  const float k0 = glm::length(q / radii);
  const float k1 = glm::length(q / (radii * radii));
  if (k1 <= 0.0f) return -std::min({radii.x, radii.y, radii.z});
  return k0 * (k0 - 1.0f) / k1;
}

// A box of half sizes `half` whose edges are rounded by `round`.
inline float roundBox(glm::vec3 q, glm::vec3 half, float round) {
  const glm::vec3 d = glm::abs(q) - (half - glm::vec3(round));
  return glm::length(glm::max(d, glm::vec3(0.0f))) + std::min(std::max({d.x, d.y, d.z}), 0.0f) - round;
}

// A segment a-b whose radius runs linearly from ra to rb along it: cheap, and exact for equal radii.
inline float taperedCapsule(glm::vec3 p, glm::vec3 a, glm::vec3 b, float ra, float rb) {
  const glm::vec3 ba = b - a;
  const float len2 = glm::dot(ba, ba);
  const float h = len2 > 0.0f ? std::clamp(glm::dot(p - a, ba) / len2, 0.0f, 1.0f) : 0.0f;
  return glm::length(p - a - ba * h) - (ra + (rb - ra) * h);
}

}  // namespace myo::sdf
