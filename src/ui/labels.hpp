#pragma once
// Draws the labels of the selection and pinned structures with leader lines on ImGui's background
// draw list, so they sit under the panels in the window and appear on headless screenshots too.
#include "commands/scene.hpp"

struct ImFont;

namespace myo::ui {

// `leftInset` / `rightInset`: ImGui units covered by panels at each side, kept clear of labels.
// `pixelsPerUnit`: viewport pixels per ImGui unit (HiDPI windows have more than one).
void drawLabels(const Scene& scene, float leftInset = 0.0f, float rightInset = 0.0f, float pixelsPerUnit = 1.0f,
                ImFont* font = nullptr);

}  // namespace myo::ui
