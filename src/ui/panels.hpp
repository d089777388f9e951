#pragma once
// The Explore mode panels: a structure tree grouped by region and layer with search, view controls,
// the info panel for the selection and a status bar. They change the view only through commands.
#include "commands/command_registry.hpp"
#include "commands/scene.hpp"
#include "ui/ui_state.hpp"

namespace myo::ui {

// Width of the side panels in window pixels, margins included: labels keep clear of them.
inline constexpr float kPanelWidth = 330.0f;
inline constexpr float kPanelMargin = 10.0f;
inline constexpr float kClientPanelWidth = 420.0f;  // the client screen's one panel, on the left
// The structure tree's share of the window height; the zones panel takes the rest of the left column.
inline constexpr float kStructuresPanelHeight = 0.58f;

void drawExplorePanels(const Scene& scene, const CommandRegistry& registry, UiState& ui);

}  // namespace myo::ui
