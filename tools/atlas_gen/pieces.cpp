#include "atlas_gen/pieces.hpp"

#include <algorithm>
#include <cmath>

namespace myo::atlas_gen {
namespace {

constexpr size_t kClusterSize = 8;
constexpr size_t kGroupSize = 16;  // clusters per group: a large sheet has thousands of triangles

glm::vec3 flipX(glm::vec3 v) { return {-v.x, v.y, v.z}; }

// Closest point on triangle abc to p (Ericson, Real-Time Collision Detection 5.1.5), as barycentrics.
glm::vec3 closestBarycentric(glm::vec3 p, glm::vec3 a, glm::vec3 b, glm::vec3 c) {
  const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
  const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0.0f && d2 <= 0.0f) return {1, 0, 0};
  const glm::vec3 bp = p - b;
  const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0.0f && d4 <= d3) return {0, 1, 0};
  const float vc = d1 * d4 - d3 * d2;
  if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f) {
    const float v = d1 / (d1 - d3);
    return {1 - v, v, 0};
  }
  const glm::vec3 cp = p - c;
  const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0.0f && d5 <= d6) return {0, 0, 1};
  const float vb = d5 * d2 - d1 * d6;
  if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f) {
    const float w = d2 / (d2 - d6);
    return {1 - w, 0, w};
  }
  const float va = d3 * d6 - d5 * d4;
  if (va <= 0.0f && (d4 - d3) >= 0.0f && (d5 - d6) >= 0.0f) {
    const float w = (d4 - d3) / ((d4 - d3) + (d5 - d6));
    return {0, 1 - w, w};
  }
  const float denom = 1.0f / (va + vb + vc);
  const float v = vb * denom, w = vc * denom;
  return {1 - v - w, v, w};
}

glm::vec3 catmullRom(glm::vec3 p0, glm::vec3 p1, glm::vec3 p2, glm::vec3 p3, float t) {
  const float t2 = t * t, t3 = t2 * t;
  return 0.5f * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                 (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3);
}

}  // namespace

float boxDistance(const atlas::Bounds& box, glm::vec3 p) {
  const glm::vec3 d = glm::max(glm::max(box.min - p, p - box.max), glm::vec3(0.0f));
  return glm::length(d);
}

std::vector<glm::vec3> smoothCurve(const std::vector<glm::vec3>& points, int perSpan) {
  if (points.size() < 2) return points;
  std::vector<glm::vec3> out;
  const size_t n = points.size();
  for (size_t i = 0; i + 1 < n; ++i) {
    // Phantom ends continue the first and last spans straight on.
    const glm::vec3 p0 = i == 0 ? 2.0f * points[0] - points[1] : points[i - 1];
    const glm::vec3 p3 = i + 2 >= n ? 2.0f * points[n - 1] - points[n - 2] : points[i + 2];
    for (int k = 0; k < perSpan; ++k)
      out.push_back(catmullRom(p0, points[i], points[i + 1], p3, static_cast<float>(k) / static_cast<float>(perSpan)));
  }
  out.push_back(points.back());
  return out;
}

std::vector<float> smoothValues(const std::vector<float>& values, int perSpan) {
  if (values.size() < 2) return values;
  std::vector<float> out;
  for (size_t i = 0; i + 1 < values.size(); ++i)
    for (int k = 0; k < perSpan; ++k)
      out.push_back(glm::mix(values[i], values[i + 1], static_cast<float>(k) / static_cast<float>(perSpan)));
  out.push_back(values.back());
  return out;
}

std::shared_ptr<const Pieces> Pieces::sweep(std::vector<SweepSegment> segments) {
  auto pieces = std::make_shared<Pieces>();
  pieces->segments_ = std::move(segments);
  pieces->finish();
  return pieces;
}

std::shared_ptr<const Pieces> Pieces::sheet(std::vector<SheetTriangle> triangles) {
  auto pieces = std::make_shared<Pieces>();
  pieces->triangles_ = std::move(triangles);
  pieces->finish();
  return pieces;
}

void Pieces::finish() {
  clusters_.clear();
  bounds_ = {};
  const size_t count = segments_.empty() ? triangles_.size() : segments_.size();
  for (size_t begin = 0; begin < count; begin += kClusterSize) {
    Cluster cluster;
    cluster.begin = begin;
    cluster.end = std::min(count, begin + kClusterSize);
    for (size_t i = cluster.begin; i < cluster.end; ++i) {
      if (!segments_.empty()) {
        const SweepSegment& s = segments_[i];
        const float ra = std::max(s.halfA.x, s.halfA.y), rb = std::max(s.halfB.x, s.halfB.y);
        cluster.bounds.add(s.a - glm::vec3(ra));
        cluster.bounds.add(s.a + glm::vec3(ra));
        cluster.bounds.add(s.b - glm::vec3(rb));
        cluster.bounds.add(s.b + glm::vec3(rb));
        smallest_ = std::min({smallest_, s.halfA.x, s.halfA.y, s.halfB.x, s.halfB.y});
      } else {
        const SheetTriangle& t = triangles_[i];
        for (int k = 0; k < 3; ++k) {
          cluster.bounds.add(t.p[k] - glm::vec3(t.half[k]));
          cluster.bounds.add(t.p[k] + glm::vec3(t.half[k]));
          smallest_ = std::min(smallest_, t.half[k]);
        }
      }
    }
    bounds_.add(cluster.bounds);
    clusters_.push_back(cluster);
  }
  groups_.clear();
  for (size_t begin = 0; begin < clusters_.size(); begin += kGroupSize) {
    Cluster group;
    group.begin = begin;
    group.end = std::min(clusters_.size(), begin + kGroupSize);
    for (size_t i = group.begin; i < group.end; ++i) group.bounds.add(clusters_[i].bounds);
    groups_.push_back(group);
  }
}

