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
  // When not empty, only structures whose id or spec file contains one of these are meshed (the others'
  // fields still shape the selected ones: bones are cut out of muscles all the same). For quick authoring.
  std::vector<std::string> only;
};

// Whether `structure` is selected by `only` (empty: everything).
bool selected(const StructureSpec& structure, const std::vector<std::string>& only);

// One structure meshed (right side for paired ones): closed, outward, with normals, and for muscles the
// fibre direction at every vertex. meshStructure() uses the spec's own field (no bones cut away).
atlas::Mesh meshStructure(const StructureSpec& structure, const GenerateOptions& options = {});
atlas::Mesh meshField(const StructureSpec& structure, const Field& field, const GenerateOptions& options = {});

// The mesh simplified to the structure's budget if that keeps it a closed manifold, else as it is; with
// normals.
atlas::Mesh simplifiedOrDense(const atlas::Mesh& dense, const StructureSpec& structure);
// Muscles: the fibre direction of `field` at every vertex.
void addFibres(atlas::Mesh& mesh, const StructureSpec& structure, const Field& field);

// The spec's fields, prepared, with every bone a muscle or fascia overlaps set to be cut out of it.
// Pointers refer into the returned vector.
std::vector<Field> fieldsWithBonesAvoided(const Spec& spec);

// Whether every edge (by position) joins exactly two triangles, once in each direction.
bool isClosedManifold(const atlas::Mesh& mesh);

atlas::Atlas generateAtlas(const Spec& spec, const GenerateOptions& options = {});

}  // namespace myo::atlas_gen
