#include "lesson/runner.hpp"

#include <cmath>

#include "core/ids.hpp"

namespace myo::lesson {

LessonRunner::LessonRunner(Lesson lesson) : lesson_(std::move(lesson)), records_(lesson_.steps.size()) {
  enterByReplay(nextMain(0).value_or(lesson_.steps.size()));
}

const Step* LessonRunner::currentStep() const { return finished() ? nullptr : &lesson_.steps[current_]; }

std::optional<size_t> LessonRunner::nextMain(size_t from) const {
  for (size_t i = from; i < lesson_.steps.size(); ++i)
    if (!lesson_.steps[i].review) return i;
  return std::nullopt;
}

std::optional<size_t> LessonRunner::previousMain(size_t before) const {
  for (size_t i = std::min(before, lesson_.steps.size()); i-- > 0;)
    if (!lesson_.steps[i].review) return i;
  return std::nullopt;
}

size_t LessonRunner::mainStepCount() const {
  size_t count = 0;
  for (const Step& step : lesson_.steps) count += step.review ? 0 : 1;
  return count;
}

size_t LessonRunner::position() const {
  const size_t anchor = detour_.empty() ? current_ : detour_.front();
  size_t number = 0;
  for (size_t i = 0; i < lesson_.steps.size() && i <= anchor; ++i) number += lesson_.steps[i].review ? 0 : 1;
  return number;
}

bool LessonRunner::stepComplete() const {
  if (finished()) return false;
  return std::holds_alternative<NextCompletion>(lesson_.steps[current_].completion) || records_[current_].complete;
}

bool LessonRunner::canGoNext() const { return !finished() && (pendingReview_ || stepComplete()); }

bool LessonRunner::canGoBack() const {
  return !detour_.empty() || previousMain(std::min(current_, lesson_.steps.size())).has_value();
}

bool LessonRunner::next() {
  if (finished()) return false;
  if (pendingReview_) {
    const size_t review = *pendingReview_;
    detour_.push_back(current_);
    enterByReplay(review);
    return true;
  }
  if (!stepComplete()) return false;
  return skip();
}

bool LessonRunner::skip() {
  if (finished()) return false;
  if (!detour_.empty()) {  // a review step is done: back to the question it explains
    const size_t question = detour_.back();
    detour_.pop_back();
    enterByReplay(question);
    return true;
  }
  enterInOrder(nextMain(current_ + 1).value_or(lesson_.steps.size()));
  return true;
}

bool LessonRunner::back() {
  if (!detour_.empty()) {
    const size_t question = detour_.back();
    detour_.pop_back();
    enterByReplay(question);
    return true;
  }
  const auto previous = previousMain(current_);
  if (!previous) return false;
  enterByReplay(*previous);
  return true;
}

bool LessonRunner::goTo(std::string_view stepId) {
  const auto index = lesson_.stepIndex(stepId);
  if (!index) return false;
  detour_.clear();
  enterByReplay(*index);
  return true;
}

void LessonRunner::advanceTime(double seconds) {
  if (finished() || !std::isfinite(seconds) || seconds <= 0.0) return;
  const auto* wait = std::get_if<WaitCompletion>(&lesson_.steps[current_].completion);
  if (wait == nullptr || records_[current_].complete) return;
  elapsed_ += seconds;
  if (elapsed_ < wait->seconds.value) return;
  records_[current_].complete = true;
  next();
}

double LessonRunner::secondsLeft() const {
  if (finished()) return 0.0;
  const auto* wait = std::get_if<WaitCompletion>(&lesson_.steps[current_].completion);
  if (wait == nullptr || records_[current_].complete) return 0.0;
  return std::max(0.0, wait->seconds.value - elapsed_);
}

std::optional<Feedback> LessonRunner::answer(bool correct, std::string text, std::optional<size_t> review) {
  StepRecord& record = records_[current_];
  if (++record.attempts == 1) record.firstTryCorrect = correct;
  record.complete = correct;
  pendingReview_ = correct ? std::nullopt : review;
  Feedback feedback{correct, std::move(text), std::nullopt};
  if (pendingReview_) feedback.reviewStep = lesson_.steps[*pendingReview_].id.value;
  lastFeedback_ = feedback;
  return feedback;
}

std::optional<Feedback> LessonRunner::click(IdKind kind, std::string_view id) {
  if (finished() || records_[current_].complete) return std::nullopt;
  const Step& step = lesson_.steps[current_];
  const auto* click = std::get_if<ClickCompletion>(&step.completion);
  if (click == nullptr) return std::nullopt;
  const bool correct = kind == click->kind && idMatches(click->target.value, id);
  return answer(correct, correct ? std::string() : step.hint.value);
}

std::optional<Feedback> LessonRunner::markRegion(std::string_view regionId) {
  if (finished() || records_[current_].complete) return std::nullopt;
  const Step& step = lesson_.steps[current_];
  const auto* mark = std::get_if<MarkCompletion>(&step.completion);
  if (mark == nullptr) return std::nullopt;
  bool correct = false;
  for (const auto& region : mark->regions) correct = correct || idMatches(region.value, regionId);
  return answer(correct, correct ? std::string() : step.hint.value);
}

std::optional<Feedback> LessonRunner::choose(size_t choice) {
  if (finished() || records_[current_].complete) return std::nullopt;
  const auto* quiz = std::get_if<QuizCompletion>(&lesson_.steps[current_].completion);
  if (quiz == nullptr || choice >= quiz->choices.size()) return std::nullopt;
  const Choice& picked = quiz->choices[choice];
  lastChoice_ = choice;
  std::optional<size_t> review;
  if (picked.review) review = lesson_.stepIndex(picked.review->value);
  if (review == current_) review.reset();  // the validator refuses it; never loop on it here
  return answer(picked.correct, picked.feedback.value, review);
}

const Step* LessonRunner::pendingReview() const { return pendingReview_ ? &lesson_.steps[*pendingReview_] : nullptr; }

Score LessonRunner::score() const {
  Score score;
  for (size_t i = 0; i < lesson_.steps.size(); ++i) {
    if (lesson_.steps[i].review || !isQuestion(lesson_.steps[i].completion)) continue;
    ++score.questions;
    score.answered += records_[i].attempts > 0 ? 1 : 0;
    score.correctFirstTry += records_[i].firstTryCorrect ? 1 : 0;
  }
  return score;
}

CommandBatch LessonRunner::takeCommands() {
  CommandBatch out = std::move(pending_);
  pending_ = {};
  return out;
}

void LessonRunner::resetStepState() {
  elapsed_ = 0.0;
  pendingReview_.reset();
  lastFeedback_.reset();
  lastChoice_.reset();
}

void LessonRunner::enterInOrder(size_t index) {
  current_ = std::min(index, lesson_.steps.size());
  resetStepState();
  if (finished()) return;
  const auto& commands = lesson_.steps[current_].commands;
  pending_.settled = pending_.lines.size();  // anything still queued comes before this step
  pending_.lines.insert(pending_.lines.end(), commands.begin(), commands.end());
}

void LessonRunner::enterByReplay(size_t index) {
  current_ = std::min(index, lesson_.steps.size());
  resetStepState();
  pending_ = replay();
}

CommandBatch LessonRunner::replay() const {
  CommandBatch batch{true, lesson_.setup, 0};
  const auto add = [&batch](const Step& step) {
    batch.lines.insert(batch.lines.end(), step.commands.begin(), step.commands.end());
  };
  if (!lesson_.steps.empty()) {
    // The main steps up to the one the student is on (or whose review they are in), then the detour;
    // the current step always comes last.
    const size_t anchor = std::min(detour_.empty() ? current_ : detour_.front(), lesson_.steps.size() - 1);
    for (size_t i = 0; i <= anchor; ++i)
      if (!lesson_.steps[i].review || (i == anchor && !finished())) add(lesson_.steps[i]);
    for (size_t d = 1; d < detour_.size(); ++d) add(lesson_.steps[detour_[d]]);
    if (!detour_.empty() && !finished()) add(lesson_.steps[current_]);
  }
  batch.settled = batch.lines.size() - (finished() ? 0 : lesson_.steps[current_].commands.size());
  return batch;
}

LessonProgress LessonRunner::progress() const {
  LessonProgress out;
  out.lessonId = lesson_.id.value;
  out.finished = finished();
  if (!finished()) out.currentStep = lesson_.steps[current_].id.value;
  for (const size_t d : detour_) out.detour.push_back(lesson_.steps[d].id.value);
  for (size_t i = 0; i < lesson_.steps.size(); ++i)
    if (records_[i] != StepRecord{}) out.steps[lesson_.steps[i].id.value] = records_[i];
  return out;
}

Status LessonRunner::resume(const LessonProgress& saved) {
  if (saved.lessonId != lesson_.id.value)
    return Error{"LessonRunner::resume()",
                 "progress of lesson '" + saved.lessonId + "' (expected '" + lesson_.id.value + "')"};
  records_.assign(lesson_.steps.size(), StepRecord{});
  for (const auto& [id, record] : saved.steps)
    if (const auto index = lesson_.stepIndex(id)) records_[*index] = record;
  detour_.clear();
  for (const auto& id : saved.detour)
    if (const auto index = lesson_.stepIndex(id)) detour_.push_back(*index);
  size_t target = lesson_.steps.size();
  if (!saved.finished) {
    const auto index = lesson_.stepIndex(saved.currentStep);
    target = index ? *index : nextMain(0).value_or(lesson_.steps.size());
    if (!index) detour_.clear();
  } else {
    detour_.clear();
  }
  enterByReplay(target);
  return {};
}

void LessonRunner::reload(Lesson edited) {
  LessonProgress saved = progress();
  if (!finished()) {
    // The current step, or the nearest earlier one the edit kept: where the author was looking.
    saved.currentStep.clear();
    for (size_t i = current_ + 1; i-- > 0;) {
      if (edited.stepIndex(lesson_.steps[i].id.value)) {
        saved.currentStep = lesson_.steps[i].id.value;
        break;
      }
    }
  }
  saved.lessonId = edited.id.value;  // an edit may rename the lesson; it is still the one being played
  lesson_ = std::move(edited);
  records_.assign(lesson_.steps.size(), StepRecord{});
  (void)resume(saved);
}

}  // namespace myo::lesson
