#include "commands/command_registry.hpp"

#include "core/strings.hpp"

namespace myo {

Result<CommandArgs> tokenizeCommand(std::string_view line) {
  CommandArgs words;
  std::string word;
  bool inQuotes = false;
  bool hasWord = false;
  for (const char c : line) {
    if (inQuotes) {
      if (c == '"')
        inQuotes = false;
      else
        word += c;
      continue;
    }
    if (c == '#' && !hasWord && words.empty()) return CommandArgs{};  // a comment line
    if (c == '"') {
      inQuotes = true;
      hasWord = true;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      if (hasWord) words.push_back(std::move(word));
      word.clear();
      hasWord = false;
    } else {
      word += c;
      hasWord = true;
    }
  }
  if (inQuotes) return Error{"", "unterminated quote (expected a closing \")"};
  if (hasWord) words.push_back(std::move(word));
  return words;
}

void CommandRegistry::add(CommandSpec spec) {
  std::string name = spec.name;
  commands_.insert_or_assign(std::move(name), std::move(spec));
}

const CommandSpec* CommandRegistry::find(std::string_view name) const {
  const auto it = commands_.find(name);
  return it == commands_.end() ? nullptr : &it->second;
}

std::vector<const CommandSpec*> CommandRegistry::all() const {
  std::vector<const CommandSpec*> out;
  out.reserve(commands_.size());
  for (const auto& [name, spec] : commands_) out.push_back(&spec);
  return out;
}

Status CommandRegistry::execute(std::string_view line) const {
  auto words = tokenizeCommand(line);
  if (!words) return words.error();
  if (words->empty()) return {};
  const std::string name = words->front();
  const CommandSpec* spec = find(name);
  if (spec == nullptr) {
    std::string known;
    for (const auto& [n, s] : commands_) known += (known.empty() ? "" : ", ") + n;
    return Error{"", "unknown command '" + name + "' (expected one of: " + known + ")"};
  }
  CommandArgs args(words->begin() + 1, words->end());
  const int count = static_cast<int>(args.size());
  if (count < spec->minArgs || (spec->maxArgs >= 0 && count > spec->maxArgs)) {
    return Error{"", "'" + name + "' takes " + (spec->usage.empty() ? "no arguments" : spec->usage) + ", got " +
                         std::to_string(count) + " argument" + (count == 1 ? "" : "s") + " (usage: " + name +
                         (spec->usage.empty() ? "" : " " + spec->usage) + ")"};
  }
  Status status = spec->handler(args);
  if (!status.ok() && status.error().where.empty()) return Error{name, status.error().message};
  return status;
}

Status runScript(std::string_view text, const std::string& fileName, const CommandRegistry& registry) {
  int lineNumber = 0;
  for (const auto line : split(text, '\n')) {
    ++lineNumber;
    const Status status = registry.execute(line);
    if (!status.ok()) return Error{fileName + ":" + std::to_string(lineNumber), status.error().text()};
  }
  return {};
}

}  // namespace myo
