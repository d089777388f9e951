#pragma once
// Where something sits in a lesson file, and what is wrong with it. Every message names `file:line:col`
// (1-based, as editors count) and says what was expected, so an instructor can fix a lesson from the
// message alone.
#include <string>
#include <vector>

namespace myo::lesson {

struct SourcePos {
  int line = 0;  // 1-based; 0 when unknown (a file that cannot be read)
  int col = 0;   // 1-based
};

// A value with the place it was written, for messages about it later (validation, runtime errors).
template <class T>
struct Located {
  T value{};
  SourcePos pos;
};

enum class Severity { Error, Warning };

struct Diagnostic {
  std::string file;
  SourcePos pos;
  Severity severity = Severity::Error;
  std::string message;

  // "file:line:col: error: message" (or "file: error: message" without a position).
  std::string text() const;
};

bool hasErrors(const std::vector<Diagnostic>& diagnostics);
// In file order, so the first message is the first problem an author meets reading top to bottom.
void sortByPosition(std::vector<Diagnostic>& diagnostics);

}  // namespace myo::lesson
