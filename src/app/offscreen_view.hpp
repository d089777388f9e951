#pragma once
// A view without a window: the EGL context, the renderer and ImGui (for labels), drawing a session's
// scene to an image. Headless scripts, the no-display fallback and the benchmark share it.
#include <memory>

#include "app/session.hpp"
#include "core/image.hpp"
#include "platform/headless_context.hpp"
#include "render/renderer.hpp"
#include "ui/imgui_host.hpp"

namespace myo::app {

class OffscreenView {
 public:
  static Result<std::unique_ptr<OffscreenView>> create(Session& session, int width, int height);

  void resize(int width, int height);
  // Finishes running camera transitions, so a screenshot shows where a command was going.
  void settle();
  // Renders one frame (scene, then labels) into the renderer's framebuffer.
  void renderFrame();
  Image capture();
  render::Renderer& renderer() { return *renderer_; }
  const char* glRenderer() const { return context_->rendererName(); }

 private:
  OffscreenView(Session& session) : session_(session) {}
  Session& session_;
  std::unique_ptr<platform::HeadlessContext> context_;
  std::unique_ptr<render::Renderer> renderer_;
  std::unique_ptr<ui::ImGuiHost> imgui_;
};

}  // namespace myo::app
