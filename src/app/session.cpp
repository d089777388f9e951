#include "app/session.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "atlas/import/atlas_loader.hpp"
#include "commands/view_commands.hpp"
#include "core/log.hpp"

#ifndef MYOSCOPE_SHARED_DIR
#define MYOSCOPE_SHARED_DIR "../shared"
#endif

namespace myo::app {

std::string defaultAtlasPath() {
  if (const char* env = std::getenv("MYOSCOPE_ATLAS"); env != nullptr && *env != '\0') return env;
  // Next to the working directory first (a checkout), then where the build was configured from.
  for (const std::string& candidate : {std::string("../shared/data/bodyparts3d"),
                                      std::string(MYOSCOPE_SHARED_DIR) + "/data/bodyparts3d"}) {
    if (std::filesystem::is_directory(candidate)) return candidate;
  }
  return std::string(MYOSCOPE_SHARED_DIR) + "/data/bodyparts3d";
}

Session::Session() { registerViewCommands(registry, scene); }

Status Session::load(const AtlasSource& source) {
  const std::string path = source.path.empty() ? defaultAtlasPath() : source.path;
  const auto start = std::chrono::steady_clock::now();
  atlas::LoadOptions options;
  options.useCache = source.useCache;
  if (!source.cacheDir.empty()) options.cacheDir = source.cacheDir;
  atlas::LoadReport report;
  auto loaded = atlas::loadAtlas(path, options, &report);
  for (const auto& error : report.errors) log::warning(error.text());
  for (const auto& warning : report.warnings) log::warning(warning);
  for (const auto& note : report.notes) log::info(note);
  if (!loaded) return loaded.error();
  atlas = std::move(*loaded);
  bvh = atlas::Bvh(atlas);
  scene.atlas = &atlas;
  scene.bvh = &bvh;
  const double now = scene.view.now;
  scene.view = ViewState::forAtlas(atlas);
  scene.view.now = now;
  loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  loadErrors = report.errors.size();
  loadedFromCache = report.cacheHits > 0 && report.cacheHits == atlas.structures.size();
  return {};
}

}  // namespace myo::app
