#include "atlas_gen/skin.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "atlas/mesh_analysis.hpp"
#include "atlas_gen/generate.hpp"
#include "atlas_gen/mesher.hpp"

namespace myo::atlas_gen {
namespace {

constexpr float kInf = 1e20f;

struct Volume {
  glm::vec3 origin{0.0f};
  float step = 0.003f;
  glm::ivec3 n{0};
  size_t index(int x, int y, int z) const { return size_t(x) + size_t(n.x) * (size_t(y) + size_t(n.y) * size_t(z)); }
  size_t size() const { return size_t(n.x) * size_t(n.y) * size_t(n.z); }
};

// Marks the voxel centres inside a closed mesh: along each vertical column, the mesh's crossings are
// sorted and the spans between pairs filled (even-odd rule).
void fillInside(const atlas::Mesh& mesh, const Volume& vol, std::vector<std::uint8_t>& inside) {
  std::vector<std::vector<float>> crossings(size_t(vol.n.x) * size_t(vol.n.z));
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::vec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]],
                    c = mesh.positions[mesh.indices[t + 2]];
    const float minX = std::min({a.x, b.x, c.x}), maxX = std::max({a.x, b.x, c.x});
    const float minZ = std::min({a.z, b.z, c.z}), maxZ = std::max({a.z, b.z, c.z});
    const int x0 = std::max(0, int(std::ceil((minX - vol.origin.x) / vol.step)));
    const int x1 = std::min(vol.n.x - 1, int(std::floor((maxX - vol.origin.x) / vol.step)));
    const int z0 = std::max(0, int(std::ceil((minZ - vol.origin.z) / vol.step)));
    const int z1 = std::min(vol.n.z - 1, int(std::floor((maxZ - vol.origin.z) / vol.step)));
    // The triangle's projection onto the x-z plane: barycentrics of each column centre.
    const float det = (b.x - a.x) * (c.z - a.z) - (c.x - a.x) * (b.z - a.z);
    if (std::abs(det) < 1e-14f) continue;
    for (int z = z0; z <= z1; ++z)
      for (int x = x0; x <= x1; ++x) {
        const float px = vol.origin.x + float(x) * vol.step, pz = vol.origin.z + float(z) * vol.step;
        const float u = ((px - a.x) * (c.z - a.z) - (c.x - a.x) * (pz - a.z)) / det;
        const float v = ((b.x - a.x) * (pz - a.z) - (px - a.x) * (b.z - a.z)) / det;
        // Half-open edges so a column through a shared edge counts it once.
        if (u < 0.0f || v < 0.0f || u + v >= 1.0f) continue;
        crossings[size_t(x) + size_t(vol.n.x) * size_t(z)].push_back(a.y + u * (b.y - a.y) + v * (c.y - a.y));
      }
  }
  // Parts thinner than a voxel (finger tips, tendons) may hold no voxel centre: the voxel nearest each
  // vertex counts as inside too, so the skin's thickness is measured from every part.
  for (const glm::vec3 v : mesh.positions) {
    const glm::ivec3 c = glm::clamp(glm::ivec3(glm::round((v - vol.origin) / vol.step)), glm::ivec3(0), vol.n - 1);
    inside[vol.index(c.x, c.y, c.z)] = 1;
  }
  for (int z = 0; z < vol.n.z; ++z)
    for (int x = 0; x < vol.n.x; ++x) {
      auto& ys = crossings[size_t(x) + size_t(vol.n.x) * size_t(z)];
      std::sort(ys.begin(), ys.end());
      for (size_t k = 0; k + 1 < ys.size(); k += 2) {
        const int y0 = std::max(0, int(std::ceil((ys[k] - vol.origin.y) / vol.step)));
        const int y1 = std::min(vol.n.y - 1, int(std::floor((ys[k + 1] - vol.origin.y) / vol.step)));
        for (int y = y0; y <= y1; ++y) inside[vol.index(x, y, z)] = 1;
      }
    }
}

// Squared distance transform of a sampled function in one dimension (Felzenszwalb & Huttenlocher 2012).
void distance1d(const float* f, int n, float* d, std::vector<int>& v, std::vector<float>& z) {
  v.resize(size_t(n));
  z.resize(size_t(n) + 1);
  int k = 0;
  v[0] = 0;
  z[0] = -kInf;
  z[1] = kInf;
  for (int q = 1; q < n; ++q) {
    float s;
    while (true) {
      const int p = v[size_t(k)];
      s = ((f[q] + float(q) * float(q)) - (f[p] + float(p) * float(p))) / (2.0f * float(q - p));
      if (s > z[size_t(k)] || k == 0) break;
      --k;
    }
    if (s <= z[size_t(k)]) {  // k == 0 and the new parabola hides the first
      v[0] = q;
      z[0] = -kInf;
      z[1] = kInf;
      continue;
    }
    ++k;
    v[size_t(k)] = q;
    z[size_t(k)] = s;
    z[size_t(k) + 1] = kInf;
  }
  k = 0;
  for (int q = 0; q < n; ++q) {
    while (z[size_t(k) + 1] < float(q)) ++k;
    const int p = v[size_t(k)];
    d[q] = float(q - p) * float(q - p) + f[p];
  }
}

