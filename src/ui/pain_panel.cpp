#include "ui/pain_panel.hpp"

#include <imgui.h>

#include "ui/panels.hpp"

namespace myo::ui {
namespace {

void drawViewButtons(const CommandRegistry& registry, UiState& ui) {
  for (const char* side : {"anterior", "posterior", "left", "right"}) {
    if (ImGui::Button(side)) runCommand(registry, ui, std::string("view ") + side);
    ImGui::SameLine();
  }
  ImGui::NewLine();
  ImGui::Separator();
}

void section(const char* title, const std::string& text) {
  if (text.empty()) return;
  ImGui::TextDisabled("%s", title);
  ImGui::TextWrapped("%s", text.c_str());
}

// What the drawn TrP means for the person in pain: the pattern, what it feels like, what to try at home, and
// when to see someone first.
void drawDetail(const PainTrpDetail& d) {
  ImGui::Separator();
  ImGui::TextWrapped("%s", d.name.c_str());
  section("Pattern (solid red: where it mostly hurts; dotted: where it may spread)", d.pattern);
  section("How it feels", d.symptoms);
  section("Self-care: pressure", d.selfCareBall);
  section("Self-care: stretch", d.selfCareStretch);
  if (!d.cautions.empty()) {
    ImGui::TextColored(ImVec4(1.0f, 0.78f, 0.25f, 1.0f), "Safety");
    ImGui::TextWrapped("%s", d.cautions.c_str());
  }
  ImGui::TextDisabled("Source: %s", d.source.c_str());
  ImGui::Separator();
}

}  // namespace

void drawPainPanel(const PainPanelInput& input, const CommandRegistry& registry, UiState& ui, bool client) {
  if (!ui.showPanels) return;
  const ImGuiIO& io = ImGui::GetIO();
  if (client) {
    ImGui::SetNextWindowPos(ImVec2(kPanelMargin, kPanelMargin), ImGuiCond_Once);
    ImGui::SetNextWindowSize(ImVec2(kClientPanelWidth, io.DisplaySize.y - 2 * kPanelMargin), ImGuiCond_Once);
  } else {
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - kPanelWidth - kPanelMargin, 440), ImGuiCond_Once);
    ImGui::SetNextWindowSize(ImVec2(kPanelWidth, io.DisplaySize.y - 490), ImGuiCond_Once);
  }
  if (!ImGui::Begin("Where does it hurt?")) {
    ImGui::End();
    return;
  }
  if (client) drawViewButtons(registry, ui);
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
      ImGui::PushID(row.trp.c_str());
      const bool picked = ImGui::Selectable(row.name.c_str(), row.shown, ImGuiSelectableFlags_SpanAllColumns);
      ImGui::PopID();
      if (picked) {
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
  if (input.shown) drawDetail(*input.shown);
  ImGui::TextDisabled("How they are ranked");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", input.rankingRule.c_str());
  ImGui::End();
}

}  // namespace myo::ui
