#include "ui/imgui_host.hpp"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <filesystem>

namespace myo::ui {
namespace {
// DejaVu Sans (Debian's fonts-dejavu-core) reads far better than ImGui's bitmap font, above all on a
// projector; fall back to the built-in font where it is missing.
constexpr const char* kFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

void applyStyle() {
  ImGui::StyleColorsDark();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 6.0f;
  style.FrameRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.WindowBorderSize = 0.0f;
  style.Colors[ImGuiCol_WindowBg].w = 0.92f;
}
}  // namespace

Result<std::unique_ptr<ImGuiHost>> ImGuiHost::create(GLFWwindow* window, float fontScale) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is ours, not a file left in the working directory
  std::unique_ptr<ImGuiHost> host(new ImGuiHost());
  if (std::filesystem::exists(kFontPath)) {
    io.Fonts->AddFontFromFileTTF(kFontPath, 16.0f * fontScale);
    host->large_ = io.Fonts->AddFontFromFileTTF(kFontPath, 30.0f * fontScale);
  } else {
    io.Fonts->AddFontDefault();
  }
  applyStyle();
  if (window != nullptr) {
    if (!ImGui_ImplGlfw_InitForOpenGL(window, true)) {
      ImGui::DestroyContext();
      return Error{"ImGuiHost::create()", "cannot initialise the ImGui GLFW backend"};
    }
    host->windowed_ = true;
  }
  if (!ImGui_ImplOpenGL3_Init("#version 330 core")) {
    if (host->windowed_) ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    return Error{"ImGuiHost::create()", "cannot initialise the ImGui OpenGL 3 backend (its loader found no libGL)"};
  }
  host->live_ = true;
  return host;
}

ImGuiHost::~ImGuiHost() {
  if (!live_) return;  // create() failed and has cleaned up already
  ImGui_ImplOpenGL3_Shutdown();
  if (windowed_) ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

void ImGuiHost::beginFrame(int width, int height, double deltaSeconds) {
  ImGui_ImplOpenGL3_NewFrame();
  if (windowed_) {
    ImGui_ImplGlfw_NewFrame();
  } else {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DeltaTime = deltaSeconds > 0.0 ? static_cast<float>(deltaSeconds) : 1.0f / 60.0f;
  }
  ImGui::NewFrame();
}

void ImGuiHost::endFrame(bool draw) {
  ImGui::Render();
  if (draw) ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace myo::ui
