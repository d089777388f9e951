#include "atlas_gen/compare.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "atlas/import/mesh_file.hpp"

namespace myo::atlas_gen {
namespace {

glm::vec3 closestOnTriangle(glm::vec3 p, glm::vec3 a, glm::vec3 b, glm::vec3 c) {
  // Ericson, Real-Time Collision Detection 5.1.5.
  const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
  const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return a;
  const glm::vec3 bp = p - b;
  const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return b;
  const float vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return a + ab * (d1 / (d1 - d3));
  const glm::vec3 cp = p - c;
  const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return c;
  const float vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return a + ac * (d2 / (d2 - d6));
  const float va = d3 * d6 - d5 * d4;
  if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
  const float denom = 1.0f / (va + vb + vc);
  return a + ab * (vb * denom) + ac * (vc * denom);
}

// Triangles binned in a uniform grid; a query searches growing shells of cells until no closer triangle
// can be further out.
class NearestSurface {
 public:
  explicit NearestSurface(const atlas::Mesh& mesh) : mesh_(mesh) {
    const atlas::Bounds b = mesh.bounds();
    origin_ = b.min;
    const glm::vec3 size = glm::max(b.max - b.min, glm::vec3(1e-6f));
    cell_ = std::cbrt(size.x * size.y * size.z / std::max<float>(1.0f, float(mesh.triangleCount()) / 2.0f));
    cell_ = std::max(cell_, 0.5f * std::max({size.x, size.y, size.z}) / 128.0f);
    dims_ = glm::max(glm::ivec3(glm::ceil(size / cell_)), glm::ivec3(1));
    cells_.resize(size_t(dims_.x) * dims_.y * dims_.z);
    for (std::uint32_t t = 0; t < mesh.triangleCount(); ++t) {
      atlas::Bounds tb;
      for (int k = 0; k < 3; ++k) tb.add(mesh.positions[mesh.indices[3 * t + k]]);
      const glm::ivec3 lo = cellOf(tb.min), hi = cellOf(tb.max);
      for (int z = lo.z; z <= hi.z; ++z)
        for (int y = lo.y; y <= hi.y; ++y)
          for (int x = lo.x; x <= hi.x; ++x) cells_[index({x, y, z})].push_back(t);
    }
  }

  float distance(glm::vec3 p) const {
    const glm::ivec3 c = cellOf(p);
    // Distance from p to the grid's box: shells closer than that hold nothing.
    float best = 1e30f;
    const int maxRing = std::max({dims_.x, dims_.y, dims_.z});
    for (int ring = 0; ring <= maxRing; ++ring) {
      for (int z = c.z - ring; z <= c.z + ring; ++z)
        for (int y = c.y - ring; y <= c.y + ring; ++y)
          for (int x = c.x - ring; x <= c.x + ring; ++x) {
            if (std::max({std::abs(x - c.x), std::abs(y - c.y), std::abs(z - c.z)}) != ring) continue;
            if (x < 0 || y < 0 || z < 0 || x >= dims_.x || y >= dims_.y || z >= dims_.z) continue;
            for (const std::uint32_t t : cells_[index({x, y, z})]) {
              const glm::vec3 q =
                  closestOnTriangle(p, mesh_.positions[mesh_.indices[3 * t]], mesh_.positions[mesh_.indices[3 * t + 1]],
                                    mesh_.positions[mesh_.indices[3 * t + 2]]);
              best = std::min(best, glm::length(q - p));
            }
          }
      // Every cell outside this shell is at least `ring` cells from p's cell.
      if (best < 1e29f && best <= float(ring) * cell_) break;
    }
    return best;
  }

 private:
  glm::ivec3 cellOf(glm::vec3 p) const {
    return glm::clamp(glm::ivec3(glm::floor((p - origin_) / cell_)), glm::ivec3(0), dims_ - 1);
  }
  size_t index(glm::ivec3 c) const { return size_t(c.x) + size_t(dims_.x) * (c.y + size_t(dims_.y) * c.z); }

  const atlas::Mesh& mesh_;
  glm::vec3 origin_{0.0f};
  float cell_ = 1.0f;
  glm::ivec3 dims_{1};
  std::vector<std::vector<std::uint32_t>> cells_;
};

std::vector<glm::vec3> samplePoints(const atlas::Mesh& mesh, int count) {
  std::vector<double> cumulative;
  double total = 0.0;
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::vec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]],
                    c = mesh.positions[mesh.indices[t + 2]];
    total += 0.5 * glm::length(glm::cross(b - a, c - a));
    cumulative.push_back(total);
  }
  std::vector<glm::vec3> points;
  if (total <= 0.0) return points;
  std::mt19937 rng(12345);
  std::uniform_real_distribution<double> uniform(0.0, 1.0);
  for (int i = 0; i < count; ++i) {
    const size_t t = std::min<size_t>(
        std::lower_bound(cumulative.begin(), cumulative.end(), uniform(rng) * total) - cumulative.begin(),
        cumulative.size() - 1);
    float u = float(uniform(rng)), v = float(uniform(rng));
    if (u + v > 1.0f) {
      u = 1.0f - u;
      v = 1.0f - v;
    }
    const glm::vec3 a = mesh.positions[mesh.indices[3 * t]], b = mesh.positions[mesh.indices[3 * t + 1]],
                    c = mesh.positions[mesh.indices[3 * t + 2]];
    points.push_back(a + (b - a) * u + (c - a) * v);
  }
  return points;
}

