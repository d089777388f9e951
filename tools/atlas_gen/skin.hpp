#pragma once
// The skin: one closed surface over everything, made from the generated structures themselves. They are
// voxelised, the gaps between them closed (a dilation followed by a smaller erosion, which also leaves a
// layer of subcutaneous thickness over the muscles), cavities filled, and the outer surface meshed.
#include <string>

#include "atlas/atlas.hpp"

namespace myo::atlas_gen {

struct SkinSpec {
  std::string id = "skin";
  std::string name = "skin";
  float step = 0.003f;       // voxel size (m)
  float closing = 0.012f;    // gaps narrower than about twice this are bridged (m)
  float thickness = 0.004f;  // how far the skin lies outside the outermost structures (m)
  int triangles = 40000;
  std::string where;  // file:line of the entry
};

// The skin mesh over `structures` (all sides), closed and outward facing.
atlas::Mesh makeSkin(const atlas::Atlas& structures, const SkinSpec& spec);

}  // namespace myo::atlas_gen
