#pragma once
// The zones of the view (commands/overlays.hpp) as the `Overlays` uniform block of shaders/overlay.glsl: one
// uniform buffer, rewritten only when the overlays' revision changes (the clock is the one value updated each
// frame, for the moving strokes). Every mesh program binds the block to the same binding point.
#include <cstdint>

#include "commands/overlays.hpp"
#include "render/gl_resources.hpp"

namespace myo::render {

inline constexpr int kMaxOverlayShapes = 240;  // MAX_OVERLAY_SHAPES of overlay.glsl
inline constexpr GLuint kOverlayBinding = 0;

class OverlayUniforms {
 public:
  // Binds a program's `Overlays` block (if the program uses it) to kOverlayBinding.
  static void attach(const Program& program);

  // Uploads the shapes when the revision changed and the clock every call; `mute` greys the tissue outside
  // referral zones. Binds the buffer to kOverlayBinding.
  void update(const Overlays& overlays, double seconds, float mute);
  int count() const { return count_; }

 private:
  Buffer buffer_;
  std::uint64_t revision_ = ~std::uint64_t{0};
  int count_ = 0;
};

// The palette: the chart reds, or the colour-blind-safe one (Okabe & Ito 2008), per OverlayStyle (sRGB).
glm::vec3 overlayColour(OverlayStyle style, bool colourBlind);

}  // namespace myo::render
