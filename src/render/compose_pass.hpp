#pragma once
// The final picture into the output colour: the resolved opaque colour darkened in creases and along
// contour lines between structures, with the translucent layers (skin, x-ray ghosts) composited on top.
// Outside the frame's region the output is the background.
#include <vector>

#include "core/result.hpp"
#include "render/frame_context.hpp"
#include "render/framebuffers.hpp"

namespace myo::render {

struct ComposeStyle {
  float creaseStrength = 0.55f;    // darkening of a pixel far behind its surroundings
  float creaseReachPixels = 6.0f;  // depth gap, in pixel widths at the pivot, that gives full darkening
  float lineStrength = 0.38f;      // darkening of the one-pixel contour between structures
};

class ComposePass {
 public:
  static Result<ComposePass> create();

  // `markers`: TrP markers in pixels (x, y from the bottom left, half size, opacity), at most kMaxMarkers.
  void draw(const FrameContext& frame, const Framebuffers& targets, bool translucent, glm::vec3 background,
            const FullscreenTriangle& triangle, const std::vector<glm::vec4>& markers,
            const ComposeStyle& style = {}) const;
  static constexpr size_t kMaxMarkers = 32;  // MAX_MARKERS of compose.frag

 private:
  struct Variant {
    Program program;
    GLint projection = -1;
    GLint crease = -1;
    GLint markerCount = -1;
    GLint markers = -1;
  };
  static Result<Variant> makeVariant(bool translucent);

  Variant opaqueOnly_;
  Variant withTranslucent_;
};

}  // namespace myo::render
