#pragma once
// Turns an implicit field into a closed triangle mesh: samples it on a regular grid and extracts the zero
// level set by marching tetrahedra (each cube split into six tetrahedra around its main diagonal). Unlike
// marching cubes it has no ambiguous cases and needs no tables, and the split is the same in every cube,
// so neighbouring cubes agree on their shared faces: the surface is closed and manifold by construction
// as long as the field is positive on the grid's outer layer.
#include <functional>

#include <glm/glm.hpp>

#include "atlas/mesh.hpp"

namespace myo::atlas_gen {

struct Grid {
  glm::vec3 origin{0.0f};  // the first sample
  float step = 0.002f;     // metres between samples
  glm::ivec3 count{0};     // samples per axis
};

// A grid over `bounds` with about `step` spacing and at least one sample of margin outside it.
Grid gridOver(const atlas::Bounds& bounds, float step);

// Triangles wind counter-clockwise seen from outside (where the field is positive). Positions only.
atlas::Mesh marchTetrahedra(const std::function<float(glm::vec3)>& field, const Grid& grid);

}  // namespace myo::atlas_gen
