#include "lesson/diagnostic.hpp"

#include <algorithm>

namespace myo::lesson {

std::string Diagnostic::text() const {
  std::string out = file;
  if (pos.line > 0) {
    out.append(":").append(std::to_string(pos.line));
    out.append(":").append(std::to_string(pos.col));
  }
  out.append(severity == Severity::Error ? ": error: " : ": warning: ");
  out.append(message);
  return out;
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

void sortByPosition(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.file != b.file) return a.file < b.file;
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    return a.pos.col < b.pos.col;
  });
}

}  // namespace myo::lesson
