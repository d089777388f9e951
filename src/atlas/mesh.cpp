#include "atlas/mesh.hpp"

#include <meshoptimizer.h>

#include <algorithm>

namespace myo::atlas {

Bounds Mesh::bounds() const {
  Bounds b;
  for (const auto& p : positions) b.add(p);
  return b;
}

void computeNormals(Mesh& mesh) {
  mesh.facts.reset();  // normalsFollowWinding may change
  mesh.normals.assign(mesh.positions.size(), glm::vec3(0.0f));
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const auto a = mesh.indices[t];
    const auto b = mesh.indices[t + 1];
    const auto c = mesh.indices[t + 2];
    // The cross product's length is twice the area: larger triangles weigh more.
    const glm::vec3 n = glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
    mesh.normals[a] += n;
    mesh.normals[b] += n;
    mesh.normals[c] += n;
  }
  for (auto& n : mesh.normals) {
    const float length = glm::length(n);
    n = length > 0.0f ? n / length : glm::vec3(0.0f, 1.0f, 0.0f);
  }
}

void weldAndCompact(Mesh& mesh) {
  mesh.facts.reset();
  mesh.lods.clear();  // they index the vertices this renumbers
  // Drop degenerate triangles (repeated corners) first; they carry no surface and upset the BVH.
  std::vector<std::uint32_t> kept;
  kept.reserve(mesh.indices.size());
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const auto a = mesh.indices[t];
    const auto b = mesh.indices[t + 1];
    const auto c = mesh.indices[t + 2];
    if (a == b || b == c || a == c) continue;
    if (a >= mesh.positions.size() || b >= mesh.positions.size() || c >= mesh.positions.size()) continue;
    kept.insert(kept.end(), {a, b, c});
  }
  mesh.indices = std::move(kept);
  if (mesh.indices.empty()) {
    mesh = Mesh{};
    return;
  }
  const bool hasNormals = mesh.normals.size() == mesh.positions.size();
  const bool hasFibers = mesh.fibers.size() == mesh.positions.size();
  std::vector<meshopt_Stream> streams{{mesh.positions.data(), sizeof(glm::vec3), sizeof(glm::vec3)}};
  if (hasNormals) streams.push_back({mesh.normals.data(), sizeof(glm::vec3), sizeof(glm::vec3)});
  if (hasFibers) streams.push_back({mesh.fibers.data(), sizeof(glm::vec3), sizeof(glm::vec3)});
  // The remap keeps only vertices the index buffer references, so unused vertices go too.
  std::vector<unsigned int> remap(mesh.positions.size());
  const size_t unique = meshopt_generateVertexRemapMulti(remap.data(), mesh.indices.data(), mesh.indices.size(),
                                                         mesh.positions.size(), streams.data(), streams.size());
  const auto remapStream = [&](std::vector<glm::vec3>& data) {
    std::vector<glm::vec3> out(unique);
    meshopt_remapVertexBuffer(out.data(), data.data(), data.size(), sizeof(glm::vec3), remap.data());
    data = std::move(out);
  };
  meshopt_remapIndexBuffer(mesh.indices.data(), mesh.indices.data(), mesh.indices.size(), remap.data());
  remapStream(mesh.positions);
  if (hasNormals) remapStream(mesh.normals);
  else mesh.normals.clear();
  if (hasFibers) remapStream(mesh.fibers);
  else mesh.fibers.clear();
}

Mesh mirroredX(const Mesh& mesh) {
  Mesh out = mesh;
  out.facts.reset();
  out.lods.clear();
  const auto flip = [](glm::vec3& v) { v.x = -v.x; };
  std::for_each(out.positions.begin(), out.positions.end(), flip);
  std::for_each(out.normals.begin(), out.normals.end(), flip);
  std::for_each(out.fibers.begin(), out.fibers.end(), flip);
  // A reflection reverses the winding; swap two corners so triangles still face outwards.
  for (size_t t = 0; t + 2 < out.indices.size(); t += 3) std::swap(out.indices[t + 1], out.indices[t + 2]);
  return out;
}

double signedVolume(const Mesh& mesh) {
  double volume = 0.0;
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a = mesh.positions[mesh.indices[t]];
    const glm::dvec3 b = mesh.positions[mesh.indices[t + 1]];
    const glm::dvec3 c = mesh.positions[mesh.indices[t + 2]];
    volume += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  return volume;
}

}  // namespace myo::atlas
