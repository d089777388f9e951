#include "atlas_gen/muscle_fidelity.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include "core/ids.hpp"

#include "atlas_gen/compare.hpp"
#include "atlas_gen/generate.hpp"

namespace myo::atlas_gen {
namespace {

constexpr int kSamples = 4000;

float percentile(std::vector<float> values, float p) {
  if (values.empty()) return 0.0f;
  std::sort(values.begin(), values.end());
  const size_t i = std::min(values.size() - 1, static_cast<size_t>(p * static_cast<float>(values.size())));
  return values[i];
}

void append(atlas::Mesh& into, const atlas::Mesh& mesh) {
  const auto base = static_cast<std::uint32_t>(into.positions.size());
  into.positions.insert(into.positions.end(), mesh.positions.begin(), mesh.positions.end());
  for (const auto i : mesh.indices) into.indices.push_back(base + i);
}

std::string sidedId(const StructureSpec& s, Side side = Side::Right) { return s.paired ? withSide(s.id, side) : s.id; }

// Our structures of one reference group (one side), merged, against the named real muscles. Nothing when
// one of ours was not meshed in this run (--only).
Result<std::optional<MuscleFidelity>> measureGroup(const std::vector<const StructureSpec*>& group,
                                                   const std::vector<std::string>& realNames, Side side,
                                                   const atlas::Atlas& generated, const std::filesystem::path& dir) {
  MuscleFidelity row;
  for (const auto& r : realNames) row.reference += (row.reference.empty() ? "" : " + ") + r;
  atlas::Mesh ours;
  for (const StructureSpec* s : group) {
    const atlas::Structure* made = generated.find(sidedId(*s, side));
    if (!made) return std::optional<MuscleFidelity>{};
    row.ids += (row.ids.empty() ? "" : " + ") + sidedId(*s, side);
    append(ours, made->mesh);
  }
  auto real = loadRealMeshes(dir, realNames);
  if (!real) return Error{group.front()->where, real.error().text()};
  row.centroidMm = 1000.0f * glm::length(volumeCentroid(ours) - volumeCentroid(*real));
  const double realVolume = atlas::signedVolume(*real);
  row.volumeRatio = realVolume > 0.0 ? static_cast<float>(atlas::signedVolume(ours) / realVolume) : 0.0f;
  std::vector<float> d = surfaceDistances(sampleSurface(ours, kSamples), *real);
  const std::vector<float> back = surfaceDistances(sampleSurface(*real, kSamples), ours);
  d.insert(d.end(), back.begin(), back.end());
  double sum = 0.0;
  for (const float v : d) sum += v;
  row.msdMm = d.empty() ? 0.0f : 1000.0f * static_cast<float>(sum / static_cast<double>(d.size()));
  row.hd95Mm = 1000.0f * percentile(d, 0.95f);
  return std::optional<MuscleFidelity>{row};
}

}  // namespace

bool MuscleFidelity::passes() const {
  return centroidMm < 10.0f && std::abs(volumeRatio - 1.0f) <= 0.25f && msdMm < 6.0f && hd95Mm < 20.0f;
}

bool MuscleContact::passes() const {
  return attachmentToBoneMm <= 10.0f && attachmentToMuscleMm <= 10.0f && penetrationP95Mm < 3.0f;
}

glm::vec3 volumeCentroid(const atlas::Mesh& mesh) {
  glm::dvec3 sum(0.0);
  double volume = 0.0;
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]],
                     c = mesh.positions[mesh.indices[t + 2]];
    const double v = glm::dot(a, glm::cross(b, c)) / 6.0;  // tetrahedron with the origin
    sum += v * (a + b + c) / 4.0;
    volume += v;
  }
  return std::abs(volume) > 1e-15 ? glm::vec3(sum / volume) : glm::vec3(0.0f);
}

