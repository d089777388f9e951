#include "lesson/completion_parser.hpp"

#include "core/strings.hpp"

namespace myo::lesson {
namespace {

// Waits longer than this are a typo (minutes written as seconds), not a pause in a lesson.
constexpr double kMaxWaitSeconds = 3600.0;

Completion parseWait(const MapFields& step) {
  const auto node = *step.value("wait");
  const auto seconds = node.IsScalar() ? parseDouble(node.Scalar()) : std::nullopt;
  if (!seconds || !(*seconds > 0.0) || *seconds > kMaxWaitSeconds) {
    step.reporter().error(step.valuePos("wait"),
                          "expected a number of seconds above 0 and at most 3600 for 'wait' in " + step.what() +
                              ", got " + describeNode(node));
    return NextCompletion{};
  }
  return WaitCompletion{{*seconds, step.valuePos("wait")}};
}

// `click: supraspinatus.r`, `click: trp trapezius.trp1.r`, `click: zone ID`: the kind words of the
// commands (`show trp ID`), so authors write targets the way they write commands.
Completion parseClick(const MapFields& step) {
  const auto text = step.text("click", true);
  if (!text) return NextCompletion{};
  const auto words = splitWhitespace(text->value);
  ClickCompletion click;
  click.target.pos = text->pos;
  if (words.size() == 1) {
    click.target.value = std::string(words[0]);
    return click;
  }
  if (words.size() == 2 && (words[0] == "structure" || words[0] == "trp" || words[0] == "zone")) {
    click.kind = words[0] == "trp" ? IdKind::TriggerPoint : words[0] == "zone" ? IdKind::Zone : IdKind::Structure;
    click.target.value = std::string(words[1]);
    click.target.pos.col += static_cast<int>(words[1].data() - text->value.data());
    return click;
  }
  step.reporter().error(text->pos, "expected a click target such as 'supraspinatus.r', 'trp ID' or 'zone ID' in " +
                                       step.what() + ", got '" + text->value + "'");
  return NextCompletion{};
}

std::optional<Choice> parseChoice(const YAML::Node& node, const std::string& what, SourcePos listPos,
                                  Reporter& reporter) {
  if (!node.IsMap()) {
    const SourcePos pos = positionOf(node);
    reporter.error(pos.line > 0 ? pos : listPos,
                   "expected a choice (a mapping with answer, correct, feedback, review) as " + what + ", got " +
                       describeNode(node));
    return std::nullopt;
  }
  const MapFields fields(node, what, {"answer", "correct", "feedback", "review"}, reporter);
  Choice choice;
  choice.pos = fields.pos();
  const auto answer = fields.text("answer", true);
  if (!answer) return std::nullopt;
  choice.answer = *answer;
  if (const auto correct = fields.flag("correct")) choice.correct = correct->value;
  if (const auto feedback = fields.text("feedback", false)) choice.feedback = *feedback;
  if (const auto review = fields.text("review", false)) choice.review = *review;
  return choice;
}

Completion parseQuiz(const MapFields& step) {
  const auto node = *step.value("quiz");
  if (!node.IsMap()) {
    step.reporter().error(step.valuePos("quiz"), "expected a quiz (a mapping with question and choices) in " +
                                                     step.what() + ", got " + describeNode(node));
    return NextCompletion{};
  }
  const MapFields fields(node, "the quiz of " + step.what(), {"question", "choices"}, step.reporter());
  QuizCompletion quiz;
  quiz.pos = fields.pos();
  if (const auto question = fields.text("question", true)) quiz.question = *question;
  const auto choices = fields.value("choices");
  if (!choices) {
    fields.missing("choices", "a list of choices");
  } else if (!choices->IsSequence()) {
    step.reporter().error(fields.valuePos("choices"),
                          "expected a list of choices in " + fields.what() + ", got " + describeNode(*choices));
  } else {
    int number = 0;
    for (const auto& item : *choices) {
      auto choice = parseChoice(item, "choice " + std::to_string(++number) + " of " + step.what(),
                                fields.valuePos("choices"), step.reporter());
      if (choice) quiz.choices.push_back(std::move(*choice));
    }
  }
  return quiz;
}

Completion parseMark(const MapFields& step) {
  const auto regions = step.textList("mark", true);
  if (!regions) return NextCompletion{};
  return MarkCompletion{*regions, step.valuePos("mark")};
}

}  // namespace

Completion parseCompletion(const MapFields& step) {
  std::string_view chosen;
  for (const auto key : kCompletionFields) {
    if (!step.has(key)) continue;
    if (!chosen.empty()) {
      step.reporter().error(step.keyPos(key), "'" + std::string(chosen) + "' and '" + std::string(key) + "' both end " +
                                                  step.what() + " (expected at most one of: wait, click, quiz, mark)");
      continue;
    }
    chosen = key;
  }
  if (chosen == "wait") return parseWait(step);
  if (chosen == "click") return parseClick(step);
  if (chosen == "quiz") return parseQuiz(step);
  if (chosen == "mark") return parseMark(step);
  return NextCompletion{};
}

}  // namespace myo::lesson
