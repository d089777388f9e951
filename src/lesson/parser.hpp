#pragma once
// Lesson files: YAML, one lesson a file (see lessons/ for complete examples). YAML because instructors
// write narration as multi-line block scalars (`narration: |`) and objectives and commands as plain
// lists, with no quoting or escaping.
//
//   id: rotator_cuff_tour                  lower-case id (a-z, 0-9, _ and dots)
//   title: The rotator cuff from behind
//   audience: student                      student, instructor, client, or a list of them
//   duration: 10 min                       s, min, h, or combined: 1 h 30 min
//   objectives: [...]                      at least one
//   setup: [reset, view posterior]         optional commands before the first step and every replay
//   steps:
//     - id: intro                          unique within the lesson
//       title: Four muscles, one cuff
//       narration: |                       *emphasis*, **strong**, "- " bullets, "1. " numbered items
//       commands: [view posterior, isolate scapula.r supraspinatus.r]
//       notes: Presenter-only notes
//       at most one of:                    (none: the student moves on with Next)
//       wait: 5                            moves on by itself after 5 s
//       click: supraspinatus | trp ID | zone ID
//       quiz: {question: ..., choices: [{answer: ..., correct: true, feedback: ..., review: STEP}]}
//       mark: posterior_shoulder           a body region id (or a list: any of them is right)
//       hint: shown after a wrong click or mark
//       review: true                       reached only from a wrong answer's `review:`
//
// The parser checks the shape (fields, types, values); the validator (validator.hpp) checks meaning
// (ids, references, commands, quiz answers).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lesson/diagnostic.hpp"
#include "lesson/lesson.hpp"

namespace myo::lesson {

struct ParseResult {
  // Present when the file is YAML with a lesson mapping at the top, even with errors in its fields,
  // so the validator can report more problems in one pass. Use it only when no diagnostic is an error.
  std::optional<Lesson> lesson;
  std::vector<Diagnostic> diagnostics;
};

// Larger files are refused before parsing: a lesson is a few kilobytes.
inline constexpr size_t kMaxLessonBytes = 4u << 20;

ParseResult parseLesson(std::string_view text, const std::string& fileName);
ParseResult parseLessonFile(const std::string& path);

}  // namespace myo::lesson
