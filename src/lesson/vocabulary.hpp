#pragma once
// The commands a lesson may use, as data: names, argument counts and usage strings, taken from the app's
// CommandRegistry (commands/) so the lesson library keeps below it (DESIGN.md: lesson sits under commands)
// and knows no command by name. New commands (`show trp ID`, zones) become valid in lessons the moment the
// app registers them.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lesson/id_kind.hpp"
#include "lesson/usage_pattern.hpp"

namespace myo::lesson {

struct CommandShape {
  std::string name;
  std::string usage;  // as in help: "<on|off|toggle>"; see usage_pattern.hpp for what is checked
  int minArgs = 0;
  int maxArgs = 0;  // -1: any number
};

// A problem in one command line, at a byte offset in that line.
struct LineProblem {
  size_t offset = 0;
  std::string message;
};

class CommandVocabulary {
 public:
  void add(CommandShape shape);

  // Takes every command of a registry with CommandRegistry's shape (all() returning CommandSpec
  // pointers). A template so that this header needs nothing from commands/.
  template <class Registry>
  static CommandVocabulary fromRegistry(const Registry& registry) {
    CommandVocabulary vocabulary;
    for (const auto* spec : registry.all()) vocabulary.add({spec->name, spec->usage, spec->minArgs, spec->maxArgs});
    return vocabulary;
  }

  const CommandShape* find(std::string_view name) const;
  std::string names() const;  // "focus, hide, ...", for "expected one of" messages

  // Checks a command line: known name, argument count, arguments against the usage, ids through `ids`
  // (skipped when empty). No problems means the line would be accepted by the registry's checks.
  std::vector<LineProblem> check(std::string_view line, const IdChecker& ids) const;

 private:
  struct Entry {
    CommandShape shape;
    std::optional<UsagePattern> pattern;  // none when the usage is outside the grammar
  };
  std::map<std::string, Entry, std::less<>> commands_;
};

}  // namespace myo::lesson
