#pragma once
// Splits a lesson's command line into words with their offsets, so a message can point at the very
// argument that is wrong. The splitting rules are those of tokenizeCommand() in commands/ (double quotes
// group words, a leading # makes a comment); the lesson library sits below commands and cannot call it,
// and that function gives no offsets. A test holds the two to the same results.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace myo::lesson {

struct CommandWord {
  std::string text;
  size_t offset = 0;  // of the word's first character (its opening quote, when quoted) in the line
};

// Words of the line; empty for a blank or comment line; nothing on an unterminated quote.
std::optional<std::vector<CommandWord>> splitCommandWords(std::string_view line);

}  // namespace myo::lesson
