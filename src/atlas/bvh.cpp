#include "atlas/bvh.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <new>
#include <system_error>
#include <thread>

#include <sys/mman.h>
#include <unistd.h>

namespace myo::atlas {
namespace {

constexpr int kBins = 16;
constexpr std::uint32_t kMaxLeafSize = 4;
constexpr int kMaxDepth = 64;           // deeper subtrees become leaves, so the traversal stack below never overflows
constexpr float kTraversalCost = 1.0f;  // relative to one ray-triangle test

float area(const Bounds& b) {
  if (!b.valid()) return 0.0f;
  const glm::vec3 d = b.max - b.min;
  return 2.0f * (d.x * d.y + d.y * d.z + d.z * d.x);
}

// Möller-Trumbore; the distance along the ray, or a negative value for a miss. Culls nothing: both
// faces of a triangle are hit.
float intersectTriangle(const Ray& ray, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  constexpr float kEpsilon = 1e-12f;
  const glm::vec3 e1 = b - a;
  const glm::vec3 e2 = c - a;
  const glm::vec3 p = glm::cross(ray.direction, e2);
  const float det = glm::dot(e1, p);
  if (std::abs(det) < kEpsilon) return -1.0f;  // parallel to the plane, or a degenerate triangle
  const float inverse = 1.0f / det;
  const glm::vec3 s = ray.origin - a;
  const float u = glm::dot(s, p) * inverse;
  if (u < 0.0f || u > 1.0f) return -1.0f;
  const glm::vec3 q = glm::cross(s, e1);
  const float v = glm::dot(ray.direction, q) * inverse;
  if (v < 0.0f || u + v > 1.0f) return -1.0f;
  return glm::dot(e2, q) * inverse;
}

// The entry distance of the ray into the box, or +inf when it misses it (or enters beyond `limit`).
float enterBox(const Bounds& b, const glm::vec3& origin, const glm::vec3& inverseDirection, float limit) {
  const glm::vec3 t0 = (b.min - origin) * inverseDirection;
  const glm::vec3 t1 = (b.max - origin) * inverseDirection;
  const glm::vec3 lower = glm::min(t0, t1);
  const glm::vec3 upper = glm::max(t0, t1);
  const float enter = std::max(std::max(lower.x, lower.y), std::max(lower.z, 0.0f));
  // Widened by a few ulps (PBRT's robust slab test) so a hit on a box face is never lost to rounding.
  const float leave = std::min(std::min(upper.x, upper.y), std::min(upper.z, limit)) * 1.0000004f;
  return enter <= leave ? enter : std::numeric_limits<float>::infinity();
}

}  // namespace

Bvh::Bvh(const Atlas& atlas) : atlas_(&atlas) {
  triangles_.reserve(atlas.triangleCount());
  for (size_t s = 0; s < atlas.structures.size(); ++s) {
    const Mesh& mesh = atlas.structures[s].mesh;
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
      const auto ia = mesh.indices[t], ib = mesh.indices[t + 1], ic = mesh.indices[t + 2];
      if (ia >= mesh.positions.size() || ib >= mesh.positions.size() || ic >= mesh.positions.size()) continue;
      triangles_.push_back({static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(t / 3)});
    }
  }
  if (triangles_.empty()) return;
  build(0, 0, static_cast<std::uint32_t>(triangles_.size()));
}

