#pragma once
// A bounding volume hierarchy over every triangle of an atlas: exact picking (the structure under the
// cursor) and surface queries without GL. Built once per atlas; hidden structures are skipped by a mask.
#include <cstdint>
#include <optional>
#include <vector>

#include "atlas/atlas.hpp"
#include "core/camera.hpp"

namespace myo::atlas {

struct RayHit {
  size_t structure = 0;   // index into Atlas::structures
  size_t triangle = 0;    // triangle index within that structure's mesh
  float distance = 0.0f;  // along the ray, metres
  glm::vec3 point{0.0f};
  glm::vec3 normal{0.0f}; // geometric normal of the hit triangle, unit length
};

// The BVH refers to the atlas's meshes rather than copying their triangles (a full body is half a million
// of them): the atlas must outlive it and stay unchanged.
class Bvh {
 public:
  Bvh() = default;
  explicit Bvh(const Atlas& atlas);

  // The nearest hit among structures whose `visible[index]` is true (all when `visible` is empty).
  std::optional<RayHit> intersect(const Ray& ray, const std::vector<bool>& visible = {}) const;
  size_t nodeCount() const { return nodes_.size(); }

 private:
  struct Node {
    Bounds bounds;
    std::uint32_t first = 0;  // first triangle (leaf) or right child (inner)
    std::uint32_t count = 0;  // triangles in a leaf; 0 for an inner node
  };
  struct Triangle {
    std::uint32_t structure;
    std::uint32_t index;  // triangle index within the structure's mesh
  };
  void build(std::uint32_t node, std::uint32_t first, std::uint32_t count);
  void corners(const Triangle& t, glm::vec3& a, glm::vec3& b, glm::vec3& c) const {
    const Mesh& mesh = atlas_->structures[t.structure].mesh;
    const std::uint32_t* i = &mesh.indices[static_cast<size_t>(t.index) * 3];
    a = mesh.positions[i[0]];
    b = mesh.positions[i[1]];
    c = mesh.positions[i[2]];
  }

  const Atlas* atlas_ = nullptr;
  std::vector<Node> nodes_;
  std::vector<Triangle> triangles_;
};

}  // namespace myo::atlas
