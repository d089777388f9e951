#include "render/mesh_buffers.hpp"

#include <meshoptimizer.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

#include "atlas/mesh_analysis.hpp"

namespace myo::render {
namespace {

struct PackedVertex {
  glm::vec3 position;
  std::uint32_t normal;  // GL_INT_2_10_10_10_REV, normalized
  std::uint32_t fibre;   // xyz direction; w = 1 where the atlas gave fibres, 0 for the derived long axis
};
static_assert(sizeof(PackedVertex) == 20);

std::uint32_t packSnorm10(float value) {
  const auto v = static_cast<std::int32_t>(std::lround(std::clamp(value, -1.0f, 1.0f) * 511.0f));
  return static_cast<std::uint32_t>(v) & 0x3FFu;
}

std::uint32_t pack(glm::vec3 v, int w) {
  const float length = glm::length(v);
  if (length > 0.0f) v /= length;
  return packSnorm10(v.x) | (packSnorm10(v.y) << 10) | (packSnorm10(v.z) << 20) |
         ((static_cast<std::uint32_t>(w) & 0x3u) << 30);
}

// One structure ready for the GPU, made on a worker thread: vertices, and every level's indices (local
// vertex numbers; LodRange offsets relative to `indices`).
struct PreparedMesh {
  std::vector<PackedVertex> vertices;
  std::vector<std::uint32_t> indices;
  StructureRange range;
};

// Appends one level in vertex-cache order: llvmpipe shades vertices in small batches with a small cache,
// so locality decides how often each vertex is shaded again.
void appendLevel(PreparedMesh& out, const std::vector<std::uint32_t>& level, float error) {
  LodRange& lod = out.range.lods[static_cast<size_t>(out.range.lodCount++)];
  lod.firstIndexByte = out.indices.size() * sizeof(std::uint32_t);
  lod.indexCount = static_cast<GLsizei>(level.size());
  lod.error = error;
  const size_t first = out.indices.size();
  out.indices.resize(first + level.size());
  meshopt_optimizeVertexCacheFifo(&out.indices[first], level.data(), level.size(), out.vertices.size(), 16);
}

PreparedMesh prepare(const atlas::Mesh& source) {
  PreparedMesh out;
  if (source.empty()) return out;
  // Loaders cache normals, facts and levels of detail with the mesh; a mesh made in code (tests, the
  // generator) gets them here, and the atlas stays as it is.
  atlas::Mesh derived;
  const bool needsDerived = !source.facts || source.normals.size() != source.positions.size();
  if (needsDerived) {
    derived = source;
    atlas::computeDerived(derived);
  }
  const atlas::Mesh& mesh = needsDerived ? derived : source;
  const atlas::MeshFacts& facts = *mesh.facts;
  // Normals end up on the side the (possibly flipped) triangles face, so gl_FrontFacing shades open sheets.
  const float normalSign = facts.normalsFollowWinding == facts.windingOutward ? 1.0f : -1.0f;
  const bool hasFibres = mesh.fibers.size() == mesh.positions.size();
  out.vertices.reserve(mesh.positions.size());
  for (size_t v = 0; v < mesh.positions.size(); ++v)
    out.vertices.push_back({mesh.positions[v], pack(mesh.normals[v] * normalSign, 0),
                            hasFibres ? pack(mesh.fibers[v], 1) : pack(facts.longAxis, 0)});
  out.range.indexCount = static_cast<GLsizei>(mesh.indices.size());
  out.range.cullBackFaces = facts.closed;
  out.range.bounds = mesh.bounds();

  // The full level, wound outwards like the coarser ones.
  std::vector<std::uint32_t> level(mesh.indices);
  if (!facts.windingOutward)
    for (size_t t = 0; t + 2 < level.size(); t += 3) std::swap(level[t + 1], level[t + 2]);
  appendLevel(out, level, 0.0f);
  for (const auto& lod : mesh.lods) {
    if (out.range.lodCount >= kMaxLods) break;
    appendLevel(out, lod.indices, lod.error);
  }
  return out;
}

// Structures are independent: prepare them on every core (the result does not depend on the split).
std::vector<PreparedMesh> prepareAll(const atlas::Atlas& atlas) {
  std::vector<PreparedMesh> prepared(atlas.structures.size());
  std::atomic<size_t> next{0};
  const auto work = [&] {
    for (size_t i = next++; i < prepared.size(); i = next++) prepared[i] = prepare(atlas.structures[i].mesh);
  };
  const size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
  std::vector<std::thread> workers;
  for (size_t t = 1; t < std::min(threads, prepared.size()); ++t) workers.emplace_back(work);
  work();
  for (auto& worker : workers) worker.join();
  return prepared;
}

}  // namespace

MeshBuffers::MeshBuffers() : vertexArray_(makeVertexArray()), vertices_(makeBuffer()), indices_(makeBuffer()) {
  bind();
  glBindBuffer(GL_ARRAY_BUFFER, vertices_.get());
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indices_.get());
  constexpr auto stride = static_cast<GLsizei>(sizeof(PackedVertex));
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<const void*>(offsetof(PackedVertex, position)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 4, GL_INT_2_10_10_10_REV, GL_TRUE, stride,
                        reinterpret_cast<const void*>(offsetof(PackedVertex, normal)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_INT_2_10_10_10_REV, GL_TRUE, stride,
                        reinterpret_cast<const void*>(offsetof(PackedVertex, fibre)));
  glBindVertexArray(0);
}

void MeshBuffers::upload(const atlas::Atlas& atlas) {
  std::vector<PreparedMesh> prepared = prepareAll(atlas);
  size_t vertexCount = 0;
  size_t indexCount = 0;
  for (const auto& p : prepared) {
    vertexCount += p.vertices.size();
    indexCount += p.indices.size();
  }
  std::vector<PackedVertex> vertices;
  std::vector<std::uint32_t> indices;
  vertices.reserve(vertexCount);
  indices.reserve(indexCount);
  ranges_.assign(prepared.size(), StructureRange{});
  bounds_ = atlas::Bounds{};
  triangles_ = 0;
  for (size_t i = 0; i < prepared.size(); ++i) {
    PreparedMesh& p = prepared[i];
    if (p.vertices.empty()) continue;
    const auto base = static_cast<std::uint32_t>(vertices.size());
    const std::uintptr_t indexOffset = indices.size() * sizeof(std::uint32_t);
    vertices.insert(vertices.end(), p.vertices.begin(), p.vertices.end());
    for (const std::uint32_t index : p.indices) indices.push_back(base + index);
    StructureRange& range = ranges_[i];
    range = p.range;
    range.firstVertex = base;
    range.lastVertex = base + static_cast<GLuint>(p.vertices.size()) - 1;
    for (int l = 0; l < range.lodCount; ++l) range.lods[static_cast<size_t>(l)].firstIndexByte += indexOffset;
    bounds_.add(range.bounds);
    triangles_ += static_cast<size_t>(range.indexCount) / 3;
    p = PreparedMesh{};  // frees as it goes
  }

  bind();
  glBindBuffer(GL_ARRAY_BUFFER, vertices_.get());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(PackedVertex)), vertices.data(),
               GL_STATIC_DRAW);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)), indices.data(),
               GL_STATIC_DRAW);
  glBindVertexArray(0);
}

}  // namespace myo::render
