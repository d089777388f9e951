#include "app/headless.hpp"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "app/lesson_player.hpp"
#include "app/offscreen_view.hpp"
#include "atlas/file_io.hpp"
#include "core/log.hpp"
#include "core/strings.hpp"

namespace myo::app {
namespace {

Status saveImage(const Image& image, const std::string& path) {
  const std::filesystem::path target(path);
  if (target.has_parent_path()) {
    std::error_code ignored;
    std::filesystem::create_directories(target.parent_path(), ignored);
  }
  return savePng(image, path);
}

// Commands that need the offscreen view: screenshot, size, wait (which also runs a lesson's timers).
void registerHeadlessCommands(Session& session, OffscreenView& view, LessonPlayer* player) {
  auto& r = session.registry;
  r.add({"screenshot", "<file.png>", "render the view to a PNG file (camera transitions finish first)", 1, 1,
         [&view](const CommandArgs& a) -> Status {
           view.settle();
           Status saved = saveImage(view.capture(), a[0]);
           if (saved.ok()) log::info("wrote " + a[0]);
           return saved;
         }});
  r.add({"size", "<WIDTHxHEIGHT>", "resize the headless view", 1, 1, [&view](const CommandArgs& a) -> Status {
           const auto size = parseSize(a[0]);
           if (!size) return Error{"", "expected a size like 800x600, got '" + a[0] + "'"};
           view.resize(size->first, size->second);
           return {};
         }});
  r.add({"wait", "<seconds>", "let time pass (camera transitions move on)", 1, 1,
         [&session, player](const CommandArgs& a) -> Status {
           const auto seconds = parseDouble(a[0]);
           if (!seconds || *seconds < 0.0) return Error{"", "expected seconds (0 or more), got '" + a[0] + "'"};
           session.scene.view.advanceTo(session.scene.view.now + *seconds);
           if (player != nullptr) player->advanceTime(*seconds);
           return {};
         }});
}

}  // namespace

Result<std::string> readScript(const std::string& path) {
  auto bytes = atlas::readFileBytes(path);
  if (!bytes) return Error{"--script", "cannot read '" + path + "': " + bytes.error().message};
  return bytes;
}

int runHeadlessScript(const HeadlessOptions& options) {
  const auto text = readScript(options.scriptPath);
  if (!text) {
    log::error(text.error().text());
    return 2;
  }
  Session session;
  if (const Status loaded = session.load(options.atlas); !loaded.ok()) {
    log::error(loaded.error().text());
    return 3;
  }
  auto view = OffscreenView::create(session, options.width, options.height);
  if (!view) {
    log::error(view.error().text());
    return 3;
  }
  std::unique_ptr<LessonPlayer> player;
  if (!options.lessonPath.empty()) {
    // Before the headless commands, so the lesson is checked exactly as `myoscope lint` checks it.
    player = std::make_unique<LessonPlayer>(session, options.lessonPath,
                                            LessonPlayerOptions{defaultProgressFolder(), defaultUserName()});
    for (const auto& problem : player->problems()) std::cout << problem.text() << '\n';
    std::cout.flush();
    if (player->runner() == nullptr) return 1;
    player->registerCommands();
  }
  registerHeadlessCommands(session, **view, player.get());
  const Status ran = runScript(*text, options.scriptPath, session.registry);
  if (!ran.ok()) log::error(ran.error().text());
  if (player != nullptr) {
    const lesson::Score score = player->runner()->score();
    std::cout << "score: " << score.correctFirstTry << "/" << score.questions << std::endl;
  }
  return ran.ok() ? 0 : 1;
}

int renderStandardViews(const AtlasSource& atlas, const std::string& outDir, int width, int height) {
  Session session;
  if (const Status loaded = session.load(atlas); !loaded.ok()) {
    log::error(loaded.error().text());
    return 3;
  }
  auto view = OffscreenView::create(session, width, height);
  if (!view) {
    log::error(view.error().text());
    return 3;
  }
  for (const char* name : {"anterior", "posterior", "left", "right", "superior", "inferior"}) {
    if (const Status s = session.registry.execute(std::string("view ") + name); !s.ok()) return 1;
    (*view)->settle();
    const std::string path = (std::filesystem::path(outDir) / (std::string(name) + ".png")).string();
    if (const Status saved = saveImage((*view)->capture(), path); !saved.ok()) {
      log::error(saved.error().text());
      return 1;
    }
  }
  std::printf("No display found: rendered the six standard views of %s (%zu structures) to %s/\n",
              session.atlas.name.c_str(), session.atlas.structures.size(),
              std::filesystem::absolute(outDir).lexically_normal().c_str());
  return 0;
}

}  // namespace myo::app
