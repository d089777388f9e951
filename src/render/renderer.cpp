#include "render/renderer.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "core/log.hpp"
#include "render/compose_pass.hpp"
#include "render/crease_pass.hpp"
#include "render/frame_context.hpp"
#include "render/frame_plan.hpp"
#include "render/framebuffers.hpp"
#include "render/mesh_buffers.hpp"
#include "render/outline_pass.hpp"
#include "render/overlay_uniforms.hpp"
#include "render/scene_pass.hpp"
#include "render/translucent_pass.hpp"

namespace myo::render {
namespace {

// How far the tissue outside referral zones is greyed while a referral is shown: enough for red zones to stand
// out from red muscle, little enough that the muscles still read as muscle.
constexpr float kChartMute = 0.55f;

// The TrP markers on screen, in pixels from the bottom left with their view distance, as compose.frag wants
// them (it hides those behind the body).
std::vector<glm::vec4> markerPixels(const Overlays& overlays, const FrameContext& frame) {
  std::vector<glm::vec4> out;
  const float halfSize = std::max(6.0f, static_cast<float>(frame.height) / 75.0f);
  for (const OverlayMarker& marker : overlays.markers) {
    const glm::vec4 clip = frame.viewProjection * glm::vec4(marker.position, 1.0f);
    if (clip.w <= 0.0f) continue;
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    out.emplace_back((ndc.x * 0.5f + 0.5f) * static_cast<float>(frame.width),
                     (ndc.y * 0.5f + 0.5f) * static_cast<float>(frame.height), halfSize, clip.w);
  }
  return out;
}

// True when the targets a pass needs are there; otherwise says why and the frame goes without that pass.
bool ready(const Status& status) {
  if (!status) log::error(status.error().text());
  return status.ok();
}

class GlRenderer final : public Renderer {
 public:
  GlRenderer(const RenderOptions& options, ScenePass scene, TranslucentPass translucent, CreasePass crease,
             ComposePass compose, OutlinePass outline)
      : options_(options),
        scene_(std::move(scene)),
        translucent_(std::move(translucent)),
        crease_(std::move(crease)),
        compose_(std::move(compose)),
        outline_(std::move(outline)) {}

  void setAtlas(const atlas::Atlas& atlas) override {
    meshes_.upload(atlas);
    uploaded_ = &atlas;
    uploadedCount_ = atlas.structures.size();
  }

  void resize(int width, int height) override {
    width = std::max(width, 1);
    height = std::max(height, 1);
    if (width == targets_.width && height == targets_.height) return;
    if (Status status = targets_.resize(width, height, options_.samples); !status) {
      log::error(status.error().text());
      targets_ = Framebuffers{};  // render() draws nothing until a size works
    }
  }

  void setSamples(int samples) override {
    if (samples == options_.samples) return;
    options_.samples = samples;
    const int width = targets_.width;
    const int height = targets_.height;
    targets_ = Framebuffers{};
    resize(width, height);
  }
  int samples() const override { return targets_.samples; }

  int width() const override { return targets_.width; }
  int height() const override { return targets_.height; }

  void render(const atlas::Atlas& atlas, const ViewState& view) override {
    if (!targets_.output) return;
    // The atlas is the source of truth; a different one (or a changed structure count) is uploaded here.
    if (&atlas != uploaded_ || atlas.structures.size() != uploadedCount_) setAtlas(atlas);

    FrameContext frame =
        makeFrameContext(view.camera, targets_.width, targets_.height, std::max(meshes_.bounds().radius(), 1e-3f),
                         view.centreShift);
    plan_.build(atlas, view, meshes_.ranges(), frame);
    // Room around the structures for the crease blur, contour lines and the selection ring.
    const int margin = static_cast<int>(CreasePass::radiusPixels(frame.height)) + 8;
    frame.region = plan_.coveredRectangle(meshes_.ranges(), frame, margin);

    overlayUniforms_.update(view.overlays, view.now, view.overlays.hasReferral() ? kChartMute : 0.0f);
    scene_.draw(frame, targets_, meshes_, plan_, atlas, options_.background);
    targets_.resolveScene(frame.region);
    crease_.draw(frame, targets_, triangle_);
    const bool translucent = !plan_.translucent.empty() && ready(targets_.ensureTranslucent());
    if (translucent) translucent_.draw(frame, targets_, meshes_, plan_, atlas);
    compose_.draw(frame, targets_, translucent, options_.background, triangle_, markerPixels(view.overlays, frame));
    if (plan_.outlined && ready(targets_.ensureMask()))
      outline_.draw(frame, targets_, meshes_, *plan_.outlined, triangle_);

    glDisable(GL_SCISSOR_TEST);
    glBindVertexArray(0);
    glUseProgram(0);
    bindOutputFramebuffer();
  }

