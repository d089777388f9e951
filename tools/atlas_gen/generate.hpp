#pragma once
// Spec -> atlas: meshes every bone's field, simplifies it to its triangle budget, mirrors paired bones to
// the left, and names the structures. Bones are meshed in parallel; results are placed by bone index,
// so the atlas is the same, byte for byte, for any thread count.
#include <string>
#include <vector>

#include "atlas/atlas.hpp"
#include "atlas_gen/spec.hpp"

namespace myo::atlas_gen {

struct GenerateOptions {
  unsigned threads = 0;           // 0: hardware concurrency
  float defaultStep = 0.0018f;    // metres; small bones sample finer (smallest shape radius / 2.5)
  size_t maxSamples = 6'000'000;  // per bone; the step grows to stay under it
};

// One bone meshed (right side for paired bones): closed, outward, with normals.
atlas::Mesh meshBone(const BoneSpec& bone, const GenerateOptions& options = {});

// Whether every edge (by position) joins exactly two triangles, once in each direction.
bool isClosedManifold(const atlas::Mesh& mesh);

atlas::Atlas generateAtlas(const Spec& spec, const GenerateOptions& options = {});

}  // namespace myo::atlas_gen
