#pragma once
// Region geometry: each body region (assets/regions.yaml) is a union of simple volumes in the body frame,
// authored once for the right side; the left side is the exact x-mirror. A skin point is in a region when it
// lies inside one of the region's primitives. DESIGN.md: zones are defined once and evaluated by the same
// definition on the CPU and in the shader, so the primitives are kept as one flat array of plain structs
// (`flatShapes`) that the renderer can upload as uniforms unchanged, and `signedDistance` below is the
// function the shader repeats.
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/ids.hpp"

namespace YAML {
class Node;
}
namespace myo::landmarks {
class LandmarkSet;
}

namespace myo::trigger {

enum class ShapeKind : int {
  Sphere = 0,     // a: centre, r: radius
  Capsule = 1,    // a to b; radius radii.x at a, radii.y at b (a round cone; equal radii: a capsule)
  Ellipsoid = 2,  // a: centre, radii: semi-axes along body x, y, z
  Box = 3,        // a: centre, radii: half sizes along body x, y, z, r: rounding of the edges
};

// One primitive of one region on one side, in the body frame (metres). Plain data: the shader's layout.
struct RegionShape {
  ShapeKind kind = ShapeKind::Sphere;
  glm::vec3 a{0.0f};
  glm::vec3 b{0.0f};
  glm::vec3 radii{0.0f};
  float r = 0.0f;
  int region = 0;  // index into RegionSet::all()
  Side side = Side::Right;
};

// Negative inside, positive outside, in metres (exact for sphere, capsule and box; the ellipsoid's is the usual
// bound that is exact on the surface, so `inside` never disagrees with the shader).
float signedDistance(const RegionShape& shape, glm::vec3 p);
inline bool inside(const RegionShape& shape, glm::vec3 p) { return signedDistance(shape, p) <= 0.0f; }

// The x-mirror (right <-> left) of a primitive.
RegionShape mirroredShape(const RegionShape& shape);

namespace detail {
// Parses a region's `shape:` list (right side). Points are landmark ids, [x, y, z], {at: P, offset: [...]} or
// {between: [P, P], t: 0.5, offset: [...]}. Throws LoadError `file:line:col` naming what was expected.
std::vector<RegionShape> parseShapes(const std::string& file, const YAML::Node& list,
                                     const landmarks::LandmarkSet* landmarks, int regionIndex);
}  // namespace detail

}  // namespace myo::trigger
