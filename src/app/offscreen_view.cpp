#include "app/offscreen_view.hpp"

#include "ui/labels.hpp"

namespace myo::app {

Result<std::unique_ptr<OffscreenView>> OffscreenView::create(Session& session, int width, int height) {
  std::unique_ptr<OffscreenView> view(new OffscreenView(session));
  auto context = platform::HeadlessContext::create();
  if (!context) return context.error();
  view->context_ = std::move(*context);
  auto renderer = render::Renderer::create();
  if (!renderer) return renderer.error();
  view->renderer_ = std::move(*renderer);
  auto imgui = ui::ImGuiHost::create(nullptr);
  if (!imgui) return imgui.error();
  view->imgui_ = std::move(*imgui);
  view->renderer_->setAtlas(session.atlas);
  view->resize(width, height);
  return view;
}

void OffscreenView::resize(int width, int height) {
  renderer_->resize(width, height);
  session_.scene.viewportWidth = width;
  session_.scene.viewportHeight = height;
}

void OffscreenView::settle() {
  auto& view = session_.scene.view;
  if (view.animation) view.advanceTo(view.animation->startSeconds + view.animation->durationSeconds);
}

void OffscreenView::renderFrame() {
  renderer_->render(session_.atlas, session_.scene.view);
  renderer_->bindOutputFramebuffer();
  imgui_->beginFrame(renderer_->width(), renderer_->height(), 1.0 / 60.0);
  ui::drawLabels(session_.scene);
  imgui_->endFrame();
}

Image OffscreenView::capture() {
  renderFrame();
  return renderer_->readImage();
}

}  // namespace myo::app
