#include "ui/panels.hpp"

#include <imgui.h>

#include <map>
#include <string>
#include <vector>

#include "core/log.hpp"
#include "core/strings.hpp"

namespace myo::ui {

void runCommand(const CommandRegistry& registry, UiState& ui, const std::string& line) {
  const Status status = registry.execute(line);
  if (status.ok()) {
    ui.message.clear();
    ui.messageIsError = false;
    return;
  }
  ui.message = status.error().text();
  ui.messageIsError = true;
  log::warning(ui.message);
}

namespace {

void drawViewControls(const Scene& scene, const CommandRegistry& registry, UiState& ui) {
  static const char* kViews[] = {"anterior", "posterior", "left", "right", "superior", "inferior"};
  for (int i = 0; i < 6; ++i) {
    if (i % 3 != 0) ImGui::SameLine();
    if (ImGui::Button(kViews[i], ImVec2(92, 0))) runCommand(registry, ui, std::string("view ") + kViews[i]);
  }
  bool xray = scene.view.xray;
  if (ImGui::Checkbox("X-ray (X)", &xray)) runCommand(registry, ui, xray ? "xray on" : "xray off");
  ImGui::SameLine();
  bool labels = scene.view.labels;
  if (ImGui::Checkbox("Labels (L)", &labels)) runCommand(registry, ui, labels ? "labels on" : "labels off");
  if (ImGui::Button("Show all (A)")) runCommand(registry, ui, "show all");
  ImGui::SameLine();
  if (ImGui::Button("Reset view")) runCommand(registry, ui, "reset");

  // Peel: how many outer layers are hidden; individual layers below it.
  int peel = 0;
  while (peel < atlas::kLayerCount - 1 && !scene.view.layerVisible[static_cast<size_t>(peel)]) ++peel;
  static const char* kPeelNames[] = {"nothing peeled", "skin peeled", "down to muscle", "down to deep muscle",
                                     "bone only"};
  ImGui::SetNextItemWidth(-1);
  if (ImGui::SliderInt("##peel", &peel, 0, atlas::kLayerCount - 1, kPeelNames[peel]))
    runCommand(registry, ui, "peel " + std::to_string(peel));
  for (int i = 0; i < atlas::kLayerCount; ++i) {
    const auto layer = static_cast<atlas::Layer>(i);
    bool on = scene.view.layerVisible[static_cast<size_t>(i)];
    if (i % 3 != 0) ImGui::SameLine(static_cast<float>(i % 3) * 100.0f + 8.0f);
    const std::string name(atlas::layerName(layer));
    if (ImGui::Checkbox(name.c_str(), &on)) runCommand(registry, ui, "layer " + name + (on ? " on" : " off"));
  }
}

void drawStructureRow(const Scene& scene, const CommandRegistry& registry, UiState& ui, size_t index) {
  const auto& s = scene.atlas->structures[index];
  const bool visible = scene.view.isVisible(*scene.atlas, index);
  ImGui::PushID(static_cast<int>(index));
  bool shown = !scene.view.hidden[index];
  if (ImGui::Checkbox("##shown", &shown)) runCommand(registry, ui, (shown ? "show " : "hide ") + s.id);
  ImGui::SameLine();
  if (!visible) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  const std::string text = s.name.empty() ? s.id : s.name;
  if (ImGui::Selectable(text.c_str(), scene.view.selected == index, ImGuiSelectableFlags_AllowDoubleClick)) {
    runCommand(registry, ui, "select " + s.id);
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) runCommand(registry, ui, "focus " + s.id);
  }
  if (!visible) ImGui::PopStyleColor();
  if (ImGui::BeginPopupContextItem()) {
    if (ImGui::MenuItem("Focus")) runCommand(registry, ui, "focus " + s.id);
    if (ImGui::MenuItem("Isolate")) runCommand(registry, ui, "isolate " + s.id);
    if (ImGui::MenuItem("Hide")) runCommand(registry, ui, "hide " + s.id);
    if (ImGui::MenuItem("Pin label")) runCommand(registry, ui, "pin " + s.id);
    ImGui::EndPopup();
  }
  ImGui::PopID();
}

void drawStructureTree(const Scene& scene, const CommandRegistry& registry, UiState& ui) {
  ImGui::SetNextItemWidth(-1);
  char buffer[128] = {};
  ui.search.copy(buffer, sizeof(buffer) - 1);
  if (ImGui::InputTextWithHint("##search", "Search structures (name, id or FMA id)", buffer, sizeof(buffer)))
    ui.search = buffer;
  const std::string needle = toLower(trim(ui.search));
  // region -> layer -> structures, in atlas order within each group.
  std::map<std::string, std::map<int, std::vector<size_t>>> groups;
  for (size_t i = 0; i < scene.atlas->structures.size(); ++i) {
    const auto& s = scene.atlas->structures[i];
    if (!needle.empty() && toLower(s.name).find(needle) == std::string::npos &&
        s.id.find(needle) == std::string::npos && toLower(s.fma).find(needle) == std::string::npos)
      continue;
    groups[s.region.empty() ? "other" : s.region][static_cast<int>(s.layer)].push_back(i);
  }
  ImGui::BeginChild("tree", ImVec2(0, 0), false);
  for (const auto& [region, layers] : groups) {
    if (!needle.empty()) ImGui::SetNextItemOpen(true, ImGuiCond_Always);
    if (!ImGui::TreeNode(region.c_str())) continue;
    for (const auto& [layer, members] : layers) {
      if (!needle.empty()) ImGui::SetNextItemOpen(true, ImGuiCond_Always);
      const std::string label =
          std::string(atlas::layerName(static_cast<atlas::Layer>(layer))) + " (" + std::to_string(members.size()) + ")";
      if (!ImGui::TreeNode(label.c_str())) continue;
      for (const size_t i : members) drawStructureRow(scene, registry, ui, i);
      ImGui::TreePop();
    }
    ImGui::TreePop();
  }
  ImGui::EndChild();
}

void factRow(const char* title, const std::string& text) {
  if (text.empty()) return;
  ImGui::TextColored(ImVec4(0.75f, 0.8f, 0.9f, 1.0f), "%s", title);
  ImGui::TextWrapped("%s", text.c_str());
}

void drawInfoPanel(const Scene& scene, const CommandRegistry& registry, UiState& ui) {
  if (!scene.view.selected) {
    ImGui::TextWrapped("Click a structure, or pick one in the list, to see its facts.");
    return;
  }
  const auto& s = scene.atlas->structures[*scene.view.selected];
  if (ImGui::GetIO().Fonts->Fonts.Size > 1) ImGui::PushFont(ImGui::GetIO().Fonts->Fonts[1]);
  ImGui::TextWrapped("%s", s.name.empty() ? s.id.c_str() : s.name.c_str());
  if (ImGui::GetIO().Fonts->Fonts.Size > 1) ImGui::PopFont();
  ImGui::TextDisabled("%s%s%s", s.id.c_str(), s.fma.empty() ? "" : "  ·  ", s.fma.c_str());
  ImGui::Text("%s, %s layer%s%s", std::string(atlas::tissueName(s.tissue)).c_str(),
              std::string(atlas::layerName(s.layer)).c_str(), s.region.empty() ? "" : ", ", s.region.c_str());
  ImGui::Separator();
  if (ImGui::Button("Focus (F)")) runCommand(registry, ui, "focus " + s.id);
  ImGui::SameLine();
  if (ImGui::Button("Isolate (I)")) runCommand(registry, ui, "isolate " + s.id);
  ImGui::SameLine();
  if (ImGui::Button("Hide (H)")) runCommand(registry, ui, "hide " + s.id);
  ImGui::SameLine();
  if (ImGui::Button("Pin (P)")) runCommand(registry, ui, "pin " + s.id);
  ImGui::Separator();
  factRow("Origin", s.facts.origin);
  factRow("Insertion", s.facts.insertion);
  factRow("Action", s.facts.action);
  factRow("Innervation", s.facts.innervation);
  factRow("Blood supply", s.facts.bloodSupply);
  factRow("Source", s.facts.source);
  if (!s.sourcePath.empty()) factRow("Mesh file", s.sourcePath);
  ImGui::TextDisabled("%zu triangles", s.mesh.triangleCount());
}

}  // namespace

