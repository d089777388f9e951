#pragma once
// The atlas source spec (assets/atlas/spec/<group>/*.yaml): bones described as implicit shapes placed by
// measured landmarks and coordinates. See docs/atlas-generator.md for the format. Errors name the file
// and line: "skeleton/limbs.yaml:42: ...".
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "atlas/landmarks/landmarks.hpp"
#include "atlas/structure.hpp"
#include "atlas_gen/shapes.hpp"
#include "core/result.hpp"

namespace myo::atlas_gen {

struct BoneSpec {
  std::string id;                      // side-free: `femur`
  std::string name;                    // English, side-free: "femur" (the structure is named "Right femur")
  bool paired = true;                  // authored on the right; the left is its mirror
  std::string fmaRight, fmaLeft, fma;  // fma: midline bones
  std::string region;
  atlas::Tissue tissue = atlas::Tissue::Bone;
  int triangles = 2000;                // budget per side
  float step = 0.0f;                   // sampling step in metres; 0: chosen from the smallest shape
  Field field;                         // resolved shapes, right side (or both sides for midline bones)
  std::vector<std::string> reference;  // English names of the real bones it stands for (right side / midline)
  std::string where;                   // "file:line" of the entry
};

struct Spec {
  std::vector<BoneSpec> bones;  // files in name order, entries in file order
};

// Parses one spec file's text. `where` names the file in errors. Landmarks resolve point references.
Result<std::vector<BoneSpec>> parseSpecText(std::string_view text, const std::string& where,
                                            const landmarks::LandmarkSet& landmarks);

// Every *.yaml under `dir` (recursively, sorted by relative path). Errors name files relative to `dir`.
Result<Spec> loadSpec(const std::filesystem::path& dir, const landmarks::LandmarkSet& landmarks);

}  // namespace myo::atlas_gen