float Pieces::segmentDistance(const SweepSegment& s, glm::vec3 p) const {
  const glm::vec3 axis = s.b - s.a;
  const float length2 = glm::dot(axis, axis);
  const float t = length2 > 0.0f ? std::clamp(glm::dot(p - s.a, axis) / length2, 0.0f, 1.0f) : 0.0f;
  const glm::vec2 half = glm::mix(s.halfA, s.halfB, t);
  const glm::vec3 q = p - (s.a + axis * t);
  const float m = std::min(half.x, half.y);
  // Distance in the space where the ellipse is a circle of radius m: exact across the thin direction,
  // an underestimate across the wide one, so never too large.
  const float u = glm::dot(q, s.across) * (m / half.x);
  const float v = glm::dot(q, s.normal) * (m / half.y);
  const float w = length2 > 0.0f ? glm::dot(q, axis) / std::sqrt(length2) : 0.0f;
  return std::sqrt(u * u + v * v + w * w) - m;
}

float Pieces::triangleDistance(const SheetTriangle& t, glm::vec3 p, glm::vec3* fibre) const {
  const glm::vec3 w = closestBarycentric(p, t.p[0], t.p[1], t.p[2]);
  const glm::vec3 closest = w.x * t.p[0] + w.y * t.p[1] + w.z * t.p[2];
  if (fibre) *fibre = w.x * t.fibre[0] + w.y * t.fibre[1] + w.z * t.fibre[2];
  return glm::length(p - closest) - (w.x * t.half[0] + w.y * t.half[1] + w.z * t.half[2]);
}

float Pieces::distance(glm::vec3 p, glm::vec3* fibre) const {
  float best = 1e30f;
  size_t bestIndex = 0;
  const auto visit = [&](const Cluster& group) {
    for (size_t c = group.begin; c < group.end; ++c) {
      const Cluster& cluster = clusters_[c];
      if (boxDistance(cluster.bounds, p) >= best) continue;
      for (size_t i = cluster.begin; i < cluster.end; ++i) {
        const float d =
            segments_.empty() ? triangleDistance(triangles_[i], p, nullptr) : segmentDistance(segments_[i], p);
        if (d < best) {
          best = d;
          bestIndex = i;
        }
      }
    }
  };
  // The nearest group first, so the others are mostly skipped by their boxes.
  size_t nearest = 0;
  float nearestBox = 1e30f;
  for (size_t g = 0; g < groups_.size(); ++g)
    if (const float d = boxDistance(groups_[g].bounds, p); d < nearestBox) nearestBox = d, nearest = g;
  if (!groups_.empty()) visit(groups_[nearest]);
  for (size_t g = 0; g < groups_.size(); ++g)
    if (g != nearest && boxDistance(groups_[g].bounds, p) < best) visit(groups_[g]);
  if (fibre && best < 1e29f) {
    if (!segments_.empty()) {
      *fibre = glm::normalize(segments_[bestIndex].b - segments_[bestIndex].a);
    } else {
      glm::vec3 f;
      triangleDistance(triangles_[bestIndex], p, &f);
      *fibre = glm::length(f) > 1e-9f ? glm::normalize(f) : glm::vec3(0, 1, 0);
    }
  }
  return best;
}

std::shared_ptr<const Pieces> Pieces::mirroredX() const {
  auto m = std::make_shared<Pieces>(*this);
  for (SweepSegment& s : m->segments_) {
    s.a = flipX(s.a);
    s.b = flipX(s.b);
    s.across = flipX(s.across);
    s.normal = flipX(s.normal);
  }
  for (SheetTriangle& t : m->triangles_)
    for (int k = 0; k < 3; ++k) {
      t.p[k] = flipX(t.p[k]);
      t.fibre[k] = flipX(t.fibre[k]);
    }
  m->finish();
  return m;
}

std::shared_ptr<const Pieces> Pieces::translated(glm::vec3 by) const {
  auto m = std::make_shared<Pieces>(*this);
  for (SweepSegment& s : m->segments_) s.a += by, s.b += by;
  for (SheetTriangle& t : m->triangles_)
    for (glm::vec3& p : t.p) p += by;
  m->finish();
  return m;
}

}  // namespace myo::atlas_gen
