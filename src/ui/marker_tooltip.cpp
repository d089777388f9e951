#include "ui/marker_tooltip.hpp"

#include <imgui.h>

#include <limits>

namespace myo::ui {

const OverlayMarker* markerUnderMouse(const Scene& scene, float pixelsPerUnit) {
  const ImGuiIO& io = ImGui::GetIO();
  const auto& markers = scene.view.overlays.markers;
  if (markers.empty() || io.WantCaptureMouse || scene.atlas == nullptr) return nullptr;
  const auto& camera = scene.view.camera;
  const float aspect = static_cast<float>(scene.viewportWidth) / static_cast<float>(scene.viewportHeight);
  const glm::mat4 viewProjection =
      camera.projection(aspect, scene.atlas->bounds().radius(), scene.view.centreShift) * camera.view();
  const OverlayMarker* nearest = nullptr;
  float nearestDistance = 14.0f;  // ImGui units: about the X's size and a little more
  for (const auto& marker : markers) {
    const glm::vec4 clip = viewProjection * glm::vec4(marker.position, 1.0f);
    if (clip.w <= 0.0f) continue;
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    const glm::vec2 screen((ndc.x * 0.5f + 0.5f) * static_cast<float>(scene.viewportWidth) / pixelsPerUnit,
                           (0.5f - ndc.y * 0.5f) * static_cast<float>(scene.viewportHeight) / pixelsPerUnit);
    const float distance = glm::distance(screen, glm::vec2(io.MousePos.x, io.MousePos.y));
    if (distance < nearestDistance) {
      nearestDistance = distance;
      nearest = &marker;
    }
  }
  return nearest;
}

void drawMarkerTooltip(const Scene& scene, float pixelsPerUnit) {
  const OverlayMarker* nearest = markerUnderMouse(scene, pixelsPerUnit);
  if (nearest == nullptr) return;
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(nearest->label.c_str());
  ImGui::TextDisabled("%s", nearest->id.c_str());
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
  ImGui::TextUnformatted(nearest->detail.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace myo::ui
