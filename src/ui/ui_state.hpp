#pragma once
// What the UI keeps between frames that is not view state: the search text, the last message.
#include <string>

#include "commands/command_registry.hpp"
#include "commands/scene.hpp"

namespace myo::ui {

struct UiState {
  std::string search;
  std::string message;  // the last command error, shown until the next command succeeds
  bool messageIsError = false;
  bool showPanels = true;  // Tab hides the chrome
  bool markingPain = false;
  bool zonesDrawn = false;
  bool clickerKeys = false;  // Present mode: the arrow keys step the lesson (a clicker sends them), not the camera
  bool blackout = false;     // Present mode's B: the screen goes black, as a projector's mute  // zones were drawn last
                          // frame: the zones panel opens when they appear  // a click on the body marks pain there
                          // (`pain at`) instead of selecting
  float framesPerSecond = 0.0f;
};

// Runs a command from the UI; a failure is shown in the status bar instead of being lost.
void runCommand(const CommandRegistry& registry, UiState& ui, const std::string& line);

}  // namespace myo::ui
