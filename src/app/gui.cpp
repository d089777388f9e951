#include "app/gui.hpp"

#include <glad/gl.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <variant>

#include "app/headless.hpp"
#include "app/lesson_player.hpp"
#include "core/log.hpp"
#include "platform/glfw_window.hpp"
#include "render/renderer.hpp"
#include "trigger/pain_finder.hpp"
#include "ui/imgui_host.hpp"
#include "ui/input.hpp"
#include "ui/labels.hpp"
#include "ui/lesson_panel.hpp"
#include "ui/marker_tooltip.hpp"
#include "ui/pain_panel.hpp"
#include "ui/panels.hpp"
#include "ui/zones_panel.hpp"

namespace myo::app {
namespace {

constexpr float kPresentFontScale = 1.45f;

Image readWindow(int width, int height) {
  Image image{width, height, std::vector<std::uint8_t>(static_cast<size_t>(width) * height * 4)};
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
  // GL's rows start at the bottom; images start at the top.
  const size_t row = static_cast<size_t>(width) * 4;
  for (int y = 0; y < height / 2; ++y)
    std::swap_ranges(image.rgba.begin() + static_cast<std::ptrdiff_t>(y * row),
                     image.rgba.begin() + static_cast<std::ptrdiff_t>((y + 1) * row),
                     image.rgba.begin() + static_cast<std::ptrdiff_t>((height - 1 - y) * row));
  return image;
}

// Clicker and keyboard keys of Lesson mode (the arrows stay with the camera there); in Present mode the
// arrows and space step too, as presentation clickers send them, and B blacks the screen out.
void handleLessonKeys(const CommandRegistry& registry, ui::UiState& uiState, const std::vector<ui::KeyPress>& keys) {
  if (ImGui::GetIO().WantCaptureKeyboard) return;
  const bool clicker = uiState.clickerKeys;
  for (const auto& [key, mods] : keys) {
    if (mods != 0) continue;
    if (key == GLFW_KEY_PAGE_DOWN || key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER ||
        (clicker && (key == GLFW_KEY_RIGHT || key == GLFW_KEY_DOWN || key == GLFW_KEY_SPACE)))
      ui::runCommand(registry, uiState, "lesson next");
    if (key == GLFW_KEY_PAGE_UP || key == GLFW_KEY_BACKSPACE ||
        (clicker && (key == GLFW_KEY_LEFT || key == GLFW_KEY_UP)))
      ui::runCommand(registry, uiState, "lesson back");
    if (clicker && (key == GLFW_KEY_B || key == GLFW_KEY_PERIOD)) ui::runCommand(registry, uiState, "blackout toggle");
  }
}

ui::LessonPanelInput lessonPanelInput(const LessonPlayer& player, ImFont* largeFont, bool presenting) {
  ui::LessonPanelInput input;
  input.presenting = presenting;
  input.runner = player.runner();
  input.problems = &player.problems();
  input.path = player.path();
  for (const auto& region : player.regions()) input.regions.emplace_back(region.id, region.name);
  input.progressProblem = player.progressProblem();
  input.largeFont = largeFont;
  return input;
}

// The pain panel's rows: the marked regions ranked by the pain finder (its top 12), as the CLI ranks them.
ui::PainPanelInput painPanelInput(OverlayBook& book) {
  ui::PainPanelInput input;
  input.rankingRule = std::string(trigger::rankingRule());
  const trigger::Catalog* catalog = book.catalog();
  if (catalog == nullptr || book.painted().empty()) return input;
  for (const auto& ref : book.painted()) {
    input.painted.push_back(ref.text());
    input.paintedNames.push_back(ref.region->name + (ref.side == Side::Left    ? " (left)"
                                                     : ref.side == Side::Right ? " (right)"
                                                                               : ""));
  }
  const trigger::PainAnswer answer = trigger::findPain(*catalog, book.painted());
  constexpr size_t kRows = 12;
  for (const auto& c : answer.candidates) {
    if (input.candidates.size() == kRows) break;
    ui::PainCandidateRow row;
    row.trp = c.id;
    row.name = c.trp->name + (c.side == Side::Left ? " (left)" : c.side == Side::Right ? " (right)" : "");
    row.muscle = c.muscleId();
    row.zone = std::string(trigger::zoneName(c.zone()));
    row.score = c.score();
    for (const auto& shown : book.shownTrps()) row.shown = row.shown || shown.id() == c.id;
    input.candidates.push_back(std::move(row));
  }
  for (const auto& local : answer.local) input.localMuscles.push_back(local.id());
  // The detail of the TrP drawn (the first shown, if several are).
  if (!book.shownTrps().empty()) {
    const SidedTrp& shown = book.shownTrps().front();
    const trigger::TriggerPoint& trp = *shown.trp;
    input.shown = ui::PainTrpDetail{trp.name + (shown.side == Side::Left ? " (left)" : " (right)"),
                                    trp.pattern,
                                    trp.symptoms,
                                    trp.selfCare.ball,
                                    trp.selfCare.stretch,
                                    trp.cautions,
                                    trp.source};
  }
  return input;
}

std::string strokeWords(const trigger::zones::Zone& zone) {
  using namespace trigger::zones;
  const char* stroke = zone.stroke == Stroke::Along    ? "along the fibres"
                       : zone.stroke == Stroke::Across ? "across the fibres"
                                                       : "sustained hold";
  return std::string(stroke) + ", " + std::string(pressureId(zone.pressure)) + " pressure, " + zone.duration +
         ", step " + std::to_string(zone.order);
}

// The zones panel's rows: the modalities' texts, and a legend of the zones shown (one row per zone, both sides
// together) with the caution zones each technique zone overlaps.
ui::ZonesPanelInput zonesPanelInput(OverlayBook& book) {
  using namespace trigger::zones;
  ui::ZonesPanelInput input;
  if (Status loaded = book.ensureZonesLoaded(); !loaded) {
    input.loadError = loaded.error().text();
    return input;
  }
  const ZoneSet& zones = *book.zones();
  for (const auto& m : zones.modalities())
    input.modalities.push_back({std::string(modalityId(m.modality)), m.name, m.description, m.benefits, m.preparation,
                                m.aftercare, m.sessions});
  std::vector<const Zone*> shown;
  for (const auto& ref : book.shownZones())
    if (std::find(shown.begin(), shown.end(), ref.zone) == shown.end()) shown.push_back(ref.zone);
  std::optional<Modality> common;
  bool oneModality = true;
  for (const Zone* zone : shown) {
    if (zone->kind == ZoneKind::Caution) {
      input.cautions.push_back({zone->name, zone->avoid, zone->why, zone->cautionKind == CautionKind::PregnancyPoint});
      continue;
    }
    if (common && *common != zone->modality) oneModality = false;
    common = zone->modality;
    ui::TechniqueRow row{zone->name, strokeWords(*zone), zone->purpose, {}};
    for (const auto& id : zones.cautionOverlaps(*zone))
      if (const Zone* caution = zones.find(id)) row.cautions.push_back(caution->name + ": " + caution->avoid);
    input.techniques.push_back(std::move(row));
  }
  if (common && oneModality) input.activeModality = std::string(modalityId(*common));
  for (const auto& c : zones.contraindications()) {
    const char* scope = c.scope == ContraindicationScope::Absolute ? "no massage"
                        : c.scope == ContraindicationScope::Local  ? "avoid the area"
                                                                   : "doctor first";
    input.contraindications.push_back({c.name, scope, c.guidance});
  }
  return input;
}

// The pain and zones panels' rows, made again only when what is shown changes (the overlays' revision moves
// with every chart command), not every frame: the ranking and the legend's texts are the same until then.
class PanelRows {
 public:
  const ui::PainPanelInput& pain(OverlayBook& book, std::uint64_t revision) {
    if (revision != painRevision_) {
      pain_ = painPanelInput(book);
      painRevision_ = revision;
    }
    return pain_;
  }
  const ui::ZonesPanelInput& zones(OverlayBook& book, std::uint64_t revision) {
    if (revision != zonesRevision_) {
      zones_ = zonesPanelInput(book);
      zonesRevision_ = revision;
    }
    return zones_;
  }

