#include "atlas_gen/mesher.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace myo::atlas_gen {

Grid gridOver(const atlas::Bounds& bounds, float step) {
  Grid grid;
  grid.step = step;
  const glm::vec3 size = bounds.max - bounds.min;
  for (int axis = 0; axis < 3; ++axis) grid.count[axis] = static_cast<int>(std::ceil(size[axis] / step)) + 5;
  // Centre the samples on the bounds so that a shape and its mirror are sampled alike.
  grid.origin = bounds.center() - glm::vec3(grid.count - 1) * (step * 0.5f);
  return grid;
}

atlas::Mesh marchTetrahedra(const std::function<float(glm::vec3)>& field, const Grid& grid) {
  const glm::ivec3 n = grid.count;
  const auto position = [&](int x, int y, int z) { return grid.origin + glm::vec3(x, y, z) * grid.step; };
  const auto index = [&](int x, int y, int z) {
    return static_cast<std::int64_t>(x) + static_cast<std::int64_t>(n.x) * (y + static_cast<std::int64_t>(n.y) * z);
  };

  std::vector<float> values(static_cast<size_t>(n.x) * n.y * n.z);
  // Most samples are far from the surface. The grid is cut into blocks of kBlock cells; a block whose
  // corners all lie further from the surface than the block is wide (the fields never overstate a
  // distance by much) cannot hold any of it, so its samples take the interpolated corner values, which
  // have the right sign. Blocks near the surface sample every point.
  constexpr int kBlock = 4;
  std::array<std::vector<int>, 3> cuts;  // block boundaries per axis, including the last sample
  for (int axis = 0; axis < 3; ++axis) {
    for (int i = 0; i < n[axis] - 1; i += kBlock) cuts[axis].push_back(i);
    cuts[axis].push_back(n[axis] - 1);
  }
  std::vector<char> exact(values.size(), 0);
  struct Block {
    glm::ivec3 lo, hi;
    std::array<float, 8> corner;
  };
  std::vector<Block> far;
  const float farEnough = glm::length(glm::vec3(kBlock) * grid.step) * 1.25f;
  for (size_t bz = 0; bz + 1 < cuts[2].size(); ++bz)
    for (size_t by = 0; by + 1 < cuts[1].size(); ++by)
      for (size_t bx = 0; bx + 1 < cuts[0].size(); ++bx) {
        Block block{{cuts[0][bx], cuts[1][by], cuts[2][bz]}, {cuts[0][bx + 1], cuts[1][by + 1], cuts[2][bz + 1]}, {}};
        bool allFar = true, anyIn = false, anyOut = false;
        for (int c = 0; c < 8; ++c) {
          const glm::ivec3 q((c & 1) ? block.hi.x : block.lo.x, (c & 2) ? block.hi.y : block.lo.y,
                             (c & 4) ? block.hi.z : block.lo.z);
          const std::int64_t i = index(q.x, q.y, q.z);
          block.corner[c] = exact[i] ? values[i] : field(position(q.x, q.y, q.z));
          values[i] = block.corner[c];
          exact[i] = 1;
          allFar = allFar && std::abs(block.corner[c]) > farEnough;
          (block.corner[c] < 0.0f ? anyIn : anyOut) = true;
        }
        if (allFar && !(anyIn && anyOut)) {
          far.push_back(block);
          continue;
        }
        for (int z = block.lo.z; z <= block.hi.z; ++z)
          for (int y = block.lo.y; y <= block.hi.y; ++y)
            for (int x = block.lo.x; x <= block.hi.x; ++x) {
              const std::int64_t i = index(x, y, z);
              if (exact[i]) continue;
              values[i] = field(position(x, y, z));
              exact[i] = 1;
            }
      }
  for (const Block& block : far) {
    const glm::vec3 size = glm::vec3(block.hi - block.lo);
    for (int z = block.lo.z; z <= block.hi.z; ++z)
      for (int y = block.lo.y; y <= block.hi.y; ++y)
        for (int x = block.lo.x; x <= block.hi.x; ++x) {
          const std::int64_t i = index(x, y, z);
          if (exact[i]) continue;
          const glm::vec3 t = glm::vec3(x - block.lo.x, y - block.lo.y, z - block.lo.z) / size;
          const auto& v = block.corner;
          const float x00 = glm::mix(v[0], v[1], t.x), x10 = glm::mix(v[2], v[3], t.x);
          const float x01 = glm::mix(v[4], v[5], t.x), x11 = glm::mix(v[6], v[7], t.x);
          values[i] = glm::mix(glm::mix(x00, x10, t.y), glm::mix(x01, x11, t.y), t.z);
          exact[i] = 1;
        }
  }
  for (int z = 0; z < n.z; ++z)
    for (int y = 0; y < n.y; ++y)
      for (int x = 0; x < n.x; ++x) {
        float& v = values[index(x, y, z)];
        // The outer layer is outside whatever the field says, so the surface always closes; and no sample
        // sits exactly on the surface, so no two edge vertices coincide.
        if (x == 0 || y == 0 || z == 0 || x == n.x - 1 || y == n.y - 1 || z == n.z - 1) v = std::max(v, grid.step);
        if (v == 0.0f) v = 1e-9f;
      }

  atlas::Mesh mesh;
  // One vertex per crossed grid edge, keyed by its two samples; the map only finds them, vertex order
  // follows the fixed traversal, so the output is deterministic.
  std::unordered_map<std::uint64_t, std::uint32_t> edgeVertex;
  const std::uint64_t total = values.size();
  const auto vertexOn = [&](std::int64_t ia, std::int64_t ib, glm::vec3 pa, glm::vec3 pb) {
    if (ia > ib) {
      std::swap(ia, ib);
      std::swap(pa, pb);
    }
    const std::uint64_t key = static_cast<std::uint64_t>(ia) * total + static_cast<std::uint64_t>(ib);
    const auto [it, inserted] = edgeVertex.try_emplace(key, static_cast<std::uint32_t>(mesh.positions.size()));
    if (inserted) {
      const float va = values[ia], vb = values[ib];
      // Kept off the samples themselves, so vertices on different edges never coincide.
      const float t = std::clamp(va / (va - vb), 1e-3f, 1.0f - 1e-3f);
      mesh.positions.push_back(pa + (pb - pa) * t);
    }
    return it->second;
  };

  // Cube corners: bit 0 = +x, bit 1 = +y, bit 2 = +z. The six tetrahedra share the diagonal 0-7 and step
  // through x, y, z in every order (the Kuhn triangulation), so shared faces are split alike everywhere.
  static constexpr std::array<std::array<int, 4>, 6> kTets{
      {{0, 1, 3, 7}, {0, 1, 5, 7}, {0, 2, 3, 7}, {0, 2, 6, 7}, {0, 4, 5, 7}, {0, 4, 6, 7}}};

  std::array<std::int64_t, 8> ci{};
  std::array<glm::vec3, 8> cp{};
  for (int z = 0; z + 1 < n.z; ++z)
    for (int y = 0; y + 1 < n.y; ++y)
      for (int x = 0; x + 1 < n.x; ++x) {
        bool anyIn = false, anyOut = false;
        for (int c = 0; c < 8; ++c) {
          const int cx = x + (c & 1), cy = y + ((c >> 1) & 1), cz = z + ((c >> 2) & 1);
          ci[c] = index(cx, cy, cz);
          (values[ci[c]] < 0.0f ? anyIn : anyOut) = true;
        }
        if (!anyIn || !anyOut) continue;
        for (int c = 0; c < 8; ++c) cp[c] = position(x + (c & 1), y + ((c >> 1) & 1), z + ((c >> 2) & 1));

        for (const auto& tet : kTets) {
          std::array<int, 4> in{}, out{};
          int nIn = 0, nOut = 0;
          for (const int c : tet) (values[ci[c]] < 0.0f ? in[nIn++] : out[nOut++]) = c;
          if (nIn == 0 || nOut == 0) continue;
          glm::vec3 inCentre(0.0f), outCentre(0.0f);
          for (int i = 0; i < nIn; ++i) inCentre += cp[in[i]] / float(nIn);
          for (int i = 0; i < nOut; ++i) outCentre += cp[out[i]] / float(nOut);
          const glm::vec3 outward = outCentre - inCentre;
          const auto emit = [&](std::uint32_t a, std::uint32_t b, std::uint32_t c) {
            const glm::vec3 normal =
                glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
            if (glm::dot(normal, outward) < 0.0f) std::swap(b, c);
            mesh.indices.insert(mesh.indices.end(), {a, b, c});
          };
          const auto v = [&](int i, int o) { return vertexOn(ci[i], ci[o], cp[i], cp[o]); };
          if (nIn == 1) {
            emit(v(in[0], out[0]), v(in[0], out[1]), v(in[0], out[2]));
          } else if (nIn == 3) {
            emit(v(in[0], out[0]), v(in[1], out[0]), v(in[2], out[0]));
          } else {
            // Two in, two out: the four crossed edges form a quad a-b-c-d around the tetrahedron.
            const std::uint32_t a = v(in[0], out[0]), b = v(in[0], out[1]), c = v(in[1], out[1]), d = v(in[1], out[0]);
            emit(a, b, c);
            emit(a, c, d);
          }
        }
      }
  return mesh;
}

}  // namespace myo::atlas_gen
