#pragma once
// The progress file format: JSON, versioned. JSON rather than YAML because a truncated JSON document
// never parses, while a truncated YAML one often does, as a shorter valid file: a damaged save must read
// as damaged, not as less progress.
//
//   {"format": "myoscope-progress", "version": 1, "user": "anna",
//    "lessons": {"rotator_cuff_tour": {"current_step": "quiz", "finished": false, "detour": [],
//                "steps": {"quiz": {"complete": true, "attempts": 2, "first_try_correct": false}}}}}
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "lesson/progress.hpp"

namespace myo::lesson {

inline constexpr int kProgressVersion = 1;

std::string progressToJson(const UserProgress& progress);
// Fails on anything but a complete progress file of a version this build reads (1 to kProgressVersion).
Result<UserProgress> progressFromJson(std::string_view text);
// The version a file declares, if it is JSON with one: tells a file from a newer Myoscope (keep it as
// is) from a damaged one (move it aside).
std::optional<long> progressVersionOf(std::string_view text);

}  // namespace myo::lesson
