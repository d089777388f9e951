#include "atlas_gen/generate.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <thread>
#include <tuple>

#include <meshoptimizer.h>

#include "atlas/mesh_analysis.hpp"
#include "atlas_gen/mesher.hpp"

namespace myo::atlas_gen {
namespace {

using Key = std::tuple<float, float, float>;
Key key(glm::vec3 p) { return {p.x, p.y, p.z}; }

// Simplifies towards `triangles`, keeping the result only while it stays a closed manifold: the
// simplifier collapses edges without checking the link condition, which on thin parts can pinch the
// surface. A failed level falls back to a gentler one; nothing when every level fails.
std::optional<atlas::Mesh> simplified(const atlas::Mesh& dense, int triangles) {
  if (static_cast<int>(dense.triangleCount()) <= triangles) return dense;
  for (const float factor : {1.0f, 1.1f, 1.25f, 1.4f, 1.6f, 2.0f, 2.5f, 3.0f, 4.0f}) {
    const size_t target = static_cast<size_t>(static_cast<float>(triangles) * factor) * 3u;
    if (target >= dense.indices.size()) break;
    atlas::Mesh mesh;
    mesh.indices.resize(dense.indices.size());
    const size_t count =
        meshopt_simplify(mesh.indices.data(), dense.indices.data(), dense.indices.size(), &dense.positions[0].x,
                         dense.positions.size(), sizeof(glm::vec3), target, 0.02f, 0, nullptr);
    mesh.indices.resize(count);
    // Compact: keep the used vertices, in first-use order.
    std::vector<std::uint32_t> remap(dense.positions.size(), ~0u);
    for (auto& i : mesh.indices) {
      if (remap[i] == ~0u) {
        remap[i] = static_cast<std::uint32_t>(mesh.positions.size());
        mesh.positions.push_back(dense.positions[i]);
      }
      i = remap[i];
    }
    if (isClosedManifold(mesh)) return mesh;
  }
  return std::nullopt;
}

std::string capitalized(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

}  // namespace

bool isClosedManifold(const atlas::Mesh& mesh) {
  if (mesh.indices.empty()) return false;
  // Directed edges by position: each must appear once, and its reverse once.
  std::map<std::pair<Key, Key>, int> directed;
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
    for (int e = 0; e < 3; ++e) {
      const glm::vec3 a = mesh.positions[mesh.indices[t + e]];
      const glm::vec3 b = mesh.positions[mesh.indices[t + (e + 1) % 3]];
      if (a == b) return false;
      if (++directed[{key(a), key(b)}] > 1) return false;
    }
  for (const auto& [edge, n] : directed)
    if (!directed.count({edge.second, edge.first})) return false;
  return true;
}

atlas::Mesh meshBone(const BoneSpec& bone, const GenerateOptions& options) {
  const atlas::Bounds bounds = bone.field.bounds();
  float step =
      bone.step > 0.0f ? bone.step : std::clamp(bone.field.smallestRadius() / 2.5f, 0.0004f, options.defaultStep);
  const glm::vec3 size = bounds.max - bounds.min;
  while ((size.x / step + 6) * (size.y / step + 6) * (size.z / step + 6) > static_cast<float>(options.maxSamples))
    step *= 1.1f;
  // A pinch the simplifier cannot get past usually sits where a thin part meets the grid badly: sampling
  // it a little differently moves it. The last resort is the dense surface, closed but over budget.
  atlas::Mesh dense;
  for (int attempt = 0; attempt < 4; ++attempt, step *= 1.2f) {
    dense = marchTetrahedra(bone.field, gridOver(bounds, step));
    if (auto mesh = simplified(dense, bone.triangles)) {
      atlas::computeNormals(*mesh);
      return *mesh;
    }
  }
  atlas::computeNormals(dense);
  return dense;
}

atlas::Atlas generateAtlas(const Spec& spec, const GenerateOptions& options) {
  std::vector<atlas::Mesh> meshes(spec.bones.size());
  std::atomic<size_t> next{0};
  const auto work = [&] {
    for (size_t i = next++; i < spec.bones.size(); i = next++) {
      meshes[i] = meshBone(spec.bones[i], options);
      atlas::computeDerived(meshes[i]);
    }
  };
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, static_cast<unsigned>(spec.bones.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  atlas::Atlas out;
  out.name = "Myoscope built-in atlas";
  for (size_t i = 0; i < spec.bones.size(); ++i) {
    const BoneSpec& b = spec.bones[i];
    atlas::Structure s;
    s.region = b.region;
    s.tissue = b.tissue;
    s.layer = atlas::defaultLayerFor(b.tissue);
    s.sourcePath = b.where;
    if (!b.paired) {
      s.id = b.id;
      s.name = capitalized(b.name);
      s.fma = b.fma;
      s.mesh = std::move(meshes[i]);
      out.structures.push_back(std::move(s));
      continue;
    }
    atlas::Structure left = s;
    s.id = b.id + ".r";
    s.name = "Right " + b.name;
    s.fma = b.fmaRight;
    s.side = Side::Right;
    s.mesh = std::move(meshes[i]);
    left.id = b.id + ".l";
    left.name = "Left " + b.name;
    left.fma = b.fmaLeft;
    left.side = Side::Left;
    left.mesh = atlas::mirroredX(s.mesh);
    atlas::computeDerived(left.mesh);
    out.structures.push_back(std::move(s));
    out.structures.push_back(std::move(left));
  }
  return out;
}

}  // namespace myo::atlas_gen
