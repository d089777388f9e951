#include "atlas/landmarks/yaml_rewrite.hpp"

#include <cstdio>
#include <vector>

#include "core/strings.hpp"

namespace myo::landmarks {
namespace {

size_t indentOf(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

bool isContent(std::string_view line) {
  const std::string_view t = trim(line);
  return !t.empty() && t.front() != '#';
}

// The id of a `- id: name` line (quotes and a trailing comment removed), or empty.
std::string entryId(std::string_view line) {
  std::string_view t = trim(line);
  if (!startsWith(t, "- id:")) return {};
  t = t.substr(5);
  if (const auto hash = t.find(" #"); hash != std::string_view::npos) t = t.substr(0, hash);
  t = trim(t);
  if (t.size() >= 2 && (t.front() == '"' || t.front() == '\'') && t.back() == t.front()) t = t.substr(1, t.size() - 2);
  return std::string(t);
}

std::vector<std::string> atBlock(const Landmark& lm, size_t keyIndent) {
  // Built with append: GCC 12 at -O3 warns falsely (-Wrestrict) on chains of std::string operator+.
  std::vector<std::string> out{std::string(keyIndent, ' ').append("at:")};
  for (const Side side : lm.sides()) {
    const auto p = lm.position(side);
    std::string line(keyIndent + 2, ' ');
    line.append(side == Side::Right ? "r" : side == Side::Left ? "l" : "mid").append(": ");
    line.append(p ? formatPosition(*p) : std::string("null"));
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace

std::string formatPosition(glm::vec3 p) {
  const auto one = [](float v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", static_cast<double>(v));
    std::string s = buffer;
    return s == "-0.0000" ? std::string("0.0000") : s;
  };
  std::string text = "[";
  text.append(one(p.x)).append(", ").append(one(p.y)).append(", ").append(one(p.z)).append("]");
  return text;
}

Result<std::string> rewritePositions(std::string_view yamlText, const LandmarkSet& measured) {
  std::vector<std::string_view> lines = split(yamlText, '\n');
  const bool finalNewline = !yamlText.empty() && yamlText.back() == '\n';
  if (finalNewline) lines.pop_back();  // split() leaves an empty last piece after the final newline

  std::vector<std::string> out;
  out.reserve(lines.size());
  size_t i = 0;
  while (i < lines.size()) {
    const std::string id = entryId(lines[i]);
    if (id.empty()) {
      out.emplace_back(lines[i++]);
      continue;
    }
    const Landmark* lm = measured.find(id);
    if (lm == nullptr || lm->id != id) return Error{"rewritePositions()", "'" + id + "' was not measured"};

    // The entry runs until a content line at the list's indent or less (the next entry, or a new key).
    const size_t listIndent = indentOf(lines[i]);
    const size_t keyIndent = listIndent + 2;
    size_t end = i + 1;
    while (end < lines.size() && !(isContent(lines[end]) && indentOf(lines[end]) <= listIndent)) ++end;
    size_t lastContent = i;
    for (size_t j = i; j < end; ++j)
      if (isContent(lines[j])) lastContent = j;

    bool written = false;
    for (size_t j = i; j < end;) {
      const bool atLine = j > i && indentOf(lines[j]) == keyIndent && startsWith(trim(lines[j]), "at:");
      if (!atLine) {
        out.emplace_back(lines[j++]);
        if (j - 1 == lastContent && !written) {
          for (auto& line : atBlock(*lm, keyIndent)) out.push_back(std::move(line));
          written = true;
        }
        continue;
      }
      // Drop the old block (the `at:` line and every non-blank line indented under it, comments too) and
      // write the new one.
      for (++j; j < end && !trim(lines[j]).empty() && indentOf(lines[j]) > keyIndent;) ++j;
      if (!written) {
        for (auto& line : atBlock(*lm, keyIndent)) out.push_back(std::move(line));
        written = true;
      }
    }
    i = end;
  }

  std::string text;
  for (size_t k = 0; k < out.size(); ++k) {
    text += out[k];
    if (k + 1 < out.size() || finalNewline) text += '\n';
  }
  return text;
}

}  // namespace myo::landmarks
