#include "render/mesh_buffers.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstddef>
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

// Runs work(i) for i in [0, count) on every core (the results do not depend on the split).
template <class Work>
void forEachParallel(size_t count, const Work& work) {
  std::atomic<size_t> next{0};
  const auto worker = [&] {
    for (size_t i = next++; i < count; i = next++) work(i);
  };
  const size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
  std::vector<std::thread> workers;
  for (size_t t = 1; t < std::min(threads, count); ++t) workers.emplace_back(worker);
  worker();
  for (auto& thread : workers) thread.join();
}

// The levels a structure uploads: the full mesh (wound outwards like the coarser ones, which buildLods
// makes so) and its coarser levels, each already in vertex-cache order (computeDerived).
size_t levelCount(const atlas::Mesh& mesh) { return std::min<size_t>(1 + mesh.lods.size(), kMaxLods); }

// 16-bit indices where a structure has few enough vertices (all of BodyParts3D: at most 12k): half the
// index memory, and half the index bytes llvmpipe reads a frame.
bool shortIndices(const atlas::Mesh& mesh) { return mesh.positions.size() <= 0xFFFF; }

void writeVertices(const atlas::Mesh& mesh, PackedVertex* out) {
  const atlas::MeshFacts& facts = *mesh.facts;
  // Normals end up on the side the (possibly flipped) triangles face, so gl_FrontFacing shades open sheets.
  const float normalSign = facts.normalsFollowWinding == facts.windingOutward ? 1.0f : -1.0f;
  const bool hasFibres = mesh.fibers.size() == mesh.positions.size();
  const std::uint32_t longAxis = pack(facts.longAxis, 0);
  for (size_t v = 0; v < mesh.positions.size(); ++v)
    out[v] = {mesh.positions[v], pack(mesh.normals[v] * normalSign, 0), hasFibres ? pack(mesh.fibers[v], 1) : longAxis};
}

// Every level's indices, local to the structure (draws add its first vertex), one level after another.
template <class Index>
void writeIndices(const atlas::Mesh& mesh, Index* out) {
  const bool flip = !mesh.facts->windingOutward;  // the full level is wound outwards here, the others already are
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    out[t] = static_cast<Index>(mesh.indices[t]);
    out[t + 1] = static_cast<Index>(mesh.indices[flip ? t + 2 : t + 1]);
    out[t + 2] = static_cast<Index>(mesh.indices[flip ? t + 1 : t + 2]);
  }
  out += mesh.indices.size();
  for (size_t l = 1; l < levelCount(mesh); ++l) {
    const auto& level = mesh.lods[l - 1].indices;
    std::transform(level.begin(), level.end(), out, [](std::uint32_t i) { return static_cast<Index>(i); });
    out += level.size();
  }
}

// A buffer's storage to write into: the driver's own, mapped (no copy of ours, none in the driver), or
// where mapping fails, memory of ours that is then copied in.
class BufferWriter {
 public:
  BufferWriter(GLenum target, size_t bytes) : target_(target), bytes_(bytes) {
    glBufferData(target, static_cast<GLsizeiptr>(bytes), nullptr, GL_STATIC_DRAW);
    if (bytes > 0)
      data_ =
          glMapBufferRange(target, 0, static_cast<GLsizeiptr>(bytes), GL_MAP_WRITE_BIT | GL_MAP_INVALIDATE_BUFFER_BIT);
    if (data_ == nullptr && bytes > 0) {
      fallback_.resize((bytes + sizeof(std::uint64_t) - 1) / sizeof(std::uint64_t));
      data_ = fallback_.data();
    }
  }
  template <class T>
  T* as() const {
    return static_cast<T*>(data_);
  }
  // The target's buffer must still be bound.
  void finish() {
    if (data_ == nullptr) return;
    if (fallback_.empty()) {
      glUnmapBuffer(target_);  // GL_FALSE (storage lost) cannot happen to llvmpipe; the next upload redoes it
    } else {
      glBufferSubData(target_, 0, static_cast<GLsizeiptr>(bytes_), fallback_.data());
      fallback_ = {};
    }
    data_ = nullptr;
  }

