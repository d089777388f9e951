#pragma once
// A triangle mesh in the body frame (metres, +Y up, +Z anterior, +X the subject's left).
#include <cstdint>
#include <glm/glm.hpp>
#include <vector>

namespace myo::atlas {

struct Bounds {
  glm::vec3 min{1e30f};
  glm::vec3 max{-1e30f};

  bool valid() const { return min.x <= max.x; }
  void add(glm::vec3 p) { min = glm::min(min, p); max = glm::max(max, p); }
  void add(const Bounds& b) { if (b.valid()) { add(b.min); add(b.max); } }
  glm::vec3 center() const { return (min + max) * 0.5f; }
  float radius() const { return valid() ? glm::length(max - min) * 0.5f : 0.0f; }
};

struct Mesh {
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;        // one per position, unit length
  std::vector<glm::vec3> fibers;         // muscle fibre direction per position, or empty when unknown
  std::vector<std::uint32_t> indices;    // three per triangle, counter-clockwise seen from outside

  size_t triangleCount() const { return indices.size() / 3; }
  bool empty() const { return indices.empty(); }
  Bounds bounds() const;
};

// Smooth, area-weighted vertex normals from the triangles.
void computeNormals(Mesh& mesh);

// Merges vertices with equal positions (and normals), drops vertices no triangle uses and degenerate
// triangles. Loaders call it so meshes from every format come out indexed and compact.
void weldAndCompact(Mesh& mesh);

// Mirrors a mesh across the sagittal plane (x -> -x), keeping triangles facing outwards.
Mesh mirroredX(const Mesh& mesh);

// Signed volume (positive for a closed, outward-facing mesh) and area-weighted centroid of the surface.
double signedVolume(const Mesh& mesh);

}  // namespace myo::atlas
