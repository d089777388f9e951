#include "ui/lesson_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <variant>

#include "lesson/narration.hpp"

namespace myo::ui {
namespace {

const ImVec4 kText(0.78f, 0.80f, 0.85f, 1.0f);
const ImVec4 kStrong(1.0f, 0.97f, 0.88f, 1.0f);
const ImVec4 kEmphasis(0.55f, 0.80f, 1.0f, 1.0f);
const ImVec4 kDim(0.55f, 0.58f, 0.64f, 1.0f);
const ImVec4 kRight(0.40f, 0.85f, 0.45f, 1.0f);
const ImVec4 kWrong(1.0f, 0.50f, 0.42f, 1.0f);
const ImVec4 kAccent(1.0f, 0.80f, 0.35f, 1.0f);

void withFont(ImFont* font, const auto& draw) {
  if (font != nullptr) ImGui::PushFont(font);
  draw();
  if (font != nullptr) ImGui::PopFont();
}

void wrappedText(const ImVec4& colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

// Spans laid out word by word so colours can change inside a wrapped paragraph.
void drawSpans(const std::vector<lesson::Span>& spans) {
  struct Word {
    std::string text;
    const ImVec4* colour;
    bool spaceBefore;
  };
  std::vector<Word> words;
  bool pendingSpace = false;
  for (const auto& span : spans) {
    const ImVec4* colour = span.strong ? &kStrong : span.emphasis ? &kEmphasis : &kText;
    std::string word;
    bool wordSpace = false;
    for (const char c : span.text) {
      if (std::isspace(static_cast<unsigned char>(c)) != 0) {
        if (!word.empty()) words.push_back({word, colour, wordSpace});
        word.clear();
        pendingSpace = true;
      } else {
        if (word.empty()) wordSpace = pendingSpace;
        pendingSpace = false;
        word += c;
      }
    }
    if (!word.empty()) words.push_back({word, colour, wordSpace});
  }
  const float right = ImGui::GetWindowContentRegionMax().x;
  const float space = ImGui::CalcTextSize(" ").x;
  bool first = true;
  for (const auto& word : words) {
    const float width = ImGui::CalcTextSize(word.text.c_str()).x;
    if (!first) {
      ImGui::SameLine(0.0f, word.spaceBefore ? space : 0.0f);
      if (word.spaceBefore && ImGui::GetCursorPosX() + width > right) ImGui::NewLine();
    }
    first = false;
    ImGui::PushStyleColor(ImGuiCol_Text, *word.colour);
    ImGui::TextUnformatted(word.text.c_str());
    ImGui::PopStyleColor();
  }
}

void drawNarration(const std::string& narration) {
  const auto blocks = lesson::formatNarration(narration);
  for (size_t i = 0; i < blocks.size(); ++i) {
    const auto& block = blocks[i];
    const bool listItem = block.kind != lesson::Block::Kind::Paragraph;
    if (i > 0 && !(listItem && blocks[i - 1].kind != lesson::Block::Kind::Paragraph)) ImGui::Spacing();
    if (!listItem) {
      drawSpans(block.spans);
      continue;
    }
    const float indent = 26.0f;
    ImGui::Indent(8.0f);
    if (block.kind == lesson::Block::Kind::Bullet) {
      ImGui::Bullet();
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, kDim);
      ImGui::Text("%d.", block.number);
      ImGui::PopStyleColor();
    }
    ImGui::SameLine(8.0f + indent);
    ImGui::Indent(indent);
    drawSpans(block.spans);
    ImGui::Unindent(indent);
    ImGui::Unindent(8.0f);
  }
}

void drawTick(ImVec2 at, float size, ImU32 colour) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 points[3] = {ImVec2(at.x + size * 0.15f, at.y + size * 0.55f),
                            ImVec2(at.x + size * 0.4f, at.y + size * 0.8f),
                            ImVec2(at.x + size * 0.88f, at.y + size * 0.22f)};
  list->AddPolyline(points, 3, colour, ImDrawFlags_None, 2.5f);
}

bool colouredButton(const std::string& label, const ImVec4& colour, float width, float height) {
  ImGui::PushStyleColor(ImGuiCol_Button, colour);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(colour.x * 1.15f, colour.y * 1.15f, colour.z * 1.15f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(colour.x * 1.3f, colour.y * 1.3f, colour.z * 1.3f, 1.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
  const bool pressed = ImGui::Button(label.c_str(), ImVec2(width, height));
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(3);
  return pressed;
}

void drawFeedback(const lesson::LessonRunner& runner) {
  const auto& feedback = runner.lastFeedback();
  if (runner.stepComplete()) {
    wrappedText(kRight, feedback && !feedback->text.empty() ? feedback->text : "Right!");
  } else if (feedback && !feedback->correct) {
    wrappedText(kWrong, feedback->text.empty() ? "Not quite. Try again." : "Not quite. " + feedback->text);
  }
}

void drawQuiz(const lesson::LessonRunner& runner, const lesson::QuizCompletion& quiz, const CommandRegistry& registry,
              UiState& ui) {
  wrappedText(kStrong, quiz.question.value);
  ImGui::Spacing();
  const bool complete = runner.stepComplete();
  const auto chosen = runner.lastChoice();
  const float width = ImGui::GetContentRegionAvail().x;
  for (size_t i = 0; i < quiz.choices.size(); ++i) {
    const auto& choice = quiz.choices[i];
    const bool picked = chosen == i;
    ImVec4 colour(0.22f, 0.30f, 0.42f, 1.0f);
    if (picked)
      colour = choice.correct ? ImVec4(0.16f, 0.45f, 0.22f, 1.0f) : ImVec4(0.55f, 0.20f, 0.18f, 1.0f);
    else if (complete && choice.correct)
      colour = ImVec4(0.16f, 0.45f, 0.22f, 1.0f);
    ImGui::PushID(static_cast<int>(i));
    if (complete) ImGui::BeginDisabled();
    const std::string label = "  " + std::to_string(i + 1) + ".  " + choice.answer.value;
    if (colouredButton(label, colour, width, 34.0f) && !complete)
      runCommand(registry, ui, "lesson answer " + std::to_string(i + 1));
    if (complete) ImGui::EndDisabled();
    ImGui::PopID();
    if (picked && !choice.feedback.value.empty()) {
      ImGui::Indent(12.0f);
      wrappedText(choice.correct ? kRight : kWrong, choice.feedback.value);
      ImGui::Unindent(12.0f);
    }
    ImGui::Spacing();
  }
  if (!complete && chosen && runner.pendingReview() == nullptr) wrappedText(kDim, "Pick another answer.");
}

void drawTask(const lesson::LessonRunner& runner, const lesson::Step& step, const LessonPanelInput& input,
              const CommandRegistry& registry, UiState& ui) {
  std::visit(
      [&](const auto& completion) {
        using T = std::decay_t<decltype(completion)>;
        if constexpr (std::is_same_v<T, lesson::QuizCompletion>) {
          drawQuiz(runner, completion, registry, ui);
        } else if constexpr (std::is_same_v<T, lesson::ClickCompletion>) {
          if (!runner.stepComplete()) wrappedText(kAccent, "Your turn: click the structure in the 3D view.");
          drawFeedback(runner);
        } else if constexpr (std::is_same_v<T, lesson::MarkCompletion>) {
          if (!runner.stepComplete()) {
            wrappedText(kAccent, "Your turn: mark the region on the body.");
            ImGui::SetNextItemWidth(-1.0f);
            if (ImGui::BeginCombo("##mark", "Choose a body region...", ImGuiComboFlags_HeightLarge)) {
              for (const auto& [id, name] : input.regions)
                if (ImGui::Selectable(name.c_str())) runCommand(registry, ui, "lesson mark " + id);
              ImGui::EndCombo();
            }
          }
          drawFeedback(runner);
        } else if constexpr (std::is_same_v<T, lesson::WaitCompletion>) {
          const double left = runner.secondsLeft();
          if (left > 0.0) {
            const double total = std::max(completion.seconds.value, 1e-3);
            ImGui::ProgressBar(static_cast<float>(1.0 - left / total), ImVec2(-1.0f, 6.0f), "");
            ImGui::PushStyleColor(ImGuiCol_Text, kDim);
            ImGui::Text("Moves on by itself in %.0f s", std::ceil(left));
            ImGui::PopStyleColor();
          }
        }
      },
      step.completion);
  if (const lesson::Step* review = runner.pendingReview())
    wrappedText(kAccent, "Press Next for a short review (" + review->title.value + "), then answer again.");
}

void drawBanner(const LessonPanelInput& input) {
  if (input.problems == nullptr || !lesson::hasErrors(*input.problems)) return;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.35f, 0.10f, 0.10f, 1.0f));
  int lines = 0;
  for (const auto& problem : *input.problems) lines += problem.severity == lesson::Severity::Error ? 1 : 0;
  const float height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(std::min(lines, 3) * 2 + 2) + 12.0f;
  ImGui::BeginChild("##banner", ImVec2(0, height), false);
  ImGui::SetCursorPos(ImVec2(8, 6));
  ImGui::Indent(8.0f);
  wrappedText(kStrong, input.runner != nullptr
                           ? "The lesson file has errors: still playing the last good version."
                           : "The lesson file has errors and cannot start. Fix it and save: it reloads by itself.");
  int shown = 0;
  for (const auto& problem : *input.problems) {
    if (problem.severity != lesson::Severity::Error || shown++ >= 3) continue;
    wrappedText(ImVec4(1.0f, 0.75f, 0.70f, 1.0f), problem.text());
  }
  ImGui::Unindent(8.0f);
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::Spacing();
}

bool isDone(const lesson::LessonRunner& runner, const lesson::LessonProgress& progress, size_t index) {
  const auto& step = runner.lesson().steps[index];
  if (const auto record = progress.steps.find(step.id.value); record != progress.steps.end() && record->second.complete)
    return true;
  if (lesson::isQuestion(step.completion)) return false;
  return runner.finished() || index < runner.currentIndex();
}

void drawStepList(const lesson::LessonRunner& runner, const CommandRegistry& registry, UiState& ui) {
  const auto progress = runner.progress();
  const auto& steps = runner.lesson().steps;
  // A review step belongs to the question it explains: that question stays highlighted.
  const size_t anchor = runner.inReview() && !progress.detour.empty()
                            ? runner.lesson().stepIndex(progress.detour.front()).value_or(runner.currentIndex())
                            : runner.currentIndex();
  size_t number = 0;
  for (size_t i = 0; i < steps.size(); ++i) {
    if (steps[i].review) continue;
    ++number;
    const bool current = i == anchor && !runner.finished();
    const bool done = isDone(runner, progress, i);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    if (done) drawTick(ImVec2(at.x, at.y + 2.0f), line, ImGui::GetColorU32(kRight));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + line + 6.0f);
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushStyleColor(ImGuiCol_Text, current ? kStrong : done ? kText : kDim);
    const std::string label = std::to_string(number) + ". " + steps[i].title.value;
    // Steps already reached can be revisited; later ones open in order.
    if (ImGui::Selectable(label.c_str(), current) && !current && (done || i < runner.currentIndex()))
      runCommand(registry, ui, "lesson goto " + steps[i].id.value);
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
}

void drawNavigation(const lesson::LessonRunner& runner, const CommandRegistry& registry, UiState& ui) {
  const float width = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  const float height = 38.0f;
  ImGui::BeginDisabled(!runner.canGoBack());
  if (ImGui::Button("<  Back", ImVec2(width, height))) runCommand(registry, ui, "lesson back");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (runner.finished()) {
    if (colouredButton("   Start again", ImVec4(0.22f, 0.30f, 0.42f, 1.0f), width, height))
      runCommand(registry, ui, "lesson restart");
    return;
  }
  const bool canGo = runner.canGoNext();
  ImGui::BeginDisabled(!canGo);
  const ImVec4 colour = canGo ? ImVec4(0.18f, 0.42f, 0.72f, 1.0f) : ImVec4(0.22f, 0.25f, 0.30f, 1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Button, colour);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(colour.x * 1.2f, colour.y * 1.2f, colour.z * 1.2f, 1.0f));
  const bool last =
      runner.position() == runner.mainStepCount() && !runner.inReview() && runner.pendingReview() == nullptr;
  if (ImGui::Button(last ? "Finish" : "Next  >", ImVec2(width, height))) runCommand(registry, ui, "lesson next");
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar();
  ImGui::EndDisabled();
}

