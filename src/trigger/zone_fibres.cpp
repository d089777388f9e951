#include "trigger/zone_fibres.hpp"

namespace myo::trigger::zones {

std::optional<glm::vec3> zoneFibreDirection(const ZoneSet& zones, const ZoneRef& ref, const atlas::Atlas& atlas) {
  glm::vec3 sum(0.0f);
  std::optional<glm::vec3> first;
  for (const size_t index : atlas.select(withSide(ref.zone->structure, ref.side))) {
    const atlas::Mesh& mesh = atlas.structures[index].mesh;
    if (mesh.fibers.size() != mesh.positions.size()) continue;
    for (size_t i = 0; i < mesh.positions.size(); ++i) {
      if (!zones.contains(ref, mesh.positions[i])) continue;
      const glm::vec3 fibre = mesh.fibers[i];
      if (!first) first = fibre;
      sum += glm::dot(fibre, *first) < 0.0f ? -fibre : fibre;
    }
  }
  if (glm::length(sum) < 1e-6f) return std::nullopt;
  return glm::normalize(sum);
}

}  // namespace myo::trigger::zones
