#include "synthetic_atlas.hpp"

namespace myo::testing {

atlas::Mesh boxMesh(glm::vec3 lo, glm::vec3 hi) {
  atlas::Mesh mesh;
  for (int i = 0; i < 8; ++i)
    mesh.positions.emplace_back((i & 1) ? hi.x : lo.x, (i & 2) ? hi.y : lo.y, (i & 4) ? hi.z : lo.z);
  // Two counter-clockwise triangles per face, seen from outside.
  mesh.indices = {0, 2, 1, 1, 2, 3,  4, 5, 6, 5, 7, 6,  0, 1, 4, 1, 5, 4,
                  2, 6, 3, 3, 6, 7,  0, 4, 2, 2, 4, 6,  1, 3, 5, 3, 7, 5};
  atlas::computeNormals(mesh);
  return mesh;
}

atlas::Atlas fourBoxAtlas() {
  atlas::Atlas a;
  a.name = "four boxes";
  const auto add = [&](const char* id, const char* name, atlas::Tissue tissue, atlas::Layer layer, glm::vec3 lo,
                       glm::vec3 hi) {
    atlas::Structure s;
    s.id = id;
    s.name = name;
    s.side = sideOf(id);
    s.tissue = tissue;
    s.layer = layer;
    s.mesh = boxMesh(lo, hi);
    a.structures.push_back(std::move(s));
  };
  add("infraspinatus.r", "Right infraspinatus", atlas::Tissue::Muscle, atlas::Layer::Deep, {-0.3f, 1.0f, 0.0f},
      {-0.1f, 1.2f, 0.1f});
  add("infraspinatus.l", "Left infraspinatus", atlas::Tissue::Muscle, atlas::Layer::Deep, {0.1f, 1.0f, 0.0f},
      {0.3f, 1.2f, 0.1f});
  add("trapezius.upper.r", "Right upper trapezius", atlas::Tissue::Muscle, atlas::Layer::Superficial,
      {-0.3f, 1.3f, 0.0f}, {-0.1f, 1.4f, 0.1f});
  add("scapula.r", "Right scapula", atlas::Tissue::Bone, atlas::Layer::Bone, {-0.3f, 1.0f, -0.2f},
      {-0.1f, 1.2f, -0.1f});
  a.structures[0].fma = "FMA32547";
  return a;
}

}  // namespace myo::testing
