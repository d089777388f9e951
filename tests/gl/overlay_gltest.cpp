// The chart drawn over the tissue (commands/overlays.hpp, shaders/overlay.glsl, the X in compose.frag) on the
// synthetic atlas: a reviewed baseline, and the rules a therapist reads the chart by: the essential zone is
// solid chart red where its volume is and nowhere else, the rest of the tissue is greyed, the spillover zone is
// stippled (part of its area), the X is a dark cross at the TrP, and the colour-blind palette changes the red.
#include <glad/gl.h>

#include "gl_test_support.hpp"
#include "render/frame_context.hpp"

namespace myo::testing {
namespace {

constexpr int kSize = 128;
// As synthetic_scene_gltest.cpp: llvmpipe is exact; another driver's MSAA moves single edge pixels only.
constexpr double kMaxDelta = 96.0;
constexpr double kMeanDelta = 0.4;

const glm::vec3 kZoneCentre{-0.015f, 0.98f, 0.06f};  // on the front of the `muscle_fibres` capsule
const glm::vec3 kTrp{-0.08f, 0.904f, 0.065f};        // further down the same capsule's front

OverlayShape sphereZone(glm::vec3 centre, float radius, OverlayStyle style) {
  OverlayShape s;
  s.kind = 0;
  s.a = centre;
  s.r = radius;
  s.style = style;
  return s;
}

// Chart red: strong red with almost no green (the muscles' own red has about a third as much green as red).
bool chartRed(const std::uint8_t* p) { return p[0] > 110 && p[1] < 0.16 * p[0] && p[2] < 0.2 * p[0]; }
// The colour-blind palette's vermillion: red with about half as much green, no blue.
bool vermillion(const std::uint8_t* p) {
  return p[0] > 110 && p[1] > 0.3 * p[0] && p[1] < 0.62 * p[0] && p[2] < 0.2 * p[0];
}

size_t countPixels(const Image& image, bool (*test)(const std::uint8_t*)) {
  size_t n = 0;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) n += test(image.pixel(x, y)) ? 1 : 0;
  return n;
}

float saturation(const std::uint8_t* p) {
  const int hi = std::max({p[0], p[1], p[2]});
  const int lo = std::min({p[0], p[1], p[2]});
  return hi == 0 ? 0.0f : static_cast<float>(hi - lo) / static_cast<float>(hi);
}

class OverlayGLTest : public ::testing::Test {
 protected:
  void SetUp() override {
    MYO_REQUIRE_GL_CONTEXT();
    renderer_ = makeRenderer(kSize, kSize);
    ASSERT_NE(renderer_, nullptr);
    view_ = syntheticView(atlas_);
    view_.layerVisible[static_cast<size_t>(atlas::Layer::Skin)] = false;  // zones on the muscles
  }
  Image render() {
    ++view_.overlays.revision;
    renderer_->render(atlas_, view_);
    EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
    return renderer_->readImage();
  }
  // Pixel (top row first) of a body point, as the renderer projects it.
  glm::ivec2 pixelOf(glm::vec3 p) const {
    const render::FrameContext frame = render::makeFrameContext(view_.camera, kSize, kSize, atlas_.bounds().radius());
    const glm::vec4 clip = frame.viewProjection * glm::vec4(p, 1.0f);
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    return {static_cast<int>((ndc.x * 0.5f + 0.5f) * kSize), static_cast<int>((0.5f - ndc.y * 0.5f) * kSize)};
  }

