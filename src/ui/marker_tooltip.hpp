#pragma once
// Hovering a TrP's X shows its name and referral pattern (the chart's legend at the mouse).
#include "commands/scene.hpp"

namespace myo::ui {

// `pixelsPerUnit`: framebuffer pixels per ImGui unit. Nothing when the mouse is over a panel or no X is near.
void drawMarkerTooltip(const Scene& scene, float pixelsPerUnit);

}  // namespace myo::ui
