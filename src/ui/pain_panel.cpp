#include "ui/pain_panel.hpp"

#include <imgui.h>

#include "ui/panels.hpp"

namespace myo::ui {

void drawPainPanel(const PainPanelInput& input, const CommandRegistry& registry, UiState& ui) {
  if (!ui.showPanels) return;
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - kPanelWidth - kPanelMargin, 440), ImGuiCond_Once);
  ImGui::SetNextWindowSize(ImVec2(kPanelWidth, io.DisplaySize.y - 490), ImGuiCond_Once);
  if (!ImGui::Begin("Where does it hurt?")) {
    ImGui::End();
    return;
  }
  ImGui::Checkbox("Mark pain: click the body", &ui.markingPain);
  ImGui::SameLine();
  if (ImGui::SmallButton("Clear")) {
    runCommand(registry, ui, "pain none");
    runCommand(registry, ui, "hide trp all");
  }
  if (input.painted.empty()) {
    ImGui::TextWrapped(
        "Tick the box, then click each spot that hurts on the body (skin on shows the chart best). "
        "The trigger points that commonly send pain there are listed here, best first.");
    ImGui::End();
    return;
  }
  ImGui::TextDisabled("Marked:");
  for (size_t i = 0; i < input.painted.size(); ++i) {
    ImGui::SameLine();
    ImGui::TextUnformatted((input.paintedNames[i] + (i + 1 < input.painted.size() ? "," : "")).c_str());
  }
  ImGui::Separator();
  ImGui::TextDisabled("Candidate trigger points (click one to see it):");
  if (ImGui::BeginTable("candidates", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY, ImVec2(0, 260))) {
    ImGui::TableSetupColumn("TrP", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("zone", ImGuiTableColumnFlags_WidthFixed, 70);
    ImGui::TableSetupColumn("score", ImGuiTableColumnFlags_WidthFixed, 40);
    for (const auto& row : input.candidates) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      if (ImGui::Selectable(row.name.c_str(), row.shown, ImGuiSelectableFlags_SpanAllColumns)) {
        runCommand(registry, ui, "hide trp all");
        runCommand(registry, ui, "show trp " + row.trp);
        runCommand(registry, ui, "highlight " + row.muscle);
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s on %s", row.trp.c_str(), row.muscle.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.zone.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%.1f", row.score);
    }
    ImGui::EndTable();
  }
  if (!input.localMuscles.empty()) {
    ImGui::TextDisabled("Muscles in the painful area itself:");
    std::string local;
    for (const auto& m : input.localMuscles) local += (local.empty() ? "" : ", ") + m;
    ImGui::TextWrapped("%s", local.c_str());
  }
  ImGui::TextDisabled("Ranking");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", input.rankingRule.c_str());
  ImGui::End();
}

}  // namespace myo::ui
