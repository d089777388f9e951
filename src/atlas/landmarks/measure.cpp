#include "atlas/landmarks/measure.hpp"

#include <cmath>

namespace myo::landmarks {
namespace {

bool measured(const Landmark& lm) {
  for (const Side side : lm.sides())
    if (!lm.position(side)) return false;
  return true;
}

// Every landmark the recipe or rule of `lm` names has all its positions already.
bool ready(const Landmark& lm, const LandmarkSet& set) {
  for (const auto& ref : lm.derived ? dependencies(lm.rule) : dependencies(lm.recipe)) {
    const Landmark* other = set.find(ref);
    if (other == nullptr || (other != &lm && !measured(*other))) return false;
  }
  return true;
}

Lookup lookupIn(const LandmarkSet& set) {
  return [&set](std::string_view id, Side side) -> std::optional<glm::dvec3> {
    const auto p = set.position(id, side);
    return p ? std::optional<glm::dvec3>(glm::dvec3(*p)) : std::nullopt;
  };
}

}  // namespace

Result<glm::vec3> measureOn(const Landmark& landmark, Side side, std::span<const glm::vec3> vertices,
                            const LandmarkSet& known) {
  if (landmark.derived) return Error{landmark.id, "is derived: it has a rule, not a recipe"};
  auto p = applyRecipe(landmark.recipe, vertices, side, lookupIn(known));
  if (!p) return Error{landmark.id + std::string(sideSuffix(side)), p.error().text()};
  return glm::vec3(*p);
}

glm::vec3 roundToStored(glm::dvec3 p) {
  const auto round4 = [](double v) {
    const double r = std::round(v * 1e4) / 1e4;
    return static_cast<float>(r == 0.0 ? 0.0 : r);  // no "-0.0000"
  };
  return {round4(p.x), round4(p.y), round4(p.z)};
}

Result<LandmarkSet> measureAll(const LandmarkSet& spec, BoneLibrary& bones) {
  LandmarkSet out = spec;
  for (const auto& lm : spec.all()) {
    Landmark* target = out.find(lm.id);
    target->mid.reset();
    target->right.reset();
    target->left.reset();
  }
  const Lookup lookup = lookupIn(out);

  // Repeated passes in file order: each measures whatever has its dependencies; none left means a cycle.
  size_t remaining = spec.size();
  while (remaining > 0) {
    size_t done = 0;
    for (const auto& lm : spec.all()) {
      Landmark& target = *out.find(lm.id);
      if (measured(target) || !ready(target, out)) continue;
      for (const Side side : lm.sides()) {
        Result<glm::dvec3> p = Error{};
        if (lm.derived) {
          p = applyRule(lm.rule, side, lookup);
        } else {
          auto vertices = bones.vertices(lm.bonesFor(side));
          if (!vertices) return Error{lm.id, vertices.error().text()};
          p = applyRecipe(lm.recipe, *vertices, side, lookup);
        }
        if (!p) return Error{lm.id + std::string(sideSuffix(side)), p.error().text()};
        target.setPosition(side, roundToStored(*p));
      }
      ++done;
    }
    if (done == 0) {
      std::string stuck;
      for (const auto& lm : out.all())
        if (!measured(lm)) stuck += (stuck.empty() ? "" : ", ") + lm.id;
      return Error{"measureAll()", "these landmarks depend on each other in a cycle: " + stuck};
    }
    remaining -= done;
  }
  return out;
}

}  // namespace myo::landmarks
