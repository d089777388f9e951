#include "lesson/parser.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <yaml-cpp/eventhandler.h>

#include "core/strings.hpp"
#include "lesson/completion_parser.hpp"
#include "lesson/yaml_fields.hpp"

namespace myo::lesson {
namespace {

constexpr std::string_view kLessonFields[] = {"id", "title", "audience", "duration", "objectives", "setup", "steps"};
constexpr std::string_view kStepFields[] = {"id",   "title", "narration", "commands", "notes", "hint",
                                            "wait", "click", "quiz",      "mark",     "review"};

std::optional<int> secondsPerUnit(std::string_view unit) {
  if (unit == "s" || unit == "sec" || unit == "second" || unit == "seconds") return 1;
  if (unit == "min" || unit == "minute" || unit == "minutes") return 60;
  if (unit == "h" || unit == "hour" || unit == "hours") return 3600;
  return std::nullopt;
}

// "10 min", "90 s", "1 h 30 min": number-unit pairs.
std::optional<int> parseDuration(std::string_view text) {
  const auto words = splitWhitespace(text);
  if (words.empty() || words.size() % 2 != 0) return std::nullopt;
  double seconds = 0.0;
  for (size_t i = 0; i < words.size(); i += 2) {
    const auto number = parseDouble(words[i]);
    const auto unit = secondsPerUnit(words[i + 1]);
    if (!number || !unit || !(*number >= 0.0) || *number > 1e6) return std::nullopt;
    seconds += *number * *unit;
  }
  if (!(seconds >= 1.0) || seconds > 24 * 3600.0) return std::nullopt;
  return static_cast<int>(std::lround(seconds));
}

// Commands are single-line scalars; a quoted one starts one column after its mark.
CommandLine commandAt(const Located<std::string>& item, std::string_view source, const YAML::Node& node) {
  CommandLine line{item.value, item.pos};
  const auto offset = node.Mark().pos;
  if (offset >= 0 && static_cast<size_t>(offset) < source.size() &&
      (source[static_cast<size_t>(offset)] == '"' || source[static_cast<size_t>(offset)] == '\''))
    ++line.pos.col;
  return line;
}

std::vector<CommandLine> parseCommands(const MapFields& fields, std::string_view key, std::string_view source) {
  std::vector<CommandLine> out;
  const auto node = fields.value(key);
  if (!node) return out;
  if (node->IsScalar()) {
    out.push_back(commandAt({node->Scalar(), fields.valuePos(key)}, source, *node));
  } else if (node->IsSequence()) {
    for (const auto& item : *node) {
      if (!item.IsScalar()) {
        const SourcePos pos = positionOf(item);
        fields.reporter().error(pos.line > 0 ? pos : fields.valuePos(key),
                                "expected a command (one line of text) in '" + std::string(key) + "' of " +
                                    fields.what() + ", got " + describeNode(item));
        continue;
      }
      out.push_back(commandAt({item.Scalar(), positionOf(item)}, source, item));
    }
  } else {
    fields.reporter().error(fields.valuePos(key), "expected a list of commands for '" + std::string(key) + "' in " +
                                                      fields.what() + ", got " + describeNode(*node));
    return out;
  }
  // A block of several commands in one item is reported once, and not checked as a single command.
  std::erase_if(out, [&](const CommandLine& line) {
    if (line.text.find('\n') == std::string::npos) return false;
    fields.reporter().error(line.pos, "expected one command a line in '" + std::string(key) + "' of " + fields.what() +
                                          " (write each command as its own list item)");
    return true;
  });
  return out;
}

std::vector<Located<Audience>> parseAudience(const MapFields& lesson) {
  std::vector<Located<Audience>> out;
  const auto words = lesson.textList("audience", true, "one or more of: student, instructor, client");
  if (!words) return out;
  for (const auto& word : *words) {
    if (word.value == "student")
      out.push_back({Audience::Student, word.pos});
    else if (word.value == "instructor")
      out.push_back({Audience::Instructor, word.pos});
    else if (word.value == "client")
      out.push_back({Audience::Client, word.pos});
    else
      lesson.reporter().error(word.pos,
                              "unknown audience '" + word.value + "' (expected one of: student, instructor, client)");
  }
  return out;
}

Step parseStep(const YAML::Node& node, size_t number, std::string_view source, Reporter& reporter) {
  // Name the step by its id in messages when it has one: "step 'intro'" is easier to find than "step 3".
  std::string what = "step " + std::to_string(number);
  if (node["id"] && node["id"].IsScalar() && !node["id"].Scalar().empty()) what = "step '" + node["id"].Scalar() + "'";
  const MapFields fields(node, what, {std::begin(kStepFields), std::end(kStepFields)}, reporter);
  Step step;
  step.pos = fields.pos();
  if (auto id = fields.text("id", true)) step.id = std::move(*id);
  if (auto title = fields.text("title", true)) step.title = std::move(*title);
  if (auto narration = fields.text("narration", true)) step.narration = std::move(*narration);
  if (auto notes = fields.text("notes", false)) step.notes = std::move(*notes);
  if (auto hint = fields.text("hint", false)) step.hint = std::move(*hint);
  if (auto review = fields.flag("review")) step.review = review->value;
  step.commands = parseCommands(fields, "commands", source);
  step.completion = parseCompletion(fields);
  return step;
}

void parseSteps(const MapFields& fields, std::string_view source, Lesson& lesson) {
  const auto steps = fields.value("steps");
  if (!steps) {
    fields.missing("steps", "a list of steps");
    return;
  }
  if (!steps->IsSequence() || steps->size() == 0) {
    fields.reporter().error(fields.valuePos("steps"),
                            "expected a list of at least one step for 'steps', got " + describeNode(*steps));
    return;
  }
  size_t number = 0;
  for (const auto& item : *steps) {
    ++number;
    if (!item.IsMap()) {
      const SourcePos pos = positionOf(item);
      fields.reporter().error(pos.line > 0 ? pos : fields.valuePos("steps"),
                              "expected step " + std::to_string(number) +
                                  " to be a mapping with id, title, narration, ..., got " + describeNode(item));
      continue;
    }
    lesson.steps.push_back(parseStep(item, number, source, fields.reporter()));
  }
}

Lesson parseRoot(const YAML::Node& root, std::string_view source, Reporter& reporter) {
  const MapFields fields(root, "the lesson", {std::begin(kLessonFields), std::end(kLessonFields)}, reporter);
  Lesson lesson;
  lesson.file = reporter.file();
  lesson.pos = fields.pos();
  if (auto id = fields.text("id", true)) lesson.id = std::move(*id);
  if (auto title = fields.text("title", true)) lesson.title = std::move(*title);
  lesson.audience = parseAudience(fields);
  if (const auto duration = fields.text("duration", true, "a duration such as '10 min'")) {
    if (const auto seconds = parseDuration(duration->value)) {
      lesson.durationSeconds = {*seconds, duration->pos};
    } else {
      reporter.error(
          duration->pos,
          "expected a duration such as '10 min', '90 s' or '1 h 30 min' for 'duration', got '" + duration->value + "'");
    }
  }
  if (auto objectives = fields.textList("objectives", true, "a list of at least one objective"))
    lesson.objectives = std::move(*objectives);
  lesson.setup = parseCommands(fields, "setup", source);
  parseSteps(fields, source, lesson);
  return lesson;
}

// yaml-cpp reports tab indentation as "illegal block entry" or similar; name the likely cause.
std::string syntaxHint(std::string_view source, int line) {
  const auto lines = split(source, '\n');
  for (int i = std::max(0, line - 1); i <= line && i < static_cast<int>(lines.size()); ++i) {
    const std::string_view text = lines[static_cast<size_t>(i)];
    const size_t indent = text.find_first_not_of(" \t");
    if (text.substr(0, indent).find('\t') != std::string_view::npos)
      return " (a tab in the indentation of line " + std::to_string(i + 1) + "? YAML indents with spaces)";
  }
  return "";
}

SourcePos markPosition(const YAML::Mark& mark) {
  if (mark.line < 0 || mark.column < 0) return {1, 1};
  return {mark.line + 1, mark.column + 1};
}

// Records where a second document starts; ignores everything else.
class DocumentCounter : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ == 2) second_ = mark;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
  YAML::Mark second() const { return second_; }

