#pragma once
// The depth cue that makes overlapping structures read apart: the resolved depth as linear view distance
// at reduced resolution, blurred (two separable passes). compose.frag darkens a pixel by how far it lies
// behind that blur: creases, contacts and the surfaces just behind an edge (a soft contact shadow).
#include "core/result.hpp"
#include "render/frame_context.hpp"
#include "render/framebuffers.hpp"

namespace myo::render {

class CreasePass {
 public:
  static Result<CreasePass> create();

  void draw(const FrameContext& frame, const Framebuffers& targets, const FullscreenTriangle& triangle) const;

  // The blur's reach in full-resolution pixels: about 1/45 of the height, at least 4.
  static float radiusPixels(int height);

 private:
  Program depthProgram_;
  GLint depthProjection_ = -1;
  GLint depthDivisor_ = -1;
  Program blurProgram_;
  GLint blurStep_ = -1;
};

}  // namespace myo::render
