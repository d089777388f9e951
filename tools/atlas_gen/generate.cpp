#include "atlas_gen/generate.hpp"

#include <algorithm>
#include <array>
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

// Where the simplifier squeezes a thin part flat it can leave two triangles over the same three vertices,
// facing opposite ways: a fin the surface then meets along every edge. Dropping both closes the surface.
void removeFins(std::vector<std::uint32_t>& indices) {
  std::map<std::array<std::uint32_t, 3>, std::vector<size_t>> byCorners;
  for (size_t t = 0; t + 2 < indices.size(); t += 3) {
    std::array<std::uint32_t, 3> k{indices[t], indices[t + 1], indices[t + 2]};
    std::sort(k.begin(), k.end());
    byCorners[k].push_back(t);
  }
  std::vector<char> drop(indices.size() / 3, 0);
  bool any = false;
  for (const auto& [corners, triangles] : byCorners)
    if (triangles.size() % 2 == 0)
      for (const size_t t : triangles) drop[t / 3] = 1, any = true;
  if (!any) return;
  std::vector<std::uint32_t> kept;
  for (size_t t = 0; t + 2 < indices.size(); t += 3)
    if (!drop[t / 3]) kept.insert(kept.end(), {indices[t], indices[t + 1], indices[t + 2]});
  indices = std::move(kept);
}

// Where two parts of the surface touch at a vertex or along an edge, each part (a fan of triangles joined
// across ordinary two-triangle edges) gets its own copy of the vertex, nudged a hundredth of a millimetre
// into its part, so the surface becomes two that merely touch. `positions` grows by the copies.
void splitTouchingParts(std::vector<glm::vec3>& positions, std::vector<std::uint32_t>& indices) {
  const size_t triangles = indices.size() / 3;
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> edgeUse;
  for (size_t t = 0; t < triangles; ++t)
    for (int e = 0; e < 3; ++e) {
      std::uint32_t a = indices[3 * t + e], b = indices[3 * t + (e + 1) % 3];
      if (a > b) std::swap(a, b);
      ++edgeUse[{a, b}];
    }
  std::vector<std::vector<std::uint32_t>> around(positions.size());
  for (size_t t = 0; t < triangles; ++t)
    for (int k = 0; k < 3; ++k) around[indices[3 * t + k]].push_back(static_cast<std::uint32_t>(t));
  const size_t originalCount = positions.size();
  const std::vector<std::uint32_t> original = indices;  // neighbours as they were before any split
  for (std::uint32_t v = 0; v < originalCount; ++v) {
    const auto& fan = around[v];
    if (fan.size() < 2) continue;
    // Union-find over the triangles at v, joined across edges (v, x) that two triangles share.
    std::vector<size_t> parent(fan.size());
    for (size_t i = 0; i < fan.size(); ++i) parent[i] = i;
    const auto root = [&](size_t i) {
      while (parent[i] != i) i = parent[i] = parent[parent[i]];
      return i;
    };
    const auto others = [&](std::uint32_t t) {
      std::array<std::uint32_t, 2> o{};
      int n = 0;
      for (int k = 0; k < 3; ++k)
        if (original[3 * t + k] != v && n < 2) o[n++] = original[3 * t + k];
      return o;
    };
    for (size_t i = 0; i < fan.size(); ++i)
      for (size_t j = i + 1; j < fan.size(); ++j)
        for (const std::uint32_t x : others(fan[i]))
          for (const std::uint32_t y : others(fan[j]))
            if (x == y && edgeUse[{std::min(v, x), std::max(v, x)}] == 2) parent[root(i)] = root(j);
    std::map<size_t, std::vector<std::uint32_t>> parts;
    for (size_t i = 0; i < fan.size(); ++i) parts[root(i)].push_back(fan[i]);
    if (parts.size() < 2) continue;
    bool first = true;
    for (const auto& [r, part] : parts) {
      if (first) {
        first = false;
        continue;
      }
      glm::vec3 centre(0.0f);
      for (const std::uint32_t t : part)
        for (int k = 0; k < 3; ++k) centre += positions[original[3 * t + k]] / float(3 * part.size());
      const glm::vec3 toward = centre - positions[v];
      const float length = glm::length(toward);
      const auto copy = static_cast<std::uint32_t>(positions.size());
      positions.push_back(positions[v] + (length > 0.0f ? toward / length * 1e-5f : glm::vec3(0.0f)));
      for (const std::uint32_t t : part)
        for (int k = 0; k < 3; ++k)
          if (original[3 * t + k] == v) indices[3 * t + k] = copy;
    }
  }
}

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
    removeFins(mesh.indices);
    // Compact: keep the used vertices, in first-use order.
    std::vector<std::uint32_t> remap(dense.positions.size(), ~0u);
    for (auto& i : mesh.indices) {
      if (remap[i] == ~0u) {
        remap[i] = static_cast<std::uint32_t>(mesh.positions.size());
        mesh.positions.push_back(dense.positions[i]);
      }
      i = remap[i];
    }
    splitTouchingParts(mesh.positions, mesh.indices);
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

