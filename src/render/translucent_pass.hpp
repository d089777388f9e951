#pragma once
// Skin and x-ray ghosts with weighted blended order-independent transparency (McGuire & Bavoil 2013):
// drawn at single sample against the resolved opaque depth (tested, not written) into the accumulation
// and weight targets, which compose.frag then lays over the opaque picture. The result does not depend
// on the order of the structures.
#include "atlas/atlas.hpp"
#include "core/result.hpp"
#include "render/frame_plan.hpp"
#include "render/framebuffers.hpp"
#include "render/surface_uniforms.hpp"

namespace myo::render {

class TranslucentPass {
 public:
  static Result<TranslucentPass> create();

  // Clears the OIT targets and draws the plan's translucent list into them.
  void draw(const FrameContext& frame, const Framebuffers& targets, const MeshBuffers& meshes, const FramePlan& plan,
            const atlas::Atlas& atlas) const;

 private:
  Program program_;
  FrameUniforms frameUniforms_;
  SurfaceUniforms surfaceUniforms_;
  GLint opacity_ = -1;
  GLint depthRange_ = -1;
};

}  // namespace myo::render
