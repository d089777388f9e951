#pragma once
// The interactive window: GLFW with an OpenGL 3.3 core context, glad loaded. Input is read through
// Dear ImGui's GLFW backend (ui/), so ImGui sees every event first.
#include <memory>
#include <string>
#include <vector>

#include "core/result.hpp"

struct GLFWwindow;

namespace myo::platform {

struct WindowOptions {
  int width = 1400;
  int height = 900;
  std::string title = "Myoscope";
  bool fullscreen = false;
  int monitor = 0;  // which monitor for full screen (present mode)
};

class GlfwWindow {
 public:
  static Result<std::unique_ptr<GlfwWindow>> create(const WindowOptions& options);
  ~GlfwWindow();
  GlfwWindow(const GlfwWindow&) = delete;
  GlfwWindow& operator=(const GlfwWindow&) = delete;

  GLFWwindow* handle() const { return window_; }
  bool shouldClose() const;
  void requestClose();
  void swapBuffers();
  // Waits for input up to `timeoutSeconds` (0 polls): an idle viewer uses no CPU.
  void waitEvents(double timeoutSeconds);
  void framebufferSize(int& width, int& height) const;
  void windowSize(int& width, int& height) const;
  double time() const;

  // Key presses since the last call, as (GLFW key, modifier bits). ImGui 1.86 reads keys as held/not
  // held once per frame, so a tap shorter than a frame (xdotool, a fast typist on a slow frame) would be
  // lost; this queue keeps every press. Call after ImGui installed its callbacks: it chains to them.
  void captureKeyPresses();
  std::vector<std::pair<int, int>> takeKeyPresses();

 private:
  explicit GlfwWindow(GLFWwindow* window) : window_(window) {}
  static void onKey(GLFWwindow* window, int key, int scancode, int action, int mods);

  GLFWwindow* window_ = nullptr;
  std::vector<std::pair<int, int>> keyPresses_;
  void (*previousKeyCallback_)(GLFWwindow*, int, int, int, int) = nullptr;
};

// True when a display server is reachable (DISPLAY or WAYLAND_DISPLAY is set).
bool displayAvailable();

}  // namespace myo::platform
