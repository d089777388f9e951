#pragma once
// Every structure's mesh in one vertex buffer and one index buffer, with each structure's index range,
// so a frame binds one vertex array and issues one glDrawElements per structure (no state changes
// beyond per-structure uniforms and the cull switch).
#include <array>
#include <cstdint>
#include <vector>

#include "atlas/atlas.hpp"
#include "render/gl_resources.hpp"

namespace myo::render {

// One level of detail: a triangle list over the structure's vertices, and how far (in metres) its surface
// strays from the full mesh.
struct LodRange {
  GLsizei indexCount = 0;
  std::uintptr_t firstIndexByte = 0;
  float error = 0.0f;
};

inline constexpr int kMaxLods = 4;

struct StructureRange {
  std::array<LodRange, kMaxLods> lods{};  // lods[0] is the full mesh; coarser levels follow
  int lodCount = 0;
  GLsizei indexCount = 0;  // of the full mesh (0: nothing to draw)
  GLuint firstVertex = 0;  // the vertex range of the structure: its indices count from firstVertex
  GLuint lastVertex = 0;
  GLenum indexType = GL_UNSIGNED_INT;  // GL_UNSIGNED_SHORT for structures of up to 65535 vertices
  bool cullBackFaces = false;          // closed surfaces (wound outwards on upload); open sheets are two-sided
  atlas::Bounds bounds;
};

class MeshBuffers {
 public:
  MeshBuffers();

  // Packs and uploads every structure (positions float, normal and fibre as 10:10:10:2 snorm: 20 bytes;
  // 16-bit indices where they fit), with coarser levels of detail made by meshoptimizer's simplifier over
  // the same vertices: a full body seen whole has ten triangles to a pixel, which llvmpipe pays for in
  // setup whether they show or not.
  void upload(const atlas::Atlas& atlas);
  void bind() const { glBindVertexArray(vertexArray_.get()); }
  void draw(size_t structure, int lod) const {
    const StructureRange& r = ranges_[structure];
    const LodRange& level = r.lods[static_cast<size_t>(lod)];
    // The range (local, so the driver need not scan the indices) and the base vertex they are relative to.
    glDrawRangeElementsBaseVertex(GL_TRIANGLES, 0, r.lastVertex - r.firstVertex, level.indexCount, r.indexType,
                                  reinterpret_cast<const void*>(level.firstIndexByte),
                                  static_cast<GLint>(r.firstVertex));
  }

  const std::vector<StructureRange>& ranges() const { return ranges_; }
  const atlas::Bounds& bounds() const { return bounds_; }
  size_t triangleCount() const { return triangles_; }  // full detail

 private:
  VertexArray vertexArray_;
  Buffer vertices_;
  Buffer indices_;
  std::vector<StructureRange> ranges_;
  atlas::Bounds bounds_;
  size_t triangles_ = 0;
};

}  // namespace myo::render
