#include "ui/labels.hpp"

#include <imgui.h>

#include "ui/label_layout.hpp"

namespace myo::ui {

void drawLabels(const Scene& scene, float leftInset, float rightInset, float pixelsPerUnit, ImFont* font) {
  std::vector<Label> labels = collectLabels(scene);
  if (labels.empty()) return;
  // Anchors come in viewport pixels; ImGui draws in its own units.
  for (auto& label : labels) label.anchor /= pixelsPerUnit;
  ImFont* used = font != nullptr ? font : ImGui::GetFont();
  const float fontSize = used->FontSize;
  const float padding = 5.0f;
  const glm::vec4 area(leftInset, 0.0f, static_cast<float>(scene.viewportWidth) / pixelsPerUnit - rightInset,
                       static_cast<float>(scene.viewportHeight) / pixelsPerUnit);
  layoutLabels(labels, area, 6.0f, [&](const std::string& text) {
    const ImVec2 size = used->CalcTextSizeA(fontSize, 1e9f, 0.0f, text.c_str());
    return glm::vec2(size.x + 2.0f * padding, size.y + 2.0f * padding);
  });
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  for (const auto& label : labels) {
    const ImU32 line = label.selected ? IM_COL32(255, 214, 102, 255) : IM_COL32(235, 235, 235, 230);
    const ImVec2 boxMin(label.position.x, label.position.y);
    const ImVec2 boxMax(label.position.x + label.size.x, label.position.y + label.size.y);
    // The leader line leaves the box from the side facing the anchor.
    const bool anchorRight = label.anchor.x > label.position.x + label.size.x * 0.5f;
    const ImVec2 from(anchorRight ? boxMax.x : boxMin.x, (boxMin.y + boxMax.y) * 0.5f);
    const ImVec2 anchor(label.anchor.x, label.anchor.y);
    draw->AddLine(from, anchor, IM_COL32(0, 0, 0, 160), 3.0f);  // dark halo keeps the line readable on any tissue
    draw->AddLine(from, anchor, line, 1.5f);
    draw->AddCircleFilled(anchor, 3.5f, line);
    draw->AddRectFilled(boxMin, boxMax, IM_COL32(20, 22, 26, 215), 4.0f);
    draw->AddRect(boxMin, boxMax, line, 4.0f, 0, label.selected ? 2.0f : 1.0f);
    draw->AddText(used, fontSize, ImVec2(boxMin.x + padding, boxMin.y + padding), IM_COL32(255, 255, 255, 255),
                  label.text.c_str());
  }
}

}  // namespace myo::ui
