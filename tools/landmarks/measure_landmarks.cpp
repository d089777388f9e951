// measure_landmarks: re-measures every recipe of assets/atlas/landmarks.yaml on the BodyParts3D skeleton in
// ../shared and rewrites the positions in place (comments and layout kept), so regenerating is one command:
//
//   ./build/tools/landmarks/measure_landmarks            # rewrite landmarks.yaml
//   ./build/tools/landmarks/measure_landmarks --check    # only compare; exit 1 if anything moved > 1 mm
//
// It then prints what a reviewer wants to see: counts, the left/right asymmetry and a table of landmark
// heights against the skeleton's own height.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "atlas/landmarks/measure.hpp"
#include "atlas/landmarks/yaml_rewrite.hpp"

namespace {

using namespace myo;
using namespace myo::landmarks;

constexpr float kTolerance = 0.001f;  // 1 mm: what the content tests allow between file and measurement

// Largest distance between the committed and the fresh positions; a missing committed one counts as moved.
float largestChange(const LandmarkSet& committed, const LandmarkSet& fresh, std::string* worst) {
  float largest = 0.0f;
  for (const auto& lm : fresh.all()) {
    const Landmark* old = committed.find(lm.id);
    for (const Side side : lm.sides()) {
      const auto before = old != nullptr ? old->position(side) : std::nullopt;
      const float d = before ? glm::distance(*before, *lm.position(side)) : 1e9f;
      if (d > largest) {
        largest = d;
        *worst = lm.id + std::string(sideSuffix(side));
      }
    }
  }
  return largest;
}

void printAsymmetry(const LandmarkSet& set) {
  std::vector<std::pair<float, std::string>> distances;
  double sumX = 0.0;
  int sided = 0;
  for (const auto& lm : set.all()) {
    if (lm.derived) continue;  // derived ones copy the asymmetry of what they derive from
    if (const auto d = mirrorDistance(lm)) {
      distances.emplace_back(*d, lm.id);
      sumX += 0.5 * static_cast<double>(lm.right->x + lm.left->x);
      ++sided;
    }
  }
  if (distances.empty()) return;
  std::sort(distances.rbegin(), distances.rend());
  double sum = 0.0;
  for (const auto& d : distances) sum += d.first;
  std::printf(
      "left/right: %d bony pairs, mirror distance mean %.1f mm, largest %.1f mm (%s); mean midline x %+.1f mm\n", sided,
      1000.0 * sum / sided, 1000.0 * distances[0].first, distances[0].second.c_str(), 1000.0 * sumX / sided);
  std::printf("  largest five:");
  for (size_t i = 0; i < std::min<size_t>(5, distances.size()); ++i)
    std::printf(" %s %.1f mm%s", distances[i].second.c_str(), 1000.0 * distances[i].first, i < 4 ? "," : "\n");
}

void printTable(const LandmarkSet& set) {
  const auto top = set.position("skull_vertex");
  const auto heel = set.position("heel_plantar_point.r");
  if (!top || !heel) return;
  const float height = top->y - heel->y;
  std::printf("skeleton height, skull vertex to heel: %.3f m\n", static_cast<double>(height));
  std::printf("  %-32s %8s %8s %8s  %s\n", "landmark", "x", "y", "z", "y / height");
  for (const char* id :
       {"skull_vertex", "external_occipital_protuberance", "tragus.r", "c7_spinous_process", "jugular_notch",
        "acromion.r", "acromion.l", "greater_tubercle.r", "xiphoid_process", "lateral_epicondyle.r", "umbilicus",
        "iliac_crest_highest_point.r", "anterior_superior_iliac_spine.r", "greater_trochanter.r", "radial_styloid.r",
        "lateral_femoral_epicondyle.r", "tibial_tuberosity.r", "lateral_malleolus.r", "heel_plantar_point.r"}) {
    const auto p = set.position(id);
    if (!p) continue;
    std::printf("  %-32s %8.4f %8.4f %8.4f  %.3f\n", id, static_cast<double>(p->x), static_cast<double>(p->y),
                static_cast<double>(p->z), static_cast<double>((p->y - heel->y) / height));
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Re-measure the bony landmarks of assets/atlas/landmarks.yaml on the BodyParts3D skeleton"};
  std::string yamlPath = std::string(MYOSCOPE_SOURCE_DIR) + "/" + std::string(kLandmarksFile);
  std::string bodyParts3D = std::string(MYOSCOPE_SHARED_DIR) + "/data/bodyparts3d";
  bool check = false;
  app.add_option("--yaml", yamlPath, "landmarks.yaml to read and rewrite");
  app.add_option("--bodyparts3d", bodyParts3D, "BodyParts3D folder with skeleton/");
  app.add_flag("--check", check, "compare only: exit 1 when a position moved more than 1 mm");
  CLI11_PARSE(app, argc, argv);

  std::ifstream in(yamlPath, std::ios::binary);
  if (!in) {
    std::cerr << "measure_landmarks: cannot read " << yamlPath << "\n";
    return 2;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();

  auto committed = LandmarkSet::parse(text, yamlPath);
  if (!committed) {
    std::cerr << "measure_landmarks: " << committed.error().text() << "\n";
    return 2;
  }
  BoneLibrary bones(bodyParts3D);
  auto fresh = measureAll(*committed, bones);
  if (!fresh) {
    std::cerr << "measure_landmarks: " << fresh.error().text() << "\n";
    return 2;
  }

  int derived = 0;
  for (const auto& lm : fresh->all()) derived += lm.derived ? 1 : 0;
  std::string worst;
  const float change = largestChange(*committed, *fresh, &worst);
  char changeText[64];
  std::snprintf(changeText, sizeof changeText, "%.2f mm", 1000.0 * static_cast<double>(change));
  const std::string changed =
      change > 1.0f ? "new or unmeasured: " + worst : (worst.empty() ? changeText : changeText + (" (" + worst + ")"));
  std::printf("%zu landmarks (%zu bony, %d derived); largest change against the file: %s\n", fresh->size(),
              fresh->size() - static_cast<size_t>(derived), derived, changed.c_str());
  printAsymmetry(*fresh);
  printTable(*fresh);

  if (check) return change > kTolerance ? 1 : 0;

  auto rewritten = rewritePositions(text, *fresh);
  if (!rewritten) {
    std::cerr << "measure_landmarks: " << rewritten.error().text() << "\n";
    return 2;
  }
  // The rewritten file must read back to exactly what was measured before it replaces the old one.
  auto reread = LandmarkSet::parse(*rewritten, yamlPath);
  std::string unused;
  if (!reread || largestChange(*reread, *fresh, &unused) > 0.00005f) {
    std::cerr << "measure_landmarks: the rewritten file does not read back; left " << yamlPath << " unchanged\n";
    return 2;
  }
  if (*rewritten != text) {
    std::ofstream out(yamlPath, std::ios::binary | std::ios::trunc);
    out << *rewritten;
    std::printf("wrote %s\n", yamlPath.c_str());
  } else {
    std::printf("%s is up to date\n", yamlPath.c_str());
  }
  return 0;
}
