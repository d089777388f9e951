#include "atlas/landmarks/recipe.hpp"

#include <array>
#include <limits>

namespace myo::landmarks {
namespace {

struct AxisInfo {
  Axis axis;
  std::string_view name;
};

constexpr std::array<AxisInfo, 8> kAxes = {{{Axis::Superior, "superior"},
                                            {Axis::Inferior, "inferior"},
                                            {Axis::Anterior, "anterior"},
                                            {Axis::Posterior, "posterior"},
                                            {Axis::Left, "left"},
                                            {Axis::Right, "right"},
                                            {Axis::Medial, "medial"},
                                            {Axis::Lateral, "lateral"}}};

Error recipeError(std::string message) { return Error{"applyRecipe()", std::move(message)}; }

std::optional<glm::dvec3> resolve(const Lookup& lookup, const std::string& id, Side side) {
  if (!lookup) return std::nullopt;
  return lookup(id, side);
}

}  // namespace

std::optional<Axis> axisFromName(std::string_view name) {
  for (const auto& info : kAxes)
    if (info.name == name) return info.axis;
  return std::nullopt;
}

std::string_view axisName(Axis axis) {
  for (const auto& info : kAxes)
    if (info.axis == axis) return info.name;
  return "?";
}

bool isSideRelative(Axis axis) { return axis == Axis::Medial || axis == Axis::Lateral; }

glm::dvec3 axisVector(Axis axis, Side side) {
  // +X is the subject's left, so lateral points to +X on the left and to -X on the right.
  const double outward = side == Side::Left ? 1.0 : (side == Side::Right ? -1.0 : 0.0);
  switch (axis) {
    case Axis::Superior:
      return {0, 1, 0};
    case Axis::Inferior:
      return {0, -1, 0};
    case Axis::Anterior:
      return {0, 0, 1};
    case Axis::Posterior:
      return {0, 0, -1};
    case Axis::Left:
      return {1, 0, 0};
    case Axis::Right:
      return {-1, 0, 0};
    case Axis::Lateral:
      return {outward, 0, 0};
    case Axis::Medial:
      return {-outward, 0, 0};
  }
  return {0, 0, 0};
}

glm::dvec3 combine(const Combination& terms, Side side) {
  glm::dvec3 sum(0.0);
  for (const auto& term : terms) sum += term.weight * axisVector(term.axis, side);
  return sum;
}

std::vector<glm::dvec3> applyBands(std::span<const glm::vec3> vertices, const std::vector<Band>& where, Side side) {
  // Each band's extent is taken over the whole bone first, then all bands filter together.
  std::vector<std::pair<double, double>> extents;
  for (const auto& band : where) {
    const glm::dvec3 axis = axisVector(band.axis, side);
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (const auto& v : vertices) {
      const double d = glm::dot(glm::dvec3(v), axis);
      lo = std::min(lo, d);
      hi = std::max(hi, d);
    }
    extents.emplace_back(lo, hi);
  }
  std::vector<glm::dvec3> kept;
  kept.reserve(vertices.size());
  for (const auto& v : vertices) {
    bool keep = true;
    for (size_t i = 0; i < where.size() && keep; ++i) {
      const auto [lo, hi] = extents[i];
      const double span = hi - lo;
      const double t = span > 0.0 ? (glm::dot(glm::dvec3(v), axisVector(where[i].axis, side)) - lo) / span : 0.0;
      keep = t >= where[i].from && t <= where[i].to;
    }
    if (keep) kept.emplace_back(v);
  }
  return kept;
}

Result<glm::dvec3> applyRecipe(const Recipe& recipe, std::span<const glm::vec3> vertices, Side side,
                               const Lookup& lookup) {
  const std::vector<glm::dvec3> kept = applyBands(vertices, recipe.where, side);
  if (kept.empty()) return recipeError("no vertex is left after the `where` bands");

  switch (recipe.kind) {
    case RecipeKind::Extreme: {
      const glm::dvec3 direction = combine(recipe.direction, side);
      if (glm::length(direction) == 0.0) return recipeError("`extreme` needs a non-zero direction");
      size_t best = 0;
      double bestDot = glm::dot(kept[0], direction);
      for (size_t i = 1; i < kept.size(); ++i) {
        const double d = glm::dot(kept[i], direction);
        if (d > bestDot) {  // strictly greater: the first of equals wins
          best = i;
          bestDot = d;
        }
      }
      return kept[best];
    }
    case RecipeKind::Centroid: {
      glm::dvec3 sum(0.0);
      for (const auto& v : kept) sum += v;
      return sum / static_cast<double>(kept.size());
    }
    case RecipeKind::ClosestTo: {
      if (recipe.targets.empty() || recipe.targets.size() > 2)
        return recipeError("`closest_to` needs one landmark or two (`between`)");
      std::vector<glm::dvec3> points;
      for (const auto& id : recipe.targets) {
        const auto p = resolve(lookup, id, side);
        if (!p) return recipeError("`closest_to` needs landmark '" + id + "', which has no position");
        points.push_back(*p);
      }
      glm::dvec3 target = points[0];
      if (points.size() == 2) target = glm::mix(points[0], points[1], recipe.fraction);
      target += combine(recipe.offset, side);
      size_t best = 0;
      double bestDistance = glm::distance(kept[0], target);
      for (size_t i = 1; i < kept.size(); ++i) {
        const double d = glm::distance(kept[i], target);
        if (d < bestDistance) {
          best = i;
          bestDistance = d;
        }
      }
      return kept[best];
    }
  }
  return recipeError("unknown recipe kind");
}

Result<glm::dvec3> applyRule(const Rule& rule, Side side, const Lookup& lookup) {
  if (rule.from.empty()) return Error{"applyRule()", "a rule needs at least one landmark in `from`"};
  glm::dvec3 sum(0.0);
  for (const auto& id : rule.from) {
    const auto p = resolve(lookup, id, side);
    if (!p) return Error{"applyRule()", "needs landmark '" + id + "', which has no position"};
    sum += *p;
  }
  return sum / static_cast<double>(rule.from.size()) + combine(rule.offset, side);
}

std::vector<std::string> dependencies(const Recipe& recipe) {
  return recipe.kind == RecipeKind::ClosestTo ? recipe.targets : std::vector<std::string>{};
}

std::vector<std::string> dependencies(const Rule& rule) { return rule.from; }

}  // namespace myo::landmarks
