#include "ui/label_layout.hpp"

#include <algorithm>
#include <functional>

namespace myo::ui {

std::vector<Label> collectLabels(const Scene& scene) {
  std::vector<Label> labels;
  if (scene.atlas == nullptr || !scene.view.labels) return labels;
  std::vector<size_t> targets = scene.view.pinned;
  if (scene.view.selected && std::find(targets.begin(), targets.end(), *scene.view.selected) == targets.end())
    targets.push_back(*scene.view.selected);
  const auto& camera = scene.view.camera;
  const float aspect = static_cast<float>(scene.viewportWidth) / static_cast<float>(scene.viewportHeight);
  const glm::mat4 viewProjection =
      camera.projection(aspect, scene.atlas->bounds().radius(), scene.view.centreShift) * camera.view();
  const auto toScreen = [&](glm::vec3 p, glm::vec2& out) {
    const glm::vec4 clip = viewProjection * glm::vec4(p, 1.0f);
    if (clip.w <= 0.0f) return false;
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    out = {(ndc.x * 0.5f + 0.5f) * static_cast<float>(scene.viewportWidth),
           (0.5f - ndc.y * 0.5f) * static_cast<float>(scene.viewportHeight)};
    return std::abs(ndc.x) <= 1.0f && std::abs(ndc.y) <= 1.0f;
  };
  const auto visible = scene.view.visibilityMask(*scene.atlas);
  for (const size_t index : targets) {
    if (index >= visible.size() || !visible[index]) continue;
    const auto& structure = scene.atlas->structures[index];
    glm::vec2 centre;
    if (!toScreen(structure.mesh.bounds().center(), centre)) continue;
    // Anchor on the surface the user sees: cast through the projected centre; when something else is in
    // front (or the centre falls in a gap of a curved muscle), fall back to the projected centre itself.
    Label label{
        index, structure.name.empty() ? structure.id : structure.name, centre, {}, {}, scene.view.selected == index};
    if (const atlas::Bvh* bvh = scene.pickingBvh()) {
      std::vector<bool> only(visible.size(), false);
      only[index] = true;
      const Ray ray =
          camera.rayThroughPixel(centre.x, centre.y, scene.viewportWidth, scene.viewportHeight, scene.view.centreShift);
      if (const auto hit = bvh->intersect(ray, only)) toScreen(hit->point, label.anchor);
    }
    labels.push_back(std::move(label));
  }
  return labels;
}

void layoutLabels(std::vector<Label>& labels, glm::vec4 area, float lineGap,
                  const std::function<glm::vec2(const std::string&)>& textSize) {
  const float margin = 12.0f;
  for (auto& label : labels) label.size = textSize(label.text);
  std::vector<Label*> left;
  std::vector<Label*> right;
  const float middle = (area.x + area.z) * 0.5f;
  for (auto& label : labels) (label.anchor.x < middle ? left : right).push_back(&label);
  const auto placeColumn = [&](std::vector<Label*>& column, bool onLeft) {
    std::sort(column.begin(), column.end(), [](const Label* a, const Label* b) { return a->anchor.y < b->anchor.y; });
    float nextFreeY = area.y + margin;
    for (Label* label : column) {
      // Keep the label level with its anchor where room allows, else push it below the previous one.
      const float y = std::max(label->anchor.y - label->size.y * 0.5f, nextFreeY);
      label->position = {onLeft ? area.x + margin : area.z - margin - label->size.x, y};
      nextFreeY = y + label->size.y + lineGap;
    }
    // If the column ran off the bottom, shift it up as a block.
    if (!column.empty()) {
      const float overflow = nextFreeY - lineGap - (area.w - margin);
      if (overflow > 0.0f)
        for (Label* label : column) label->position.y = std::max(area.y + margin, label->position.y - overflow);
    }
  };
  placeColumn(left, true);
  placeColumn(right, false);
}

}  // namespace myo::ui
