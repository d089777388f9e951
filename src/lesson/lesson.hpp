#pragma once
// A lesson as written in its file (see lessons/ and docs in parser.hpp): plain data with the source
// position of every field, so the validator, the runner and the app can point at the line to fix.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "lesson/diagnostic.hpp"
#include "lesson/id_kind.hpp"

namespace myo::lesson {

enum class Audience { Student, Instructor, Client };
std::string_view audienceName(Audience audience);

// One command of the one vocabulary (`view posterior`), run when a step is entered.
struct CommandLine {
  std::string text;
  SourcePos pos;  // of the first character of the command
};

// Completion conditions: what ends a step.
struct NextCompletion {};  // the default: the student (or the clicker) moves on
struct WaitCompletion {    // the step moves on by itself after this long
  Located<double> seconds;
};
struct ClickCompletion {  // click this structure, TrP or zone (an id without a side accepts either side)
  IdKind kind = IdKind::Structure;
  Located<std::string> target;
};
struct Choice {
  Located<std::string> answer;
  bool correct = false;
  Located<std::string> feedback;               // shown after this choice is picked
  std::optional<Located<std::string>> review;  // a wrong answer leads to this step id, then back
  SourcePos pos;
};
struct QuizCompletion {  // multiple choice, exactly one correct answer
  Located<std::string> question;
  std::vector<Choice> choices;
  SourcePos pos;
};
struct MarkCompletion {  // mark a body region on the model; any of these region ids is right
  std::vector<Located<std::string>> regions;
  SourcePos pos;
};
using Completion = std::variant<NextCompletion, WaitCompletion, ClickCompletion, QuizCompletion, MarkCompletion>;

// True for completions that ask the student something (and so count in the score).
bool isQuestion(const Completion& completion);

struct Step {
  Located<std::string> id;
  Located<std::string> title;
  Located<std::string> narration;  // simple formatting: see narration.hpp
  std::vector<CommandLine> commands;
  Located<std::string> notes;  // presenter notes, shown only to the presenter
  Located<std::string> hint;   // shown after a wrong click or mark
  Completion completion;
  bool review = false;  // a review step: reached only from a wrong answer, skipped in the normal order
  SourcePos pos;
};

struct Lesson {
  std::string file;  // as given to the parser; names the file in messages
  Located<std::string> id;
  Located<std::string> title;
  std::vector<Located<Audience>> audience;
  Located<int> durationSeconds;  // the author's estimate
  std::vector<Located<std::string>> objectives;
  std::vector<CommandLine> setup;  // run before the first step and before every replay (see runner.hpp)
  std::vector<Step> steps;
  SourcePos pos;

  // Index of the step with this id, if any.
  std::optional<size_t> stepIndex(std::string_view stepId) const;
};

}  // namespace myo::lesson
