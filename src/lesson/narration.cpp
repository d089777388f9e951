#include "lesson/narration.hpp"

#include "core/strings.hpp"

namespace myo::lesson {
namespace {

struct LineStart {
  Block::Kind kind = Block::Kind::Paragraph;
  int number = 0;
  std::string_view rest;
};

LineStart classify(std::string_view line) {
  const std::string_view text = trim(line);
  if (startsWith(text, "- ") || startsWith(text, "* ")) return {Block::Kind::Bullet, 0, trim(text.substr(2))};
  size_t digits = 0;
  while (digits < text.size() && digits < 6 && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits > 0 && startsWith(text.substr(digits), ". ")) {
    const auto number = parseInt(text.substr(0, digits));
    return {Block::Kind::Numbered, static_cast<int>(number.value_or(0)), trim(text.substr(digits + 2))};
  }
  return {Block::Kind::Paragraph, 0, text};
}

void addSpan(std::vector<Span>& spans, std::string_view text, bool emphasis, bool strong) {
  if (text.empty()) return;
  if (!spans.empty() && spans.back().emphasis == emphasis && spans.back().strong == strong) {
    spans.back().text += text;
    return;
  }
  spans.push_back({std::string(text), emphasis, strong});
}

bool isSpace(char c) { return c == ' ' || c == '\t'; }

// As in Markdown, a marker opens only before a non-space and closes only after one, so "5 * 3" and
// "a ** b" stay text. Returns where the closing marker starts, or npos.
size_t closingMarker(std::string_view text, size_t contentStart, std::string_view marker) {
  if (contentStart >= text.size() || isSpace(text[contentStart])) return std::string_view::npos;
  for (size_t close = text.find(marker, contentStart); close != std::string_view::npos;
       close = text.find(marker, close + 1)) {
    if (close > contentStart && !isSpace(text[close - 1])) return close;
  }
  return std::string_view::npos;
}

std::vector<Span> inlineSpans(std::string_view text) {
  std::vector<Span> spans;
  size_t plainStart = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '*') {
      ++i;
      continue;
    }
    const bool strong = text.substr(i, 2) == "**";
    const std::string_view marker = strong ? "**" : "*";
    const size_t close = closingMarker(text, i + marker.size(), marker);
    if (close == std::string_view::npos) {
      i += marker.size();
      continue;
    }
    addSpan(spans, text.substr(plainStart, i - plainStart), false, false);
    addSpan(spans, text.substr(i + marker.size(), close - i - marker.size()), !strong, strong);
    i = close + marker.size();
    plainStart = i;
  }
  addSpan(spans, text.substr(plainStart), false, false);
  return spans;
}

}  // namespace

std::vector<Block> formatNarration(std::string_view text) {
  // First gather the raw text of each block, then format its inline markup once.
  struct RawBlock {
    Block::Kind kind;
    int number;
    std::string text;
  };
  std::vector<RawBlock> raw;
  bool open = false;  // whether the next plain line continues the last block
  for (const auto line : split(text, '\n')) {
    if (trim(line).empty()) {
      open = false;
      continue;
    }
    const LineStart start = classify(line);
    const bool indented = line.front() == ' ' || line.front() == '\t';
    const bool continues =
        open && start.kind == Block::Kind::Paragraph && (raw.back().kind == Block::Kind::Paragraph || indented);
    if (continues) {
      raw.back().text += ' ';
      raw.back().text += start.rest;
      continue;
    }
    raw.push_back({start.kind, start.number, std::string(start.rest)});
    open = true;
  }
  std::vector<Block> blocks;
  blocks.reserve(raw.size());
  for (const auto& r : raw) blocks.push_back({r.kind, r.number, inlineSpans(r.text)});
  return blocks;
}

std::string plainText(const std::vector<Block>& blocks) {
  std::string out;
  for (const auto& block : blocks) {
    if (!out.empty()) out += '\n';
    if (block.kind == Block::Kind::Bullet) out += "- ";
    if (block.kind == Block::Kind::Numbered) out += std::to_string(block.number) + ". ";
    for (const auto& span : block.spans) out += span.text;
  }
  return out;
}

}  // namespace myo::lesson
