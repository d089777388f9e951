#pragma once
// Shared by the GL tests (Magnum style: *GLTest needs a context): one headless EGL context per process,
// a synthetic atlas built in code (capsules, spheres and an open sheet of every tissue), and the
// baseline comparison (F3D style: a missing baseline writes the actual image and fails for review).
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "atlas/atlas.hpp"
#include "commands/view_state.hpp"
#include "core/image.hpp"
#include "platform/headless_context.hpp"
#include "render/renderer.hpp"

namespace myo::testing {

// The process's context (created on first use), or nullptr with the reason in `error`.
platform::HeadlessContext* glContext(std::string* error = nullptr);

// Skips nothing: a missing context is a test failure, with EGL's reason.
#define MYO_REQUIRE_GL_CONTEXT()                                                      \
  do {                                                                                \
    std::string glContextError;                                                       \
    ASSERT_NE(::myo::testing::glContext(&glContextError), nullptr) << glContextError; \
  } while (false)

atlas::Mesh capsuleMesh(glm::vec3 a, glm::vec3 b, float radius, bool withFibres, int segments = 24, int rings = 8);
atlas::Mesh sphereMesh(glm::vec3 center, float radius, int segments = 24, int rings = 12);
// A curved open sheet: part of a cylinder around +Y through `axisPoint` (fascia-like, two-sided).
atlas::Mesh sheetMesh(glm::vec3 axisPoint, float radius, float fromDegrees, float toDegrees, float height);

// Indices of the synthetic atlas's structures (its order; reversedAtlas() reverses it).
enum SyntheticIndex : size_t {
  kBoneBar,
  kBoneBall,
  kCartilage,
  kMuscleFibres,
  kMuscleAxis,
  kTendon,
  kFascia,
  kLigament,
  kSkin,
  kSyntheticCount
};
atlas::Atlas syntheticAtlas();
atlas::Atlas reversedAtlas(const atlas::Atlas& atlas);
// The synthetic atlas framed from the front (as ViewState::forAtlas, slightly closer).
ViewState syntheticView(const atlas::Atlas& atlas, StandardView side = StandardView::Anterior);

// Folder of the test binary: actual images go there.
std::filesystem::path binaryFolder();
std::filesystem::path baselinePath(const std::string& name);

// Compares with tests/baselines/<name>.png within the tolerances; on failure writes <name>.actual.png next
// to the binary and names it. A missing baseline writes <name>.png next to the binary and fails.
void expectMatchesBaseline(const Image& actual, const std::string& name, double maxDelta, double meanDelta);

// A renderer at the given size on the process's context.
std::unique_ptr<render::Renderer> makeRenderer(int width, int height);

}  // namespace myo::testing
