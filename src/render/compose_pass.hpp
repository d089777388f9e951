#pragma once
// The final picture into the output colour: the resolved opaque colour darkened in creases and along
// contour lines between structures, with the translucent layers (skin, x-ray ghosts) composited on top.
// Outside the frame's region the output is the background.
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

  void draw(const FrameContext& frame, const Framebuffers& targets, bool translucent, glm::vec3 background,
            const FullscreenTriangle& triangle, const ComposeStyle& style = {}) const;

 private:
  struct Variant {
    Program program;
    GLint projection = -1;
    GLint crease = -1;
  };
  static Result<Variant> makeVariant(bool translucent);

  Variant opaqueOnly_;
  Variant withTranslucent_;
};

}  // namespace myo::render