 private:
  static constexpr std::uint64_t kNever = ~std::uint64_t{0};
  ui::PainPanelInput pain_;
  ui::ZonesPanelInput zones_;
  std::uint64_t painRevision_ = kNever;
  std::uint64_t zonesRevision_ = kNever;
};

}  // namespace

int runGui(const GuiOptions& options) {
  Session session;
  if (const Status loaded = session.load(options.atlas); !loaded.ok()) {
    log::error(loaded.error().text());
    return 3;
  }
  log::info("loaded " + session.atlas.name + " in " + std::to_string(session.loadSeconds) + " s");
  platform::WindowOptions windowOptions;
  if (options.width > 0 && options.height > 0) {
    windowOptions.width = options.width;
    windowOptions.height = options.height;
  }
  // Present mode fills the chosen monitor, unless a size is asked for (a rehearsal in a window, the tests).
  windowOptions.fullscreen = options.present && options.width == 0;
  windowOptions.monitor = options.monitor;
  auto window = platform::GlfwWindow::create(windowOptions);
  if (!window) {
    log::error(window.error().text());
    return 3;
  }
  const render::RenderOptions renderOptions;
  auto renderer = render::Renderer::create(renderOptions);
  if (!renderer) {
    log::error(renderer.error().text());
    return 3;
  }
  (*renderer)->setAtlas(session.atlas);
  // Present mode's text is read from the back of a room: half as large again.
  auto imgui = ui::ImGuiHost::create((*window)->handle(), options.present ? kPresentFontScale : 1.0f);
  if (!imgui) {
    log::error(imgui.error().text());
    return 3;
  }
  (*window)->captureKeyPresses();  // after ImGui's callbacks, which it chains to
  ui::UiState uiState;
  PanelRows panelRows;
  uiState.clickerKeys = options.present;
  session.registry.add({"blackout", "<on|off|toggle>", "black the screen out (Present mode's B key)", 1, 1,
                        [&uiState](const CommandArgs& a) -> Status {
                          if (a[0] != "on" && a[0] != "off" && a[0] != "toggle")
                            return Error{"", "expected on, off or toggle, got '" + a[0] + "'"};
                          uiState.blackout = a[0] == "toggle" ? !uiState.blackout : a[0] == "on";
                          return {};
                        }});
  if (options.client) {
    // The client screen: the body with its skin, ready to be marked where it hurts.
    for (const char* line : {"layer skin on", "layer fascia off", "view anterior"})
      ui::runCommand(session.registry, uiState, line);
    uiState.markingPain = true;
  }
  ui::InputState input;
  // Lesson mode: the player checks the lesson against the vocabulary as it is now (as lint does), so it
  // opens before the window's own commands are added.
  std::unique_ptr<LessonPlayer> player;
  if (!options.lessonPath.empty()) {
    player = std::make_unique<LessonPlayer>(session, options.lessonPath,
                                            LessonPlayerOptions{defaultProgressFolder(), defaultUserName()});
    for (const auto& problem : player->problems()) log::warning(problem.text());
    player->registerCommands();
  }
  session.registry.add({"quit", "", "close the window", 0, 0, [&window](const CommandArgs&) -> Status {
                          (*window)->requestClose();
                          return {};
                        }});
  std::string pendingScript;
  if (!options.scriptPath.empty()) {
    auto text = readScript(options.scriptPath);
    if (!text) {
      log::error(text.error().text());
      return 2;
    }
    pendingScript = std::move(*text);
  }
  int frame = 0;
  std::optional<size_t> lastSelected;
  std::optional<Camera> previousCamera;
  double lastTime = (*window)->time();
  session.scene.view.now = lastTime;
  if (player) player->applyCommands();  // the lesson's first (or resumed) step
  int exitCode = 0;
  while (!(*window)->shouldClose()) {
    // Sleep until input arrives unless something moves: an idle atlas costs no CPU.
    const bool animating = session.scene.view.animation.has_value() || ImGui::GetIO().MouseDown[0];
    (*window)->waitEvents(animating || frame < 3 || options.frames > 0 ? 0.0 : 0.25);
    int fbWidth = 0;
    int fbHeight = 0;
    int winWidth = 0;
    int winHeight = 0;
    (*window)->framebufferSize(fbWidth, fbHeight);
    (*window)->windowSize(winWidth, winHeight);
    if (fbWidth <= 0 || fbHeight <= 0) continue;  // minimised
    const double now = (*window)->time();
    const double frameSeconds = std::max(now - lastTime, 0.0);
    uiState.framesPerSecond =
        0.9f * uiState.framesPerSecond + 0.1f * static_cast<float>(1.0 / std::max(now - lastTime, 1e-3));
    lastTime = now;
    session.scene.viewportWidth = fbWidth;
    session.scene.viewportHeight = fbHeight;
    (*imgui)->beginFrame(fbWidth, fbHeight, 0.0);
    if (!pendingScript.empty() && frame == 1) {
      if (const Status ran = runScript(pendingScript, options.scriptPath, session.registry); !ran.ok()) {
        log::error(ran.error().text());
        exitCode = 1;
      }
      pendingScript.clear();
    }
    const float pixelScale = winWidth > 0 ? static_cast<float>(fbWidth) / static_cast<float>(winWidth) : 1.0f;
    // The body sits in the middle of the part of the window the panels leave free.
    {
      float left = 0.0f, right = 0.0f;  // ImGui units covered by panels on each side
      if (player) {
        left = options.present ? ui::kPresentPanelWidth : ui::kLessonPanelWidth;
      } else if (uiState.showPanels) {
        left = (options.client ? ui::kClientPanelWidth : ui::kPanelWidth) + 2.0f * ui::kPanelMargin;
        right = options.client ? 0.0f : ui::kPanelWidth + 2.0f * ui::kPanelMargin;
      }
      session.scene.view.centreShift = (left - right) * pixelScale / static_cast<float>(fbWidth);
    }
    const auto keyPresses = (*window)->takeKeyPresses();
    const std::optional<size_t> selectedBefore = session.scene.view.selected;
    ui::handleInput(session.scene, session.registry, uiState, input, pixelScale, keyPresses);
    const std::uint64_t overlaysRevision = session.scene.view.overlays.revision;
    if (player) {
      // A structure picked in the view answers a click step; the selection is the window's pick.
      const lesson::LessonRunner* runner = player->runner();
      const lesson::Step* step = runner != nullptr ? runner->currentStep() : nullptr;
      const auto* click = step != nullptr ? std::get_if<lesson::ClickCompletion>(&step->completion) : nullptr;
      if (click != nullptr && !runner->stepComplete()) {
        if (click->kind == lesson::IdKind::Structure && session.scene.view.selected &&
            session.scene.view.selected != selectedBefore)
          ui::runCommand(session.registry, uiState,
                         "lesson click " + session.atlas.structures[*session.scene.view.selected].id);
        // A TrP is clicked on its X; a zone anywhere inside it on the body.
        if (click->kind != lesson::IdKind::Structure && ImGui::IsMouseReleased(0) && !ImGui::GetIO().WantCaptureMouse) {
          if (click->kind == lesson::IdKind::TriggerPoint) {
            if (const OverlayMarker* marker = ui::markerUnderMouse(session.scene, pixelScale))
              ui::runCommand(session.registry, uiState, "lesson click " + marker->id);
          } else if (const auto* zones = session.overlays.zones()) {
            const ImVec2 mouse = ImGui::GetIO().MousePos;
            if (const auto point = session.scene.pickPoint(mouse.x * pixelScale, mouse.y * pixelScale))
              for (const auto& ref : zones->zonesAt(*point)) {
                ui::runCommand(session.registry, uiState, "lesson click " + ref.text());
                break;
              }
          }
        }
      }
      handleLessonKeys(session.registry, uiState, keyPresses);
      player->poll(now);
      player->advanceTime(frameSeconds);
      player->applyCommands();
      ui::drawLessonPanel(lessonPanelInput(*player, (*imgui)->largeFont(), options.present), session.registry, uiState);
    } else if (options.client) {
      ui::drawPainPanel(panelRows.pain(session.overlays, overlaysRevision), session.registry, uiState, true);
    } else {
      ui::drawExplorePanels(session.scene, session.registry, uiState);
      ui::drawPainPanel(panelRows.pain(session.overlays, overlaysRevision), session.registry, uiState);
      ui::drawZonesPanel(
          !session.overlays.shownZones().empty(),
          [&]() -> const ui::ZonesPanelInput& { return panelRows.zones(session.overlays, overlaysRevision); },
          session.registry, uiState);
    }
    ui::drawMarkerTooltip(session.scene, pixelScale);
    if (session.scene.view.selected != lastSelected) {
      lastSelected = session.scene.view.selected;
      log::info(lastSelected ? "selected " + session.atlas.structures[*lastSelected].id
                             : std::string("selection cleared"));
    }
    session.scene.view.advanceTo(now);
    // While the camera moves (a drag, the wheel, a transition) frames skip multisampling, which costs
    // llvmpipe about twice the frame; the first frame after it stops is drawn with it again.
    const Camera& camera = session.scene.view.camera;
    const bool cameraMoving =
        previousCamera && (camera.pivot != previousCamera->pivot || camera.distance != previousCamera->distance ||
                           camera.orientation != previousCamera->orientation);
    (*renderer)->setSamples(cameraMoving ? 1 : renderOptions.samples);
    previousCamera = camera;
    (*renderer)->resize(fbWidth, fbHeight);
    if (uiState.blackout) {
      glBindFramebuffer(GL_FRAMEBUFFER, 0);
      glViewport(0, 0, fbWidth, fbHeight);
      glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
      glClear(GL_COLOR_BUFFER_BIT);
    } else {
      (*renderer)->render(session.atlas, session.scene.view);
      (*renderer)->blitToScreen(fbWidth, fbHeight);
    }
    if (player) {
      ui::drawLabels(session.scene, options.present ? ui::kPresentPanelWidth : ui::kLessonPanelWidth, 0.0f, pixelScale);
    } else if (options.client) {
      ui::drawLabels(session.scene, ui::kClientPanelWidth + 2.0f * ui::kPanelMargin, 0.0f, pixelScale);
    } else {
      const float inset = uiState.showPanels ? ui::kPanelWidth + 2.0f * ui::kPanelMargin : 0.0f;
      ui::drawLabels(session.scene, inset, inset, pixelScale);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, fbWidth, fbHeight);
    (*imgui)->endFrame(!uiState.blackout);  // blacked out: not the panels either
    ++frame;
    if (frame == 1) session.buildPickingInBackground();  // after the first frame, not competing with it
    if (options.frames > 0 && frame >= options.frames) {
      if (!options.screenshotOnExit.empty()) {
        if (const Status saved = savePng(readWindow(fbWidth, fbHeight), options.screenshotOnExit); !saved.ok())
          log::error(saved.error().text());
      }
      (*window)->requestClose();
    }
    (*window)->swapBuffers();
  }
  return exitCode;
}

}  // namespace myo::app
