#include "atlas/mesh_analysis.hpp"

#include <meshoptimizer.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace myo::atlas {
namespace {

// Real scans and exports (BodyParts3D) are closed up to small holes: median 0.3 %, 90th percentile 1.7 %
// of their edges open. Culling the back faces of such a mesh shows a hole as a hole; an open sheet has far
// more of its edges on the border (15 % and up) and stays two-sided.
constexpr size_t kOpenEdgePercent = 3;

// Closed and consistently wound: each directed edge appears once and its reverse appears too (up to
// kOpenEdgePercent). Vertices are matched by position, so seams where normals split a vertex do not
// open the surface.
bool isClosed(const Mesh& mesh) {
  std::vector<std::uint32_t> shadow(mesh.indices.size());
  meshopt_generateShadowIndexBuffer(shadow.data(), mesh.indices.data(), mesh.indices.size(), mesh.positions.data(),
                                    mesh.positions.size(), sizeof(glm::vec3), sizeof(glm::vec3));
  // Directed edges grouped by their first vertex (a counting sort), so each reverse edge is found among
  // the handful of edges leaving one vertex: linear time, no sort of the whole edge list.
  const size_t vertexCount = mesh.positions.size();
  std::vector<std::uint32_t> start(vertexCount + 1, 0);
  size_t edgeCount = 0;
  const auto corners = [&](size_t t, std::uint32_t c[3]) {
    c[0] = shadow[t];
    c[1] = shadow[t + 1];
    c[2] = shadow[t + 2];
    return c[0] != c[1] && c[1] != c[2] && c[0] != c[2];  // collapsed by welding: carries no surface
  };
  std::uint32_t c[3];
  for (size_t t = 0; t + 2 < shadow.size(); t += 3)
    if (corners(t, c))
      for (int e = 0; e < 3; ++e) ++start[c[e] + 1], ++edgeCount;
  if (edgeCount == 0) return false;
  for (size_t v = 0; v < vertexCount; ++v) start[v + 1] += start[v];
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  std::vector<std::uint32_t> target(edgeCount);
  for (size_t t = 0; t + 2 < shadow.size(); t += 3)
    if (corners(t, c))
      for (int e = 0; e < 3; ++e) target[next[c[e]]++] = c[(e + 1) % 3];

  const auto count = [&](std::uint32_t from, std::uint32_t to) {
    return std::count(target.begin() + start[from], target.begin() + start[from + 1], to);
  };
  size_t open = 0;
  for (std::uint32_t from = 0; from < vertexCount; ++from)
    for (std::uint32_t k = start[from]; k < start[from + 1]; ++k)
      if (count(from, target[k]) != 1 || count(target[k], from) != 1) ++open;
  return open * 100 <= edgeCount * kOpenEdgePercent;
}

// Power iteration on the covariance of the vertices.
glm::vec3 principalAxis(const Mesh& mesh) {
  if (mesh.positions.empty()) return {0.0f, 1.0f, 0.0f};
  glm::dvec3 mean(0.0);
  for (const auto& p : mesh.positions) mean += glm::dvec3(p);
  mean /= static_cast<double>(mesh.positions.size());
  glm::dmat3 covariance(0.0);
  for (const auto& p : mesh.positions) {
    const glm::dvec3 d = glm::dvec3(p) - mean;
    covariance += glm::outerProduct(d, d);
  }
  glm::dvec3 axis(0.3, 0.9, 0.2);
  for (int i = 0; i < 32; ++i) {
    const glm::dvec3 next = covariance * axis;
    const double length = glm::length(next);
    if (length < 1e-20) return {0.0f, 1.0f, 0.0f};
    axis = next / length;
  }
  return glm::vec3(axis);
}

}  // namespace

MeshFacts analyzeMesh(const Mesh& mesh) {
  MeshFacts facts;
  if (mesh.empty()) return facts;
  facts.closed = isClosed(mesh);
  facts.windingOutward = !facts.closed || signedVolume(mesh) >= 0.0;
  if (mesh.normals.size() == mesh.positions.size()) {
    double agreement = 0.0;
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
      const auto a = mesh.indices[t];
      const auto b = mesh.indices[t + 1];
      const auto c = mesh.indices[t + 2];
      const glm::vec3 face = glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
      agreement += glm::dot(face, mesh.normals[a] + mesh.normals[b] + mesh.normals[c]);
    }
    facts.normalsFollowWinding = agreement >= 0.0;
  }
  facts.longAxis = principalAxis(mesh);
  return facts;
}

namespace {
// Each level keeps about a quarter of the triangles of the one before, until the simplifier stops gaining
// (flat or tiny meshes) or the mesh is down to a few dozen triangles.
constexpr float kLodRatio = 0.25f;
constexpr size_t kMinLodIndices = size_t{3} * 48;
constexpr size_t kMaxCoarserLods = 3;
}  // namespace

