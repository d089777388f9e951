#include "commands/scene.hpp"

#include <algorithm>

#include "core/strings.hpp"

namespace myo {
Result<std::vector<size_t>> Scene::resolve(std::string_view query) const {
  if (atlas == nullptr) return Error{"", "no atlas is loaded"};
  auto found = atlas->select(query);
  if (!found.empty()) return found;
  // Suggest the closest ids so a typo in a lesson or script is a quick fix.
  std::vector<std::pair<size_t, std::string_view>> scored;
  for (const auto& s : atlas->structures) scored.emplace_back(editDistance(query, s.id), s.id);
  std::sort(scored.begin(), scored.end());
  std::string hint;
  for (size_t i = 0; i < std::min<size_t>(3, scored.size()); ++i)
    hint += (i ? ", " : "") + std::string(scored[i].second);
  return Error{"", "no structure matches '" + std::string(query) + "'" +
                       (hint.empty() ? std::string() : " (did you mean " + hint + "?)")};
}

const atlas::Bvh* Scene::pickingBvh() const {
  if (bvhReady.valid()) bvhReady.wait();
  return bvh;
}

std::optional<size_t> Scene::pick(float x, float y) const {
  const atlas::Bvh* tree = pickingBvh();
  if (atlas == nullptr || tree == nullptr) return std::nullopt;
  const Ray ray = view.camera.rayThroughPixel(x, y, viewportWidth, viewportHeight, view.centreShift);
  const auto hit = tree->intersect(ray, view.visibilityMask(*atlas));
  if (!hit) return std::nullopt;
  return hit->structure;
}

std::optional<glm::vec3> Scene::pickPoint(float x, float y) const {
  const atlas::Bvh* tree = pickingBvh();
  if (atlas == nullptr || tree == nullptr) return std::nullopt;
  const Ray ray = view.camera.rayThroughPixel(x, y, viewportWidth, viewportHeight, view.centreShift);
  const auto hit = tree->intersect(ray, view.visibilityMask(*atlas));
  if (!hit) return std::nullopt;
  return ray.origin + ray.direction * hit->distance;
}

atlas::Bounds Scene::boundsOf(const std::vector<size_t>& indices) const {
  atlas::Bounds bounds;
  if (atlas == nullptr) return bounds;
  if (indices.empty()) {
    for (size_t i = 0; i < atlas->structures.size(); ++i)
      if (view.isVisible(*atlas, i)) bounds.add(atlas->structures[i].mesh.bounds());
  } else {
    for (const size_t i : indices) bounds.add(atlas->structures[i].mesh.bounds());
  }
  return bounds;
}

}  // namespace myo
