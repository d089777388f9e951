#include "lesson/lint.hpp"

namespace myo::lesson {

int lintFiles(const std::vector<std::string>& paths, const Validator& validator, std::ostream& out) {
  if (paths.empty()) {
    out << "lint: no lesson files given (expected one or more .yaml files)\n";
    return 1;
  }
  bool failed = false;
  for (const auto& path : paths) {
    const LoadedLesson loaded = validator.loadFile(path);
    for (const auto& diagnostic : loaded.diagnostics) out << diagnostic.text() << '\n';
    failed = failed || hasErrors(loaded.diagnostics);
  }
  return failed ? 1 : 0;
}

}  // namespace myo::lesson
