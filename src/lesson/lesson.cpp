#include "lesson/lesson.hpp"

namespace myo::lesson {

std::string_view idKindName(IdKind kind) {
  switch (kind) {
    case IdKind::Structure:
      return "structure";
    case IdKind::TriggerPoint:
      return "trigger point";
    case IdKind::Zone:
      return "zone";
    case IdKind::Region:
      return "region";
  }
  return "id";
}

std::string_view audienceName(Audience audience) {
  switch (audience) {
    case Audience::Student:
      return "student";
    case Audience::Instructor:
      return "instructor";
    case Audience::Client:
      return "client";
  }
  return "student";
}

bool isQuestion(const Completion& completion) {
  return std::holds_alternative<ClickCompletion>(completion) || std::holds_alternative<QuizCompletion>(completion) ||
         std::holds_alternative<MarkCompletion>(completion);
}

std::optional<size_t> Lesson::stepIndex(std::string_view stepId) const {
  for (size_t i = 0; i < steps.size(); ++i)
    if (steps[i].id.value == stepId) return i;
  return std::nullopt;
}

}  // namespace myo::lesson