  atlas::Atlas atlas_ = syntheticAtlas();
  ViewState view_;
  std::unique_ptr<render::Renderer> renderer_;
};

TEST_F(OverlayGLTest, ChartMatchesBaseline) {
  view_.overlays.shapes = {sphereZone(kZoneCentre, 0.045f, OverlayStyle::Essential),
                           sphereZone({0.05f, 0.9f, 0.07f}, 0.035f, OverlayStyle::Spillover)};
  view_.overlays.markers = {{kTrp, "muscle.trp1.r", "TrP1", ""}};
  const Image image = render();
  EXPECT_GT(countPixels(image, chartRed), 100u) << "no essential zone drawn";
  expectMatchesBaseline(image, "synthetic_chart", kMaxDelta, kMeanDelta);
}

TEST_F(OverlayGLTest, EssentialZoneIsSolidRedThereAndTheRestIsGreyed) {
  const Image plain = render();
  EXPECT_EQ(countPixels(plain, chartRed), 0u) << "the tissue itself must not pass for a zone";
  view_.overlays.shapes = {sphereZone(kZoneCentre, 0.03f, OverlayStyle::Essential)};
  const Image chart = render();
  const glm::ivec2 centre = pixelOf(kZoneCentre);
  EXPECT_TRUE(chartRed(chart.pixel(centre.x, centre.y)));
  // Solid: the zone covers most of a disc of its projected radius around the centre (the volume's cut through
  // the capsule's front is about 0.03 m across, ~20 px here).
  size_t red = 0, disc = 0;
  for (int dy = -6; dy <= 6; ++dy)
    for (int dx = -6; dx <= 6; ++dx)
      if (dx * dx + dy * dy <= 36) {
        ++disc;
        red += chartRed(chart.pixel(centre.x + dx, centre.y + dy)) ? 1 : 0;
      }
  EXPECT_GT(red, disc * 8 / 10);
  // Away from the zone (the bone ball below it) the tissue is greyed, not reddened.
  const glm::ivec2 far = pixelOf({0.0f, 0.84f, 0.01f});
  EXPECT_FALSE(chartRed(chart.pixel(far.x, far.y)));
  EXPECT_LT(saturation(chart.pixel(far.x, far.y)), saturation(plain.pixel(far.x, far.y)) + 1e-3f);
}

TEST_F(OverlayGLTest, SpilloverIsStippledNotSolid) {
  view_.camera.zoom(3.0f);  // dots 6 mm apart: about 5 pixels here, so each dot is resolved
  view_.overlays.shapes = {sphereZone(kZoneCentre, 0.03f, OverlayStyle::Essential)};
  const size_t solid = countPixels(render(), chartRed);
  view_.overlays.shapes = {sphereZone(kZoneCentre, 0.03f, OverlayStyle::Spillover)};
  const size_t stippled = countPixels(render(), chartRed);
  EXPECT_GT(stippled, 0u) << "no dots";
  EXPECT_LT(stippled, solid * 6 / 10) << "dots on a wash cover part of the zone, not all of it";
}

TEST_F(OverlayGLTest, MarkerIsADarkCrossAtTheTrp) {
  const Image without = render();
  view_.overlays.markers = {{kZoneCentre, "muscle.trp1.r", "TrP1", ""}};
  const Image with = render();
  const glm::ivec2 c = pixelOf(kZoneCentre);
  const auto dark = [](const std::uint8_t* p) { return p[0] < 70 && p[1] < 70 && p[2] < 70; };
  const int arm = 4;  // the X's half size is 6 px at this height
  for (const glm::ivec2 d :
       {glm::ivec2(0, 0), glm::ivec2(arm, arm), glm::ivec2(-arm, arm), glm::ivec2(arm, -arm), glm::ivec2(-arm, -arm)}) {
    EXPECT_TRUE(dark(with.pixel(c.x + d.x, c.y + d.y))) << "X arm at offset " << d.x << "," << d.y;
    EXPECT_FALSE(dark(without.pixel(c.x + d.x, c.y + d.y)));
  }
  // Between the arms the tissue (or the white halo) shows: a cross, not a blot.
  EXPECT_FALSE(dark(with.pixel(c.x + arm, c.y)));
  EXPECT_FALSE(dark(with.pixel(c.x, c.y - arm)));
}

TEST_F(OverlayGLTest, MarkerBehindTheBodyIsHidden) {
  // The same TrP seen from behind: the capsule and the bone lie between it and the eye.
  view_ = syntheticView(atlas_, StandardView::Posterior);
  view_.layerVisible[static_cast<size_t>(atlas::Layer::Skin)] = false;
  const Image without = render();
  view_.overlays.markers = {{kZoneCentre, "muscle.trp1.r", "TrP1", ""}};
  const Image with = render();
  EXPECT_EQ(with.rgba, without.rgba);
}

TEST_F(OverlayGLTest, ColourBlindPaletteTradesRedForVermillion) {
  view_.overlays.shapes = {sphereZone(kZoneCentre, 0.03f, OverlayStyle::Essential)};
  const Image chart = render();
  view_.overlays.colourBlind = true;
  const Image safe = render();
  EXPECT_GT(countPixels(chart, chartRed), 100u);
  EXPECT_EQ(countPixels(safe, chartRed), 0u);
  EXPECT_GT(countPixels(safe, vermillion), 100u);
}

}  // namespace
}  // namespace myo::testing
