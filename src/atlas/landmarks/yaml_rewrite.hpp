#pragma once
// Writes measured positions back into landmarks.yaml text without disturbing anything else: comments,
// grouping, order and the recipes stay exactly as a person wrote them; only each entry's `at:` block is
// replaced (or appended where an entry has none yet).
#include <string>
#include <string_view>

#include <glm/glm.hpp>

#include "atlas/landmarks/landmarks.hpp"
#include "core/result.hpp"

namespace myo::landmarks {

// "[-0.1684, 1.3559, 0.0549]": metres with 4 decimals (0.1 mm), never "-0.0000".
std::string formatPosition(glm::vec3 p);

// `yamlText` with the `at:` block of every landmark in `measured` set to its positions. Fails when an
// entry of the text is not in `measured` (the two must come from the same file).
Result<std::string> rewritePositions(std::string_view yamlText, const LandmarkSet& measured);

}  // namespace myo::landmarks
