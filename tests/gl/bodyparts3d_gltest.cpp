// The renderer on the real BodyParts3D set (../shared/data/bodyparts3d, ~495k triangles): frame times at
// 1280x720 printed, not asserted (DESIGN.md: performance is measured, not timed in tests), and anterior /
// posterior renders written next to the binary for a person to look at. Skipped where the data is absent.
#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>

#include "gl_test_support.hpp"

namespace myo::testing {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// A tiny OBJ reader for this test only (v and f lines; the real loader lives in atlas/import):
// millimetres, +Z up, +Y posterior -> metres in the body frame, (x, y, z) -> (x, z, -y) / 1000.
atlas::Mesh readObj(const fs::path& path) {
  atlas::Mesh mesh;
  std::ifstream in(path);
  std::string line;
  std::vector<std::uint32_t> polygon;
  while (std::getline(in, line)) {
    if (line.size() < 2 || line[1] != ' ') continue;
    std::istringstream fields(line.substr(2));
    if (line[0] == 'v') {
      glm::vec3 p;
      fields >> p.x >> p.y >> p.z;
      mesh.positions.emplace_back(p.x / 1000.0f, p.z / 1000.0f, -p.y / 1000.0f);
    } else if (line[0] == 'f') {
      polygon.clear();
      std::string corner;
      while (fields >> corner) {
        const long index = std::stol(corner.substr(0, corner.find('/')));
        polygon.push_back(
            static_cast<std::uint32_t>(index > 0 ? index - 1 : static_cast<long>(mesh.positions.size()) + index));
      }
      for (size_t k = 2; k < polygon.size(); ++k)
        mesh.indices.insert(mesh.indices.end(), {polygon[0], polygon[k - 1], polygon[k]});
    }
  }
  atlas::weldAndCompact(mesh);
  atlas::computeNormals(mesh);
  return mesh;
}

fs::path dataFolder() { return fs::path(MYOSCOPE_SHARED_DIR) / "data" / "bodyparts3d"; }

// Every OBJ file (216), or without messy/ (decimated duplicates of three muscles) for the pictures.
atlas::Atlas loadBodyParts3D(bool withDuplicates) {
  atlas::Atlas atlas;
  atlas.name = "BodyParts3D";
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dataFolder()))
    if (entry.path().extension() == ".obj") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    const std::string folder = file.parent_path().filename().string();
    if (!withDuplicates && folder == "messy") continue;
    atlas::Structure s;
    s.id = file.stem().string();
    s.name = s.id;
    s.tissue = folder == "skeleton" ? atlas::Tissue::Bone : atlas::Tissue::Muscle;
    s.layer = atlas::defaultLayerFor(s.tissue);
    s.mesh = readObj(file);
    s.sourcePath = file.string();
    atlas.structures.push_back(std::move(s));
  }
  return atlas;
}

class BodyParts3DGLTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(dataFolder())) GTEST_SKIP() << "no BodyParts3D data at " << dataFolder();
    MYO_REQUIRE_GL_CONTEXT();
  }
};

