#include "ui/input.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cmath>
#include <string>

namespace myo::ui {
namespace {

std::string number(float value) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.4g", static_cast<double>(value));
  return buffer;
}

struct KeyCommand {
  int key;
  const char* command;
};
constexpr KeyCommand kKeys[] = {
    {GLFW_KEY_1, "view anterior"}, {GLFW_KEY_2, "view posterior"}, {GLFW_KEY_3, "view left"},
    {GLFW_KEY_4, "view right"},    {GLFW_KEY_5, "view superior"},  {GLFW_KEY_6, "view inferior"},
    {GLFW_KEY_X, "xray toggle"},   {GLFW_KEY_L, "labels toggle"},  {GLFW_KEY_A, "show all"},
    {GLFW_KEY_F, "focus"},         {GLFW_KEY_I, "isolate"},        {GLFW_KEY_ESCAPE, "select none"},
    {GLFW_KEY_R, "reset"},
};

void handleKeys(const Scene& scene, const CommandRegistry& registry, UiState& ui,
                const std::vector<KeyPress>& keyPresses) {
  for (const auto& [key, mods] : keyPresses) {
    if ((mods & GLFW_MOD_CONTROL) != 0 && key == GLFW_KEY_Q) {
      runCommand(registry, ui, "quit");
      return;
    }
    if ((mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER | GLFW_MOD_ALT)) != 0) continue;  // the system's shortcuts
    for (const auto& k : kKeys)
      if (k.key == key) runCommand(registry, ui, k.command);
    if (key == GLFW_KEY_TAB) ui.showPanels = !ui.showPanels;
    if (scene.view.selected && scene.atlas != nullptr) {
      const std::string& id = scene.atlas->structures[*scene.view.selected].id;
      if (key == GLFW_KEY_H) runCommand(registry, ui, "hide " + id);
      if (key == GLFW_KEY_P) runCommand(registry, ui, "pin " + id);
    }
    if (key == GLFW_KEY_EQUAL || key == GLFW_KEY_KP_ADD) runCommand(registry, ui, "zoom 1.15");
    if (key == GLFW_KEY_MINUS || key == GLFW_KEY_KP_SUBTRACT) runCommand(registry, ui, "zoom 0.87");
  }
  // Arrow keys orbit, +/- zoom: the camera works without a mouse too (not in Present mode: a clicker sends
  // the arrows to step the lesson).
  if (ui.clickerKeys) return;
  const float step = 5.0f;
  if (ImGui::IsKeyDown(GLFW_KEY_LEFT)) runCommand(registry, ui, "orbit " + number(-step * 0.5f) + " 0");
  if (ImGui::IsKeyDown(GLFW_KEY_RIGHT)) runCommand(registry, ui, "orbit " + number(step * 0.5f) + " 0");
  if (ImGui::IsKeyDown(GLFW_KEY_UP)) runCommand(registry, ui, "orbit 0 " + number(-step * 0.5f));
  if (ImGui::IsKeyDown(GLFW_KEY_DOWN)) runCommand(registry, ui, "orbit 0 " + number(step * 0.5f));
}

}  // namespace

void handleInput(const Scene& scene, const CommandRegistry& registry, UiState& ui, InputState& input, float pixelScale,
                 const std::vector<KeyPress>& keyPresses) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.WantCaptureKeyboard) handleKeys(scene, registry, ui, keyPresses);
  if (io.WantCaptureMouse && !input.dragging) {
    if (scene.view.hovered) runCommand(registry, ui, "hover none");
    return;
  }
  const float x = io.MousePos.x * pixelScale;
  const float y = io.MousePos.y * pixelScale;
  const bool left = io.MouseDown[0];
  const bool panButton = io.MouseDown[1] || io.MouseDown[2] || (left && io.KeyShift);
  const ImVec2 delta = io.MouseDelta;
  if (ImGui::IsMouseClicked(0) || ImGui::IsMouseClicked(1) || ImGui::IsMouseClicked(2)) {
    input.dragging = true;
    input.dragDistance = 0.0f;
  }
  if (input.dragging && (delta.x != 0.0f || delta.y != 0.0f)) {
    input.dragDistance += std::abs(delta.x) + std::abs(delta.y);
    const float height = io.DisplaySize.y > 0 ? io.DisplaySize.y : 1.0f;
    if (panButton) {
      runCommand(registry, ui, "pan " + number(-delta.x / height) + " " + number(delta.y / height));
    } else if (left) {
      // Half a degree per pixel: a drag across the window turns the body about once.
      runCommand(registry, ui, "orbit " + number(-delta.x * 0.5f) + " " + number(-delta.y * 0.5f));
    }
  }
  if (ImGui::IsMouseReleased(0) && input.dragging && input.dragDistance < 4.0f)
    runCommand(registry, ui, (ui.markingPain ? "pain at " : "pick ") + number(x) + " " + number(y));
  if (!io.MouseDown[0] && !io.MouseDown[1] && !io.MouseDown[2]) input.dragging = false;
  if (io.MouseWheel != 0.0f) runCommand(registry, ui, "zoom " + number(std::pow(1.12f, io.MouseWheel)));
  if (io.MouseWheelH != 0.0f) runCommand(registry, ui, "orbit " + number(io.MouseWheelH * 4.0f) + " 0");
  // Hover: pick only when the mouse moved (a pick is a BVH ray cast, cheap but not free).
  if (!input.dragging && (x != input.lastHoverX || y != input.lastHoverY) && x >= 0 && y >= 0) {
    input.lastHoverX = x;
    input.lastHoverY = y;
    runCommand(registry, ui, "hover " + number(x) + " " + number(y));
  }
}

}  // namespace myo::ui
