#pragma once
// Implicit shapes a bone is built from: signed distance functions (negative inside, metres) of simple
// primitives, combined by smooth union and subtraction. Everything is in the body frame.
#include <vector>

#include <glm/glm.hpp>

#include "atlas/mesh.hpp"

namespace myo::atlas_gen {

enum class ShapeKind {
  Sphere,     // a: centre; r0: radius
  Ellipsoid,  // a: centre; radii; axes (orthonormal frame, columns)
  Capsule,    // a -> b; r0 at a, r1 at b (a round cone)
  Plate,      // triangle a, b, c thickened by r0 (rounded edges)
  Box,        // a: centre; radii: half sizes; r0: edge rounding; axes
};

enum class ShapeOp { Union, Subtract };

struct Shape {
  ShapeKind kind = ShapeKind::Sphere;
  ShapeOp op = ShapeOp::Union;
  glm::vec3 a{0.0f}, b{0.0f}, c{0.0f};
  glm::vec3 radii{0.0f};
  glm::mat3 axes{1.0f};
  float r0 = 0.0f, r1 = 0.0f;
  float blend = -1.0f;  // smoothing radius for this shape; < 0: the bone's

  float distance(glm::vec3 p) const;
  atlas::Bounds bounds() const;
};

// Mirrored across the sagittal plane (x -> -x).
Shape mirroredX(const Shape& shape);

// The field of a bone: smooth union of its Union shapes (in order), then each Subtract shape removed
// smoothly. `blend` is the default smoothing radius.
struct Field {
  std::vector<Shape> shapes;
  float blend = 0.004f;

  float operator()(glm::vec3 p) const;
  atlas::Bounds bounds() const;  // of the union shapes, grown by the blend radius
  float smallestRadius() const;  // of the union shapes: decides the sampling step of small bones
};

}  // namespace myo::atlas_gen
