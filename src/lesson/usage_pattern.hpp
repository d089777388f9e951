#pragma once
// Reads a command's usage string (the one the registry shows in help, e.g. "<on|off|toggle>",
// "<all | id...>", "<x> <y> | none") as a pattern, so a lesson's arguments are checked against the same
// text that documents them, with no second table to keep in step:
//   <a|b|c>   one of these words          <name>    any value (a number, a file name)
//   [ ... ]   optional                    word...   one or more
//   id        a structure id; trp-id, zone-id, region-id name the other kinds
//   a | b     at the top level: either argument list
// A usage outside this grammar yields no pattern, and only the argument count is checked.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lesson/id_kind.hpp"

namespace myo::lesson {

struct PatternChoice {
  enum class Kind { Literal, Id, Value };
  Kind kind = Kind::Literal;
  std::string word;  // the literal, or the placeholder's name
  IdKind idKind = IdKind::Structure;
  bool repeat = false;
};

struct PatternSlot {
  std::vector<PatternChoice> choices;  // literals first: a keyword wins over an id of the same spelling
  bool optional = false;
};

struct UsagePattern {
  std::vector<std::vector<PatternSlot>> alternatives;
};

std::optional<UsagePattern> parseUsage(std::string_view usage);

struct ArgsMatch {
  bool ok = false;
  std::vector<std::optional<IdKind>> ids;  // when ok: per argument, the kind of id it must name, if any
  size_t badArg = 0;                       // when not ok: the first argument that fits no alternative
  std::vector<std::string> expected;       // what would have fitted there ("end" for no more arguments)
};

ArgsMatch matchArgs(const UsagePattern& pattern, const std::vector<std::string>& args);

}  // namespace myo::lesson
