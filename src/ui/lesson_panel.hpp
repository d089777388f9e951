#pragma once
// Lesson mode's panel: the lesson's title and progress, the step's narration (formatted), what the step
// asks (quiz choices with their feedback, a click, a region to mark, a timer), Back / Next, the step list
// and the final score; a banner when an edit of the lesson file has errors (the last good version keeps
// playing). It changes the lesson and the view only through commands (`lesson next`, `lesson answer 2`).
#include <string>
#include <utility>
#include <vector>

#include "commands/command_registry.hpp"
#include "lesson/diagnostic.hpp"
#include "lesson/runner.hpp"
#include "ui/ui_state.hpp"

struct ImFont;

namespace myo::ui {

// Width of the lesson panel in window pixels, margins included: labels keep clear of it.
inline constexpr float kLessonPanelWidth = 460.0f;

// Present mode's panel: wider for its larger text, without the step list (the clicker steps).
inline constexpr float kPresentPanelWidth = 640.0f;

struct LessonPanelInput {
  const lesson::LessonRunner* runner = nullptr;  // null: the lesson has not loaded (problems say why)
  bool presenting = false;                       // Present mode (kPresentPanelWidth, no step list)
  const std::vector<lesson::Diagnostic>* problems = nullptr;
  std::string path;                                          // the lesson file, for the banner
  std::vector<std::pair<std::string, std::string>> regions;  // id and name of the regions a mark step offers
  std::string progressProblem;                               // progress that could not be loaded or saved
  ImFont* largeFont = nullptr;
};

void drawLessonPanel(const LessonPanelInput& input, const CommandRegistry& registry, UiState& ui);

}  // namespace myo::ui