namespace {

// What the builder moves around: a triangle's box and the triangle itself (so the leaves' order is read
// off the prims, with no second array), 32 bytes (two aligned halves, which partitioning swaps fastest),
// partitioned in place.
struct alignas(16) Prim {
  glm::vec3 lo;
  std::uint32_t structure;
  glm::vec3 hi;
  std::uint32_t triangle;
  glm::vec3 centroid() const { return (lo + hi) * 0.5f; }
};

struct Task {
  std::uint32_t first, count;  // a range of prims
  std::uint32_t parent;        // inner node whose right child this is, or none
  int depth;
  Bounds bounds, centroidBounds;  // of the triangles, and of their centroids
};
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint32_t kParallelMinimum = 20000;  // smaller subtrees are not worth a thread

// Build scratch in pages of its own (mmap), given back to the system as soon as a part is done with. From
// the heap, the 30 MB that BodyParts3D's 490k triangles need would stay resident in the building thread's
// malloc arena under the tree it keeps (glibc gives an arena's memory back only from its top), and the
// build runs while the first frames are drawn, at the app's peak. Pages never written (the node slices'
// slack) cost nothing.
template <class T>
class Scratch {
 public:
  // `filled`: every element gets written, so the pages are mapped in one go rather than a fault at a time.
  Scratch(size_t count, bool filled) : bytes_(count * sizeof(T)) {
    if (bytes_ == 0) return;
    const int populate = filled ? MAP_POPULATE : 0;
    void* pages = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | populate, -1, 0);
    if (pages == MAP_FAILED) throw std::bad_alloc();
    data_ = static_cast<T*>(pages);
  }
  ~Scratch() { release(); }
  // Gives back the whole pages inside elements [first, first + count), which will not be read again.
  void discard(size_t first, size_t count) {
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto begin = (reinterpret_cast<std::uintptr_t>(data_ + first) + page - 1) / page * page;
    const auto end = reinterpret_cast<std::uintptr_t>(data_ + first + count) / page * page;
    if (begin < end) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
  }
  void release() {
    if (data_ != nullptr) munmap(data_, bytes_);
    data_ = nullptr;
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  T* data() const { return data_; }
  T& operator[](size_t i) const { return data_[i]; }

 private:
  size_t bytes_;
  T* data_ = nullptr;
};

// Binned SAH along the axis of largest centroid extent. Partitions the task's prims (`begin` is its first)
// and fills the two children, or returns false when the task is better (or only) left a leaf.
bool splitTask(Prim* begin, const Task& task, Task& left, Task& right) {
  if (task.count <= kMaxLeafSize || task.depth >= kMaxDepth - 1) return false;
  const glm::vec3 extent = task.centroidBounds.max - task.centroidBounds.min;
  const int axis = extent.x >= extent.y && extent.x >= extent.z ? 0 : (extent.y >= extent.z ? 1 : 2);
  if (!(extent[axis] > 0.0f)) return false;  // all centroids coincide: no split can separate them
  // Bins by the doubled centre (lo + hi), which saves the halving.
  const float lo2 = 2.0f * task.centroidBounds.min[axis];
  const int bins = task.count < 64 ? kBins / 2 : kBins;  // small nodes: fewer bins cost less, split as well
  const float scale = static_cast<float>(bins) / (2.0f * extent[axis]);
  const auto binOf = [&](const Prim& p) {
    return std::min(bins - 1, static_cast<int>((p.lo[axis] + p.hi[axis] - lo2) * scale));
  };
  std::array<Bounds, kBins> binBounds{};
  std::array<Bounds, kBins> binCentroids{};
  std::array<std::uint32_t, kBins> binCounts{};
  Prim* const end = begin + task.count;
  for (const Prim* p = begin; p < end; ++p) {
    const int bin = binOf(*p);
    ++binCounts[bin];
    binBounds[bin].min = glm::min(binBounds[bin].min, p->lo);
    binBounds[bin].max = glm::max(binBounds[bin].max, p->hi);
    binCentroids[bin].add(p->centroid());
  }
  std::array<float, kBins - 1> leftCost{};
  Bounds sweep;
  std::uint32_t sweepCount = 0;
  for (int b = 0; b < bins - 1; ++b) {
    sweep.add(binBounds[b]);
    sweepCount += binCounts[b];
    leftCost[b] = area(sweep) * static_cast<float>(sweepCount);
  }
  sweep = Bounds{};
  sweepCount = 0;
  float bestCost = std::numeric_limits<float>::infinity();
  int bestSplit = -1;
  for (int b = bins - 1; b > 0; --b) {
    sweep.add(binBounds[b]);
    sweepCount += binCounts[b];
    const float cost = leftCost[b - 1] + area(sweep) * static_cast<float>(sweepCount);
    if (sweepCount < task.count && sweepCount > 0 && cost < bestCost) {
      bestCost = cost;
      bestSplit = b;
    }
  }
  const float leafCost = area(task.bounds) * static_cast<float>(task.count);
  const float splitCost = kTraversalCost * area(task.bounds) + bestCost;
  if (bestSplit < 0 || (splitCost >= leafCost && task.count <= 16)) return false;
  const Prim* middle = std::partition(begin, end, [&](const Prim& p) { return binOf(p) < bestSplit; });
  const auto leftCount = static_cast<std::uint32_t>(middle - begin);
  left = Task{task.first, leftCount, kNone, task.depth + 1, {}, {}};
  right = Task{task.first + leftCount, task.count - leftCount, kNone, task.depth + 1, {}, {}};
  for (int b = 0; b < bins; ++b) {
    Task& side = b < bestSplit ? left : right;
    side.bounds.add(binBounds[b]);
    side.centroidBounds.add(binCentroids[b]);
  }
  return true;
}

}  // namespace