 private:
  int documents_ = 0;
  YAML::Mark second_;
};

// YAML::Load() reads the first document and silently drops whatever follows: a second document, or a
// stray ',' outside brackets (yaml-cpp 0.7 ends the document there). Find where such content starts.
// Never YAML::LoadAll(): on a stray ',' it loops forever, allocating (yaml-cpp #1040, fixed after 0.7).
std::optional<YAML::Mark> contentAfterFirstDocument(const std::string& text) {
  std::istringstream in(text);
  YAML::Parser parser(in);
  DocumentCounter counter;
  if (!parser.HandleNextDocument(counter)) return std::nullopt;
  if (!parser.HandleNextDocument(counter)) return std::nullopt;  // at most twice: see above
  return counter.second();
}

// Returns false, having reported it, when the file holds more than its one lesson document.
bool checkSingleDocument(const std::string& text, Reporter& reporter) {
  const auto extra = contentAfterFirstDocument(text);
  if (!extra) return true;
  const auto pos = static_cast<size_t>(std::max(0, extra->pos));
  if (pos < text.size() && text[pos] == ',') {
    reporter.error(markPosition(*extra),
                   "unexpected ',' (expected a field; put text that starts with a comma "
                   "in quotes)");
  } else {
    reporter.error(markPosition(*extra), "a second YAML document (expected one lesson a file)");
  }
  return false;
}

}  // namespace

