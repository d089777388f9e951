#include "lesson/usage_pattern.hpp"

#include <algorithm>

#include "core/strings.hpp"

namespace myo::lesson {
namespace {

std::optional<IdKind> idPlaceholder(std::string_view word) {
  if (word == "id" || word == "structure-id") return IdKind::Structure;
  if (word == "trp-id") return IdKind::TriggerPoint;
  if (word == "zone-id") return IdKind::Zone;
  if (word == "region-id") return IdKind::Region;
  return std::nullopt;
}

bool isPlainWord(std::string_view word) {
  return !word.empty() && word.find_first_of(" \t<>[]|") == std::string_view::npos;
}

std::optional<PatternChoice> parseChoice(std::string_view text, bool bracketed, bool several) {
  PatternChoice choice;
  std::string_view word = trim(text);
  if (endsWith(word, "...")) {
    choice.repeat = true;
    word.remove_suffix(3);
  }
  if (!isPlainWord(word)) return std::nullopt;
  choice.word = std::string(word);
  if (const auto kind = idPlaceholder(word)) {
    choice.kind = PatternChoice::Kind::Id;
    choice.idKind = *kind;
  } else if (bracketed && !several) {
    choice.kind = PatternChoice::Kind::Value;  // a lone <name> is a placeholder for any value
  }
  return choice;
}

std::optional<PatternSlot> parseBracket(std::string_view inside, bool optional) {
  PatternSlot slot;
  slot.optional = optional;
  const auto parts = split(inside, '|');
  for (const auto part : parts) {
    auto choice = parseChoice(part, true, parts.size() > 1);
    if (!choice) return std::nullopt;
    slot.choices.push_back(std::move(*choice));
  }
  std::stable_partition(slot.choices.begin(), slot.choices.end(),
                        [](const PatternChoice& c) { return c.kind == PatternChoice::Kind::Literal; });
  return slot;
}

std::optional<std::vector<PatternSlot>> parseAlternative(std::string_view text) {
  std::vector<PatternSlot> slots;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    if (c == '<' || c == '[') {
      const char close = c == '<' ? '>' : ']';
      const size_t end = text.find(close, i + 1);
      if (end == std::string_view::npos) return std::nullopt;
      const std::string_view inside = text.substr(i + 1, end - i - 1);
      if (inside.find_first_of("<[") != std::string_view::npos) return std::nullopt;  // nesting: not ours
      auto slot = parseBracket(inside, c == '[');
      if (!slot) return std::nullopt;
      slots.push_back(std::move(*slot));
      i = end + 1;
      continue;
    }
    size_t end = text.find_first_of(" \t", i);
    if (end == std::string_view::npos) end = text.size();
    auto choice = parseChoice(text.substr(i, end - i), false, false);
    if (!choice) return std::nullopt;
    slots.push_back({{std::move(*choice)}, false});
    i = end;
  }
  return slots;
}

// Splits at '|' outside brackets: "<x> <y> | none" has two alternatives, "<on|off>" one.
std::vector<std::string_view> topLevelAlternatives(std::string_view usage) {
  std::vector<std::string_view> out;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < usage.size(); ++i) {
    if (usage[i] == '<' || usage[i] == '[')
      ++depth;
    else if (usage[i] == '>' || usage[i] == ']')
      --depth;
    else if (usage[i] == '|' && depth == 0) {
      out.push_back(usage.substr(start, i - start));
      start = i + 1;
    }
  }
  out.push_back(usage.substr(start));
  return out;
}

std::string describe(const PatternChoice& choice) {
  switch (choice.kind) {
    case PatternChoice::Kind::Literal:
      return choice.word;
    case PatternChoice::Kind::Id:
      return "a " + std::string(idKindName(choice.idKind)) + " id";
    case PatternChoice::Kind::Value:
      return "<" + choice.word + ">";
  }
  return choice.word;
}

// Backtracking over one alternative. Usages are short and only their last slot repeats, so this is linear
// in the number of arguments in practice.
class Matcher {
 public:
  Matcher(const std::vector<std::string>& args, ArgsMatch& result) : args_(args), result_(result), ids_(args.size()) {}

  bool match(const std::vector<PatternSlot>& slots, size_t slot, size_t arg) {
    if (slot == slots.size()) {
      if (arg == args_.size()) return true;
      fail(arg, "end");
      return false;
    }
    const PatternSlot& s = slots[slot];
    for (const PatternChoice& choice : s.choices) {
      if (arg == args_.size()) {
        fail(arg, describe(choice));
        continue;
      }
      if (choice.kind == PatternChoice::Kind::Literal) {
        if (args_[arg] != choice.word) {
          fail(arg, describe(choice));
          continue;
        }
        ids_[arg].reset();
        if (match(slots, slot + 1, arg + 1)) return true;
        continue;
      }
      const size_t most = choice.repeat ? args_.size() - arg : 1;
      for (size_t count = most; count >= 1; --count) {
        for (size_t k = arg; k < arg + count; ++k) {
          if (choice.kind == PatternChoice::Kind::Id)
            ids_[k] = choice.idKind;
          else
            ids_[k].reset();
        }
        if (match(slots, slot + 1, arg + count)) return true;
      }
    }
    return s.optional && match(slots, slot + 1, arg);
  }

  std::vector<std::optional<IdKind>> takeIds() { return std::move(ids_); }

 private:
  void fail(size_t arg, std::string expected) {
    if (result_.expected.empty() || arg > result_.badArg) {
      result_.badArg = arg;
      result_.expected = {std::move(expected)};
    } else if (arg == result_.badArg &&
               std::find(result_.expected.begin(), result_.expected.end(), expected) == result_.expected.end()) {
      result_.expected.push_back(std::move(expected));
    }
  }

  const std::vector<std::string>& args_;
  ArgsMatch& result_;
  std::vector<std::optional<IdKind>> ids_;  // the kinds along the path being tried
};

}  // namespace

std::optional<UsagePattern> parseUsage(std::string_view usage) {
  UsagePattern pattern;
  for (const auto text : topLevelAlternatives(usage)) {
    auto alternative = parseAlternative(text);
    if (!alternative) return std::nullopt;
    pattern.alternatives.push_back(std::move(*alternative));
  }
  return pattern;
}

namespace {

// True when the alternative's first slot offers `word` as a keyword (`trp` in `trp <trp-id...>`).
bool opensWithKeyword(const std::vector<PatternSlot>& alternative, const std::string& word) {
  if (alternative.empty()) return false;
  for (const auto& choice : alternative.front().choices)
    if (choice.kind == PatternChoice::Kind::Literal && choice.word == word) return true;
  return false;
}

}  // namespace

ArgsMatch matchArgs(const UsagePattern& pattern, const std::vector<std::string>& args) {
  ArgsMatch result;
  // A keyword wins over an id, across alternatives as within a slot: `show trp X` is the `trp <trp-id...>`
  // alternative even though `<id...>` (two structure ids) comes first in the usage. When the first argument
  // opens some alternative as its keyword, only those are tried (so `show trp` alone says a TrP id is
  // missing rather than that no structure is called `trp`); otherwise every alternative, in order.
  const bool keyword =
      !args.empty() && std::any_of(pattern.alternatives.begin(), pattern.alternatives.end(),
                                   [&args](const auto& a) { return opensWithKeyword(a, args.front()); });
  for (const auto& alternative : pattern.alternatives) {
    if (keyword && !opensWithKeyword(alternative, args.front())) continue;
    Matcher matcher(args, result);
    if (matcher.match(alternative, 0, 0)) return {true, matcher.takeIds(), 0, {}};
  }
  return result;
}

}  // namespace myo::lesson
