#pragma once
// One loaded atlas and everything commands act on: the BVH for picking, the scene (view state), and the
// command registry with the view vocabulary. Modes (window, headless, bench) add their own commands.
#include <memory>
#include <string>
#include <thread>

#include "atlas/atlas.hpp"
#include "app/overlay_book.hpp"
#include "atlas/bvh.hpp"
#include "commands/command_registry.hpp"
#include "commands/scene.hpp"
#include "core/result.hpp"

namespace myo::app {

struct AtlasSource {
  std::string path;  // folder or mesh file; empty: the default atlas
  bool useCache = true;
  std::string cacheDir;  // empty: the loader's default
};

// The folder used when no --atlas is given. Until the built-in atlas lands, the BodyParts3D reference
// meshes beside the checkout; MYOSCOPE_ATLAS overrides it.
std::string defaultAtlasPath();

class Session {
 public:
  Session();
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Loads an atlas; files that fail are logged with their reasons and the rest still load. The picking
  // BVH is built on first use (Scene::pickingBvh()), or earlier by buildPickingInBackground().
  Status load(const AtlasSource& source);
  // Starts building the picking BVH on a thread. Call it once the first frame is up: on two cores the
  // build would otherwise slow that frame down, and nothing needs picking before it.
  void buildPickingInBackground();

  atlas::Atlas atlas;
  atlas::Bvh bvh;
  Scene scene;
  CommandRegistry registry;
  OverlayBook overlays;  // the TrPs, referral zones and painted regions shown (overlay_commands.hpp)
  double loadSeconds = 0.0;
  size_t loadErrors = 0;
  bool loadedFromCache = false;

 private:
  std::thread pickingBuilder_;
};

}  // namespace myo::app
