#pragma once
// What the user sees, as plain data without GL (DESIGN.md): camera, visibility, selection, labels,
// overlays. Commands change it, the renderer draws it, the UI shows it and changes it only through
// commands, so a lesson, a test and a click reach the same state by the same path.
#include <array>
#include <optional>
#include <vector>

#include "atlas/atlas.hpp"
#include "commands/overlays.hpp"
#include "core/camera.hpp"

namespace myo {

struct ViewState {
  Camera camera;
  std::optional<CameraAnimation> animation;  // running transition; camera is updated from it each frame
  double now = 0.0;                          // seconds on the app's clock (virtual in headless scripts)

  std::vector<bool> hidden;                  // per structure: hidden by hide / isolate
  std::array<bool, atlas::kLayerCount> layerVisible{true, true, true, true, true};
  std::optional<size_t> selected;
  std::optional<size_t> hovered;
  std::vector<size_t> highlighted;           // drawn with a highlight tint
  std::vector<size_t> pinned;                // structures with a pinned label
  bool xray = false;                         // ghost every visible structure outside the focus set
  bool labels = true;                        // show the selection's and pinned labels
  Overlays overlays;                         // zones and TrP markers drawn over the tissue
  float centreShift = 0.0f;  // the picture's sideways shift (Camera::projection): the window sets it for its panels

  // A fresh state for an atlas: everything visible, framed from the front.
  static ViewState forAtlas(const atlas::Atlas& atlas);

  bool isVisible(const atlas::Atlas& atlas, size_t index) const;
  // Structures drawn opaque under x-ray: the selection and highlighted ones.
  bool isFocused(size_t index) const;
  bool isHighlighted(size_t index) const;
  std::vector<bool> visibilityMask(const atlas::Atlas& atlas) const;
  // Advance the clock and the running camera animation.
  void advanceTo(double seconds);
  void animateTo(const Camera& target, double durationSeconds = 0.6);
};

}  // namespace myo
