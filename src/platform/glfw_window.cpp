#include "platform/glfw_window.hpp"

#include <glad/gl.h>
// glad must come first: GLFW would otherwise pull in the system GL header.
#include <GLFW/glfw3.h>

#include <cstdlib>
#include <string>

#include "core/log.hpp"

namespace myo::platform {
namespace {
void onGlfwError(int code, const char* description) {
  log::error("GLFW error " + std::to_string(code) + ": " + description);
}
}  // namespace

Result<std::unique_ptr<GlfwWindow>> GlfwWindow::create(const WindowOptions& options) {
  glfwSetErrorCallback(onGlfwError);
  if (glfwInit() == GLFW_FALSE) return Error{"GlfwWindow::create()", "cannot initialise GLFW (is a display available?)"};
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SAMPLES, 0);  // the renderer multisamples its own framebuffer
  GLFWmonitor* monitor = nullptr;
  int width = options.width;
  int height = options.height;
  if (options.fullscreen) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (count > 0) {
      monitor = monitors[options.monitor < count ? options.monitor : 0];
      const GLFWvidmode* mode = glfwGetVideoMode(monitor);
      width = mode->width;
      height = mode->height;
    }
  }
  GLFWwindow* window = glfwCreateWindow(width, height, options.title.c_str(), monitor, nullptr);
  if (window == nullptr) {
    glfwTerminate();
    return Error{"GlfwWindow::create()", "cannot create an OpenGL 3.3 core window"};
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  if (gladLoadGL(glfwGetProcAddress) == 0) {
    glfwDestroyWindow(window);
    glfwTerminate();
    return Error{"GlfwWindow::create()", "cannot load OpenGL 3.3 functions"};
  }
  return std::unique_ptr<GlfwWindow>(new GlfwWindow(window));
}

GlfwWindow::~GlfwWindow() {
  glfwDestroyWindow(window_);
  glfwTerminate();
}

bool GlfwWindow::shouldClose() const { return glfwWindowShouldClose(window_) != 0; }
void GlfwWindow::requestClose() { glfwSetWindowShouldClose(window_, GLFW_TRUE); }
void GlfwWindow::swapBuffers() { glfwSwapBuffers(window_); }
void GlfwWindow::waitEvents(double timeoutSeconds) {
  if (timeoutSeconds <= 0.0) glfwPollEvents();
  else glfwWaitEventsTimeout(timeoutSeconds);
}
void GlfwWindow::framebufferSize(int& width, int& height) const { glfwGetFramebufferSize(window_, &width, &height); }
void GlfwWindow::windowSize(int& width, int& height) const { glfwGetWindowSize(window_, &width, &height); }
double GlfwWindow::time() const { return glfwGetTime(); }

void GlfwWindow::captureKeyPresses() {
  glfwSetWindowUserPointer(window_, this);
  previousKeyCallback_ = glfwSetKeyCallback(window_, &GlfwWindow::onKey);
}

void GlfwWindow::onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
  auto* self = static_cast<GlfwWindow*>(glfwGetWindowUserPointer(window));
  if (self == nullptr) return;
  if (self->previousKeyCallback_ != nullptr) self->previousKeyCallback_(window, key, scancode, action, mods);
  if (action == GLFW_PRESS) self->keyPresses_.emplace_back(key, mods);
}

std::vector<std::pair<int, int>> GlfwWindow::takeKeyPresses() {
  std::vector<std::pair<int, int>> presses;
  presses.swap(keyPresses_);
  return presses;
}

bool displayAvailable() {
  const char* x = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  return (x != nullptr && *x != '\0') || (wayland != nullptr && *wayland != '\0');
}

}  // namespace myo::platform
