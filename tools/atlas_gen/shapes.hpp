#pragma once
// Implicit shapes a bone is built from: signed distance functions (negative inside, metres) of simple
// primitives, combined by smooth union and subtraction. Everything is in the body frame.
#include <memory>
#include <vector>

#include <glm/glm.hpp>

#include "atlas/mesh.hpp"
#include "atlas_gen/pieces.hpp"

namespace myo::atlas_gen {

enum class ShapeKind {
  Sphere,     // a: centre; r0: radius
  Ellipsoid,  // a: centre; radii; axes (orthonormal frame, columns)
  Capsule,    // a -> b; r0 at a, r1 at b (a round cone)
  Plate,      // triangle a, b, c thickened by r0 (rounded edges)
  Box,        // a: centre; radii: half sizes; r0: edge rounding; axes
  Sweep,      // pieces: a curve with elliptical sections (muscle bellies, tendons)
  Sheet,      // pieces: a thickened surface through rows of points (flat muscles, fascia)
};

enum class ShapeOp { Union, Subtract };

struct Shape {
  ShapeKind kind = ShapeKind::Sphere;
  ShapeOp op = ShapeOp::Union;
  glm::vec3 a{0.0f}, b{0.0f}, c{0.0f};
  glm::vec3 radii{0.0f};
  glm::mat3 axes{1.0f};
  float r0 = 0.0f, r1 = 0.0f;
  float blend = -1.0f;                   // smoothing radius for this shape; < 0: the bone's
  std::shared_ptr<const Pieces> pieces;  // Sweep and Sheet

  float distance(glm::vec3 p) const;
  atlas::Bounds bounds() const;
  // The muscle fibre direction the shape gives at p (its axis, its curve, or row to row on a sheet).
  glm::vec3 fibre(glm::vec3 p) const;
};

// Mirrored across the sagittal plane (x -> -x).
Shape mirroredX(const Shape& shape);
// Moved by `by` (metres).
Shape translated(const Shape& shape, glm::vec3 by);

// The field of a structure: smooth union of its Union shapes (in order), then each Subtract shape removed
// smoothly, then (muscles) every bone in `avoid` cut away with a little clearance, so a muscle lies on
// the bone instead of passing through it. `blend` is the default smoothing radius.
struct Field {
  std::vector<Shape> shapes;
  float blend = 0.004f;
  std::vector<const Field*> avoid;
  float clearance = 0.0008f;

  // Caches each shape's bounds so far shapes are skipped; call once the shapes are final.
  void prepare();
  float operator()(glm::vec3 p) const;
  // The fibre direction of the union shape nearest to p (unit length).
  glm::vec3 fibre(glm::vec3 p) const;
  atlas::Bounds bounds() const;  // of the union shapes, grown by the blend radius
  float smallestRadius() const;  // of the union shapes: decides the sampling step of small bones
  const atlas::Bounds& preparedBounds() const { return bounds_; }  // bounds(), as of prepare()

 private:
  std::vector<atlas::Bounds> boxes_;  // per shape, grown by its blend radius
  atlas::Bounds bounds_;
};

}  // namespace myo::atlas_gen
