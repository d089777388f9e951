#pragma once
// Screen-space labels with leader lines, laid out like an atlas plate: each label sits in a column beside
// the figure on the side of its anchor, sorted top to bottom and pushed apart so none overlap.
// Plain math (no ImGui, no GL) so it is tested without a context.
#include <functional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "commands/scene.hpp"

namespace myo::ui {

struct Label {
  size_t structure = 0;
  std::string text;
  glm::vec2 anchor{0.0f};    // on the structure's surface, in viewport pixels
  glm::vec2 position{0.0f};  // top-left of the text box, in viewport pixels
  glm::vec2 size{0.0f};      // text box size
  bool selected = false;
};

// The anchors: the visible surface point of each labelled structure nearest its projected centre.
// Structures off screen or fully hidden get no label.
std::vector<Label> collectLabels(const Scene& scene);

// Places labels in columns at the left and right edges of `area` (x0, y0, x1, y1 in viewport pixels: the
// part of the viewport that panels leave free); `textSize(label)` measures the text.
void layoutLabels(std::vector<Label>& labels, glm::vec4 area, float lineGap,
                  const std::function<glm::vec2(const std::string&)>& textSize);

}  // namespace myo::ui
