#pragma once
// Bony landmarks of the body frame (assets/atlas/landmarks.yaml): where each one is on the real
// BodyParts3D skeleton, how it is measured there, and its measured position. The built-in atlas (muscle
// attachments), the trigger-point catalog and the zones are placed from them.
//
// Ids are readable and side-free (`acromion`); a landmark with a side is stored for both sides and
// looked up as `acromion.r` / `acromion.l` (or with a Side). Midline landmarks (`c7_spinous_process`)
// have one position, whatever side is asked.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <glm/glm.hpp>

#include "atlas/landmarks/recipe.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"

namespace myo::landmarks {

// Where the built-in atlas keeps them, relative to the source tree.
inline constexpr std::string_view kLandmarksFile = "assets/atlas/landmarks.yaml";

// One bone file of the BodyParts3D release: FMA id and English name ("FMA13395", "Right scapula").
struct BoneRef {
  std::string fma;
  std::string name;
};

struct Landmark {
  std::string id;           // `acromion`, without side
  std::string description;  // our words
  std::string note;         // why a derived rule or an unusual recipe is what it is; may be empty
  bool sided = false;       // stored for both sides
  bool derived = false;     // follows from other landmarks by `rule` (soft tissue, or a bone the data lacks)

  // The bone(s) measured on: one list for a midline landmark or for a sided landmark on a midline bone
  // (mandible, occipital), or one list per side for paired bones. Several bones are measured as one.
  std::vector<BoneRef> bones;
  std::vector<BoneRef> rightBones;
  std::vector<BoneRef> leftBones;
  Recipe recipe;  // bony landmarks
  Rule rule;      // derived landmarks

  std::optional<glm::vec3> mid;  // midline position (metres, body frame)
  std::optional<glm::vec3> right;
  std::optional<glm::vec3> left;

  const std::vector<BoneRef>& bonesFor(Side side) const;
  // The sides a landmark has: {Right, Left} when sided, {None} on the midline.
  std::vector<Side> sides() const;
  // Side::None on a sided landmark has no answer; any side on a midline landmark gives `mid`.
  std::optional<glm::vec3> position(Side side) const;
  void setPosition(Side side, glm::vec3 p);
};

class LandmarkSet {
 public:
  // Parses landmarks.yaml text; `where` names it in errors. Positions may be absent (not yet measured).
  // Checks ids, axis names, bone references and that every landmark a recipe or rule names exists.
  static Result<LandmarkSet> parse(std::string_view yamlText, std::string_view where = "landmarks.yaml");
  static Result<LandmarkSet> load(const std::filesystem::path& path);

  const std::vector<Landmark>& all() const { return landmarks_; }
  size_t size() const { return landmarks_.size(); }

  // By id, with or without side suffix (`acromion.r` finds `acromion`). The mutable one is for filling in
  // positions; ids stay as parsed.
  const Landmark* find(std::string_view id) const;
  Landmark* find(std::string_view id);

  // `acromion.r`, `c7_spinous_process`; a sided id without suffix (`acromion`) has no single position.
  std::optional<glm::vec3> position(std::string_view id) const;
  // `side` is used when `id` has no suffix; a suffix wins.
  std::optional<glm::vec3> position(std::string_view id, Side side) const;

 private:
  std::vector<Landmark> landmarks_;
  std::unordered_map<std::string, size_t> index_;
};

// Reflection across the sagittal plane (x -> -x): where a left landmark lands on the right.
inline glm::vec3 mirrored(glm::vec3 p) { return {-p.x, p.y, p.z}; }

// Distance in metres between the right position and the mirrored left one; empty unless both exist.
std::optional<float> mirrorDistance(const Landmark& landmark);

}  // namespace myo::landmarks
