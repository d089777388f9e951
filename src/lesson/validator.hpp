#pragma once
// What a lesson means, checked against what the app knows: the command vocabulary (names, argument
// counts and usages, from the CommandRegistry) and the ids of the atlas (through an IdChecker). Both are
// injected, so commands and content that arrive later (TrPs, zones, regions) need no change here.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lesson/diagnostic.hpp"
#include "lesson/id_kind.hpp"
#include "lesson/lesson.hpp"
#include "lesson/vocabulary.hpp"

namespace myo::lesson {

// A lesson ready to play, or the reasons it is not.
struct LoadedLesson {
  std::optional<Lesson> lesson;         // present only when no diagnostic is an error
  std::vector<Diagnostic> diagnostics;  // errors and warnings, in file order
};

class Validator {
 public:
  // `ids` may be empty: ids are then not checked (e.g. linting without an atlas at hand).
  explicit Validator(CommandVocabulary vocabulary, IdChecker ids = {});

  // Meaning checks on a parsed lesson: ids and references, duplicate step ids, commands, quiz answers.
  std::vector<Diagnostic> validate(const Lesson& lesson) const;

  // Parse and validate.
  LoadedLesson loadText(std::string_view text, const std::string& fileName) const;
  LoadedLesson loadFile(const std::string& path) const;

  const CommandVocabulary& vocabulary() const { return vocabulary_; }
  const IdChecker& ids() const { return ids_; }

 private:
  CommandVocabulary vocabulary_;
  IdChecker ids_;
};

}  // namespace myo::lesson
