#pragma once
// Hovering a TrP's X shows its name and referral pattern (the chart's legend at the mouse).
#include "commands/scene.hpp"

namespace myo::ui {

// The TrP X under the mouse (within about its size), or nullptr; none while the mouse is over a panel.
// `pixelsPerUnit`: framebuffer pixels per ImGui unit.
const OverlayMarker* markerUnderMouse(const Scene& scene, float pixelsPerUnit);

// The X's name and pattern in a tooltip while the mouse is on it.
void drawMarkerTooltip(const Scene& scene, float pixelsPerUnit);

}  // namespace myo::ui