Result<std::vector<MuscleFidelity>> compareMusclesWithReal(const Spec& spec, const atlas::Atlas& generated,
                                                           const std::filesystem::path& dir) {
  // Structures naming the same real muscle(s) are measured together (the two heads of the SCM).
  std::map<std::string, std::vector<const StructureSpec*>> byReference;
  std::vector<std::string> order;
  for (const StructureSpec& s : spec.structures) {
    if (s.reference.empty() || s.tissue == atlas::Tissue::Bone) continue;
    std::string key;
    for (const auto& r : s.reference) key += (key.empty() ? "" : " + ") + r;
    if (!byReference.count(key)) order.push_back(key);
    byReference[key].push_back(&s);
  }
  std::vector<MuscleFidelity> rows;
  for (const auto& key : order) {
    const auto& group = byReference[key];
    auto right = measureGroup(group, group.front()->reference, Side::Right, generated, dir);
    if (!right) return right.error();
    if (right->has_value()) rows.push_back(**right);
    // Where the real left muscle is in the data too (the levator scapulae), our mirrored left is measured
    // against it.
    std::vector<std::string> leftNames;
    for (const auto& name : group.front()->reference)
      if (name.rfind("Right ", 0) == 0) leftNames.push_back("Left " + name.substr(6));
    if (leftNames.size() != group.front()->reference.size() || !loadRealMeshes(dir, leftNames)) continue;
    auto left = measureGroup(group, leftNames, Side::Left, generated, dir);
    if (!left) return left.error();
    if (left->has_value()) rows.push_back(**left);
  }
  return rows;
}

std::vector<MuscleContact> muscleContacts(const Spec& spec, const atlas::Atlas& generated) {
  const std::vector<Field> fields = fieldsWithBonesAvoided(spec);
  std::vector<const Field*> bones;
  for (size_t i = 0; i < fields.size(); ++i)
    if (spec.structures[i].tissue == atlas::Tissue::Bone) bones.push_back(&fields[i]);
  // Inside a bone field, -value is the depth; near one, value is about the distance.
  const auto boneValue = [&](const std::vector<const Field*>& candidates, glm::vec3 p) {
    float v = 1e30f;
    for (const Field* b : candidates) v = std::min(v, (*b)(p));
    return v;
  };
  std::vector<MuscleContact> rows;
  for (size_t i = 0; i < spec.structures.size(); ++i) {
    const StructureSpec& s = spec.structures[i];
    if (s.tissue != atlas::Tissue::Muscle) continue;
    const atlas::Structure* made = generated.find(sidedId(s));
    if (!made) continue;
    MuscleContact row;
    row.id = sidedId(s);
    if (!s.attachments.empty()) {
      const std::vector<float> toMuscle = surfaceDistances(s.attachments, made->mesh);
      for (size_t a = 0; a < s.attachments.size(); ++a) {
        row.attachmentToBoneMm =
            std::max(row.attachmentToBoneMm, 1000.0f * std::max(0.0f, boneValue(bones, s.attachments[a])));
        row.attachmentToMuscleMm = std::max(row.attachmentToMuscleMm, 1000.0f * toMuscle[a]);
      }
    }
    std::vector<float> depth;
    for (const glm::vec3 p : sampleSurface(made->mesh, 1000))
      depth.push_back(1000.0f * std::max(0.0f, -boneValue(fields[i].avoid.empty() ? bones : fields[i].avoid, p)));
    row.penetrationP95Mm = percentile(depth, 0.95f);
    rows.push_back(row);
  }
  return rows;
}

std::string muscleFidelityTable(const std::vector<MuscleFidelity>& rows) {
  std::string out =
      "| muscle | real | centroid (mm) | volume ratio | MSD (mm) | HD95 (mm) | |\n|---|---|---:|---:|---:|---:|---|\n";
  char buf[512];
  for (const auto& r : rows) {
    std::snprintf(buf, sizeof buf, "| %s | %s | %.1f | %.2f | %.1f | %.1f | %s |\n", r.ids.c_str(), r.reference.c_str(),
                  r.centroidMm, r.volumeRatio, r.msdMm, r.hd95Mm, r.passes() ? "ok" : "FAILS");
    out += buf;
  }
  return out;
}

std::string muscleContactTable(const std::vector<MuscleContact>& rows) {
  std::string out =
      "| muscle | attachment to bone (mm) | attachment to muscle (mm) | penetration p95 (mm) | |\n"
      "|---|---:|---:|---:|---|\n";
  char buf[512];
  for (const auto& r : rows) {
    std::snprintf(buf, sizeof buf, "| %s | %.1f | %.1f | %.1f | %s |\n", r.id.c_str(), r.attachmentToBoneMm,
                  r.attachmentToMuscleMm, r.penetrationP95Mm, r.passes() ? "ok" : "FAILS");
    out += buf;
  }
  return out;
}

}  // namespace myo::atlas_gen
