#pragma once
// A set of structures in the body frame, with lookup by id, query id (DESIGN.md ids) and FMA id.
#include <string>
#include <string_view>
#include <vector>

#include "atlas/structure.hpp"

namespace myo::atlas {

class Atlas {
 public:
  std::string name;  // "BodyParts3D (216 files)", the pack or folder name
  std::vector<Structure> structures;

  // Exact id or FMA id ("FMA32547"); nullptr when there is none.
  const Structure* find(std::string_view idOrFma) const;
  // Indices of the structures a query id selects (`trapezius.r`, `infraspinatus`, an FMA id), in order.
  std::vector<size_t> select(std::string_view query) const;
  Bounds bounds() const;
  size_t triangleCount() const;
};

}  // namespace myo::atlas
