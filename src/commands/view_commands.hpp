#pragma once
// The view vocabulary: camera, visibility, selection, x-ray, layers, labels. The app adds its own
// commands (screenshot, wait, size, quit) to the same registry.
#include "commands/command_registry.hpp"
#include "commands/scene.hpp"

namespace myo {

// Camera transitions last this long in the window; headless scripts settle them before a screenshot.
inline constexpr double kCameraTransitionSeconds = 0.6;

void registerViewCommands(CommandRegistry& registry, Scene& scene);

}  // namespace myo
