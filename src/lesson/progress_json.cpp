#include "lesson/progress_json.hpp"

#include <nlohmann/json.hpp>

namespace myo::lesson {
namespace {

using nlohmann::json;
constexpr const char* kFormat = "myoscope-progress";

// A mistake in the file, with the path of the value ("lessons.intro.steps.quiz.attempts").
struct FormatError {
  std::string message;
};

const json& member(const json& object, const char* key, const std::string& path) {
  const auto it = object.find(key);
  if (it == object.end()) throw FormatError{"missing '" + path + key + "'"};
  return *it;
}

template <class T>
T typed(const json& object, const char* key, const std::string& path, json::value_t type, const char* expected) {
  const json& value = member(object, key, path);
  const bool ok = value.type() == type || (type == json::value_t::number_integer && value.is_number_unsigned());
  if (!ok) throw FormatError{"expected " + std::string(expected) + " for '" + path + key + "'"};
  return value.get<T>();
}

const json& objectAt(const json& object, const char* key, const std::string& path) {
  const json& value = member(object, key, path);
  if (!value.is_object()) throw FormatError{"expected an object for '" + path + key + "'"};
  return value;
}

StepRecord stepFrom(const json& object, const std::string& path) {
  if (!object.is_object()) throw FormatError{"expected an object for '" + path + "'"};
  StepRecord record;
  const std::string prefix = path + ".";
  record.complete = typed<bool>(object, "complete", prefix, json::value_t::boolean, "true or false");
  const auto attempts = typed<long>(object, "attempts", prefix, json::value_t::number_integer, "a whole number");
  if (attempts < 0 || attempts > 1000000) throw FormatError{"expected a count for '" + prefix + "attempts'"};
  record.attempts = static_cast<int>(attempts);
  record.firstTryCorrect = typed<bool>(object, "first_try_correct", prefix, json::value_t::boolean, "true or false");
  return record;
}

LessonProgress lessonFrom(const std::string& id, const json& object, const std::string& path) {
  if (!object.is_object()) throw FormatError{"expected an object for '" + path + "'"};
  LessonProgress lesson;
  lesson.lessonId = id;
  const std::string prefix = path + ".";
  lesson.currentStep = typed<std::string>(object, "current_step", prefix, json::value_t::string, "text");
  lesson.finished = typed<bool>(object, "finished", prefix, json::value_t::boolean, "true or false");
  const json& detour = member(object, "detour", prefix);
  if (!detour.is_array()) throw FormatError{"expected a list for '" + prefix + "detour'"};
  for (const auto& step : detour) {
    if (!step.is_string()) throw FormatError{"expected step ids in '" + prefix + "detour'"};
    lesson.detour.push_back(step.get<std::string>());
  }
  for (const auto& [stepId, record] : objectAt(object, "steps", prefix).items())
    lesson.steps[stepId] = stepFrom(record, prefix + "steps." + stepId);
  return lesson;
}

}  // namespace

std::string progressToJson(const UserProgress& progress) {
  json lessons = json::object();
  for (const auto& [id, lesson] : progress.lessons) {
    json steps = json::object();
    for (const auto& [stepId, r] : lesson.steps)
      steps[stepId] = {{"complete", r.complete}, {"attempts", r.attempts}, {"first_try_correct", r.firstTryCorrect}};
    lessons[id] = {{"current_step", lesson.currentStep},
                   {"finished", lesson.finished},
                   {"detour", lesson.detour},
                   {"steps", std::move(steps)}};
  }
  const json document = {
      {"format", kFormat}, {"version", kProgressVersion}, {"user", progress.user}, {"lessons", std::move(lessons)}};
  // Invalid UTF-8 in a name must not make saving throw; replace it instead.
  return document.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::optional<long> progressVersionOf(std::string_view text) {
  const json document = json::parse(text, nullptr, false);
  if (!document.is_object()) return std::nullopt;
  const auto it = document.find("version");
  if (it == document.end() || !it->is_number_integer()) return std::nullopt;
  return it->get<long>();
}

Result<UserProgress> progressFromJson(std::string_view text) {
  const json document = json::parse(text, nullptr, false);
  if (document.is_discarded()) return Error{"", "not valid JSON (damaged or cut short)"};
  try {
    if (!document.is_object()) throw FormatError{"expected a JSON object"};
    if (typed<std::string>(document, "format", "", json::value_t::string, "text") != kFormat)
      throw FormatError{"expected format '" + std::string(kFormat) + "'"};
    const auto version = typed<long>(document, "version", "", json::value_t::number_integer, "a whole number");
    if (version < 1 || version > kProgressVersion)
      throw FormatError{"version " + std::to_string(version) + " (expected 1 to " + std::to_string(kProgressVersion) +
                        "; a newer Myoscope wrote it)"};
    UserProgress progress;
    progress.user = typed<std::string>(document, "user", "", json::value_t::string, "text");
    for (const auto& [id, lesson] : objectAt(document, "lessons", "").items())
      progress.lessons[id] = lessonFrom(id, lesson, "lessons." + id);
    return progress;
  } catch (const FormatError& e) {
    return Error{"", e.message};
  } catch (const json::exception& e) {  // a value out of range for its type
    return Error{"", e.what()};
  }
}

}  // namespace myo::lesson