ParseResult parseLesson(std::string_view text, const std::string& fileName) {
  Reporter reporter(fileName);
  ParseResult result;
  if (text.size() > kMaxLessonBytes) {
    reporter.error(
        {}, "file is too large for a lesson (" + std::to_string(text.size()) + " bytes; expected at most 4 MiB)");
    result.diagnostics = reporter.take();
    return result;
  }
  try {
    const std::string source(text);
    const YAML::Node root = YAML::Load(source);
    if (!checkSingleDocument(source, reporter)) {
      // reported; a lesson read from part of the file would only add confusing errors
    } else if (root.IsNull()) {
      reporter.error({1, 1}, "empty lesson (expected a mapping with id, title, audience, duration, objectives, steps)");
    } else if (!root.IsMap()) {
      reporter.error(markPosition(root.Mark()),
                     "expected a lesson (a mapping with id, title, audience, duration, objectives, steps), got " +
                         describeNode(root));
    } else {
      result.lesson = parseRoot(root, text, reporter);
    }
  } catch (const YAML::Exception& e) {
    // yaml-cpp's message is terse ("illegal map value"); say it is YAML syntax so the author looks there.
    reporter.error(markPosition(e.mark), "invalid YAML: " + e.msg + syntaxHint(text, e.mark.line));
    result.lesson.reset();
  } catch (const std::exception& e) {  // never let a broken lesson take the app down
    reporter.error({}, std::string("cannot parse the lesson: ") + e.what());
    result.lesson.reset();
  }
  result.diagnostics = reporter.take();
  sortByPosition(result.diagnostics);
  return result;
}

ParseResult parseLessonFile(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error))
    return {std::nullopt, {{path, {}, Severity::Error, "no such file (expected a lesson file)"}}};
  if (std::filesystem::file_size(path, error) > kMaxLessonBytes)
    return {std::nullopt, {{path, {}, Severity::Error, "file is too large for a lesson (expected at most 4 MiB)"}}};
  std::ifstream in(path, std::ios::binary);
  if (!in) return {std::nullopt, {{path, {}, Severity::Error, "cannot open the file (expected a readable lesson)"}}};
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return {std::nullopt, {{path, {}, Severity::Error, "cannot read the file"}}};
  return parseLesson(text.str(), path);
}

}  // namespace myo::lesson
