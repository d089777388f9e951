#pragma once
// Narration text as the player shows it: paragraphs, bullet and numbered lists, *emphasis* and
// **strong**. Deliberately small (no links, no headings, no nesting) so authors need no manual and the
// ImGui player and the presenter view draw it the same way. Markers without a partner stay literal text;
// underscores are never markup, so ids such as levator_scapulae read as written.
#include <string>
#include <string_view>
#include <vector>

namespace myo::lesson {

struct Span {
  std::string text;
  bool emphasis = false;
  bool strong = false;
};

struct Block {
  enum class Kind { Paragraph, Bullet, Numbered };
  Kind kind = Kind::Paragraph;
  int number = 0;  // for Numbered: the number the author wrote
  std::vector<Span> spans;
};

// Lines of a paragraph or list item are joined with a space; a blank line ends a paragraph;
// "- " or "* " starts a bullet, "3. " a numbered item; indented lines continue the item above.
std::vector<Block> formatNarration(std::string_view text);

// The same text without markup, e.g. for a screen reader or a log.
std::string plainText(const std::vector<Block>& blocks);

}  // namespace myo::lesson
