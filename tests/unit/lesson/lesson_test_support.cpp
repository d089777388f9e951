#include "lesson_test_support.hpp"

#include <fstream>
#include <sstream>

#include "commands/chart_usage.hpp"
#include "commands/command_registry.hpp"
#include "commands/scene.hpp"
#include "commands/view_commands.hpp"
#include "core/ids.hpp"

namespace myo::lesson::testing {

CommandVocabulary viewVocabulary() {
  Scene scene;  // only the command specs are read; no handler runs
  CommandRegistry registry;
  registerViewCommands(registry, scene);
  chart_usage::declareChartCommands(registry);  // show/hide trp and zones, pain, palette: as the app has them
  return CommandVocabulary::fromRegistry(registry);
}

IdChecker idChecker(KnownIds ids) {
  return [ids = std::move(ids)](IdKind kind, std::string_view id) -> std::optional<std::string> {
    const std::vector<std::string>& known = kind == IdKind::Structure      ? ids.structures
                                            : kind == IdKind::TriggerPoint ? ids.triggerPoints
                                            : kind == IdKind::Zone         ? ids.zones
                                                                           : ids.regions;
    for (const auto& candidate : known)
      if (idMatches(id, candidate)) return std::nullopt;
    return "unknown " + std::string(idKindName(kind)) + " id '" + std::string(id) + "'";
  };
}

Validator shoulderValidator() {
  KnownIds ids;
  ids.structures = {"supraspinatus.r", "infraspinatus.r",    "scapula.r",          "scapula.l",
                    "humerus.r",       "levator_scapulae.l", "levator_scapulae.r", "rhomboid_major.r"};
  ids.triggerPoints = {"infraspinatus.trp1.r", "levator_scapulae.trp1.r"};
  ids.regions = {"anterior_shoulder", "posterior_shoulder", "neck_base", "scapula_medial_border", "suprascapular"};
  return Validator(viewVocabulary(), idChecker(std::move(ids)));
}

std::string sourcePath(const std::string& relative) { return std::string(MYOSCOPE_SOURCE_DIR) + "/" + relative; }

std::string readText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace myo::lesson::testing
