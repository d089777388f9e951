#pragma once
// Fidelity of the generated muscles (issue: the built-in atlas): against the real BodyParts3D muscles
// where the spec names one (`reference:`), and for every muscle where its attachments are and how far it
// pokes into bone. The real meshes are read from ../shared for measuring only.
#include <filesystem>
#include <string>
#include <vector>

#include "atlas/atlas.hpp"
#include "atlas_gen/spec.hpp"
#include "core/result.hpp"

namespace myo::atlas_gen {

// Our structures that share one reference list, merged, beside the real muscle(s).
struct MuscleFidelity {
  std::string ids;           // "sternocleidomastoid.sternal.r + sternocleidomastoid.clavicular.r"
  std::string reference;     // "Right sternocleidomastoid"
  float centroidMm = 0.0f;   // between the volume centroids
  float volumeRatio = 1.0f;  // ours / real
  float msdMm = 0.0f;        // mean symmetric surface distance
  float hd95Mm = 0.0f;       // 95th percentile of the symmetric surface distances
  bool passes() const;       // centroid < 10 mm, volume within 25 %, MSD < 6 mm, HD95 < 20 mm
};

// Every generated muscle (right side): how its attachments and the bones meet it.
struct MuscleContact {
  std::string id;
  float attachmentToBoneMm = 0.0f;    // the worst attachment point's distance to the nearest bone surface
  float attachmentToMuscleMm = 0.0f;  // the worst attachment point's distance to the muscle's surface
  float penetrationP95Mm = 0.0f;      // 95th percentile of how deep the muscle's surface lies inside bone
  bool passes() const;                // both attachment figures <= 10 mm, penetration < 3 mm
};

glm::vec3 volumeCentroid(const atlas::Mesh& mesh);

Result<std::vector<MuscleFidelity>> compareMusclesWithReal(const Spec& spec, const atlas::Atlas& generated,
                                                           const std::filesystem::path& bodyparts3dDir);
// Muscles without attachments report 0 for the attachment figures.
std::vector<MuscleContact> muscleContacts(const Spec& spec, const atlas::Atlas& generated);

std::string muscleFidelityTable(const std::vector<MuscleFidelity>& rows);  // Markdown
std::string muscleContactTable(const std::vector<MuscleContact>& rows);    // Markdown

}  // namespace myo::atlas_gen
