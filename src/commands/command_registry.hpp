#pragma once
// The one command vocabulary (DESIGN.md): keys, buttons, lesson steps, --script files and tests all run
// commands by name, e.g. `view posterior`, `isolate trapezius.r`, `xray on`, `screenshot out.png`.
// Commands are declared once with their usage; the registry checks arity and reports what was expected.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace myo {

using CommandArgs = std::vector<std::string>;
using CommandHandler = std::function<Status(const CommandArgs& args)>;

struct CommandSpec {
  std::string name;
  std::string usage;    // the arguments, e.g. "<anterior|posterior|left|right|superior|inferior>"
  std::string summary;  // one line for help and the console
  int minArgs = 0;
  int maxArgs = 0;      // -1: any number
  CommandHandler handler;
};

// Splits a command line into words; double quotes group words ("my file.png"). Empty on a blank or
// comment (#) line. Fails on an unterminated quote.
Result<CommandArgs> tokenizeCommand(std::string_view line);

class CommandRegistry {
 public:
  void add(CommandSpec spec);
  const CommandSpec* find(std::string_view name) const;
  std::vector<const CommandSpec*> all() const;

  // Runs one command line. Errors say what was expected (usage) and never throw.
  Status execute(std::string_view line) const;

 private:
  std::map<std::string, CommandSpec, std::less<>> commands_;
};

// Runs a script, one command per line, stopping at the first error, which names `file:line`.
Status runScript(std::string_view text, const std::string& fileName, const CommandRegistry& registry);

}  // namespace myo
