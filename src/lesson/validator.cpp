#include "lesson/validator.hpp"

#include <map>
#include <set>

#include "core/ids.hpp"
#include "lesson/parser.hpp"

namespace myo::lesson {
namespace {

std::string at(SourcePos pos) { return std::to_string(pos.line) + ":" + std::to_string(pos.col); }

class Check {
 public:
  Check(const Lesson& lesson, const Validator& validator) : lesson_(lesson), validator_(validator) {}

  std::vector<Diagnostic> run() {
    checkId(lesson_.id, "lesson id", "rotator_cuff_tour");
    checkCommands(lesson_.setup);
    collectStepIds();
    for (const Step& step : lesson_.steps) checkStep(step);
    checkReviewSteps();
    sortByPosition(out_);
    return std::move(out_);
  }

 private:
  void error(SourcePos pos, std::string message) {
    out_.push_back({lesson_.file, pos, Severity::Error, std::move(message)});
  }
  void warning(SourcePos pos, std::string message) {
    out_.push_back({lesson_.file, pos, Severity::Warning, std::move(message)});
  }

  void checkId(const Located<std::string>& id, std::string_view what, std::string_view example) {
    if (id.value.empty() || isValidId(id.value)) return;  // empty: the parser reported it missing
    error(id.pos, std::string(what) + " '" + id.value +
                      "' is not an id (expected lower-case a-z, 0-9 and _, in parts separated by dots, e.g. " +
                      std::string(example) + ")");
  }

  void checkCommands(const std::vector<CommandLine>& commands) {
    for (const CommandLine& line : commands) {
      for (auto& problem : validator_.vocabulary().check(line.text, validator_.ids())) {
        error({line.pos.line, line.pos.col + static_cast<int>(problem.offset)}, std::move(problem.message));
      }
    }
  }

  void checkKnownId(IdKind kind, const Located<std::string>& id) {
    if (!validator_.ids()) return;
    if (auto message = validator_.ids()(kind, id.value)) error(id.pos, std::move(*message));
  }

  void collectStepIds() {
    for (const Step& step : lesson_.steps) {
      anyMain_ = anyMain_ || !step.review;
      if (step.id.value.empty()) continue;
      checkId(step.id, "step id", "find_supraspinatus");
      const auto [it, inserted] = firstStep_.emplace(step.id.value, step.id.pos);
      if (!inserted)
        error(step.id.pos, "duplicate step id '" + step.id.value + "' (first at " + at(it->second) +
                               "; expected each step id once)");
    }
    if (!lesson_.steps.empty() && !anyMain_)
      error(lesson_.steps.front().pos, "every step is a review step (expected at least one step without review: true)");
  }

  void checkStep(const Step& step) {
    checkCommands(step.commands);
    if (const auto* click = std::get_if<ClickCompletion>(&step.completion)) checkKnownId(click->kind, click->target);
    if (const auto* mark = std::get_if<MarkCompletion>(&step.completion))
      for (const auto& region : mark->regions) checkKnownId(IdKind::Region, region);
    if (const auto* quiz = std::get_if<QuizCompletion>(&step.completion)) checkQuiz(step, *quiz);
  }

  void checkQuiz(const Step& step, const QuizCompletion& quiz) {
    if (quiz.choices.size() < 2)
      error(quiz.pos, "the quiz of step '" + step.id.value + "' has " + std::to_string(quiz.choices.size()) +
                          " choice" + (quiz.choices.size() == 1 ? "" : "s") + " (expected at least two)");
    const Choice* correct = nullptr;
    for (const Choice& choice : quiz.choices) {
      if (choice.correct) {
        if (correct != nullptr)
          error(choice.pos, "a second correct choice in the quiz of step '" + step.id.value + "' (first at " +
                                at(correct->pos) + "; expected exactly one correct choice)");
        else
          correct = &choice;
      }
      if (choice.review) checkReview(step, choice);
    }
    if (correct == nullptr && !quiz.choices.empty())
      error(quiz.pos, "the quiz of step '" + step.id.value +
                          "' has no correct choice (expected exactly one choice with correct: true)");
  }

  void checkReview(const Step& step, const Choice& choice) {
    const auto& review = *choice.review;
    if (choice.correct) {
      error(review.pos, "review on a correct choice (expected review only on wrong answers)");
      return;
    }
    if (review.value == step.id.value) {
      error(review.pos, "a wrong answer cannot review its own step '" + review.value + "' (expected another step id)");
      return;
    }
    if (!firstStep_.contains(review.value)) {
      std::string known;
      std::set<std::string_view> listed;
      for (const Step& s : lesson_.steps)
        if (listed.insert(s.id.value).second) known += (known.empty() ? "" : ", ") + s.id.value;
      error(review.pos, "unknown step '" + review.value + "' (expected one of the lesson's step ids: " + known + ")");
      return;
    }
    reviewed_.insert(review.value);
  }

  // A review step nobody links to can never be seen: almost certainly a typo in a `review:` reference.
  void checkReviewSteps() {
    if (!anyMain_) return;  // already an error: nothing plays at all
    for (const Step& step : lesson_.steps)
      if (step.review && !reviewed_.contains(step.id.value))
        warning(step.pos, "review step '" + step.id.value +
                              "' is never reached (expected a wrong answer with review: " + step.id.value + ")");
  }

  const Lesson& lesson_;
  const Validator& validator_;
  std::map<std::string, SourcePos, std::less<>> firstStep_;
  std::set<std::string, std::less<>> reviewed_;
  bool anyMain_ = false;
  std::vector<Diagnostic> out_;
};

LoadedLesson finish(ParseResult parsed, const Validator& validator) {
  LoadedLesson loaded;
  loaded.diagnostics = std::move(parsed.diagnostics);
  if (parsed.lesson) {
    auto more = validator.validate(*parsed.lesson);
    loaded.diagnostics.insert(loaded.diagnostics.end(), more.begin(), more.end());
  }
  sortByPosition(loaded.diagnostics);
  if (parsed.lesson && !hasErrors(loaded.diagnostics)) loaded.lesson = std::move(parsed.lesson);
  return loaded;
}

}  // namespace

Validator::Validator(CommandVocabulary vocabulary, IdChecker ids)
    : vocabulary_(std::move(vocabulary)), ids_(std::move(ids)) {}

std::vector<Diagnostic> Validator::validate(const Lesson& lesson) const { return Check(lesson, *this).run(); }

LoadedLesson Validator::loadText(std::string_view text, const std::string& fileName) const {
  return finish(parseLesson(text, fileName), *this);
}

LoadedLesson Validator::loadFile(const std::string& path) const { return finish(parseLessonFile(path), *this); }

}  // namespace myo::lesson