  void bindOutputFramebuffer() override {
    glBindFramebuffer(GL_FRAMEBUFFER, targets_.output.get());
    glViewport(0, 0, targets_.width, targets_.height);
  }

  Image readImage() override {
    Image image;
    if (!targets_.output) return image;
    image.width = targets_.width;
    image.height = targets_.height;
    const size_t row = static_cast<size_t>(image.width) * 4;
    image.rgba.resize(row * static_cast<size_t>(image.height));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, targets_.output.get());
    glReadBuffer(GL_COLOR_ATTACHMENT0);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, image.width, image.height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    // GL reads the bottom row first: flip in place, a row at a time (no second copy of the picture).
    std::vector<std::uint8_t> swap(row);
    for (int y = 0; y < image.height / 2; ++y) {
      std::uint8_t* top = &image.rgba[static_cast<size_t>(y) * row];
      std::uint8_t* bottom = &image.rgba[static_cast<size_t>(image.height - 1 - y) * row];
      std::memcpy(swap.data(), top, row);
      std::memcpy(top, bottom, row);
      std::memcpy(bottom, swap.data(), row);
    }
    return image;
  }

  void blitToScreen(int windowWidth, int windowHeight) override {
    if (!targets_.output) return;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, targets_.output.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    const bool same = windowWidth == targets_.width && windowHeight == targets_.height;
    glBlitFramebuffer(0, 0, targets_.width, targets_.height, 0, 0, windowWidth, windowHeight, GL_COLOR_BUFFER_BIT,
                      same ? GL_NEAREST : GL_LINEAR);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
  }

 private:
  RenderOptions options_;
  ScenePass scene_;
  TranslucentPass translucent_;
  CreasePass crease_;
  ComposePass compose_;
  OutlinePass outline_;
  Framebuffers targets_;
  MeshBuffers meshes_;
  FullscreenTriangle triangle_;
  FramePlan plan_;
  OverlayUniforms overlayUniforms_;
  const atlas::Atlas* uploaded_ = nullptr;
  size_t uploadedCount_ = 0;
};

}  // namespace

Result<std::unique_ptr<Renderer>> Renderer::create(const RenderOptions& options) {
  if (glad_glGetString == nullptr || GLAD_GL_VERSION_3_3 == 0)
    return Error{"Renderer::create()", "no OpenGL 3.3 core context is current (create one and load glad first)"};
  auto scene = ScenePass::create();
  if (!scene) return scene.error();
  auto translucent = TranslucentPass::create();
  if (!translucent) return translucent.error();
  auto crease = CreasePass::create();
  if (!crease) return crease.error();
  auto compose = ComposePass::create();
  if (!compose) return compose.error();
  auto outline = OutlinePass::create();
  if (!outline) return outline.error();
  auto renderer = std::make_unique<GlRenderer>(options, std::move(*scene), std::move(*translucent), std::move(*crease),
                                               std::move(*compose), std::move(*outline));
  renderer->resize(1, 1);
  if (renderer->width() == 0) return Error{"Renderer::create()", "the driver rejected the render targets"};
  return std::unique_ptr<Renderer>(std::move(renderer));
}

}  // namespace myo::render
