#include "atlas/atlas.hpp"

#include "core/strings.hpp"

namespace myo::atlas {

const Structure* Atlas::find(std::string_view idOrFma) const {
  const bool isFma = startsWith(idOrFma, "FMA");
  for (const auto& s : structures)
    if ((isFma ? s.fma : s.id) == idOrFma) return &s;
  return nullptr;
}

std::vector<size_t> Atlas::select(std::string_view query) const {
  std::vector<size_t> out;
  const bool isFma = startsWith(query, "FMA");
  for (size_t i = 0; i < structures.size(); ++i) {
    const auto& s = structures[i];
    if (isFma ? s.fma == query : idMatches(query, s.id)) out.push_back(i);
  }
  return out;
}

Bounds Atlas::bounds() const {
  Bounds b;
  for (const auto& s : structures) b.add(s.mesh.bounds());
  return b;
}

size_t Atlas::triangleCount() const {
  size_t n = 0;
  for (const auto& s : structures) n += s.mesh.triangleCount();
  return n;
}

}  // namespace myo::atlas
