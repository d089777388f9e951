#pragma once
// Measurement recipes: how a bony landmark is found on a bone's vertices, and how a derived landmark
// follows from measured ones. Directions are anatomical (superior, anterior, lateral, ...), so one recipe
// serves both sides: `lateral` is -X on the right and +X on the left (the body frame's +X is the
// subject's left).
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "core/ids.hpp"
#include "core/result.hpp"

namespace myo::landmarks {

enum class Axis { Superior, Inferior, Anterior, Posterior, Left, Right, Medial, Lateral };

std::optional<Axis> axisFromName(std::string_view name);  // "superior", ..., "lateral"
std::string_view axisName(Axis axis);
// Medial and lateral only mean something on a side; the others are fixed body-frame directions.
bool isSideRelative(Axis axis);
// Unit vector of `axis` in the body frame; zero for medial/lateral with Side::None.
glm::dvec3 axisVector(Axis axis, Side side);

// A weighted sum of axes: a search direction (`{posterior: 1, inferior: 0.5}`) or an offset in metres.
struct AxisWeight {
  Axis axis = Axis::Superior;
  double weight = 1.0;
};
using Combination = std::vector<AxisWeight>;
glm::dvec3 combine(const Combination& terms, Side side);

// Keeps the vertices whose position along `axis` lies in [from, to] of the bone's own extent along that
// axis: 0 is the bone's extreme opposite to `axis`, 1 its extreme towards it. `{superior: [0.85, 1]}` is
// the top 15 % of the bone's height. Always relative to the whole bone, never to an earlier band.
struct Band {
  Axis axis = Axis::Superior;
  double from = 0.0;
  double to = 1.0;
};

enum class RecipeKind {
  Extreme,    // the vertex furthest along `direction`
  Centroid,   // the mean of the kept vertices
  ClosestTo,  // the kept vertex nearest to another landmark (or a point between two), plus `offset`
};

struct Recipe {
  RecipeKind kind = RecipeKind::Extreme;
  std::vector<Band> where;
  Combination direction;             // Extreme
  std::vector<std::string> targets;  // ClosestTo: one landmark id, or two with `fraction` between them
  double fraction = 0.5;             // ClosestTo with two targets: 0 at the first, 1 at the second
  Combination offset;                // ClosestTo: metres added to the target point before the search
};

// A derived landmark: the mean of other landmarks plus an offset in metres along anatomical axes.
struct Rule {
  std::vector<std::string> from;
  Combination offset;
};

// Another landmark's position: `id` may carry a side suffix; without one, `side` is meant (ignored for a
// landmark on the midline). Empty when unknown (not measured yet, or no such landmark).
using Lookup = std::function<std::optional<glm::dvec3>(std::string_view id, Side side)>;

// The vertices the bands keep, in their original order.
std::vector<glm::dvec3> applyBands(std::span<const glm::vec3> vertices, const std::vector<Band>& where, Side side);

// Applies a recipe to one bone's vertices (body frame, metres) for `side` (Side::None on the midline).
// Ties go to the first vertex in file order, so a measurement is repeatable to the last bit.
Result<glm::dvec3> applyRecipe(const Recipe& recipe, std::span<const glm::vec3> vertices, Side side,
                               const Lookup& lookup);
Result<glm::dvec3> applyRule(const Rule& rule, Side side, const Lookup& lookup);

// Ids of the other landmarks a recipe or a rule needs first (as written, possibly with a side suffix).
std::vector<std::string> dependencies(const Recipe& recipe);
std::vector<std::string> dependencies(const Rule& rule);

}  // namespace myo::landmarks
