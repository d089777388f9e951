#pragma once
// The atlas source spec (assets/atlas/spec/<group>/*.yaml): bones, muscles and fascia described as
// implicit shapes placed by measured landmarks and coordinates. See docs/atlas-generator.md for the
// format. Errors name the file and line: "skeleton/limbs.yaml:42: ...".
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "atlas/landmarks/landmarks.hpp"
#include "atlas/structure.hpp"
#include "atlas_gen/shapes.hpp"
#include "atlas_gen/skin.hpp"
#include "core/result.hpp"

namespace myo::atlas_gen {

struct StructureSpec {
  std::string id;                      // side-free: `femur`, `trapezius.upper`
  std::string name;                    // English, side-free: "femur" (the structure is named "Right femur")
  bool paired = true;                  // authored on the right; the left is its mirror
  std::string fmaRight, fmaLeft, fma;  // fma: midline structures
  std::string region;
  atlas::Tissue tissue = atlas::Tissue::Bone;
  std::optional<atlas::Layer> layer;   // default: by tissue
  int triangles = 2000;                // budget per side
  float step = 0.0f;                   // sampling step in metres; 0: chosen from the smallest shape
  Field field;                         // resolved shapes, right side (or both sides for midline structures)
  bool avoidBones = false;             // cut every bone out of it (muscles, fascia: default on)
  std::vector<glm::vec3> attachments;  // muscles: where it meets bone (origin and insertion points)
  std::vector<std::string> reference;  // English names of the real structures it stands for (right side / midline)
  std::optional<SkinSpec> skin;        // the skin (no shapes: made from everything else)
  std::string where;                   // "file:line" of the entry
};

struct Spec {
  std::vector<StructureSpec> structures;  // files in name order; per file bones, muscles, fascia, in order
};

// Parses one spec file's text. `where` names the file in errors. Landmarks (and the file's own `points`)
// resolve point references.
Result<std::vector<StructureSpec>> parseSpecText(std::string_view text, const std::string& where,
                                                 const landmarks::LandmarkSet& landmarks);

// Every *.yaml under `dir` (recursively, sorted by relative path). Errors name files relative to `dir`.
// With `only` (authoring several regions at once), a file that does not load is skipped with a note on
// stderr unless its path holds one of those parts or it is a skeleton file.
Result<Spec> loadSpec(const std::filesystem::path& dir, const landmarks::LandmarkSet& landmarks,
                      const std::vector<std::string>& only = {});

}  // namespace myo::atlas_gen
