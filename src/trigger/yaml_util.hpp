#pragma once
// Small helpers for the trigger library's YAML loaders (private to src/trigger): positions as
// `file:line:col` (yaml-cpp marks are 0-based, ours 1-based) and typed reads that fail with a message.
#include <yaml-cpp/yaml.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace myo::trigger::detail {

// Thrown inside a loader and turned into an Error at its boundary.
struct LoadError : std::runtime_error {
  LoadError(std::string where_, const std::string& message) : std::runtime_error(message), where(std::move(where_)) {}
  std::string where;
};

std::string position(const std::string& file, const YAML::Mark& mark);
[[noreturn]] void fail(const std::string& file, const YAML::Node& node, const std::string& message);

// A non-empty string scalar at `key` of `map` (`required` false: empty when absent).
std::string text(const std::string& file, const YAML::Node& map, const char* key, bool required = true);
// A list of string scalars at `key` (a missing key or null is an empty list when not required).
std::vector<std::string> textList(const std::string& file, const YAML::Node& map, const char* key,
                                  bool required = true);

// Parses `text` as one YAML document; syntax errors become LoadError with their position.
YAML::Node parseDocument(const std::string& text, const std::string& file);
// Reads a whole file; LoadError when it cannot be read.
std::string readFile(const std::string& path, const std::string& shownName);

}  // namespace myo::trigger::detail
