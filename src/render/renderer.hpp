#pragma once
// The OpenGL 3.3 core renderer. It draws a ViewState of an Atlas into its own framebuffer object at any
// size, so the window, headless screenshots and image tests share one code path. CPU data (Atlas,
// ViewState) is the source of truth; the renderer mirrors meshes to the GPU when the atlas changes.
// A GL context must be current and glad loaded (platform/) before any call.
#include <memory>

#include "atlas/atlas.hpp"
#include "commands/view_state.hpp"
#include "core/image.hpp"
#include "core/result.hpp"

namespace myo::render {

struct RenderOptions {
  int samples = 4;                            // MSAA samples of the scene pass
  glm::vec3 background{0.16f, 0.17f, 0.19f};  // dark neutral grey: anatomy colours read well on it
};

class Renderer {
 public:
  // Compiles the shaders; fails with the GL info log when the driver rejects them.
  static Result<std::unique_ptr<Renderer>> create(const RenderOptions& options = {});
  virtual ~Renderer() = default;

  // Uploads every structure's mesh with its levels of detail (call again after the atlas changes; about
  // 0.2 s for the 494k-triangle BodyParts3D set on two cores). render() also uploads a different atlas.
  virtual void setAtlas(const atlas::Atlas& atlas) = 0;
  // Resizes the offscreen framebuffer (no-op when unchanged).
  virtual void resize(int width, int height) = 0;
  // Changes the MSAA sample count of the scene pass (clamped to what the driver offers; 1 = none). On
  // llvmpipe 4x costs 2-3x the frame time of 1x, so an app may drop to 1 while the camera moves and
  // return to 4 for still frames and screenshots.
  virtual void setSamples(int samples) = 0;
  virtual int samples() const = 0;
  virtual int width() const = 0;
  virtual int height() const = 0;
  // Draws the view into the offscreen framebuffer.
  virtual void render(const atlas::Atlas& atlas, const ViewState& view) = 0;
  // Binds the resolved single-sample framebuffer that overlays (ImGui labels) draw on top of.
  virtual void bindOutputFramebuffer() = 0;
  // Reads the resolved image back (top row first).
  virtual Image readImage() = 0;
  // Copies the resolved image to the default framebuffer of the current window.
  virtual void blitToScreen(int windowWidth, int windowHeight) = 0;
};

}  // namespace myo::render
