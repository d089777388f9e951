#include "lesson/command_words.hpp"

namespace myo::lesson {

std::optional<std::vector<CommandWord>> splitCommandWords(std::string_view line) {
  std::vector<CommandWord> words;
  CommandWord word;
  bool inQuotes = false;
  bool hasWord = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (inQuotes) {
      if (c == '"')
        inQuotes = false;
      else
        word.text += c;
      continue;
    }
    if (c == '#' && !hasWord && words.empty()) return std::vector<CommandWord>{};  // a comment line
    const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (space) {
      if (hasWord) words.push_back(std::move(word));
      word = {};
      hasWord = false;
      continue;
    }
    if (!hasWord) word.offset = i;
    hasWord = true;
    if (c == '"')
      inQuotes = true;
    else
      word.text += c;
  }
  if (inQuotes) return std::nullopt;
  if (hasWord) words.push_back(std::move(word));
  return words;
}

}  // namespace myo::lesson
