#pragma once
// What a user has done in their lessons: plain data that the runner produces and resumes from and the
// progress store saves. Steps are named by id, never by index, so progress survives edits to a lesson.
#include <map>
#include <string>
#include <vector>

namespace myo::lesson {

struct StepRecord {
  bool complete = false;         // the step's condition was met (right answer, timer ran out)
  int attempts = 0;              // answers, clicks or marks given
  bool firstTryCorrect = false;  // what the score counts
  bool operator==(const StepRecord&) const = default;
};

struct LessonProgress {
  std::string lessonId;
  std::string currentStep;  // where to resume; empty when finished
  bool finished = false;
  std::vector<std::string> detour;          // the questions a review step returns to, outermost first
  std::map<std::string, StepRecord> steps;  // only steps with something to remember
  bool operator==(const LessonProgress&) const = default;
};

struct UserProgress {
  std::string user;
  std::map<std::string, LessonProgress> lessons;  // by lesson id
  bool operator==(const UserProgress&) const = default;
};

}  // namespace myo::lesson