void drawFinished(const lesson::LessonRunner& runner, const LessonPanelInput& input) {
  const lesson::Score score = runner.score();
  withFont(input.largeFont, [] { wrappedText(kRight, "Lesson complete"); });
  ImGui::Spacing();
  if (score.questions > 0) {
    withFont(input.largeFont, [&] { ImGui::Text("Score: %d / %d", score.correctFirstTry, score.questions); });
    wrappedText(kText, "questions answered right the first time.");
    ImGui::ProgressBar(static_cast<float>(score.correctFirstTry) / static_cast<float>(score.questions),
                       ImVec2(-1.0f, 10.0f), "");
  }
  ImGui::Spacing();
  if (!runner.lesson().objectives.empty()) {
    wrappedText(kDim, "You can now:");
    for (const auto& objective : runner.lesson().objectives) {
      ImGui::Bullet();
      ImGui::SameLine();
      wrappedText(kText, objective.value);
    }
  }
}

}  // namespace

void drawLessonPanel(const LessonPanelInput& input, const CommandRegistry& registry, UiState& ui) {
  const ImGuiIO& io = ImGui::GetIO();
  const float margin = 10.0f;
  ImGui::SetNextWindowPos(ImVec2(margin, margin));
  const float width = input.presenting ? kPresentPanelWidth : kLessonPanelWidth;
  ImGui::SetNextWindowSize(ImVec2(width - 2.0f * margin, io.DisplaySize.y - 2.0f * margin));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16.0f, 14.0f));
  ImGui::Begin("Lesson", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleVar();
  const lesson::LessonRunner* runner = input.runner;
  if (runner == nullptr) {
    withFont(input.largeFont, [] { wrappedText(kStrong, "Lesson"); });
    wrappedText(kDim, input.path);
    ImGui::Spacing();
    drawBanner(input);
    ImGui::End();
    return;
  }
  const lesson::Lesson& lesson = runner->lesson();
  ImGui::PushStyleColor(ImGuiCol_Text, kDim);
  ImGui::TextUnformatted("LESSON");
  ImGui::PopStyleColor();
  withFont(input.largeFont, [&] { wrappedText(kStrong, lesson.title.value); });
  const size_t count = runner->mainStepCount();
  const size_t position = runner->finished() ? count : runner->position();
  const lesson::Score score = runner->score();
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImVec4(0.30f, 0.60f, 0.95f, 1.0f));
  ImGui::ProgressBar(count == 0 ? 1.0f : static_cast<float>(position) / static_cast<float>(count), ImVec2(-1.0f, 6.0f),
                     "");
  ImGui::PopStyleColor();
  ImGui::PushStyleColor(ImGuiCol_Text, kDim);
  if (runner->finished())
    ImGui::Text("All %zu steps done", count);
  else
    ImGui::Text("Step %zu of %zu%s", position, count, runner->inReview() ? "  ·  review" : "");
  if (score.answered > 0) {
    ImGui::SameLine();
    const std::string text = "Score " + std::to_string(score.correctFirstTry) + "/" + std::to_string(score.questions);
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(text.c_str()).x);
    ImGui::TextUnformatted(text.c_str());
  }
  ImGui::PopStyleColor();
  ImGui::Spacing();
  drawBanner(input);
  ImGui::Separator();
  ImGui::Spacing();

  // The step, scrolling on its own; Back / Next and the step list stay in view below it.
  const float stepLines = input.presenting ? 0.0f : static_cast<float>(count) * ImGui::GetTextLineHeightWithSpacing();
  const float footer = 38.0f + stepLines + ImGui::GetStyle().ItemSpacing.y * 4.0f + 24.0f +
                       (ui.messageIsError && !ui.message.empty() ? 44.0f : 0.0f);
  ImGui::BeginChild("##step", ImVec2(0, -footer), false);
  if (const lesson::Step* step = runner->currentStep()) {
    if (runner->inReview()) wrappedText(kAccent, "REVIEW");
    withFont(input.largeFont, [&] { wrappedText(kStrong, step->title.value); });
    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.1f);
    drawNarration(step->narration.value);
    ImGui::Spacing();
    ImGui::Spacing();
    drawTask(*runner, *step, input, registry, ui);
    ImGui::SetWindowFontScale(1.0f);
    // The instructor's notes, folded away so a student's screen stays the lesson (presenter mode will move
    // them to a second window).
    if (!step->notes.value.empty()) {
      ImGui::Spacing();
      if (ImGui::CollapsingHeader("Presenter notes")) {
        ImGui::PushStyleColor(ImGuiCol_Text, kDim);
        ImGui::TextWrapped("%s", step->notes.value.c_str());
        ImGui::PopStyleColor();
      }
    }
  } else {
    drawFinished(*runner, input);
  }
  ImGui::EndChild();

  if (ui.messageIsError && !ui.message.empty()) wrappedText(kWrong, ui.message);
  ImGui::Separator();
  ImGui::Spacing();
  drawNavigation(*runner, registry, ui);
  ImGui::Spacing();
  if (!input.presenting) drawStepList(*runner, registry, ui);
  if (!input.progressProblem.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kDim);
    ImGui::TextWrapped("Progress not saved: %s", input.progressProblem.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::End();
}

}  // namespace myo::ui
