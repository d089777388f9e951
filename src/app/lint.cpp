#include "app/lint.hpp"

#include "app/id_checker.hpp"

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
  if (const Status loaded = session.load(atlas); !loaded.ok())
    log::warning("lint: " + loaded.error().text() + "; structure ids are not checked");
  const lesson::Validator validator(lesson::CommandVocabulary::fromRegistry(session.registry),
                                    sessionIdChecker(session));
  return lesson::lintFiles(files, validator, std::cout);
}

}  // namespace myo::app
