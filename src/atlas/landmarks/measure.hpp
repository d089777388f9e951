#pragma once
// Measures a whole landmark set on the real skeleton: bony landmarks by their recipes on their bones,
// derived ones by their rules, each after the landmarks it depends on.
#include "atlas/landmarks/bone_vertices.hpp"
#include "atlas/landmarks/landmarks.hpp"
#include "core/result.hpp"

namespace myo::landmarks {

// A copy of `spec` with every position (re)measured. Positions are rounded to 0.1 mm, as stored in the
// YAML, before anything that depends on them is measured, so a fresh measurement and the committed file
// agree exactly. Errors name the landmark; a dependency cycle is an error.
Result<LandmarkSet> measureAll(const LandmarkSet& spec, BoneLibrary& bones);

// Measures one bony landmark's recipe on any vertices in the body frame (a bone of another atlas, a
// Mesh's positions); positions of the landmarks the recipe names come from `known`. Not rounded.
Result<glm::vec3> measureOn(const Landmark& landmark, Side side, std::span<const glm::vec3> vertices,
                            const LandmarkSet& known);

// Rounds each coordinate to 4 decimals (0.1 mm), the precision landmarks.yaml stores.
glm::vec3 roundToStored(glm::dvec3 p);

}  // namespace myo::landmarks
