#pragma once
// The completion fields of a step (wait, click, quiz, mark). Internal to the parser.
#include "lesson/lesson.hpp"
#include "lesson/yaml_fields.hpp"

namespace myo::lesson {

inline constexpr std::string_view kCompletionFields[] = {"wait", "click", "quiz", "mark"};

// The step's completion; NextCompletion when none is given or the one given is malformed (reported).
Completion parseCompletion(const MapFields& step);

}  // namespace myo::lesson
