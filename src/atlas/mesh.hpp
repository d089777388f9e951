#pragma once
// A triangle mesh in the body frame (metres, +Y up, +Z anterior, +X the subject's left).
#include <cstdint>
#include <glm/glm.hpp>
#include <optional>
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

// Derived by analyzeMesh() (mesh_analysis.hpp).
struct MeshFacts {
  bool closed = false;               // edges (by position) join two triangles of opposite winding, up to small holes
  bool windingOutward = true;        // closed meshes: triangles counter-clockwise seen from outside
  bool normalsFollowWinding = true;  // the vertex normals point to the side the triangles face
  glm::vec3 longAxis{0.0f, 1.0f, 0.0f};  // principal axis of the vertices, unit length
};

// A coarser level of detail: a triangle list over the mesh's vertices and how far (metres) it strays.
struct MeshLod {
  std::vector<std::uint32_t> indices;
  float error = 0.0f;
};

struct Mesh {
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;        // one per position, unit length
  std::vector<glm::vec3> fibers;         // muscle fibre direction per position, or empty when unknown
  std::vector<std::uint32_t> indices;    // three per triangle, counter-clockwise seen from outside
  // Derived data (computeDerived() in mesh_analysis.hpp), cached with the mesh; empty until computed, and
  // cleared by the operations below that change the geometry.
  std::optional<MeshFacts> facts;
  std::vector<MeshLod> lods;

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
