#pragma once
// The vertices of BodyParts3D bone files, in the body frame. Landmark recipes only look at vertices, so
// this reads `v` lines and nothing else (the full atlas loader lives in atlas/import and is not needed
// here).
#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "atlas/landmarks/landmarks.hpp"
#include "core/result.hpp"

namespace myo::landmarks {

// BodyParts3D (millimetres, +Z up, +Y posterior) to the body frame (metres, +Y up, +Z anterior):
// (x, y, z)_ours = (x, z, -y)_bp3d / 1000.
glm::vec3 fromBodyParts3D(glm::dvec3 mm);

// The `v x y z` lines of OBJ text, converted to the body frame; every other statement is skipped.
Result<std::vector<glm::vec3>> parseObjVertices(std::string_view text);

// Finds bone files by FMA id among `<bodyparts3d>/skeleton/*.obj` (named FJxxx_BPxxxx_FMAnnnn_<name>.obj)
// and keeps their vertices once read.
class BoneLibrary {
 public:
  explicit BoneLibrary(std::filesystem::path bodyParts3DDir);

  // The bone's vertices; an error when no file has that FMA id, or the file's English name is not
  // `bone.name` (a typo in the YAML must not quietly measure another bone).
  Result<std::span<const glm::vec3>> vertices(const BoneRef& bone);
  // Several bones measured as one (a midline landmark between two paired bones).
  Result<std::vector<glm::vec3>> vertices(const std::vector<BoneRef>& bones);

  const std::filesystem::path& directory() const { return dir_; }

 private:
  struct File {
    std::filesystem::path path;
    std::string name;
  };
  Status scan();

  std::filesystem::path dir_;
  bool scanned_ = false;
  std::map<std::string, File> files_;  // by FMA id
  std::map<std::string, std::vector<glm::vec3>> cache_;
};

}  // namespace myo::landmarks
