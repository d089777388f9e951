#pragma once
// Plays a lesson: a step state machine without GL that the window's player, the presenter, headless
// runs and the tests all drive the same way.
//
//   LessonRunner runner(std::move(*loaded.lesson));
//   each frame: CommandBatch batch = runner.takeCommands();
//               if batch.replay, reset the view; run batch.lines through the CommandRegistry, the first
//               batch.settled of them with camera transitions finished at once;
//               runner.advanceTime(dt);
//   on input:   runner.next() / back() / choose(i) / click(kind, id) / markRegion(id)
//
// Entering the next step in order emits only that step's commands (camera moves animate from where the
// view is). Any other entry (back, a review detour and its return, resume, hot reload, goTo) emits a
// replay: the lesson's setup and the commands of every step on the way there, flagged so the app resets
// its view first (see CommandBatch). So a step looks the same however the student reached it.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "lesson/lesson.hpp"
#include "lesson/progress.hpp"

namespace myo::lesson {

struct Feedback {
  bool correct = false;
  std::string text;                       // the choice's feedback, or the step's hint after a wrong click
  std::optional<std::string> reviewStep;  // a wrong answer's review step: next() goes there
};

struct Score {
  int questions = 0;        // question steps (click, quiz, mark) outside review steps
  int answered = 0;         // of those, attempted at least once
  int correctFirstTry = 0;  // of those, right on the first attempt
  bool operator==(const Score&) const = default;
};

struct CommandBatch {
  bool replay = false;  // reset the view to the lesson's starting point before running `lines`
  std::vector<CommandLine> lines;
  // The first `settled` lines rebuild the view the student had before this step: run them with camera
  // transitions finished at once (as headless scripts settle them), or a `view` followed by an `orbit`
  // would orbit from the wrong place. The lines after them are the step's own and animate.
  size_t settled = 0;
};

class LessonRunner {
 public:
  // Starts at the first step that is not a review step. Expects a validated lesson, but stays safe on any.
  explicit LessonRunner(Lesson lesson);

  const Lesson& lesson() const { return lesson_; }
  const Step* currentStep() const;  // nullptr when finished
  size_t currentIndex() const { return current_; }
  bool finished() const { return current_ >= lesson_.steps.size(); }
  bool inReview() const { return !detour_.empty(); }
  // 1-based position among the lesson's main steps ("step 3 of 8"); a review step shows its question's.
  size_t position() const;
  size_t mainStepCount() const;

  bool stepComplete() const;
  bool canGoNext() const;
  bool canGoBack() const;
  bool next();  // on when the step is complete; after a wrong answer with a review, into the review
  bool back();  // the previous main step; from a review step, back to its question
  bool skip();  // the presenter moves on regardless; an unanswered question scores as wrong
  bool goTo(std::string_view stepId);

  // Timers: a `wait` step moves on by itself once its time has passed.
  void advanceTime(double seconds);
  double secondsLeft() const;

  // Answers. Nothing when the current step does not ask for this kind of answer (or is already done),
  // so the UI can forward every click and mark without knowing the step.
  std::optional<Feedback> click(IdKind kind, std::string_view id);
  std::optional<Feedback> choose(size_t choice);
  std::optional<Feedback> markRegion(std::string_view regionId);
  const std::optional<Feedback>& lastFeedback() const { return lastFeedback_; }
  std::optional<size_t> lastChoice() const { return lastChoice_; }
  const Step* pendingReview() const;  // the review step next() would open, if any

  Score score() const;

  // The commands to run since the last call (see the top of this file).
  CommandBatch takeCommands();

  LessonProgress progress() const;
  // Continues where `saved` left off (by step id; an unknown step starts from the beginning).
  // Fails, changing nothing, when the progress belongs to another lesson.
  Status resume(const LessonProgress& saved);
  // Hot reload: swaps in an edited lesson, keeps answers by step id and stays on the current step, or,
  // when it was deleted, on the nearest earlier step that still exists.
  void reload(Lesson edited);

 private:
  std::optional<size_t> nextMain(size_t from) const;  // first main step after `from`
  std::optional<size_t> previousMain(size_t before) const;
  void enterInOrder(size_t index);
  void enterByReplay(size_t index);
  void resetStepState();
  CommandBatch replay() const;
  std::optional<Feedback> answer(bool correct, std::string text, std::optional<size_t> review = {});

  Lesson lesson_;
  size_t current_ = 0;
  std::vector<size_t> detour_;  // question steps that review steps return to, outermost first
  std::vector<StepRecord> records_;
  double elapsed_ = 0.0;  // on the current step, for wait
  std::optional<size_t> pendingReview_;
  std::optional<Feedback> lastFeedback_;
  std::optional<size_t> lastChoice_;
  CommandBatch pending_;
};

}  // namespace myo::lesson
