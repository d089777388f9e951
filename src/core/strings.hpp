#pragma once
// String helpers shared by the parsers (commands, manifests, headers).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace myo {

std::string_view trim(std::string_view text);
std::vector<std::string_view> splitWhitespace(std::string_view text);
std::vector<std::string_view> split(std::string_view text, char separator);
std::string toLower(std::string_view text);
bool startsWith(std::string_view text, std::string_view prefix);
bool endsWith(std::string_view text, std::string_view suffix);
std::optional<double> parseDouble(std::string_view text);
std::optional<long> parseInt(std::string_view text);
// Levenshtein distance: how many single-character edits turn `a` into `b` ("did you mean" suggestions).
size_t editDistance(std::string_view a, std::string_view b);
// "1280x720" -> {1280, 720}; both at least 1.
std::optional<std::pair<int, int>> parseSize(std::string_view text);

}  // namespace myo
