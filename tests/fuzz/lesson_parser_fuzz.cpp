// libFuzzer target: any bytes through the lesson parser and validator, and, when they make a valid
// lesson, a short play-through driven by the same bytes. The contract under test is DESIGN.md's "a
// broken lesson never crashes the app": no input may crash, hang or touch memory it should not.
// Build with -DMYOSCOPE_FUZZ=ON (clang); seed it with tests/data/lessons and lessons.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lesson/narration.hpp"
#include "lesson/runner.hpp"
#include "lesson/validator.hpp"

namespace {

using namespace myo::lesson;

// A fixed vocabulary in the shape of the view commands, so the fuzzer reaches argument and id checks
// without linking the commands library.
const Validator& validator() {
  static const Validator instance = [] {
    CommandVocabulary vocabulary;
    vocabulary.add({"view", "<anterior|posterior|left|right|superior|inferior>", 1, 1});
    vocabulary.add({"orbit", "<yaw-degrees> <pitch-degrees>", 2, 2});
    vocabulary.add({"isolate", "[id...]", 0, -1});
    vocabulary.add({"show", "<all | id...>", 1, -1});
    vocabulary.add({"hover", "<x> <y> | none", 1, 2});
    vocabulary.add({"layer", "<skin|fascia|superficial|deep|bone> <on|off|toggle>", 2, 2});
    vocabulary.add({"trp", "<show|hide> <trp-id...>", 2, -1});
    vocabulary.add({"odd", "<a <b>> [c", 0, 3});
    IdChecker ids = [](IdKind, std::string_view id) -> std::optional<std::string> {
      if (id.starts_with("infraspinatus") || id.starts_with("neck_base") || id == "scapula.r") return std::nullopt;
      return "unknown id '" + std::string(id) + "'";
    };
    return Validator(std::move(vocabulary), std::move(ids));
  }();
  return instance;
}

void play(Lesson lesson, const uint8_t* data, size_t size) {
  LessonRunner runner(std::move(lesson));
  for (size_t i = 0; i < size && i < 256; ++i) {
    const uint8_t op = data[i];
    switch (op % 9) {
      case 0:
        runner.next();
        break;
      case 1:
        runner.back();
        break;
      case 2:
        runner.skip();
        break;
      case 3:
        runner.choose(op / 9 % 4);
        break;
      case 4:
        runner.click(IdKind::Structure, "infraspinatus.r");
        break;
      case 5:
        runner.markRegion("neck_base.l");
        break;
      case 6:
        runner.advanceTime(op / 9.0);
        break;
      case 7:
        runner.reload(runner.lesson());
        break;
      case 8:
        (void)runner.resume(runner.progress());
        break;
    }
    runner.takeCommands();
    if (const Step* step = runner.currentStep()) (void)formatNarration(step->narration.value);
  }
  (void)runner.score();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  LoadedLesson loaded = validator().loadText(text, "fuzz.yaml");
  for (const auto& diagnostic : loaded.diagnostics) (void)diagnostic.text();
  if (loaded.lesson) play(std::move(*loaded.lesson), data, size);
  (void)formatNarration(text);
  return 0;
}