// Builds the whole tree below `node` over triangles [first, first + count). Nodes are laid out depth
// first: an inner node's left child follows it, its `first` names the right child. The top levels build
// their subtrees on threads; below, an explicit stack, so no input can overflow the call stack.
void Bvh::build(std::uint32_t node, std::uint32_t first, std::uint32_t count) {
  Scratch<Prim> prims(count, true);
  Task root{0, count, kNone, 0, {}, {}};
  for (std::uint32_t i = 0; i < count; ++i) {
    glm::vec3 a, b, c;
    corners(triangles_[first + i], a, b, c);
    Prim& p = prims[i];
    p.lo = glm::min(glm::min(a, b), c);
    p.hi = glm::max(glm::max(a, b), c);
    p.structure = triangles_[first + i].structure;
    p.triangle = triangles_[first + i].index;
    root.bounds.add(p.lo);
    root.bounds.add(p.hi);
    root.centroidBounds.add(p.centroid());
  }

  // A subtree, depth first, its node indices local (its root at 0); leaves name triangle positions. Returns
  // the number of nodes written to `out` (at most 2 * top.count - 1: every leaf holds a triangle).
  const auto buildSerial = [&](const Task& top, Node* out) {
    std::uint32_t size = 0;
    std::vector<Task> stack{top};
    while (!stack.empty()) {
      const Task task = stack.back();
      stack.pop_back();
      const std::uint32_t index = size++;
      if (task.parent != kNone) out[task.parent].first = index;
      out[index] = {task.bounds, first + task.first, task.count};
      Task left, right;
      if (!splitTask(prims.data() + task.first, task, left, right)) continue;
      out[index].count = 0;
      right.parent = index;
      // Pushed right first so the left child is built next and lands at index + 1.
      stack.push_back(right);
      stack.push_back(left);
    }
    return size;
  };

  // The top of the tree is split here until its pieces are small enough to share out; the pieces are
  // built on threads (largest first, for balance) and spliced back in depth-first order.
  struct TopNode {
    Task task;
    int left = -1, right = -1, job = -1;
  };
  std::vector<TopNode> topNodes;
  std::vector<Task> jobs;
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const std::uint32_t shareSize = cores == 1 ? count : std::max(kParallelMinimum, count / (8 * cores));
  const auto expand = [&](const auto& self, const Task& task) -> int {
    const int index = static_cast<int>(topNodes.size());
    topNodes.push_back({task});
    Task left, right;
    if (task.count > shareSize && splitTask(prims.data() + task.first, task, left, right)) {
      const int l = self(self, left);  // recursion depth is bounded by kMaxDepth through splitTask
      const int r = self(self, right);
      topNodes[static_cast<size_t>(index)].left = l;
      topNodes[static_cast<size_t>(index)].right = r;
    } else {
      topNodes[static_cast<size_t>(index)].job = static_cast<int>(jobs.size());
      jobs.push_back(task);
    }
    return index;
  };
  expand(expand, root);

  // Each piece builds into its own slice of one scratch array, sized for the most nodes it can have.
  std::vector<size_t> slice(jobs.size() + 1, 0);
  for (size_t j = 0; j < jobs.size(); ++j) slice[j + 1] = slice[j] + 2 * static_cast<size_t>(jobs[j].count);
  Scratch<Node> built(slice.back(), false);
  std::vector<std::uint32_t> builtSize(jobs.size(), 0);
  std::vector<size_t> order(jobs.size());
  for (size_t j = 0; j < order.size(); ++j) order[j] = j;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return jobs[a].count > jobs[b].count; });
  std::atomic<size_t> next{0};
  const auto worker = [&] {
    for (size_t k = next++; k < order.size(); k = next++) {
      const Task& job = jobs[order[k]];
      builtSize[order[k]] = buildSerial(job, built.data() + slice[order[k]]);
      // Put this piece's triangles in leaf order (the pieces own disjoint ranges).
      for (std::uint32_t i = job.first; i < job.first + job.count; ++i)
        triangles_[first + i] = {prims[i].structure, prims[i].triangle};
      prims.discard(job.first, job.count);  // its nodes take less than its prims gave back
    }
  };
  std::vector<std::thread> pool;
  try {
    for (unsigned t = 1; t < std::min<size_t>(cores, jobs.size()); ++t) pool.emplace_back(worker);
  } catch (const std::system_error&) {  // fewer threads than asked for: the rest is done here
  }
  worker();
  for (auto& thread : pool) thread.join();
  prims.release();  // before the tree is copied out: the build's peak is the prims and the pieces

  nodes_.resize(node);
  const auto emit = [&](const auto& self, int index) -> void {
    const TopNode& top = topNodes[static_cast<size_t>(index)];
    if (top.job >= 0) {
      const auto base = static_cast<std::uint32_t>(nodes_.size());
      const auto job = static_cast<size_t>(top.job);
      for (const Node* n = built.data() + slice[job]; n < built.data() + slice[job] + builtSize[job]; ++n)
        nodes_.push_back({n->bounds, n->count == 0 ? n->first + base : n->first, n->count});
      return;
    }
    const auto at = nodes_.size();
    nodes_.push_back({top.task.bounds, 0, 0});
    self(self, top.left);  // lands at at + 1
    nodes_[at].first = static_cast<std::uint32_t>(nodes_.size());
    self(self, top.right);
  };
  size_t total = 0;
  for (const auto size : builtSize) total += size;
  nodes_.reserve(node + topNodes.size() + total);
  emit(emit, 0);
}

