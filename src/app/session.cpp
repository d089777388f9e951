#include "app/session.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <future>

#include "app/overlay_commands.hpp"
#include "atlas/import/atlas_loader.hpp"
#include "commands/view_commands.hpp"
#include "core/log.hpp"

#ifndef MYOSCOPE_BUILTIN_ATLAS
#define MYOSCOPE_BUILTIN_ATLAS "builtin-atlas.pack"
#endif
#ifndef MYOSCOPE_SHARED_DIR
#define MYOSCOPE_SHARED_DIR "../shared"
#endif

namespace myo::app {

std::string defaultAtlasPath() {
  if (const char* env = std::getenv("MYOSCOPE_ATLAS"); env != nullptr && *env != '\0') return env;
  // The built-in atlas the build generated (tools/atlas_gen); without it (a build without GL, or before
  // the generator ran) the BodyParts3D meshes beside the checkout.
  if (std::filesystem::is_regular_file(MYOSCOPE_BUILTIN_ATLAS)) return MYOSCOPE_BUILTIN_ATLAS;
  // Next to the working directory first (a checkout), then where the build was configured from.
  for (const std::string& candidate :
       {std::string("../shared/data/bodyparts3d"), std::string(MYOSCOPE_SHARED_DIR) + "/data/bodyparts3d"}) {
    if (std::filesystem::is_directory(candidate)) return candidate;
  }
  return std::string(MYOSCOPE_SHARED_DIR) + "/data/bodyparts3d";
}

Session::Session() {
  registerViewCommands(registry, scene);
  registerOverlayCommands(registry, scene, overlays);
}

// The BVH thread reads the atlas: it must finish before the atlas goes. A BVH nobody asked for is
// never built.
Session::~Session() {
  if (pickingBuilder_.joinable()) pickingBuilder_.join();
}

void Session::buildPickingInBackground() {
  if (pickingBuilder_.joinable() || !scene.bvhReady.valid()) return;
  pickingBuilder_ = std::thread([ready = scene.bvhReady] { ready.wait(); });  // runs the deferred build
}

Status Session::load(const AtlasSource& source) {
  const std::string path = source.path.empty() ? defaultAtlasPath() : source.path;
  const auto start = std::chrono::steady_clock::now();
  atlas::LoadOptions options;
  options.useCache = source.useCache;
  if (!source.cacheDir.empty()) options.cacheDir = source.cacheDir;
  atlas::LoadReport report;
  if (pickingBuilder_.joinable()) pickingBuilder_.join();  // a previous atlas's BVH thread still reads it
  auto loaded = atlas::loadAtlas(path, options, &report);
  for (const auto& error : report.errors) log::warning(error.text());
  for (const auto& warning : report.warnings) log::warning(warning);
  for (const auto& note : report.notes) log::debug(note);  // handled: the same structure in two files
  if (!loaded) return loaded.error();
  atlas = std::move(*loaded);
  scene.atlas = &atlas;
  scene.bvh = &bvh;
  // Deferred: built by the first pick (or buildPickingInBackground()), not while the first frame draws.
  scene.bvhReady = std::async(std::launch::deferred, [this] { bvh = atlas::Bvh(atlas); }).share();
  const double now = scene.view.now;
  scene.view = ViewState::forAtlas(atlas);
  scene.view.now = now;
  overlays.setAtlas(&atlas);
  overlays.rebuild(scene.view.overlays);  // what was shown stays shown, on the new atlas's muscles
  // The first view shows the muscles, as an anatomy atlas's muscle view opens: the skin (a translucent
  // ghost) and the fascia (sleeves round the limbs and trunk) start hidden; the layer boxes, the peel
  // slider and `layer skin on` bring them back.
  scene.view.layerVisible[static_cast<size_t>(atlas::Layer::Skin)] = false;
  scene.view.layerVisible[static_cast<size_t>(atlas::Layer::Fascia)] = false;
  loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  loadErrors = report.errors.size();
  loadedFromCache = report.cacheHits > 0 && report.cacheHits == atlas.structures.size();
  return {};
}

}  // namespace myo::app
