#pragma once
// Fidelity against the real skeleton: each generated bone beside the BodyParts3D bones it stands for
// (loaded from ../shared for measuring only; nothing of them is kept).
#include <filesystem>
#include <string>
#include <vector>

#include "atlas/atlas.hpp"
#include "atlas_gen/spec.hpp"
#include "core/result.hpp"

namespace myo::atlas_gen {

struct Fidelity {
  std::string id;             // the generated structure (right side or midline)
  std::string reference;      // the real bones, joined with " + "
  float centroidMm = 0.0f;    // distance between the area-weighted surface centroids
  glm::vec3 sizeRatio{1.0f};  // bounding box size, generated / real, per axis
  float msdMm = 0.0f;         // mean symmetric surface distance
  float hausdorffMm = 0.0f;   // the largest of those distances (of the samples)
};

// Area-weighted centroid of a mesh's surface.
glm::vec3 surfaceCentroid(const atlas::Mesh& mesh);

// Mean symmetric surface distance between two meshes (metres), from `samples` points on each surface;
// `maxOut` receives the largest sampled distance.
float meanSurfaceDistance(const atlas::Mesh& a, const atlas::Mesh& b, int samples = 4000, float* maxOut = nullptr);

// `count` points spread evenly (by area) over the surface; the same points for the same mesh.
std::vector<glm::vec3> sampleSurface(const atlas::Mesh& mesh, int count);
// For each point, its distance to the nearest point of `to`'s surface.
std::vector<float> surfaceDistances(const std::vector<glm::vec3>& points, const atlas::Mesh& to);

// A BodyParts3D structure (bone or muscle) by English name from `bodyparts3dDir`/index.tsv, in the body frame; several
// names are merged into one mesh.
Result<atlas::Mesh> loadRealMeshes(const std::filesystem::path& bodyparts3dDir, const std::vector<std::string>& names);

// One row per bone with a reference, in spec order (muscles: muscle_fidelity.hpp).
Result<std::vector<Fidelity>> compareWithReal(const Spec& spec, const atlas::Atlas& generated,
                                              const std::filesystem::path& bodyparts3dDir);

std::string fidelityTable(const std::vector<Fidelity>& rows);  // Markdown

}  // namespace myo::atlas_gen
