#pragma once
// Dear ImGui set-up shared by the window (GLFW + OpenGL3 backends) and headless runs (OpenGL3 only,
// used to draw labels onto screenshots). One place for fonts and style so both look the same.
#include <memory>

#include "core/result.hpp"

struct GLFWwindow;
struct ImFont;

namespace myo::ui {

class ImGuiHost {
 public:
  // `window` null: headless; the caller sets the display size each frame through beginFrame().
  static Result<std::unique_ptr<ImGuiHost>> create(GLFWwindow* window, float fontScale = 1.0f);
  ~ImGuiHost();
  ImGuiHost(const ImGuiHost&) = delete;
  ImGuiHost& operator=(const ImGuiHost&) = delete;

  void beginFrame(int width, int height, double deltaSeconds);
  // Renders the frame's draw data into the currently bound framebuffer.
  // Ends the frame; `draw` false drops its output (a blacked-out screen still runs the UI for input).
  void endFrame(bool draw = true);
  ImFont* largeFont() const { return large_; }

 private:
  ImGuiHost() = default;
  bool windowed_ = false;
  bool live_ = false;  // both backends are up: the destructor shuts them down
  ImFont* large_ = nullptr;
};

}  // namespace myo::ui
