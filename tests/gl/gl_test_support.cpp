#include "gl_test_support.hpp"

#include <algorithm>
#include <cmath>
#include <glm/gtc/constants.hpp>

namespace myo::testing {
namespace {

// An orthonormal frame around a unit axis.
void basisAround(glm::vec3 axis, glm::vec3& u, glm::vec3& v) {
  const glm::vec3 helper = std::abs(axis.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
  u = glm::normalize(glm::cross(helper, axis));
  v = glm::cross(axis, u);
}

// Closed meshes come out wound outwards whichever way the generator turned.
void orientOutwards(atlas::Mesh& mesh) {
  if (atlas::signedVolume(mesh) >= 0.0) return;
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) std::swap(mesh.indices[t + 1], mesh.indices[t + 2]);
}

// A grid of (rings + 1) x (segments + 1) vertices joined into quads.
void gridIndices(atlas::Mesh& mesh, int rings, int segments) {
  const auto at = [&](int r, int s) { return static_cast<std::uint32_t>(r * (segments + 1) + s); };
  for (int r = 0; r < rings; ++r)
    for (int s = 0; s < segments; ++s) {
      mesh.indices.insert(mesh.indices.end(), {at(r, s), at(r + 1, s), at(r + 1, s + 1)});
      mesh.indices.insert(mesh.indices.end(), {at(r, s), at(r + 1, s + 1), at(r, s + 1)});
    }
}

}  // namespace

platform::HeadlessContext* glContext(std::string* error) {
  static std::string failure;
  static const std::unique_ptr<platform::HeadlessContext> context = [] {
    auto created = platform::HeadlessContext::create();
    if (!created) {
      failure = created.error().text();
      return std::unique_ptr<platform::HeadlessContext>();
    }
    return std::move(*created);
  }();
  if (error != nullptr) *error = failure;
  return context.get();
}

atlas::Mesh capsuleMesh(glm::vec3 a, glm::vec3 b, float radius, bool withFibres, int segments, int rings) {
  atlas::Mesh mesh;
  const glm::vec3 axis = glm::normalize(b - a);
  glm::vec3 u;
  glm::vec3 v;
  basisAround(axis, u, v);
  // Two hemispheres of `rings` bands each; the band between their equators is the cylinder.
  const int totalRings = 2 * rings + 1;
  for (int r = 0; r <= totalRings; ++r) {
    const bool upper = r > rings;
    const float theta = glm::half_pi<float>() * (upper ? static_cast<float>(r - rings - 1) / static_cast<float>(rings)
                                                       : static_cast<float>(r - rings) / static_cast<float>(rings));
    const glm::vec3 centre = upper ? b : a;
    const bool pole = r == 0 || r == totalRings;  // exactly on the axis, so welding closes the cap
    for (int s = 0; s <= segments; ++s) {
      // The seam repeats the first column bit for bit, so welding closes it.
      const float phi = glm::two_pi<float>() * static_cast<float>(s % segments) / static_cast<float>(segments);
      const glm::vec3 radial = u * std::cos(phi) + v * std::sin(phi);
      const glm::vec3 normal = pole ? axis * (upper ? 1.0f : -1.0f) : radial * std::cos(theta) + axis * std::sin(theta);
      mesh.positions.push_back(centre + normal * radius);
      mesh.normals.push_back(normal);
      if (withFibres) mesh.fibers.push_back(axis);
    }
  }
  gridIndices(mesh, totalRings, segments);
  atlas::weldAndCompact(mesh);
  orientOutwards(mesh);
  return mesh;
}

atlas::Mesh sphereMesh(glm::vec3 center, float radius, int segments, int rings) {
  atlas::Mesh mesh;
  for (int r = 0; r <= rings; ++r) {
    const float theta = glm::pi<float>() * static_cast<float>(r) / static_cast<float>(rings);
    const bool pole = r == 0 || r == rings;
    for (int s = 0; s <= segments; ++s) {
      const float phi = glm::two_pi<float>() * static_cast<float>(s % segments) / static_cast<float>(segments);
      const glm::vec3 normal =
          pole ? glm::vec3(0.0f, r == 0 ? 1.0f : -1.0f, 0.0f)
               : glm::vec3(std::sin(theta) * std::cos(phi), std::cos(theta), std::sin(theta) * std::sin(phi));
      mesh.positions.push_back(center + normal * radius);
      mesh.normals.push_back(normal);
    }
  }
  gridIndices(mesh, rings, segments);
  atlas::weldAndCompact(mesh);
  orientOutwards(mesh);
  return mesh;
}

atlas::Mesh sheetMesh(glm::vec3 axisPoint, float radius, float fromDegrees, float toDegrees, float height) {
  atlas::Mesh mesh;
  constexpr int kRings = 6;
  constexpr int kSegments = 16;
  for (int r = 0; r <= kRings; ++r) {
    const float y = axisPoint.y + height * (static_cast<float>(r) / kRings - 0.5f);
    for (int s = 0; s <= kSegments; ++s) {
      const float phi = glm::radians(glm::mix(fromDegrees, toDegrees, static_cast<float>(s) / kSegments));
      const glm::vec3 normal(std::sin(phi), 0.0f, std::cos(phi));  // phi 0 faces anterior (+Z)
      mesh.positions.push_back(glm::vec3(axisPoint.x, y, axisPoint.z) + normal * radius);
      mesh.normals.push_back(normal);
    }
  }
  gridIndices(mesh, kRings, kSegments);
  // Wind the triangles towards the normals' side.
  const glm::vec3 face = glm::cross(mesh.positions[mesh.indices[1]] - mesh.positions[mesh.indices[0]],
                                    mesh.positions[mesh.indices[2]] - mesh.positions[mesh.indices[0]]);
  if (glm::dot(face, mesh.normals[mesh.indices[0]]) < 0.0f)
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) std::swap(mesh.indices[t + 1], mesh.indices[t + 2]);
  return mesh;
}

