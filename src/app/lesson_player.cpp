#include "app/lesson_player.hpp"

#include "app/id_checker.hpp"

#include <cmath>
#include <cstdlib>
#include <type_traits>
#include <variant>

#include "core/log.hpp"
#include "core/strings.hpp"
#include "lesson/hot_reload.hpp"
#include "lesson/vocabulary.hpp"
#include "trigger/assets.hpp"

namespace myo::app {
namespace {

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

// Camera moves of the lines that rebuild a view finish at once, as headless scripts settle them.
void settleCamera(ViewState& view) {
  if (!view.animation) return;
  view.camera = view.animation->to;
  view.animation.reset();
}

std::string scoreText(const lesson::Score& score) {
  return std::to_string(score.correctFirstTry) + "/" + std::to_string(score.questions);
}

std::string stepIds(const lesson::Lesson& lesson) {
  std::string ids;
  for (const auto& step : lesson.steps) ids += (ids.empty() ? "" : ", ") + step.id.value;
  return ids;
}

Error lessonError(std::string message) { return Error{"lesson", std::move(message)}; }

}  // namespace

std::filesystem::path defaultProgressFolder() {
  if (const std::string dir = environment("MYOSCOPE_PROGRESS_DIR"); !dir.empty()) return dir;
  if (const std::string data = environment("XDG_DATA_HOME"); !data.empty())
    return std::filesystem::path(data) / "myoscope" / "progress";
  if (const std::string home = environment("HOME"); !home.empty())
    return std::filesystem::path(home) / ".local" / "share" / "myoscope" / "progress";
  return {};
}

std::string defaultUserName() {
  if (std::string user = environment("MYOSCOPE_USER"); !user.empty()) return user;
  if (std::string user = environment("USER"); !user.empty()) return user;
  return "student";
}

lesson::Validator makeLessonValidator(Session& session) {
  return lesson::Validator(lesson::CommandVocabulary::fromRegistry(session.registry), sessionIdChecker(session));
}

LessonPlayer::LessonPlayer(Session& session, std::string path, LessonPlayerOptions options)
    : session_(session),
      path_(std::move(path)),
      options_(std::move(options)),
      validator_(makeLessonValidator(session)) {
  if (auto regions = trigger::RegionSet::load(trigger::assetsDir() / trigger::kRegionsFile)) {
    regions_ = std::move(*regions);
  } else {
    log::warning("lesson: " + regions.error().text() + "; marked regions are not checked");
  }
  if (!options_.progressFolder.empty()) {
    store_.emplace(options_.progressFolder);
    userProgress_.user = options_.user;
    if (auto loaded = store_->load(options_.user)) {
      userProgress_ = std::move(*loaded);
    } else {
      progressProblem_ = loaded.error().text();
      log::warning("lesson progress: " + progressProblem_);
    }
  }
  readModificationTime();
  auto loaded = validator_.loadFile(path_);
  problems_ = std::move(loaded.diagnostics);
  if (loaded.lesson) startRunner(std::move(*loaded.lesson));
}

LessonPlayer::~LessonPlayer() = default;

bool LessonPlayer::hasErrors() const { return lesson::hasErrors(problems_); }

const std::vector<trigger::Region>& LessonPlayer::regions() const {
  static const std::vector<trigger::Region> kNone;
  return regions_ ? regions_->all() : kNone;
}

void LessonPlayer::startRunner(lesson::Lesson lesson) {
  runner_ = std::make_unique<lesson::LessonRunner>(std::move(lesson));
  const auto saved = userProgress_.lessons.find(runner_->lesson().id.value);
  if (saved != userProgress_.lessons.end()) {
    if (const Status resumed = runner_->resume(saved->second); resumed.ok()) {
      lastSaved_ = saved->second;
      log::info("lesson: resuming '" + runner_->lesson().id.value + "' for " + options_.user + " at " +
                (runner_->finished() ? std::string("the end") : "step '" + saved->second.currentStep + "'"));
    }
  }
  afterChange();
}

void LessonPlayer::readModificationTime() {
  std::error_code error;
  const auto time = std::filesystem::last_write_time(path_, error);
  if (!error) modified_ = time;
}

bool LessonPlayer::poll(double nowSeconds) {
  if (nowSeconds - lastPoll_ < options_.pollIntervalSeconds) return false;
  lastPoll_ = nowSeconds;
  std::error_code error;
  const auto time = std::filesystem::last_write_time(path_, error);
  // A missing file is often an editor saving by rename: keep playing and look again next time.
  if (error || (modified_ && *modified_ == time)) return false;
  modified_ = time;
  reload();
  return true;
}

bool LessonPlayer::reload() {
  readModificationTime();
  if (runner_ == nullptr) {
    auto loaded = validator_.loadFile(path_);
    problems_ = std::move(loaded.diagnostics);
    if (!loaded.lesson) {
      log::warning("lesson: " + path_ + " still has errors");
      return false;
    }
    log::info("lesson: " + path_ + " loaded");
    startRunner(std::move(*loaded.lesson));
    return true;
  }
  problems_ = lesson::reloadLesson(*runner_, validator_, path_);
  if (hasErrors()) {
    for (const auto& problem : problems_) log::warning(problem.text());
    log::warning("lesson: the edit has errors; the last good version keeps playing");
    return false;
  }
  log::info("lesson: reloaded " + path_);
  afterChange();
  return true;
}

void LessonPlayer::applyCommands() {
  if (runner_ == nullptr) return;
  const lesson::CommandBatch batch = runner_->takeCommands();
  ViewState& view = session_.scene.view;
  if (batch.replay) {
    // Replaying a step (back, goto, resume, a review) starts from the lesson's clean slate: overlays too, so
    // a step shows only the TrPs, zones and marks its own commands show.
    for (const char* line : {"reset", "show all", "xray off", "highlight none", "unpin all", "select none",
                             "hide trp all", "hide zone all", "pain none", "palette chart"}) {
      if (const Status done = session_.registry.execute(line); !done.ok())
        log::warning("lesson: resetting the view: " + done.error().text());
    }
    settleCamera(view);
  }
  for (size_t i = 0; i < batch.lines.size(); ++i) {
    const auto& line = batch.lines[i];
    if (const Status done = session_.registry.execute(line.text); !done.ok()) {
      const lesson::Diagnostic problem{runner_->lesson().file, line.pos, lesson::Severity::Error, done.error().text()};
      log::warning(problem.text());
    }
    if (i < batch.settled) settleCamera(view);
  }
}

void LessonPlayer::advanceTime(double seconds) {
  if (runner_ == nullptr || runner_->finished()) return;
  const size_t before = runner_->currentIndex();
  runner_->advanceTime(seconds);
  if (runner_->currentIndex() != before) afterChange();
}

void LessonPlayer::saveProgress() {
  if (!store_ || runner_ == nullptr) return;
  const lesson::LessonProgress progress = runner_->progress();
  if (lastSaved_ && *lastSaved_ == progress) return;
  userProgress_.user = options_.user;
  userProgress_.lessons[progress.lessonId] = progress;
  if (const Status saved = store_->save(userProgress_); !saved.ok()) {
    if (progressProblem_ != saved.error().text()) log::warning("lesson progress: " + saved.error().text());
    progressProblem_ = saved.error().text();
    return;
  }
  lastSaved_ = progress;
}

void LessonPlayer::afterChange() {
  applyCommands();
  if (runner_ == nullptr) return;
  const lesson::Step* step = runner_->currentStep();
  const std::string shown = step == nullptr ? std::string() : step->id.value;
  if (shown != lastStepShown_ || step == nullptr) {
    if (step != nullptr) {
      log::info("lesson: step " + std::to_string(runner_->position()) + " of " +
                std::to_string(runner_->mainStepCount()) + ": " + step->title.value + " (" + shown + ")");
    } else if (!lastStepShown_.empty()) {
      log::info("lesson: finished, score " + scoreText(runner_->score()));
    }
    lastStepShown_ = shown;
  }
  saveProgress();
}

std::string LessonPlayer::expectedAction() const {
  const lesson::Step* step = runner_->currentStep();
  if (step == nullptr) return "nothing: the lesson is finished (score " + scoreText(runner_->score()) + ")";
  if (runner_->pendingReview() != nullptr) return "`lesson next` (to the review step)";
  if (runner_->stepComplete()) return "`lesson next`";
  return std::visit(
      [this](const auto& completion) -> std::string {
        using T = std::decay_t<decltype(completion)>;
        if constexpr (std::is_same_v<T, lesson::QuizCompletion>) {
          return "an answer: `lesson answer N` with N from 1 to " + std::to_string(completion.choices.size());
        } else if constexpr (std::is_same_v<T, lesson::ClickCompletion>) {
          return "a click on a " + std::string(lesson::idKindName(completion.kind)) + ": `lesson click ID`";
        } else if constexpr (std::is_same_v<T, lesson::MarkCompletion>) {
          return "a marked region: `lesson mark REGION`";
        } else if constexpr (std::is_same_v<T, lesson::WaitCompletion>) {
          return "time to pass (" + std::to_string(static_cast<int>(std::ceil(runner_->secondsLeft()))) +
                 " s more: `wait SECONDS`)";
        } else {
          return "`lesson next`";
        }
      },
      step->completion);
}

Status LessonPlayer::expectStep(const std::string& stepId) const {
  const lesson::Step* step = runner_->currentStep();
  const std::string actual = step == nullptr ? std::string("finished") : step->id.value;
  if (actual == stepId) return {};
  if (stepId != "finished" && !runner_->lesson().stepIndex(stepId))
    return lessonError("expected a step id of the lesson or `finished`, got '" + stepId +
                       "' (steps: " + stepIds(runner_->lesson()) + ")");
  const std::string where = step == nullptr ? std::string("is finished")
                                            : "is on step '" + actual + "' (" + std::to_string(runner_->position()) +
                                                  " of " + std::to_string(runner_->mainStepCount()) + ")";
  return lessonError("expected step '" + stepId + "', but the lesson " + where);
}

Status LessonPlayer::expectScore(const std::string& score) const {
  const auto parts = split(score, '/');
  const auto right = parts.size() == 2 ? parseInt(parts[0]) : std::nullopt;
  const auto questions = parts.size() == 2 ? parseInt(parts[1]) : std::nullopt;
  if (!right || !questions) return lessonError("expected a score like 2/3, got '" + score + "'");
  const lesson::Score actual = runner_->score();
  if (actual.correctFirstTry == *right && actual.questions == *questions) return {};
  return lessonError("expected score " + score + ", but it is " + scoreText(actual) + " (" +
                     std::to_string(actual.answered) + " answered)");
}

Status LessonPlayer::runLessonCommand(const CommandArgs& args) {
  const std::string& verb = args[0];
  const auto needArgument = [&](const char* what) -> std::optional<Error> {
    if (args.size() == 2) return std::nullopt;
    return lessonError("`lesson " + verb + "` expects " + what);
  };
  if (runner_ == nullptr) {
    const std::string first = problems_.empty() ? std::string("no lesson") : problems_.front().text();
    return lessonError("the lesson did not load (" + first + ")");
  }
  if (verb == "expect-step") {
    if (auto e = needArgument("a step id")) return *e;
    return expectStep(args[1]);
  }
  if (verb == "expect-score") {
    if (auto e = needArgument("a score N/M")) return *e;
    return expectScore(args[1]);
  }
  if ((verb == "next" || verb == "back" || verb == "restart") && args.size() != 1)
    return lessonError("`lesson " + verb + "` takes no argument");
  const lesson::Step* step = runner_->currentStep();
  const std::string stepName = step == nullptr ? std::string() : "step '" + step->id.value + "'";
  std::optional<lesson::Feedback> feedback;
  if (verb == "next") {
    if (!runner_->next())
      return lessonError(step == nullptr ? "the lesson is finished (score " + scoreText(runner_->score()) + ")"
                                         : stepName + " is waiting for " + expectedAction());
  } else if (verb == "back") {
    if (!runner_->back()) return lessonError("already at the first step (expected `lesson next`)");
  } else if (verb == "restart") {
    runner_ = std::make_unique<lesson::LessonRunner>(lesson::Lesson(runner_->lesson()));
    lastStepShown_.clear();
  } else if (verb == "goto") {
    if (auto e = needArgument("a step id")) return *e;
    if (!runner_->goTo(args[1]))
      return lessonError("no step '" + args[1] + "' (expected one of: " + stepIds(runner_->lesson()) + ")");
  } else if (verb == "answer") {
    if (auto e = needArgument("a choice number (1 is the first)")) return *e;
    const auto* quiz = step == nullptr ? nullptr : std::get_if<lesson::QuizCompletion>(&step->completion);
    if (quiz == nullptr || runner_->stepComplete())
      return lessonError((step == nullptr ? std::string("the lesson is finished") : stepName + " is waiting for ") +
                         (step == nullptr ? "" : expectedAction()));
    const auto number = parseInt(args[1]);
    if (!number || *number < 1 || static_cast<size_t>(*number) > quiz->choices.size())
      return lessonError("expected a choice from 1 to " + std::to_string(quiz->choices.size()) + ", got '" + args[1] +
                         "'");
    feedback = runner_->choose(static_cast<size_t>(*number - 1));
  } else if (verb == "click") {
    if (auto e = needArgument("a structure, TrP or zone id")) return *e;
    const auto* click = step == nullptr ? nullptr : std::get_if<lesson::ClickCompletion>(&step->completion);
    if (click == nullptr || runner_->stepComplete())
      return lessonError(step == nullptr ? std::string("the lesson is finished")
                                         : stepName + " is waiting for " + expectedAction());
    // The id is checked as the kind the step waits for (a structure, a TrP's X, a zone), as lint checks it.
    if (const auto problem = sessionIdChecker(session_)(click->kind, args[1]); problem && session_.scene.atlas)
      return lessonError(*problem);
    feedback = runner_->click(click->kind, args[1]);
  } else if (verb == "mark") {
    if (auto e = needArgument("a region id")) return *e;
    if (regions_) {
      if (const auto found = regions_->resolve(args[1]); !found) return lessonError(found.error().message);
    }
    const auto* mark = step == nullptr ? nullptr : std::get_if<lesson::MarkCompletion>(&step->completion);
    if (mark == nullptr || runner_->stepComplete())
      return lessonError(step == nullptr ? std::string("the lesson is finished")
                                         : stepName + " is waiting for " + expectedAction());
    feedback = runner_->markRegion(args[1]);
  } else {
    return lessonError("unknown '" + verb +
                       "' (expected next, back, answer N, click ID, mark REGION, goto STEP, restart, expect-step STEP "
                       "or expect-score N/M)");
  }
  if (feedback) {
    std::string text = feedback->correct ? "right" : "not right";
    if (!feedback->text.empty()) text += ": " + feedback->text;
    if (feedback->reviewStep) text += " (next: review '" + *feedback->reviewStep + "')";
    log::info("lesson: " + text);
  }
  afterChange();
  return {};
}

void LessonPlayer::registerCommands() {
  session_.registry.add({"lesson", "<next|back|answer|click|mark|goto|restart|expect-step|expect-score> [argument]",
                         "play the open lesson: next, back, answer N, click ID, mark REGION, goto STEP, restart; "
                         "expect-step STEP and expect-score N/M check the state (test scripts)",
                         1, 2, [this](const CommandArgs& args) { return runLessonCommand(args); }});
}

}  // namespace myo::app
