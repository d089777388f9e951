#include "trigger/yaml_util.hpp"

#include <fstream>
#include <sstream>

namespace myo::trigger::detail {

std::string position(const std::string& file, const YAML::Mark& mark) {
  if (mark.is_null()) return file;
  return file + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

void fail(const std::string& file, const YAML::Node& node, const std::string& message) {
  throw LoadError(position(file, node.Mark()), message);
}

std::string text(const std::string& file, const YAML::Node& map, const char* key, bool required) {
  const YAML::Node value = map[key];
  if (!value || value.IsNull()) {
    if (required) fail(file, map, std::string("missing `") + key + "`: expected a non-empty text");
    return {};
  }
  if (!value.IsScalar()) fail(file, value, std::string("`") + key + "` must be a text, not a list or map");
  std::string out = value.Scalar();
  if (required && out.empty()) fail(file, value, std::string("`") + key + "` is empty: expected a non-empty text");
  return out;
}

std::vector<std::string> textList(const std::string& file, const YAML::Node& map, const char* key, bool required) {
  const YAML::Node value = map[key];
  if (!value || value.IsNull()) {
    if (required) fail(file, map, std::string("missing `") + key + "`: expected a list");
    return {};
  }
  if (!value.IsSequence()) fail(file, value, std::string("`") + key + "` must be a list such as [a, b]");
  std::vector<std::string> out;
  for (const auto& item : value) {
    if (!item.IsScalar() || item.Scalar().empty())
      fail(file, item, std::string("each entry of `") + key + "` must be a non-empty text");
    out.push_back(item.Scalar());
  }
  return out;
}

YAML::Node parseDocument(const std::string& text, const std::string& file) {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw LoadError(position(file, e.mark), "YAML syntax: " + e.msg);
  }
}

std::string readFile(const std::string& path, const std::string& shownName) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LoadError(shownName, "cannot open the file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace myo::trigger::detail