TEST_F(BodyParts3DGLTest, PrintsFrameTimesAt1280x720) {
  auto loadStart = Clock::now();
  const atlas::Atlas atlas = loadBodyParts3D(true);
  const double loadMs = millisecondsSince(loadStart);
  ASSERT_GT(atlas.triangleCount(), 400000u);

  const auto firstStart = Clock::now();
  auto created = render::Renderer::create();
  ASSERT_TRUE(created.ok()) << created.error().text();
  auto& renderer = *created;
  renderer->resize(1280, 720);
  const double createMs = millisecondsSince(firstStart);
  const auto uploadStart = Clock::now();
  renderer->setAtlas(atlas);
  glFinish();
  const double uploadMs = millisecondsSince(uploadStart);
  ViewState view = ViewState::forAtlas(atlas);
  const auto frameStart = Clock::now();
  renderer->render(atlas, view);
  glFinish();
  const double firstFrameMs = millisecondsSince(frameStart);
  const double totalFirstMs = millisecondsSince(firstStart);
  EXPECT_GT(foregroundFraction(renderer->readImage()), 0.02);

  const auto measure = [&](const char* label, ViewState state) {
    renderer->render(atlas, state);  // variant shaders compile on their first use
    glFinish();
    std::vector<double> times;
    for (int frame = 0; frame < 30; ++frame) {
      state.camera.orbit(2.0f, 0.0f);
      const auto start = Clock::now();
      renderer->render(atlas, state);
      glFinish();
      times.push_back(millisecondsSince(start));
    }
    std::sort(times.begin(), times.end());
    std::printf("[ timing   ] %-36s p50 %6.1f ms  p95 %6.1f ms\n", label, times[times.size() / 2],
                times[times.size() * 95 / 100]);
  };
  std::printf("[ timing   ] %zu structures, %zu triangles, OBJ parse %.0f ms\n", atlas.structures.size(),
              atlas.triangleCount(), loadMs);
  std::printf("[ timing   ] first frame %.0f ms = create %.0f + upload %.0f + first render %.0f\n", totalFirstMs,
              createMs, uploadMs, firstFrameMs);
  measure("1280x720 anterior", view);
  ViewState selected = view;
  selected.selected = atlas.structures.size() - 20;
  selected.highlighted = {3, 4, 5};
  measure("1280x720 selection + highlight", selected);
  ViewState xray = selected;
  xray.xray = true;
  measure("1280x720 x-ray", xray);
  ViewState closeUp = view;  // the shoulder fills the screen: the most pixels to shade
  closeUp.camera = frameSphere({-0.12f, 1.38f, -0.05f}, 0.16f, standardViewOrientation(StandardView::Posterior));
  measure("1280x720 close-up (shoulder)", closeUp);
  renderer->setSamples(1);  // what an app could drop to while the camera moves on a software rasterizer
  measure("1280x720 anterior, no MSAA", view);
  measure("1280x720 close-up, no MSAA", closeUp);
}

TEST_F(BodyParts3DGLTest, WritesAnteriorAndPosteriorRenders) {
  const atlas::Atlas atlas = loadBodyParts3D(false);
  auto renderer = makeRenderer(800, 1000);
  ASSERT_NE(renderer, nullptr);
  for (const StandardView side : {StandardView::Anterior, StandardView::Posterior}) {
    ViewState view = ViewState::forAtlas(atlas);
    const atlas::Bounds bounds = atlas.bounds();
    // Fit the body's height (the bounding sphere would leave it small in a portrait image).
    view.camera = frameSphere(bounds.center(), (bounds.max.y - bounds.min.y) * 0.5f, standardViewOrientation(side));
    renderer->render(atlas, view);
    const Image image = renderer->readImage();
    EXPECT_GT(foregroundFraction(image), 0.1);
    const auto path = binaryFolder() / ("bodyparts3d_" + std::string(standardViewName(side)) + ".png");
    ASSERT_TRUE(savePng(image, path.string()).ok());
    std::printf("wrote %s\n", path.c_str());
  }
  // A close look at the shoulder muscles from behind, where several overlap the scapula.
  atlas::Bounds shoulder;
  for (const auto& s : atlas.structures)
    if (s.tissue == atlas::Tissue::Muscle && s.mesh.bounds().center().y > 1.2f) shoulder.add(s.mesh.bounds());
  ASSERT_TRUE(shoulder.valid());
  renderer->resize(1000, 800);
  ViewState view = ViewState::forAtlas(atlas);
  view.camera =
      frameSphere(shoulder.center(), shoulder.radius() * 0.62f, standardViewOrientation(StandardView::Posterior));
  view.camera.orbit(-25.0f, -10.0f);
  const auto write = [&](const char* name) {
    renderer->render(atlas, view);
    const auto path = binaryFolder() / name;
    ASSERT_TRUE(savePng(renderer->readImage(), path.string()).ok());
    std::printf("wrote %s\n", path.c_str());
  };
  write("bodyparts3d_shoulder.png");
  // The same with the right infraspinatus selected, then under x-ray.
  const auto infraspinatus = std::find_if(atlas.structures.begin(), atlas.structures.end(), [](const auto& s) {
    return s.id.find("Right infraspinatus") != std::string::npos;
  });
  ASSERT_NE(infraspinatus, atlas.structures.end());
  view.selected = static_cast<size_t>(infraspinatus - atlas.structures.begin());
  write("bodyparts3d_shoulder_selected.png");
  view.xray = true;
  write("bodyparts3d_shoulder_xray.png");
}

}  // namespace
}  // namespace myo::testing