atlas::Atlas syntheticAtlas() {
  using atlas::Tissue;
  atlas::Atlas atlas;
  atlas.name = "synthetic";
  const auto add = [&](const char* id, Tissue tissue, atlas::Mesh mesh) {
    atlas::Structure s;
    s.id = id;
    s.name = id;
    s.tissue = tissue;
    s.layer = atlas::defaultLayerFor(tissue);
    s.mesh = std::move(mesh);
    atlas.structures.push_back(std::move(s));
  };
  add("bone_bar", Tissue::Bone, capsuleMesh({-0.12f, 1.0f, -0.03f}, {0.10f, 1.0f, -0.03f}, 0.028f, false));
  add("bone_ball", Tissue::Bone, sphereMesh({0.0f, 0.88f, -0.04f}, 0.05f));
  add("cartilage", Tissue::Cartilage, sphereMesh({0.125f, 1.0f, -0.03f}, 0.03f));
  add("muscle_fibres", Tissue::Muscle, capsuleMesh({-0.10f, 0.88f, 0.03f}, {0.07f, 1.08f, 0.02f}, 0.036f, true));
  add("muscle_axis", Tissue::Muscle, capsuleMesh({-0.10f, 1.09f, 0.0f}, {0.07f, 0.85f, 0.04f}, 0.03f, false));
  add("tendon", Tissue::Tendon, capsuleMesh({0.075f, 1.085f, 0.02f}, {0.14f, 1.15f, 0.0f}, 0.011f, true));
  add("fascia", Tissue::Fascia, sheetMesh({0.09f, 0.86f, -0.03f}, 0.055f, -10.0f, 150.0f, 0.08f));
  add("ligament", Tissue::Ligament, capsuleMesh({-0.14f, 0.96f, -0.02f}, {-0.13f, 0.84f, -0.02f}, 0.009f, true));
  add("skin", Tissue::Skin, sphereMesh({0.0f, 0.97f, 0.0f}, 0.2f, 32, 16));
  return atlas;
}

atlas::Atlas reversedAtlas(const atlas::Atlas& atlas) {
  atlas::Atlas out = atlas;
  std::reverse(out.structures.begin(), out.structures.end());
  return out;
}

ViewState syntheticView(const atlas::Atlas& atlas, StandardView side) {
  ViewState view = ViewState::forAtlas(atlas);
  view.camera = frameSphere({0.0f, 0.97f, 0.0f}, 0.2f, standardViewOrientation(side));
  return view;
}

std::filesystem::path binaryFolder() { return std::filesystem::read_symlink("/proc/self/exe").parent_path(); }

std::filesystem::path baselinePath(const std::string& name) {
  return std::filesystem::path(MYOSCOPE_SOURCE_DIR) / "tests" / "baselines" / (name + ".png");
}

void expectMatchesBaseline(const Image& actual, const std::string& name, double maxDelta, double meanDelta) {
  // A blank or nearly blank picture never passes, whatever the baseline says.
  EXPECT_GT(foregroundFraction(actual), 0.05) << name << ": the render is (nearly) blank";
  const auto baseline = baselinePath(name);
  if (!std::filesystem::exists(baseline)) {
    const auto written = binaryFolder() / (name + ".png");
    ASSERT_TRUE(savePng(actual, written.string()).ok());
    FAIL() << "No baseline " << baseline << ". The actual image is at " << written
           << ": open it, and if it looks right, copy it to " << baseline << " (a person reviews each baseline).";
  }
  auto expected = loadPng(baseline.string());
  ASSERT_TRUE(expected.ok()) << expected.error().text();
  const ImageDifference d = compareImages(actual, *expected);
  if (d.sizeMismatch || d.maxDelta > maxDelta || d.meanDelta > meanDelta) {
    const auto written = binaryFolder() / (name + ".actual.png");
    ASSERT_TRUE(savePng(actual, written.string()).ok());
    ADD_FAILURE() << name << " differs from " << baseline << ": max " << d.maxDelta << " (allowed " << maxDelta
                  << "), mean " << d.meanDelta << " (allowed " << meanDelta << ")"
                  << (d.sizeMismatch ? ", sizes differ" : "") << ". Actual image: " << written;
  }
}

std::unique_ptr<render::Renderer> makeRenderer(int width, int height) {
  if (glContext() == nullptr) return nullptr;
  auto renderer = render::Renderer::create();
  if (!renderer) {
    ADD_FAILURE() << renderer.error().text();
    return nullptr;
  }
  (*renderer)->resize(width, height);
  return std::move(*renderer);
}

}  // namespace myo::testing