void drawExplorePanels(const Scene& scene, const CommandRegistry& registry, UiState& ui) {
  if (!ui.showPanels || scene.atlas == nullptr) return;
  const ImGuiIO& io = ImGui::GetIO();
  const float width = kPanelWidth;
  ImGui::SetNextWindowPos(ImVec2(10, 10), ImGuiCond_Once);
  // The left column: the structure tree above, the techniques and cautions panel (zones_panel.hpp) below.
  ImGui::SetNextWindowSize(ImVec2(width, io.DisplaySize.y * kStructuresPanelHeight), ImGuiCond_Once);
  if (ImGui::Begin("Structures")) {
    drawViewControls(scene, registry, ui);
    ImGui::Separator();
    drawStructureTree(scene, registry, ui);
  }
  ImGui::End();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - width - 10, 10), ImGuiCond_Once);
  ImGui::SetNextWindowSize(ImVec2(width, 420), ImGuiCond_Once);
  if (ImGui::Begin("Info")) drawInfoPanel(scene, registry, ui);
  ImGui::End();

  // Status bar: atlas, frame rate and the last error, across the bottom.
  ImGui::SetNextWindowPos(ImVec2(0, io.DisplaySize.y - 30));
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, 30));
  ImGui::Begin("##status", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
  if (!ui.message.empty()) {
    ImGui::TextColored(ui.messageIsError ? ImVec4(1.0f, 0.45f, 0.4f, 1.0f) : ImVec4(0.8f, 0.9f, 1.0f, 1.0f), "%s",
                       ui.message.c_str());
  } else {
    ImGui::TextDisabled(
        "%s  ·  %zu structures, %zu triangles  ·  %.0f fps  ·  drag: orbit, right-drag: pan, wheel: zoom, "
        "1-6: views, X: x-ray, Tab: hide panels",
        scene.atlas->name.c_str(), scene.atlas->structures.size(), scene.atlas->triangleCount(),
        static_cast<double>(ui.framesPerSecond));
  }
  ImGui::End();
}

}  // namespace myo::ui
