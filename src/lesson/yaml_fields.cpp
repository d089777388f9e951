#include "lesson/yaml_fields.hpp"

#include <algorithm>

namespace myo::lesson {
namespace {

std::string joined(const std::vector<std::string_view>& words) {
  std::string out;
  for (const auto w : words) out += (out.empty() ? "" : ", ") + std::string(w);
  return out;
}

std::string at(SourcePos pos) { return std::to_string(pos.line) + ":" + std::to_string(pos.col); }

}  // namespace

void Reporter::error(SourcePos pos, std::string message) {
  diagnostics_.push_back({file_, pos, Severity::Error, std::move(message)});
}

void Reporter::warning(SourcePos pos, std::string message) {
  diagnostics_.push_back({file_, pos, Severity::Warning, std::move(message)});
}

SourcePos positionOf(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return {};
  const YAML::Mark mark = node.Mark();
  if (mark.line < 0 || mark.column < 0) return {};
  return {mark.line + 1, mark.column + 1};
}

std::string describeNode(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      return "text '" + node.Scalar() + "'";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a mapping";
    default:
      return "nothing";
  }
}

MapFields::MapFields(const YAML::Node& map, std::string what, std::vector<std::string_view> allowed, Reporter& reporter)
    : what_(std::move(what)), pos_(positionOf(map)), reporter_(reporter) {
  for (auto it = map.begin(); it != map.end(); ++it) {
    const SourcePos keyPos = positionOf(it->first);
    if (!it->first.IsScalar()) {
      reporter_.error(keyPos.line > 0 ? keyPos : pos_,
                      "expected a field name in " + what_ + ", got " + describeNode(it->first));
      continue;
    }
    const std::string key = it->first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      reporter_.error(keyPos,
                      "unknown field '" + key + "' in " + what_ + " (expected one of: " + joined(allowed) + ")");
      continue;
    }
    if (const Field* first = find(key)) {
      reporter_.error(keyPos, "repeated field '" + key + "' in " + what_ + " (first at " + at(first->keyPos) +
                                  "; expected each field once)");
      continue;
    }
    fields_.push_back({key, it->second, keyPos});
  }
}

const MapFields::Field* MapFields::find(std::string_view key) const {
  for (const auto& f : fields_)
    if (f.key == key) return &f;
  return nullptr;
}

std::optional<YAML::Node> MapFields::value(std::string_view key) const {
  const Field* f = find(key);
  if (f == nullptr || !f->value.IsDefined() || f->value.IsNull()) return std::nullopt;
  return f->value;
}

SourcePos MapFields::keyPos(std::string_view key) const {
  const Field* f = find(key);
  return f == nullptr ? pos_ : f->keyPos;
}

SourcePos MapFields::valuePos(std::string_view key) const {
  const Field* f = find(key);
  if (f == nullptr) return pos_;
  const SourcePos pos = positionOf(f->value);
  return pos.line > 0 ? pos : f->keyPos;
}

void MapFields::missing(std::string_view key, std::string_view expected) const {
  const Field* f = find(key);
  if (f != nullptr) {  // present but empty (`title:`)
    reporter_.error(f->keyPos,
                    "empty field '" + std::string(key) + "' in " + what_ + " (expected " + std::string(expected) + ")");
  } else {
    reporter_.error(
        pos_, "missing field '" + std::string(key) + "' in " + what_ + " (expected " + std::string(expected) + ")");
  }
}

std::optional<Located<std::string>> MapFields::text(std::string_view key, bool required,
                                                    std::string_view expected) const {
  const auto node = value(key);
  if (!node) {
    if (required) missing(key, expected);
    return std::nullopt;
  }
  if (!node->IsScalar()) {
    reporter_.error(valuePos(key),
                    "expected text for '" + std::string(key) + "' in " + what_ + ", got " + describeNode(*node));
    return std::nullopt;
  }
  if (required && node->Scalar().empty()) {
    missing(key, expected);
    return std::nullopt;
  }
  return Located<std::string>{node->Scalar(), valuePos(key)};
}

std::optional<Located<bool>> MapFields::flag(std::string_view key) const {
  const auto node = value(key);
  if (!node) return std::nullopt;
  const std::string word = node->IsScalar() ? node->Scalar() : std::string();
  if (word == "true" || word == "yes") return Located<bool>{true, valuePos(key)};
  if (word == "false" || word == "no") return Located<bool>{false, valuePos(key)};
  reporter_.error(valuePos(key),
                  "expected true or false for '" + std::string(key) + "' in " + what_ + ", got " + describeNode(*node));
  return std::nullopt;
}

std::optional<std::vector<Located<std::string>>> MapFields::textList(std::string_view key, bool required,
                                                                     std::string_view expected) const {
  const auto node = value(key);
  if (!node) {
    if (required) missing(key, expected);
    return std::nullopt;
  }
  std::vector<Located<std::string>> out;
  if (node->IsScalar()) {
    out.push_back({node->Scalar(), valuePos(key)});
    return out;
  }
  if (!node->IsSequence()) {
    reporter_.error(valuePos(key),
                    "expected a list for '" + std::string(key) + "' in " + what_ + ", got " + describeNode(*node));
    return std::nullopt;
  }
  for (const auto& item : *node) {
    if (!item.IsScalar()) {
      const SourcePos pos = positionOf(item);
      reporter_.error(pos.line > 0 ? pos : valuePos(key), "expected text in the list '" + std::string(key) + "' in " +
                                                              what_ + ", got " + describeNode(item));
      continue;
    }
    out.push_back({item.Scalar(), positionOf(item)});
  }
  if (required && out.empty()) {
    missing(key, expected);
    return std::nullopt;
  }
  return out;
}

}  // namespace myo::lesson
