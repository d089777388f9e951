#pragma once
// Geometric facts about a mesh that drawing and checks need: whether it is a closed
// surface (then back faces are culled, which halves the work on llvmpipe), which way its triangles and
// normals face, and its long axis (the fallback fibre direction of a muscle without fibres).
#include <vector>

#include <glm/glm.hpp>

#include "atlas/mesh.hpp"

namespace myo::atlas {

MeshFacts analyzeMesh(const Mesh& mesh);

// Coarser levels of detail over the same vertices (meshoptimizer's simplifier), each about a quarter of
// the one before, wound outwards whatever the mesh's own winding, with their error in metres.
std::vector<MeshLod> buildLods(const Mesh& mesh, const MeshFacts& facts);

// Fills mesh.facts and mesh.lods, and puts the triangles of the mesh and of each level in vertex-cache
// order. Loaders call it on their worker threads, so the result is cached with the mesh and the renderer
// has nothing left to work out at start-up: it uploads the levels as they are.
void computeDerived(Mesh& mesh);

}  // namespace myo::atlas
