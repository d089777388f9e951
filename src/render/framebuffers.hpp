#pragma once
// The renderer's own render targets at one size: the multisampled scene, its single-sample resolve
// (colour with the structure code in alpha, and depth), the half-resolution depth targets of the crease
// term, the selection mask, the weighted-blended OIT targets and the final output that readImage() reads,
// blitToScreen() copies and overlays draw on.
#include <glm/glm.hpp>

#include "core/result.hpp"
#include "render/gl_resources.hpp"

namespace myo::render {

struct Framebuffers {
  int width = 0;
  int height = 0;
  int samples = 1;

  // Opaque pass, multisampled: RGBA8 (rgb colour, a = structure code) + depth.
  Renderbuffer sceneColour, sceneDepth;
  Framebuffer scene;
  // The opaque pass resolved; `depth` is also the depth of every later pass and of the output.
  Texture resolvedColour, depth;
  Framebuffer resolved;
  // Linear view distance at 1/creaseDivisor resolution, and its blur (ping-pong through `creaseTemp`).
  int creaseDivisor = 2;
  int creaseWidth = 0, creaseHeight = 0;
  Texture creaseDepth, creaseTemp;
  Framebuffer creaseDepthTarget, creaseTempTarget;
  // Selection mask (R8: 1 where the selected structure is visible, 0.5 where it is hidden behind others).
  Texture mask;
  Framebuffer maskTarget;
  // Weighted blended OIT: rgb = sum of weighted premultiplied colour, a = revealage (product of 1 - alpha);
  // the second target holds the sum of weighted alpha (GL 3.3 has one blend function for all targets).
  Texture accumulation, weights;
  Framebuffer translucent;
  // The final picture: `compose` writes it, `output` (colour + depth) is what overlays draw into.
  Texture outputColour;
  Framebuffer compose, output;

  // (Re)creates the targets every frame uses; fails naming the framebuffer the driver calls incomplete.
  Status resize(int newWidth, int newHeight, int requestedSamples);
  // The selection mask and the OIT targets, made by the first frame that draws a selection or something
  // translucent (x-ray, skin): 10 MB at 1280x720 that a view of opaque structures never needs.
  Status ensureMask();
  Status ensureTranslucent();
  // Resolves the multisampled scene (colour and depth) into `resolved`, inside `region` only.
  void resolveScene(const glm::ivec4& region) const;
};

}  // namespace myo::render