atlas::Mesh meshStructure(const StructureSpec& bone, const GenerateOptions& options) {
  return meshField(bone, bone.field, options);
}

atlas::Mesh meshField(const StructureSpec& bone, const Field& field, const GenerateOptions& options) {
  const atlas::Bounds bounds = field.bounds();
  float step = bone.step > 0.0f ? bone.step : std::clamp(field.smallestRadius() / 2.5f, 0.0004f, options.defaultStep);
  const glm::vec3 size = bounds.max - bounds.min;
  while ((size.x / step + 6) * (size.y / step + 6) * (size.z / step + 6) > static_cast<float>(options.maxSamples))
    step *= 1.1f;
  // A pinch the simplifier cannot get past usually sits where a thin part meets the grid badly: sampling
  // it a little differently moves it. The last resort is the dense surface, closed but over budget.
  atlas::Mesh dense;
  for (int attempt = 0; attempt < 4; ++attempt, step *= 1.2f) {
    dense = marchTetrahedra(field, gridOver(bounds, step));
    if (auto mesh = simplified(dense, bone.triangles)) {
      dense = std::move(*mesh);
      break;
    }
  }
  atlas::computeNormals(dense);
  addFibres(dense, bone, field);
  return dense;
}

atlas::Mesh simplifiedOrDense(const atlas::Mesh& dense, const StructureSpec& structure) {
  auto mesh = simplified(dense, structure.triangles);
  atlas::Mesh out = mesh ? std::move(*mesh) : dense;
  atlas::computeNormals(out);
  return out;
}

void addFibres(atlas::Mesh& dense, const StructureSpec& bone, const Field& field) {
  if (bone.tissue == atlas::Tissue::Muscle) {
    dense.fibers.resize(dense.positions.size());
    for (size_t v = 0; v < dense.positions.size(); ++v) dense.fibers[v] = field.fibre(dense.positions[v]);
  }
}

bool selected(const StructureSpec& structure, const std::vector<std::string>& only) {
  if (only.empty()) return true;
  return std::any_of(only.begin(), only.end(), [&](const std::string& part) {
    return structure.id.find(part) != std::string::npos || structure.where.find(part) != std::string::npos;
  });
}

std::vector<Field> fieldsWithBonesAvoided(const Spec& spec) {
  std::vector<Field> fields;
  for (const StructureSpec& s : spec.structures) fields.push_back(s.field);
  for (Field& f : fields) f.prepare();
  std::vector<const Field*> bones;
  for (size_t i = 0; i < fields.size(); ++i)
    if (spec.structures[i].tissue == atlas::Tissue::Bone) bones.push_back(&fields[i]);
  for (size_t i = 0; i < fields.size(); ++i) {
    if (!spec.structures[i].avoidBones) continue;
    atlas::Bounds box = fields[i].preparedBounds();
    for (const Field* bone : bones) {
      const atlas::Bounds& b = bone->preparedBounds();
      if (glm::all(glm::lessThanEqual(b.min, box.max)) && glm::all(glm::lessThanEqual(box.min, b.max)))
        fields[i].avoid.push_back(bone);
    }
  }
  return fields;
}

atlas::Atlas generateAtlas(const Spec& spec, const GenerateOptions& options) {
  std::vector<atlas::Mesh> meshes(spec.structures.size());
  const std::vector<Field> fields = fieldsWithBonesAvoided(spec);
  std::atomic<size_t> next{0};
  const auto work = [&] {
    for (size_t i = next++; i < spec.structures.size(); i = next++) {
      if (!selected(spec.structures[i], options.only) || spec.structures[i].skin) continue;
      meshes[i] = meshField(spec.structures[i], fields[i], options);
      atlas::computeDerived(meshes[i]);
    }
  };
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, static_cast<unsigned>(spec.structures.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  atlas::Atlas out;
  out.name = "Myoscope built-in atlas";
  for (size_t i = 0; i < spec.structures.size(); ++i) {
    const StructureSpec& b = spec.structures[i];
    if (!selected(b, options.only) || b.skin) continue;
    atlas::Structure s;
    s.region = b.region;
    s.tissue = b.tissue;
    s.layer = b.layer.value_or(atlas::defaultLayerFor(b.tissue));
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
  // The skin last: it is made from everything else.
  for (const StructureSpec& b : spec.structures) {
    if (!b.skin || !selected(b, options.only)) continue;
    atlas::Structure s;
    s.id = b.id;
    s.name = capitalized(b.name);
    s.tissue = atlas::Tissue::Skin;
    s.layer = atlas::Layer::Skin;
    s.sourcePath = b.where;
    s.mesh = makeSkin(out, *b.skin);
    atlas::computeDerived(s.mesh);
    out.structures.push_back(std::move(s));
  }
  return out;
}

}  // namespace myo::atlas_gen
