#pragma once
// The pieces muscles are built from. A belly or tendon is a *sweep*: a smooth curve through a few points
// with an elliptical cross-section whose width and thickness change along it. A flat muscle is a *sheet*:
// a smooth surface through rows of points (the first row at the origin, the last at the insertion),
// thickened. Both are broken into many small pieces (elliptical round cones, thick triangles) so the
// distance to them is cheap, and each piece knows the fibre direction there: along the sweep's curve, or
// from row to row across a sheet.
#include <memory>
#include <vector>

#include <glm/glm.hpp>

#include "atlas/mesh.hpp"

namespace myo::atlas_gen {

// A segment of a sweep: an elliptical round cone from a to b. Half sizes (width, thickness) at each end.
struct SweepSegment {
  glm::vec3 a{0.0f}, b{0.0f};
  glm::vec2 halfA{0.0f}, halfB{0.0f};  // x: along `across`, y: along `normal`
  glm::vec3 across{1, 0, 0}, normal{0, 0, 1};
};

// A triangle of a sheet's mid-surface, thickened by a half thickness interpolated from its corners.
struct SheetTriangle {
  glm::vec3 p[3];
  float half[3];
  glm::vec3 fibre[3];
};

class Pieces {
 public:
  static std::shared_ptr<const Pieces> sweep(std::vector<SweepSegment> segments);
  static std::shared_ptr<const Pieces> sheet(std::vector<SheetTriangle> triangles);

  // Signed distance (approximate away from the surface, never much too large), and the fibre direction of
  // the nearest piece (unit length, pointing from origin to insertion).
  float distance(glm::vec3 p, glm::vec3* fibre = nullptr) const;
  const atlas::Bounds& bounds() const { return bounds_; }
  float smallestHalfSize() const { return smallest_; }
  std::shared_ptr<const Pieces> mirroredX() const;
  std::shared_ptr<const Pieces> translated(glm::vec3 by) const;

 private:
  struct Cluster {  // a run of consecutive pieces with their common bounds, to skip far ones quickly
    atlas::Bounds bounds;
    size_t begin = 0, end = 0;
  };
  void finish();
  float segmentDistance(const SweepSegment& s, glm::vec3 p) const;
  float triangleDistance(const SheetTriangle& t, glm::vec3 p, glm::vec3* fibre) const;

  std::vector<SweepSegment> segments_;
  std::vector<SheetTriangle> triangles_;
  std::vector<Cluster> clusters_;
  std::vector<Cluster> groups_;  // runs of consecutive clusters (begin/end index clusters_)
  atlas::Bounds bounds_;
  float smallest_ = 1e30f;
};

// Catmull-Rom through `points` (centripetal ends are not needed at these few points): `perSpan` samples per
// span between two given points, the given points included. One point gives itself.
std::vector<glm::vec3> smoothCurve(const std::vector<glm::vec3>& points, int perSpan);
std::vector<float> smoothValues(const std::vector<float>& values, int perSpan);  // the same, linear

// Distance from p to the box (0 inside).
float boxDistance(const atlas::Bounds& box, glm::vec3 p);

}  // namespace myo::atlas_gen
