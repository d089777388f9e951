#include "atlas_gen/shapes.hpp"

#include <algorithm>
#include <cmath>

#include "core/sdf.hpp"

namespace myo::atlas_gen {
namespace {

// A cone with rounded ends: spheres of radius r0 at a and r1 at b and the tangent cone between them.
float roundCone(glm::vec3 p, glm::vec3 a, glm::vec3 b, float r0, float r1) {
  const glm::vec3 ba = b - a;
  const float l2 = glm::dot(ba, ba);
  if (l2 < 1e-12f) return sdf::sphere(p - a, std::max(r0, r1));
  const float rr = r0 - r1;
  const float a2 = l2 - rr * rr;
  const float il2 = 1.0f / l2;
  const glm::vec3 pa = p - a;
  const float y = glm::dot(pa, ba);
  const float z = y - l2;
  const glm::vec3 xv = pa * l2 - ba * y;
  const float x2 = glm::dot(xv, xv);
  const float y2 = y * y * l2;
  const float z2 = z * z * l2;
  const float k = std::copysign(1.0f, rr) * rr * rr * x2;
  if (std::copysign(1.0f, z) * a2 * z2 > k) return std::sqrt(x2 + z2) * il2 - r1;
  if (std::copysign(1.0f, y) * a2 * y2 < k) return std::sqrt(x2 + y2) * il2 - r0;
  return (std::sqrt(x2 * a2 * il2) + y * rr) * il2 - r0;
}

float triangle(glm::vec3 p, glm::vec3 a, glm::vec3 b, glm::vec3 c) {
  const glm::vec3 ba = b - a, pa = p - a, cb = c - b, pb = p - b, ac = a - c, pc = p - c;
  const glm::vec3 n = glm::cross(ba, ac);
  const float s = glm::sign(glm::dot(glm::cross(ba, n), pa)) + glm::sign(glm::dot(glm::cross(cb, n), pb)) +
                  glm::sign(glm::dot(glm::cross(ac, n), pc));
  const auto seg = [](glm::vec3 e, glm::vec3 q) {
    const glm::vec3 d = e * std::clamp(glm::dot(e, q) / glm::dot(e, e), 0.0f, 1.0f) - q;
    return glm::dot(d, d);
  };
  const float d2 =
      s < 2.0f ? std::min({seg(ba, pa), seg(cb, pb), seg(ac, pc)}) : glm::dot(n, pa) * glm::dot(n, pa) / glm::dot(n, n);
  return std::sqrt(d2);
}

// Polynomial smooth minimum (k: the blend radius); equal to min() where the two are further apart than k.
float smin(float a, float b, float k) {
  if (k <= 0.0f) return std::min(a, b);
  const float h = std::clamp(0.5f + 0.5f * (b - a) / k, 0.0f, 1.0f);
  return b + (a - b) * h - k * h * (1.0f - h);
}

}  // namespace

float Shape::distance(glm::vec3 p) const {
  switch (kind) {
    case ShapeKind::Sphere:
      return sdf::sphere(p - a, r0);
    case ShapeKind::Ellipsoid:
      return sdf::ellipsoid(glm::transpose(axes) * (p - a), radii);
    case ShapeKind::Capsule:
      return roundCone(p, a, b, r0, r1);
    case ShapeKind::Plate:
      return triangle(p, a, b, c) - r0;
    case ShapeKind::Box:
      return sdf::roundBox(glm::transpose(axes) * (p - a), radii, r0);
    case ShapeKind::Sweep:
    case ShapeKind::Sheet:
      return pieces->distance(p);
  }
  return 1e30f;
}

glm::vec3 Shape::fibre(glm::vec3 p) const {
  switch (kind) {
    case ShapeKind::Capsule:
      return glm::length(b - a) > 1e-9f ? glm::normalize(b - a) : glm::vec3(0, 1, 0);
    case ShapeKind::Ellipsoid:
    case ShapeKind::Box:
      return axes[0];
    case ShapeKind::Sweep:
    case ShapeKind::Sheet: {
      glm::vec3 f(0, 1, 0);
      pieces->distance(p, &f);
      return f;
    }
    case ShapeKind::Sphere:
    case ShapeKind::Plate:
      break;
  }
  return {0, 1, 0};
}

atlas::Bounds Shape::bounds() const {
  atlas::Bounds box;
  switch (kind) {
    case ShapeKind::Sphere:
      box.add(a - glm::vec3(r0));
      box.add(a + glm::vec3(r0));
      break;
    case ShapeKind::Ellipsoid:
    case ShapeKind::Box: {
      const float r = std::max({radii.x, radii.y, radii.z});
      box.add(a - glm::vec3(r));
      box.add(a + glm::vec3(r));
      break;
    }
    case ShapeKind::Capsule:
      box.add(a - glm::vec3(r0));
      box.add(a + glm::vec3(r0));
      box.add(b - glm::vec3(r1));
      box.add(b + glm::vec3(r1));
      break;
    case ShapeKind::Plate:
      for (const glm::vec3 v : {a, b, c}) {
        box.add(v - glm::vec3(r0));
        box.add(v + glm::vec3(r0));
      }
      break;
    case ShapeKind::Sweep:
    case ShapeKind::Sheet:
      box = pieces->bounds();
      break;
  }
  return box;
}

Shape mirroredX(const Shape& shape) {
  Shape m = shape;
  const auto flip = [](glm::vec3 v) { return glm::vec3(-v.x, v.y, v.z); };
  m.a = flip(shape.a);
  m.b = flip(shape.b);
  m.c = flip(shape.c);
  // The mirror of an axis frame: reflect each axis (the distance functions do not care about handedness).
  for (int i = 0; i < 3; ++i) m.axes[i] = flip(shape.axes[i]);
  if (shape.pieces) m.pieces = shape.pieces->mirroredX();
  return m;
}

Shape translated(const Shape& shape, glm::vec3 by) {
  Shape m = shape;
  m.a += by;
  m.b += by;
  m.c += by;
  if (shape.pieces) m.pieces = shape.pieces->translated(by);
  return m;
}

void Field::prepare() {
  boxes_.clear();
  for (const Shape& s : shapes) boxes_.push_back(s.bounds());
  bounds_ = bounds();
}

float Field::operator()(glm::vec3 p) const {
  const bool culled = boxes_.size() == shapes.size();
  float d = 1e30f;
  // A shape never lies nearer than its box, so one further than the current distance plus the blend
  // radius cannot change the union; nor can a subtracted one further than -d plus its blend.
  for (size_t i = 0; i < shapes.size(); ++i) {
    const Shape& s = shapes[i];
    if (s.op != ShapeOp::Union) continue;
    const float k = s.blend >= 0.0f ? s.blend : blend;
    if (culled && d < 1e29f && boxDistance(boxes_[i], p) > d + k) continue;
    d = smin(d, s.distance(p), k);
  }
  for (size_t i = 0; i < shapes.size(); ++i) {
    const Shape& s = shapes[i];
    if (s.op != ShapeOp::Subtract) continue;
    const float k = s.blend >= 0.0f ? s.blend : blend;
    if (culled && boxDistance(boxes_[i], p) > k - d) continue;
    d = -smin(-d, s.distance(p), k);
  }
  for (const Field* bone : avoid) {
    // The bone matters only where it comes within the clearance of p while p is inside the muscle.
    if (d > 0.0f || boxDistance(bone->preparedBounds(), p) > clearance) continue;
    d = std::max(d, clearance - (*bone)(p));
  }
  return d;
}

glm::vec3 Field::fibre(glm::vec3 p) const {
  float best = 1e30f;
  glm::vec3 f(0, 1, 0);
  for (const Shape& s : shapes) {
    if (s.op != ShapeOp::Union) continue;
    const float d = s.distance(p);
    if (d < best) {
      best = d;
      f = s.fibre(p);
    }
  }
  return f;
}

atlas::Bounds Field::bounds() const {
  atlas::Bounds box;
  for (const Shape& s : shapes)
    if (s.op == ShapeOp::Union) box.add(s.bounds());
  if (box.valid()) {
    box.min -= glm::vec3(blend);
    box.max += glm::vec3(blend);
  }
  return box;
}

float Field::smallestRadius() const {
  float r = 1e30f;
  for (const Shape& s : shapes) {
    if (s.op != ShapeOp::Union) continue;
    switch (s.kind) {
      case ShapeKind::Sphere:
        r = std::min(r, s.r0);
        break;
      case ShapeKind::Capsule:
        r = std::min({r, s.r0, s.r1});
        break;
      case ShapeKind::Plate:
        r = std::min(r, s.r0);
        break;
      case ShapeKind::Ellipsoid:
        r = std::min({r, s.radii.x, s.radii.y, s.radii.z});
        break;
      case ShapeKind::Box:
        r = std::min({r, s.radii.x, s.radii.y, s.radii.z});
        break;
      case ShapeKind::Sweep:
      case ShapeKind::Sheet:
        r = std::min(r, s.pieces->smallestHalfSize());
        break;
    }
  }
  return r;
}

}  // namespace myo::atlas_gen
