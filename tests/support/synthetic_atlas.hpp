#pragma once
// Small atlases built in code for tests that need no files: boxes with known positions and ids.
#include "atlas/atlas.hpp"

namespace myo::testing {

// An axis-aligned box as a closed, outward-facing mesh.
atlas::Mesh boxMesh(glm::vec3 min, glm::vec3 max);

// Four boxes: `infraspinatus.r` (x < 0) and `infraspinatus.l` (x > 0) side by side, `trapezius.upper.r`
// above, and `scapula.r` (bone layer) behind the right one.
atlas::Atlas fourBoxAtlas();

}  // namespace myo::testing