// Euclidean distance (in voxels) from every voxel to the nearest voxel where `source` is set.
std::vector<float> distanceTo(const std::vector<std::uint8_t>& source, const Volume& vol) {
  std::vector<float> g(vol.size());
  for (size_t i = 0; i < g.size(); ++i) g[i] = source[i] ? 0.0f : kInf;
  std::vector<float> in, out;
  std::vector<int> v;
  std::vector<float> z;
  const auto pass = [&](int length, auto at) {
    in.resize(size_t(length));
    out.resize(size_t(length));
    return [&, length, at](int a, int b) {
      for (int i = 0; i < length; ++i) in[size_t(i)] = g[at(a, b, i)];
      distance1d(in.data(), length, out.data(), v, z);
      for (int i = 0; i < length; ++i) g[at(a, b, i)] = out[size_t(i)];
    };
  };
  {
    auto run = pass(vol.n.x, [&](int y, int zz, int i) { return vol.index(i, y, zz); });
    for (int zz = 0; zz < vol.n.z; ++zz)
      for (int y = 0; y < vol.n.y; ++y) run(y, zz);
  }
  {
    auto run = pass(vol.n.y, [&](int x, int zz, int i) { return vol.index(x, i, zz); });
    for (int zz = 0; zz < vol.n.z; ++zz)
      for (int x = 0; x < vol.n.x; ++x) run(x, zz);
  }
  {
    auto run = pass(vol.n.z, [&](int x, int y, int i) { return vol.index(x, y, i); });
    for (int y = 0; y < vol.n.y; ++y)
      for (int x = 0; x < vol.n.x; ++x) run(x, y);
  }
  for (float& d : g) d = std::sqrt(d);
  return g;
}

}  // namespace

atlas::Mesh makeSkin(const atlas::Atlas& structures, const SkinSpec& spec) {
  atlas::Bounds bounds;
  for (const auto& s : structures.structures) bounds.add(s.mesh.bounds());
  const float margin = spec.closing + spec.thickness + 4.0f * spec.step;
  Volume vol;
  vol.step = spec.step;
  vol.origin = bounds.min - glm::vec3(margin);
  vol.n = glm::ivec3(glm::ceil((bounds.max - bounds.min + glm::vec3(2.0f * margin)) / spec.step)) + 1;

  std::vector<std::uint8_t> occupied(vol.size(), 0);
  for (const auto& s : structures.structures) fillInside(s.mesh, vol, occupied);

  // Closing: everything within `closing` of a structure, then what lies deeper than closing - thickness
  // inside that.
  const std::vector<float> toStructure = distanceTo(occupied, vol);
  const float closingVoxels = spec.closing / spec.step;
  std::vector<std::uint8_t> outsideGrown(vol.size());
  for (size_t i = 0; i < vol.size(); ++i) outsideGrown[i] = toStructure[i] > closingVoxels ? 1 : 0;
  const std::vector<float> depth = distanceTo(outsideGrown, vol);
  const float keep = (spec.closing - spec.thickness) / spec.step;

  // Fill cavities (the chest and the abdomen are hollow in the atlas): only what the outside reaches
  // from the volume's border stays outside.
  std::vector<std::uint8_t> reached(vol.size(), 0);
  std::vector<glm::ivec3> stack;
  const auto push = [&](int x, int y, int z) {
    if (x < 0 || y < 0 || z < 0 || x >= vol.n.x || y >= vol.n.y || z >= vol.n.z) return;
    const size_t i = vol.index(x, y, z);
    if (reached[i] || depth[i] > keep) return;
    reached[i] = 1;
    stack.push_back({x, y, z});
  };
  for (int z = 0; z < vol.n.z; ++z)
    for (int y = 0; y < vol.n.y; ++y)
      for (int x = 0; x < vol.n.x; ++x)
        if (x == 0 || y == 0 || z == 0 || x == vol.n.x - 1 || y == vol.n.y - 1 || z == vol.n.z - 1) push(x, y, z);
  while (!stack.empty()) {
    const glm::ivec3 c = stack.back();
    stack.pop_back();
    push(c.x - 1, c.y, c.z), push(c.x + 1, c.y, c.z), push(c.x, c.y - 1, c.z);
    push(c.x, c.y + 1, c.z), push(c.x, c.y, c.z - 1), push(c.x, c.y, c.z + 1);
  }

  // The field the mesher samples: on the voxel grid, negative inside. Unreached voxels are inside at
  // least by their own depth.
  Grid grid;
  grid.origin = vol.origin;
  grid.step = vol.step;
  grid.count = vol.n;
  const auto field = [&](glm::vec3 p) {
    const glm::ivec3 c = glm::clamp(glm::ivec3(glm::round((p - vol.origin) / vol.step)), glm::ivec3(0), vol.n - 1);
    const size_t i = vol.index(c.x, c.y, c.z);
    const float d = (keep - depth[i]) * vol.step;
    return reached[i] ? std::max(d, 1e-5f) : std::min(d, -1e-5f);
  };
  atlas::Mesh dense = marchTetrahedra(field, grid);
  StructureSpec budget;
  budget.triangles = spec.triangles;
  budget.tissue = atlas::Tissue::Skin;
  return simplifiedOrDense(dense, budget);
}

}  // namespace myo::atlas_gen
