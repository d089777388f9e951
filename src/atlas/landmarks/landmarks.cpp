#include "atlas/landmarks/landmarks.hpp"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <set>
#include <sstream>

namespace myo::landmarks {
namespace {

// Parse failures carry the YAML node's line so a typo in a 1000-line file is found at once.
struct ParseError {
  std::string message;
  int line = 0;
};

[[noreturn]] void fail(const YAML::Node& node, std::string message) {
  throw ParseError{std::move(message), node.Mark().line + 1};
}

std::string scalar(const YAML::Node& node, std::string_view what) {
  if (!node.IsScalar()) fail(node, std::string(what) + " must be a plain value");
  return node.as<std::string>();
}

double number(const YAML::Node& node, std::string_view what) {
  try {
    return node.as<double>();
  } catch (const YAML::Exception&) {
    fail(node, std::string(what) + " must be a number");
  }
}

Axis axis(const YAML::Node& node, bool sided) {
  const std::string name = scalar(node, "an axis");
  const auto found = axisFromName(name);
  if (!found)
    fail(node, "unknown axis '" + name + "' (superior, inferior, anterior, posterior, left, right, medial, lateral)");
  if (isSideRelative(*found) && !sided) fail(node, "'" + name + "' needs a side; a midline landmark uses left/right");
  return *found;
}

// `lateral`, `[posterior, inferior]` (weight 1 each) or `{posterior: 1, inferior: 0.5}`.
Combination combination(const YAML::Node& node, bool sided) {
  Combination terms;
  if (node.IsScalar()) {
    terms.push_back({axis(node, sided), 1.0});
  } else if (node.IsSequence()) {
    for (const auto& item : node) terms.push_back({axis(item, sided), 1.0});
  } else if (node.IsMap()) {
    for (const auto& item : node) terms.push_back({axis(item.first, sided), number(item.second, "a weight")});
  } else {
    fail(node, "expected an axis, a list of axes or a map of axis: weight");
  }
  return terms;
}

std::vector<Band> bands(const YAML::Node& node, bool sided) {
  if (!node.IsMap()) fail(node, "`where` must map axes to [from, to] fractions");
  std::vector<Band> out;
  for (const auto& item : node) {
    const YAML::Node& range = item.second;
    if (!range.IsSequence() || range.size() != 2) fail(range, "a band is [from, to], fractions of the bone's extent");
    Band band{axis(item.first, sided), number(range[0], "a band fraction"), number(range[1], "a band fraction")};
    if (band.from < 0.0 || band.to > 1.0 || band.from >= band.to) fail(range, "a band needs 0 <= from < to <= 1");
    out.push_back(band);
  }
  return out;
}

std::vector<std::string> idList(const YAML::Node& node, std::string_view what) {
  std::vector<std::string> ids;
  if (node.IsScalar()) {
    ids.push_back(node.as<std::string>());
  } else if (node.IsSequence()) {
    for (const auto& item : node) ids.push_back(scalar(item, what));
  } else {
    fail(node, std::string(what) + " must be a landmark id or a list of them");
  }
  return ids;
}

Recipe recipe(const YAML::Node& node, bool sided) {
  if (!node.IsMap()) fail(node, "`recipe` must be a map");
  Recipe out;
  int kinds = 0;
  for (const auto& item : node) {
    const std::string key = scalar(item.first, "a recipe key");
    const YAML::Node& value = item.second;
    if (key == "where") {
      out.where = bands(value, sided);
    } else if (key == "extreme") {
      out.kind = RecipeKind::Extreme;
      out.direction = combination(value, sided);
      ++kinds;
    } else if (key == "centroid") {
      out.kind = RecipeKind::Centroid;
      ++kinds;
    } else if (key == "closest_to") {
      out.kind = RecipeKind::ClosestTo;
      ++kinds;
      if (value.IsScalar()) {
        out.targets = {value.as<std::string>()};
        continue;
      }
      if (!value.IsMap())
        fail(value, "`closest_to` is a landmark id, {landmark, offset} or {between, fraction, offset}");
      if (value["landmark"]) out.targets = {scalar(value["landmark"], "`landmark`")};
      if (value["between"]) {
        out.targets = idList(value["between"], "`between`");
        if (out.targets.size() != 2) fail(value["between"], "`between` names two landmarks");
      }
      if (out.targets.empty()) fail(value, "`closest_to` needs `landmark` or `between`");
      if (value["fraction"]) out.fraction = number(value["fraction"], "`fraction`");
      if (value["offset"]) out.offset = combination(value["offset"], sided);
    } else {
      fail(item.first, "unknown recipe key '" + key + "' (where, extreme, centroid, closest_to)");
    }
  }
  if (kinds != 1) fail(node, "a recipe has exactly one of extreme, centroid, closest_to");
  return out;
}

Rule rule(const YAML::Node& node, bool sided) {
  if (!node.IsMap() || !node["from"]) fail(node, "`rule` is {from: [landmarks], offset: {axis: metres}}");
  Rule out;
  out.from = idList(node["from"], "`from`");
  if (node["offset"]) out.offset = combination(node["offset"], sided);
  for (const auto& item : node)
    if (const auto key = scalar(item.first, "a rule key"); key != "from" && key != "offset")
      fail(item.first, "unknown rule key '" + key + "' (from, offset)");
  return out;
}

BoneRef boneRef(const YAML::Node& node) {
  if (!node.IsMap() || !node["fma"] || !node["name"])
    fail(node, "a bone is {fma: FMA..., name: <file's English name>}");
  BoneRef bone{scalar(node["fma"], "`fma`"), scalar(node["name"], "`name`")};
  if (bone.fma.rfind("FMA", 0) != 0) fail(node["fma"], "an FMA id starts with 'FMA'");
  return bone;
}

std::vector<BoneRef> boneList(const YAML::Node& node) {
  std::vector<BoneRef> out;
  if (node.IsSequence()) {
    for (const auto& item : node) out.push_back(boneRef(item));
  } else {
    out.push_back(boneRef(node));
  }
  return out;
}

glm::vec3 vec3(const YAML::Node& node) {
  if (!node.IsSequence() || node.size() != 3) fail(node, "a position is [x, y, z] in metres");
  return {static_cast<float>(number(node[0], "x")), static_cast<float>(number(node[1], "y")),
          static_cast<float>(number(node[2], "z"))};
}

Landmark landmark(const YAML::Node& node) {
  static const std::set<std::string> kKeys = {"id",   "description", "note", "sided", "derived",
                                              "bone", "recipe",      "rule", "at"};
  if (!node.IsMap() || !node["id"]) fail(node, "each landmark is a map with an `id`");
  for (const auto& item : node)
    if (!kKeys.contains(scalar(item.first, "a key")))
      fail(item.first, "unknown key '" + item.first.as<std::string>() + "'");

  Landmark out;
  out.id = scalar(node["id"], "`id`");
  if (!isValidId(out.id) || sideOf(out.id) != Side::None || out.id.find('.') != std::string::npos)
    fail(node["id"], "'" + out.id + "' is not a landmark id (snake_case, no side suffix)");
  if (!node["description"]) fail(node, out.id + ": needs a `description`");
  out.description = scalar(node["description"], "`description`");
  if (node["note"]) out.note = scalar(node["note"], "`note`");
  if (node["derived"]) out.derived = node["derived"].as<bool>();
  if (node["sided"]) out.sided = node["sided"].as<bool>();

  if (out.derived) {
    if (node["bone"] || node["recipe"]) fail(node, out.id + ": a derived landmark has a `rule`, no bone or recipe");
    if (!node["rule"]) fail(node, out.id + ": a derived landmark needs a `rule`");
  } else {
    if (node["rule"]) fail(node["rule"], out.id + ": only a derived landmark has a `rule` (set derived: true)");
    if (!node["bone"] || !node["recipe"]) fail(node, out.id + ": a bony landmark needs `bone` and `recipe`");
    const YAML::Node& bone = node["bone"];
    if (bone.IsMap() && bone["r"] && bone["l"]) {
      if (node["sided"] && !out.sided) fail(node["sided"], out.id + ": paired bones make a sided landmark");
      out.sided = true;
      out.rightBones = boneList(bone["r"]);
      out.leftBones = boneList(bone["l"]);
    } else {
      out.bones = boneList(bone);
    }
  }
  if (out.derived)
    out.rule = rule(node["rule"], out.sided);
  else
    out.recipe = recipe(node["recipe"], out.sided);

  if (const YAML::Node& at = node["at"]) {
    if (!at.IsMap()) fail(at, "`at` maps r/l (sided) or mid (midline) to positions");
    for (const auto& item : at) {
      const std::string key = scalar(item.first, "a side");
      const Side side = key == "r" ? Side::Right : key == "l" ? Side::Left : Side::None;
      if ((key == "mid" && out.sided) || (side != Side::None && !out.sided) || (key != "mid" && side == Side::None))
        fail(item.first, out.id + ": `at` has " + std::string(out.sided ? "r and l" : "mid") + ", not '" + key + "'");
      out.setPosition(side, vec3(item.second));
    }
  }
  return out;
}

// Every landmark a recipe or rule names must exist, and a midline landmark must say which side it means.
void checkReferences(const LandmarkSet& set, const YAML::Node& list) {
  for (size_t i = 0; i < set.all().size(); ++i) {
    const Landmark& lm = set.all()[i];
    const auto refs = lm.derived ? dependencies(lm.rule) : dependencies(lm.recipe);
    for (const auto& ref : refs) {
      const Landmark* target = set.find(ref);
      if (target == nullptr) fail(list[i], lm.id + ": names unknown landmark '" + ref + "'");
      if (target->id == lm.id && sideOf(ref) == Side::None) fail(list[i], lm.id + ": names itself");
      if (target->sided && !lm.sided && sideOf(ref) == Side::None)
        fail(list[i], lm.id + ": on the midline, so '" + ref + "' needs .l or .r");
    }
  }
}

}  // namespace

const std::vector<BoneRef>& Landmark::bonesFor(Side side) const {
  if (side == Side::Right && !rightBones.empty()) return rightBones;
  if (side == Side::Left && !leftBones.empty()) return leftBones;
  return bones;
}

std::vector<Side> Landmark::sides() const {
  return sided ? std::vector<Side>{Side::Right, Side::Left} : std::vector<Side>{Side::None};
}

std::optional<glm::vec3> Landmark::position(Side side) const {
  if (!sided) return mid;
  if (side == Side::Right) return right;
  if (side == Side::Left) return left;
  return std::nullopt;
}

void Landmark::setPosition(Side side, glm::vec3 p) {
  if (side == Side::Right)
    right = p;
  else if (side == Side::Left)
    left = p;
  else
    mid = p;
}

Result<LandmarkSet> LandmarkSet::parse(std::string_view yamlText, std::string_view where) {
  LandmarkSet set;
  try {
    const YAML::Node root = YAML::Load(std::string(yamlText));
    const YAML::Node list = root["landmarks"];
    if (!list || !list.IsSequence()) return Error{std::string(where), "expected a top-level `landmarks:` list"};
    for (const auto& node : list) {
      set.landmarks_.push_back(landmark(node));
      if (set.index_.contains(set.landmarks_.back().id))
        fail(node, "duplicate landmark id '" + set.landmarks_.back().id + "'");
      set.index_[set.landmarks_.back().id] = set.landmarks_.size() - 1;
    }
    checkReferences(set, list);
  } catch (const ParseError& e) {
    return Error{std::string(where) + ":" + std::to_string(e.line), e.message};
  } catch (const YAML::Exception& e) {
    return Error{std::string(where) + ":" + std::to_string(e.mark.line + 1), e.msg};
  }
  return set;
}

Result<LandmarkSet> LandmarkSet::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"LandmarkSet::load()", "cannot read " + path.string()};
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str(), path.string());
}

const Landmark* LandmarkSet::find(std::string_view id) const {
  const auto it = index_.find(std::string(withoutSide(id)));
  return it == index_.end() ? nullptr : &landmarks_[it->second];
}

Landmark* LandmarkSet::find(std::string_view id) {
  return const_cast<Landmark*>(static_cast<const LandmarkSet*>(this)->find(id));
}

std::optional<glm::vec3> LandmarkSet::position(std::string_view id) const { return position(id, Side::None); }

std::optional<glm::vec3> LandmarkSet::position(std::string_view id, Side side) const {
  const Landmark* lm = find(id);
  if (lm == nullptr) return std::nullopt;
  const Side suffix = sideOf(id);
  return lm->position(suffix != Side::None ? suffix : side);
}

std::optional<float> mirrorDistance(const Landmark& landmark) {
  if (!landmark.right || !landmark.left) return std::nullopt;
  return glm::distance(*landmark.right, mirrored(*landmark.left));
}

}  // namespace myo::landmarks
