#pragma once
// Helpers for the lesson tests: the real view vocabulary (from the commands library, so tests fail when
// the two drift apart) and id checkers over fixed id lists.
#include <string>
#include <vector>

#include "lesson/id_kind.hpp"
#include "lesson/validator.hpp"

namespace myo::lesson::testing {

// The commands of registerViewCommands(), as a lesson sees them.
CommandVocabulary viewVocabulary();

// Known ids per kind; a query id without a side matches either side (idMatches). Unknown ids give
// "unknown <kind> id 'x'".
struct KnownIds {
  std::vector<std::string> structures, triggerPoints, zones, regions;
};
IdChecker idChecker(KnownIds ids);

// The vocabulary above, with the right-shoulder ids the example lessons and the corpus use.
Validator shoulderValidator();

// Files in the source tree.
std::string sourcePath(const std::string& relative);
std::string readText(const std::string& path);

}  // namespace myo::lesson::testing
