#include "ui/zones_panel.hpp"

#include <imgui.h>

#include "ui/panels.hpp"

namespace myo::ui {
namespace {

void bulletList(const char* title, const std::vector<std::string>& items) {
  if (items.empty()) return;
  ImGui::TextDisabled("%s", title);
  for (const auto& item : items) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", item.c_str());
  }
}

const ImVec4 kWarning(1.0f, 0.78f, 0.25f, 1.0f);

}  // namespace

void drawZonesPanel(bool zonesDrawn, const std::function<const ZonesPanelInput&()>& rows,
                    const CommandRegistry& registry, UiState& ui) {
  if (!ui.showPanels) return;
  const ImGuiIO& io = ImGui::GetIO();
  const float top = io.DisplaySize.y * kStructuresPanelHeight + 2 * kPanelMargin;
  ImGui::SetNextWindowPos(ImVec2(kPanelMargin, top), ImGuiCond_Once);
  ImGui::SetNextWindowSize(ImVec2(kPanelWidth, io.DisplaySize.y - top - 40), ImGuiCond_Once);
  // Collapsed until zones are drawn; it opens when they appear (a lesson or a button shows them), as a legend.
  ImGui::SetNextWindowCollapsed(!zonesDrawn, zonesDrawn != ui.zonesDrawn ? ImGuiCond_Always : ImGuiCond_Once);
  ui.zonesDrawn = zonesDrawn;
  if (!ImGui::Begin("Techniques and cautions")) {
    ImGui::End();
    return;
  }
  const ZonesPanelInput& input = rows();  // only now: a collapsed panel needs no zone files loaded
  if (!input.loadError.empty()) {
    ImGui::TextColored(kWarning, "The zone files did not load:");
    ImGui::TextWrapped("%s", input.loadError.c_str());
    ImGui::End();
    return;
  }
  for (const auto& modality : input.modalities) {
    const bool active = modality.id == input.activeModality;
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(modality.name.c_str())) {
      runCommand(registry, ui, "hide zone all");
      if (!active) runCommand(registry, ui, "show zones " + modality.id);
    }
    if (active) ImGui::PopStyleColor();
  }
  if (ImGui::Button("Caution zones")) runCommand(registry, ui, "show zones caution");
  ImGui::SameLine();
  if (ImGui::Button("Pregnancy points")) runCommand(registry, ui, "show zones pregnancy");
  ImGui::SameLine();
  if (ImGui::Button("Clear")) runCommand(registry, ui, "hide zone all");
  ImGui::Separator();

  for (const auto& modality : input.modalities) {
    if (modality.id != input.activeModality) continue;
    ImGui::TextWrapped("%s", modality.description.c_str());
    if (ImGui::CollapsingHeader("Benefits, preparation, aftercare")) {
      bulletList("Benefits", modality.benefits);
      bulletList("Before a session", modality.preparation);
      bulletList("Afterwards", modality.aftercare);
      ImGui::TextDisabled("How often");
      ImGui::TextWrapped("%s", modality.sessions.c_str());
    }
  }
  if (!input.techniques.empty()) {
    ImGui::Separator();
    ImGui::TextDisabled("Where and how (the strokes move as the hands do)");
    for (const auto& row : input.techniques) {
      ImGui::TextUnformatted(row.name.c_str());
      ImGui::Indent();
      ImGui::TextDisabled("%s", row.how.c_str());
      ImGui::TextWrapped("%s", row.purpose.c_str());
      for (const auto& caution : row.cautions) ImGui::TextColored(kWarning, "Overlaps %s", caution.c_str());
      ImGui::Unindent();
    }
  }
  if (!input.cautions.empty()) {
    ImGui::Separator();
    ImGui::TextDisabled("Hatched: where deep pressure is unsafe");
    for (const auto& row : input.cautions) {
      ImGui::TextColored(row.pregnancy ? ImVec4(0.95f, 0.55f, 0.9f, 1.0f) : kWarning, "%s", row.name.c_str());
      ImGui::Indent();
      ImGui::TextWrapped("Avoid: %s", row.avoid.c_str());
      ImGui::TextWrapped("Why: %s", row.why.c_str());
      ImGui::Unindent();
    }
  }
  if (ImGui::CollapsingHeader("Contraindications")) {
    for (const auto& row : input.contraindications) {
      ImGui::TextUnformatted(row.name.c_str());
      ImGui::SameLine();
      ImGui::TextDisabled("(%s)", row.scope.c_str());
      ImGui::Indent();
      ImGui::TextWrapped("%s", row.guidance.c_str());
      ImGui::Unindent();
    }
  }
  ImGui::End();
}

}  // namespace myo::ui
