#include "app/lint.hpp"

#include <iostream>

#include "core/log.hpp"
#include "lesson/lint.hpp"
#include "lesson/validator.hpp"
#include "lesson/vocabulary.hpp"

namespace myo::app {

int runLint(const AtlasSource& atlas, const std::vector<std::string>& files) {
  if (files.empty()) {
    log::error("lint: expected one or more lesson files");
    return 2;
  }
  Session session;
  lesson::IdChecker ids;
  if (const Status loaded = session.load(atlas); loaded.ok()) {
    ids = [&session](lesson::IdKind kind, std::string_view id) -> std::optional<std::string> {
      // Trigger points, zones and regions arrive with their catalogs; until then only structures are checked.
      if (kind != lesson::IdKind::Structure) return std::nullopt;
      const auto found = session.scene.resolve(id);
      if (found) return std::nullopt;
      return found.error().message;
    };
  } else {
    log::warning("lint: " + loaded.error().text() + "; structure ids are not checked");
  }
  const lesson::Validator validator(lesson::CommandVocabulary::fromRegistry(session.registry), ids);
  return lesson::lintFiles(files, validator, std::cout);
}

}  // namespace myo::app
