#pragma once
// Mouse and keyboard to commands. ImGui sees input first: when it wants the mouse or keyboard (a panel
// is under the cursor, a text field has focus), the camera and the shortcuts stay still.
#include <utility>
#include <vector>

#include "commands/command_registry.hpp"
#include "commands/scene.hpp"
#include "ui/ui_state.hpp"

namespace myo::ui {

struct InputState {
  bool dragging = false;
  float dragDistance = 0.0f;  // pixels moved since the press: a short press is a click (pick)
  float lastHoverX = -1.0f;
  float lastHoverY = -1.0f;
};

// A key press: GLFW key code and modifier bits (GLFW_MOD_*).
using KeyPress = std::pair<int, int>;

// `pixelScale` converts ImGui's window coordinates to viewport pixels (HiDPI). `keyPresses`: every key
// pressed since the last frame, so a short tap is never lost.
void handleInput(const Scene& scene, const CommandRegistry& registry, UiState& ui, InputState& input, float pixelScale,
                 const std::vector<KeyPress>& keyPresses);

}  // namespace myo::ui