std::optional<RayHit> Bvh::intersect(const Ray& ray, const std::vector<bool>& visible) const {
  if (nodes_.empty()) return std::nullopt;
  // A zero component becomes tiny instead, so the slab test never computes 0 * inf (NaN) on a box face.
  glm::vec3 direction = ray.direction;
  for (int axis = 0; axis < 3; ++axis)
    if (std::abs(direction[axis]) < 1e-20f) direction[axis] = std::copysign(1e-20f, direction[axis]);
  const glm::vec3 inverseDirection = 1.0f / direction;
  float best = std::numeric_limits<float>::infinity();
  const Triangle* hit = nullptr;
  const bool masked = !visible.empty();

  std::uint32_t stack[kMaxDepth];
  int top = 0;
  std::uint32_t current = 0;
  if (enterBox(nodes_[0].bounds, ray.origin, inverseDirection, best) == std::numeric_limits<float>::infinity())
    return std::nullopt;
  while (true) {
    const Node& node = nodes_[current];
    if (node.count > 0) {
      for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
        const Triangle& tri = triangles_[i];
        if (masked && tri.structure < visible.size() && !visible[tri.structure]) continue;  // short mask: rest shown
        glm::vec3 a, b, c;
        corners(tri, a, b, c);
        const float t = intersectTriangle(ray, a, b, c);
        if (t >= 0.0f && t < best) {
          best = t;
          hit = &tri;
        }
      }
    } else {
      // Visit the nearer child first; the farther waits on the stack while it can still hold a nearer hit.
      std::uint32_t nearChild = current + 1;
      std::uint32_t farChild = node.first;
      float nearT = enterBox(nodes_[nearChild].bounds, ray.origin, inverseDirection, best);
      float farT = enterBox(nodes_[farChild].bounds, ray.origin, inverseDirection, best);
      if (farT < nearT) {
        std::swap(nearChild, farChild);
        std::swap(nearT, farT);
      }
      if (nearT != std::numeric_limits<float>::infinity()) {
        if (farT != std::numeric_limits<float>::infinity()) stack[top++] = farChild;  // depth <= kMaxDepth
        current = nearChild;
        continue;
      }
    }
    // Pop the next subtree that may still be nearer than the best hit so far.
    bool found = false;
    while (top > 0) {
      const std::uint32_t candidate = stack[--top];
      if (enterBox(nodes_[candidate].bounds, ray.origin, inverseDirection, best) !=
          std::numeric_limits<float>::infinity()) {
        current = candidate;
        found = true;
        break;
      }
    }
    if (!found) break;
  }
  if (hit == nullptr) return std::nullopt;
  RayHit result;
  result.structure = hit->structure;
  result.triangle = hit->index;
  result.distance = best;
  result.point = ray.origin + ray.direction * best;
  glm::vec3 a, b, c;
  corners(*hit, a, b, c);
  const glm::vec3 n = glm::cross(b - a, c - a);
  const float length = glm::length(n);
  result.normal = length > 0.0f ? n / length : glm::vec3(0.0f, 1.0f, 0.0f);
  return result;
}

}  // namespace myo::atlas