std::vector<MeshLod> buildLods(const Mesh& mesh, const MeshFacts& facts) {
  std::vector<MeshLod> lods;
  if (mesh.empty()) return lods;
  // The simplifier works on a copy with one vertex per position. It tells seams by position over the whole
  // vertex buffer, not by the indices: any vertex whose position another vertex shares (a normal seam, or a
  // duplicate vertex in the file; a third of BodyParts3D's vertices) is locked in place, even when the
  // indices were welded and the other copy is unused. Locked seams criss-crossing the surface stop it early
  // with ten times the error, and the renderer then keeps full detail.
  // Numbered in vertex order, not index order, so winding (an inside-out twin) does not change the result.
  std::vector<std::uint32_t> remap(mesh.positions.size());
  const size_t unique = meshopt_generateVertexRemap(remap.data(), nullptr, mesh.positions.size(), mesh.positions.data(),
                                                    mesh.positions.size(), sizeof(glm::vec3));
  std::vector<glm::vec3> positions(unique);
  meshopt_remapVertexBuffer(positions.data(), mesh.positions.data(), mesh.positions.size(), sizeof(glm::vec3),
                            remap.data());
  std::vector<std::uint32_t> level(mesh.indices.size());
  meshopt_remapIndexBuffer(level.data(), mesh.indices.data(), mesh.indices.size(), remap.data());
  // Wound outwards before simplifying, so an inside-out mesh ends up exactly like its outward twin.
  if (!facts.windingOutward)
    for (size_t t = 0; t + 2 < level.size(); t += 3) std::swap(level[t + 1], level[t + 2]);

  // Back to the mesh's vertices: each position's copies (counting sort by position), and for each corner of a
  // coarse triangle the copy whose normal best matches the triangle, so creases the file's normals draw stay
  // on the right side of the seam.
  std::vector<std::uint32_t> copiesStart(unique + 1, 0);
  for (const auto r : remap)
    if (r != ~0u) ++copiesStart[r + 1];
  for (size_t u = 0; u < unique; ++u) copiesStart[u + 1] += copiesStart[u];
  std::vector<std::uint32_t> copies(copiesStart.back());
  {
    std::vector<std::uint32_t> next(copiesStart.begin(), copiesStart.end() - 1);
    for (size_t v = 0; v < remap.size(); ++v)
      if (remap[v] != ~0u) copies[next[remap[v]]++] = static_cast<std::uint32_t>(v);
  }
  const bool hasNormals = mesh.normals.size() == mesh.positions.size();
  // The mesh's normals point along the outward winding, or against it.
  const float normalSign = facts.normalsFollowWinding == facts.windingOutward ? 1.0f : -1.0f;
  const auto toMesh = [&](const std::vector<std::uint32_t>& compact) {
    std::vector<std::uint32_t> out(compact.size());
    for (size_t t = 0; t + 2 < compact.size(); t += 3) {
      const glm::vec3 face = glm::cross(positions[compact[t + 1]] - positions[compact[t]],
                                        positions[compact[t + 2]] - positions[compact[t]]) *
                             normalSign;
      for (size_t c = t; c < t + 3; ++c) {
        const std::uint32_t first = copiesStart[compact[c]];
        const std::uint32_t last = copiesStart[compact[c] + 1];
        std::uint32_t best = copies[first];
        if (hasNormals) {
          float bestAgreement = glm::dot(face, mesh.normals[best]);
          for (std::uint32_t k = first + 1; k < last; ++k) {
            const float agreement = glm::dot(face, mesh.normals[copies[k]]);
            if (agreement > bestAgreement) {
              bestAgreement = agreement;
              best = copies[k];
            }
          }
        }
        out[c] = best;
      }
    }
    return out;
  };

  const float scale = meshopt_simplifyScale(&positions[0].x, positions.size(), sizeof(glm::vec3));
  std::vector<std::uint32_t> coarser(level.size());
  float error = 0.0f;
  while (lods.size() < kMaxCoarserLods && level.size() >= 2 * kMinLodIndices) {
    const auto target = static_cast<size_t>(static_cast<float>(level.size()) * kLodRatio) / 3 * 3;
    float levelError = 0.0f;
    const size_t count = meshopt_simplify(coarser.data(), level.data(), level.size(), &positions[0].x, positions.size(),
                                          sizeof(glm::vec3), std::max(target, kMinLodIndices), 0.05f, 0, &levelError);
    if (count == 0 || static_cast<float>(count) > 0.7f * static_cast<float>(level.size())) break;
    level.assign(coarser.begin(), coarser.begin() + static_cast<long>(count));
    error += levelError;  // each level is measured against the one before: the sum bounds it
    lods.push_back({toMesh(level), error * scale});
  }
  return lods;
}

void computeDerived(Mesh& mesh) {
  if (mesh.normals.size() != mesh.positions.size()) computeNormals(mesh);
  mesh.facts = analyzeMesh(mesh);
  mesh.lods = buildLods(mesh, *mesh.facts);
  // Every level in vertex-cache order: llvmpipe shades vertices in small batches with a small cache, so
  // locality decides how often each vertex is shaded again. Done here, once, so a cached mesh uploads as it is.
  const auto order = [&](std::vector<std::uint32_t>& indices) {
    meshopt_optimizeVertexCacheFifo(indices.data(), indices.data(), indices.size(), mesh.positions.size(), 16);
  };
  order(mesh.indices);
  for (auto& lod : mesh.lods) order(lod.indices);
}

}  // namespace myo::atlas
