#include "lesson/vocabulary.hpp"

#include <algorithm>

#include "lesson/command_words.hpp"

namespace myo::lesson {
namespace {

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

std::string usageLine(const CommandShape& shape) { return shape.name + (shape.usage.empty() ? "" : " " + shape.usage); }

// Same wording as CommandRegistry::execute(), so a lesson and the console say the same thing.
std::string arityMessage(const CommandShape& shape, int count) {
  return "'" + shape.name + "' takes " + (shape.usage.empty() ? "no arguments" : shape.usage) + ", got " +
         std::to_string(count) + " argument" + (count == 1 ? "" : "s") + " (usage: " + usageLine(shape) + ")";
}

LineProblem mismatchProblem(const CommandShape& shape, const std::vector<CommandWord>& words, const ArgsMatch& match) {
  std::vector<std::string> expected = match.expected;
  const bool extraOnly = expected.size() == 1 && expected[0] == "end";
  std::erase(expected, "end");
  const size_t word = match.badArg + 1;  // words[0] is the command name
  if (word >= words.size()) {
    return {words.back().offset + words.back().text.size(),
            "missing argument to '" + shape.name + "' (expected " +
                (expected.size() == 1 ? expected[0] : "one of: " + joined(expected)) + "; usage: " + usageLine(shape) +
                ")"};
  }
  const std::string& arg = words[word].text;
  if (extraOnly) {
    return {words[word].offset,
            "unexpected argument '" + arg + "' to '" + shape.name + "' (usage: " + usageLine(shape) + ")"};
  }
  return {words[word].offset, "wrong argument '" + arg + "' to '" + shape.name + "' (expected " +
                                  (expected.size() == 1 ? expected[0] : "one of: " + joined(expected)) + ")"};
}

}  // namespace

void CommandVocabulary::add(CommandShape shape) {
  std::string name = shape.name;
  auto pattern = parseUsage(shape.usage);
  commands_.insert_or_assign(std::move(name), Entry{std::move(shape), std::move(pattern)});
}

const CommandShape* CommandVocabulary::find(std::string_view name) const {
  const auto it = commands_.find(name);
  return it == commands_.end() ? nullptr : &it->second.shape;
}

std::string CommandVocabulary::names() const {
  std::string out;
  for (const auto& [name, entry] : commands_) out += (out.empty() ? "" : ", ") + name;
  return out;
}

std::vector<LineProblem> CommandVocabulary::check(std::string_view line, const IdChecker& ids) const {
  const auto words = splitCommandWords(line);
  if (!words) return {{line.rfind('"'), "unterminated quote (expected a closing \")"}};
  if (words->empty()) return {{0, "empty command (expected one of: " + names() + ")"}};

  const auto it = commands_.find(words->front().text);
  if (it == commands_.end()) {
    return {
        {words->front().offset, "unknown command '" + words->front().text + "' (expected one of: " + names() + ")"}};
  }
  const Entry& entry = it->second;
  const CommandShape& shape = entry.shape;

  std::vector<std::string> args;
  for (size_t i = 1; i < words->size(); ++i) args.push_back((*words)[i].text);
  const int count = static_cast<int>(args.size());
  if (count < shape.minArgs) return {{words->front().offset, arityMessage(shape, count)}};
  if (shape.maxArgs >= 0 && count > shape.maxArgs) {
    return {{(*words)[static_cast<size_t>(shape.maxArgs) + 1].offset, arityMessage(shape, count)}};
  }
  if (!entry.pattern) return {};

  const ArgsMatch match = matchArgs(*entry.pattern, args);
  if (!match.ok) return {mismatchProblem(shape, *words, match)};
  std::vector<LineProblem> problems;
  if (!ids) return problems;
  for (size_t i = 0; i < args.size(); ++i) {
    if (!match.ids[i]) continue;
    if (auto message = ids(*match.ids[i], args[i])) problems.push_back({(*words)[i + 1].offset, std::move(*message)});
  }
  return problems;
}

}  // namespace myo::lesson
