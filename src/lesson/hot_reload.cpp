#include "lesson/hot_reload.hpp"

namespace myo::lesson {

std::vector<Diagnostic> reloadLesson(LessonRunner& runner, const Validator& validator, const std::string& path) {
  LoadedLesson loaded = validator.loadFile(path);
  if (loaded.lesson) runner.reload(std::move(*loaded.lesson));
  return std::move(loaded.diagnostics);
}

}  // namespace myo::lesson
