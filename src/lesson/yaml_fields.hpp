#pragma once
// Reading typed fields out of yaml-cpp nodes with messages that name file:line:col and say what was
// expected. Internal to the parser; yaml-cpp stays out of the public headers.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lesson/diagnostic.hpp"

namespace myo::lesson {

class Reporter {
 public:
  explicit Reporter(std::string file) : file_(std::move(file)) {}
  void error(SourcePos pos, std::string message);
  void warning(SourcePos pos, std::string message);
  const std::string& file() const { return file_; }
  std::vector<Diagnostic> take() { return std::move(diagnostics_); }

 private:
  std::string file_;
  std::vector<Diagnostic> diagnostics_;
};

// 1-based position of a node; {0, 0} for nodes yaml-cpp gives no mark (nulls, missing nodes).
SourcePos positionOf(const YAML::Node& node);
// "text", "a list", "a mapping" or "nothing", for "expected text, got a list".
std::string describeNode(const YAML::Node& node);

// One YAML mapping with a fixed set of keys. Reports unknown and repeated keys on construction; the
// getters report missing required fields and wrong types, and return nothing in those cases.
class MapFields {
 public:
  MapFields(const YAML::Node& map, std::string what, std::vector<std::string_view> allowed, Reporter& reporter);

  SourcePos pos() const { return pos_; }
  // The value node; an empty optional when the key is absent or its value is null (`title:`).
  std::optional<YAML::Node> value(std::string_view key) const;
  SourcePos keyPos(std::string_view key) const;
  // Where the value is, or its key where the value has no mark.
  SourcePos valuePos(std::string_view key) const;
  bool has(std::string_view key) const { return value(key).has_value(); }

  // `expected` says what a missing value should have been, for the message.
  std::optional<Located<std::string>> text(std::string_view key, bool required,
                                           std::string_view expected = "text") const;
  std::optional<Located<bool>> flag(std::string_view key) const;
  // A list of scalars; a single scalar counts as a list of one.
  std::optional<std::vector<Located<std::string>>> textList(std::string_view key, bool required,
                                                            std::string_view expected = "a list") const;
  // Reports "missing field" for a required key that is absent.
  void missing(std::string_view key, std::string_view expected) const;

  const std::string& what() const { return what_; }
  Reporter& reporter() const { return reporter_; }

 private:
  struct Field {
    std::string key;
    YAML::Node value;
    SourcePos keyPos;
  };
  const Field* find(std::string_view key) const;

  std::vector<Field> fields_;
  std::string what_;
  SourcePos pos_;
  Reporter& reporter_;
};

}  // namespace myo::lesson
