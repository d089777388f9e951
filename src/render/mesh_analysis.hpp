#pragma once
// What the renderer needs to know about a mesh before it draws it (no GL): whether it is a closed
// surface (then back faces are culled, which halves the work on llvmpipe), which way its triangles and
// normals face, and its long axis (the fallback fibre direction of a muscle without fibres).
#include <glm/glm.hpp>

#include "atlas/mesh.hpp"

namespace myo::render {

struct MeshFacts {
  bool closed = false;               // edges (by position) join two triangles of opposite winding, up to small holes
  bool windingOutward = true;        // closed meshes: triangles counter-clockwise seen from outside
  bool normalsFollowWinding = true;  // the vertex normals point to the side the triangles face
  glm::vec3 longAxis{0.0f, 1.0f, 0.0f};  // principal axis of the vertices, unit length
};

MeshFacts analyzeMesh(const atlas::Mesh& mesh);

}  // namespace myo::render
