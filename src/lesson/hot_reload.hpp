#pragma once
// Hot reload for authors: the app calls this when a lesson file changes (the watching lives in the app).
#include <string>
#include <vector>

#include "lesson/runner.hpp"
#include "lesson/validator.hpp"

namespace myo::lesson {

// Reads and checks the file again. Without errors, swaps it into the runner (staying on the current
// step, see LessonRunner::reload); with errors, leaves the runner playing the last good version, so a
// half-typed edit never interrupts the lesson. Returns the diagnostics either way, for the UI to show.
std::vector<Diagnostic> reloadLesson(LessonRunner& runner, const Validator& validator, const std::string& path);

}  // namespace myo::lesson