 private:
  GLenum target_;
  size_t bytes_;
  void* data_ = nullptr;
  std::vector<std::uint64_t> fallback_;
};

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
  const size_t count = atlas.structures.size();
  // Loaders cache normals, facts and levels of detail with the mesh; a mesh made in code (tests, the
  // generator) gets them here, and the atlas stays as it is.
  std::vector<atlas::Mesh> derived(count);
  const auto needsDerived = [&](size_t i) {
    const atlas::Mesh& mesh = atlas.structures[i].mesh;
    return !mesh.empty() && (!mesh.facts || mesh.normals.size() != mesh.positions.size());
  };
  const auto meshOf = [&](size_t i) -> const atlas::Mesh& {
    return needsDerived(i) ? derived[i] : atlas.structures[i].mesh;
  };
  bool anyDerived = false;
  for (size_t i = 0; i < count; ++i) anyDerived = anyDerived || needsDerived(i);
  if (anyDerived)
    forEachParallel(count, [&](size_t i) {
      if (!needsDerived(i)) return;
      derived[i] = atlas.structures[i].mesh;
      atlas::computeDerived(derived[i]);
    });

  // Every structure's place in the two buffers, then each written straight into them on every core: no
  // staging copy of the 15 MB of a full body, in our memory or the driver's.
  ranges_.assign(count, StructureRange{});
  bounds_ = atlas::Bounds{};
  triangles_ = 0;
  size_t vertexCount = 0;
  size_t indexBytes = 0;
  for (size_t i = 0; i < count; ++i) {
    const atlas::Mesh& mesh = meshOf(i);
    if (mesh.empty()) continue;
    StructureRange& range = ranges_[i];
    range.indexCount = static_cast<GLsizei>(mesh.indices.size());
    range.firstVertex = static_cast<GLuint>(vertexCount);
    range.lastVertex = static_cast<GLuint>(vertexCount + mesh.positions.size() - 1);
    range.indexType = shortIndices(mesh) ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    range.cullBackFaces = mesh.facts->closed;
    range.bounds = mesh.bounds();
    const size_t indexSize = shortIndices(mesh) ? sizeof(std::uint16_t) : sizeof(std::uint32_t);
    indexBytes = (indexBytes + 3) / 4 * 4;  // each structure starts 4-byte aligned, whatever its index type
    for (size_t l = 0; l < levelCount(mesh); ++l) {
      const size_t size = l == 0 ? mesh.indices.size() : mesh.lods[l - 1].indices.size();
      LodRange& lod = range.lods[l];
      lod.firstIndexByte = indexBytes;
      lod.indexCount = static_cast<GLsizei>(size);
      lod.error = l == 0 ? 0.0f : mesh.lods[l - 1].error;
      indexBytes += size * indexSize;
    }
    range.lodCount = static_cast<int>(levelCount(mesh));
    vertexCount += mesh.positions.size();
    bounds_.add(range.bounds);
    triangles_ += mesh.indices.size() / 3;
  }

  bind();
  glBindBuffer(GL_ARRAY_BUFFER, vertices_.get());
  BufferWriter vertices(GL_ARRAY_BUFFER, vertexCount * sizeof(PackedVertex));
  BufferWriter indices(GL_ELEMENT_ARRAY_BUFFER, indexBytes);
  forEachParallel(count, [&](size_t i) {
    const atlas::Mesh& mesh = meshOf(i);
    if (mesh.empty()) return;
    const StructureRange& range = ranges_[i];
    writeVertices(mesh, vertices.as<PackedVertex>() + range.firstVertex);
    std::byte* at = indices.as<std::byte>() + range.lods[0].firstIndexByte;
    if (range.indexType == GL_UNSIGNED_SHORT)
      writeIndices(mesh, reinterpret_cast<std::uint16_t*>(at));
    else
      writeIndices(mesh, reinterpret_cast<std::uint32_t*>(at));
  });
  vertices.finish();
  indices.finish();
  glBindVertexArray(0);
}

}  // namespace myo::render