std::string toLower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

glm::vec3 surfaceCentroid(const atlas::Mesh& mesh) {
  glm::dvec3 sum(0.0);
  double area = 0.0;
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]],
                     c = mesh.positions[mesh.indices[t + 2]];
    const double w = 0.5 * glm::length(glm::cross(b - a, c - a));
    sum += w * (a + b + c) / 3.0;
    area += w;
  }
  return area > 0.0 ? glm::vec3(sum / area) : glm::vec3(0.0f);
}

float meanSurfaceDistance(const atlas::Mesh& a, const atlas::Mesh& b, int samples, float* maxOut) {
  const NearestSurface nearA(a), nearB(b);
  double sum = 0.0;
  float worst = 0.0f;
  size_t n = 0;
  for (const glm::vec3 p : samplePoints(a, samples)) {
    const float d = nearB.distance(p);
    sum += d, worst = std::max(worst, d), ++n;
  }
  for (const glm::vec3 p : samplePoints(b, samples)) {
    const float d = nearA.distance(p);
    sum += d, worst = std::max(worst, d), ++n;
  }
  if (maxOut) *maxOut = worst;
  return n ? float(sum / double(n)) : 0.0f;
}

Result<atlas::Mesh> loadRealMeshes(const std::filesystem::path& dir, const std::vector<std::string>& names) {
  std::ifstream index(dir / "index.tsv");
  if (!index) return Error{"loadRealMeshes(): " + (dir / "index.tsv").string(), "no such file"};
  std::map<std::string, std::string> fileByName;
  std::string line;
  while (std::getline(index, line)) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string col; std::getline(ss, col, '\t');) cols.push_back(col);
    if (cols.size() >= 4 && cols[0].rfind("messy/", 0) != 0) fileByName.emplace(toLower(cols[3]), cols[0]);
  }
  atlas::Mesh merged;
  for (const auto& name : names) {
    const auto it = fileByName.find(toLower(name));
    if (it == fileByName.end()) return Error{"loadRealMeshes()", "no BodyParts3D file named '" + name + "'"};
    auto mesh = atlas::loadMeshFile((dir / it->second).string());
    if (!mesh) return mesh.error();
    const auto base = static_cast<std::uint32_t>(merged.positions.size());
    // BodyParts3D millimetres, +Z up, +Y posterior -> the body frame (DESIGN.md).
    for (const glm::vec3 p : mesh->positions) merged.positions.push_back(glm::vec3(p.x, p.z, -p.y) * 0.001f);
    for (const auto i : mesh->indices) merged.indices.push_back(base + i);
  }
  return merged;
}

std::vector<glm::vec3> sampleSurface(const atlas::Mesh& mesh, int count) { return samplePoints(mesh, count); }

std::vector<float> surfaceDistances(const std::vector<glm::vec3>& points, const atlas::Mesh& to) {
  const NearestSurface near(to);
  std::vector<float> out;
  out.reserve(points.size());
  for (const glm::vec3 p : points) out.push_back(near.distance(p));
  return out;
}

Result<std::vector<Fidelity>> compareWithReal(const Spec& spec, const atlas::Atlas& generated,
                                              const std::filesystem::path& dir) {
  std::vector<Fidelity> rows;
  for (const StructureSpec& bone : spec.structures) {
    if (bone.reference.empty() || bone.tissue != atlas::Tissue::Bone) continue;
    const std::string id = bone.paired ? bone.id + ".r" : bone.id;
    const atlas::Structure* ours = generated.find(id);
    if (!ours) continue;  // not meshed in this run (--only)
    auto real = loadRealMeshes(dir, bone.reference);
    if (!real) return Error{bone.where, real.error().text()};
    Fidelity row;
    row.id = id;
    for (const auto& r : bone.reference) row.reference += (row.reference.empty() ? "" : " + ") + r;
    row.centroidMm = 1000.0f * glm::length(surfaceCentroid(ours->mesh) - surfaceCentroid(*real));
    const atlas::Bounds bo = ours->mesh.bounds(), br = real->bounds();
    row.sizeRatio = (bo.max - bo.min) / glm::max(br.max - br.min, glm::vec3(1e-6f));
    row.msdMm = 1000.0f * meanSurfaceDistance(ours->mesh, *real, 4000, &row.hausdorffMm);
    row.hausdorffMm *= 1000.0f;
    rows.push_back(row);
  }
  return rows;
}

std::string fidelityTable(const std::vector<Fidelity>& rows) {
  std::string out = "| bone | centroid (mm) | size ratio x/y/z | MSD (mm) | max (mm) |\n|---|---:|---|---:|---:|\n";
  char buf[256];
  for (const auto& r : rows) {
    std::snprintf(buf, sizeof buf, "| %s | %.1f | %.2f / %.2f / %.2f | %.1f | %.1f |\n", r.id.c_str(), r.centroidMm,
                  r.sizeRatio.x, r.sizeRatio.y, r.sizeRatio.z, r.msdMm, r.hausdorffMm);
    out += buf;
  }
  return out;
}

}  // namespace myo::atlas_gen
