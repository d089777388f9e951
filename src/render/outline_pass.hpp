#pragma once
// The selection outline: the selected structure into a mask (0.5 everywhere it lies, 1.0 where it is in
// view), then a blended ring around the mask drawn over the output, only inside the structure's screen
// rectangle so its cost follows the structure's size rather than the window's.
#include "core/result.hpp"
#include "render/frame_plan.hpp"
#include "render/framebuffers.hpp"
#include "render/mesh_buffers.hpp"
#include "render/surface_uniforms.hpp"

namespace myo::render {

class OutlinePass {
 public:
  static Result<OutlinePass> create();

  // Needs the resolved depth (for "in view") and the composed output to draw on.
  void draw(const FrameContext& frame, const Framebuffers& targets, const MeshBuffers& meshes, const DrawItem& item,
            const FullscreenTriangle& triangle) const;

 private:
  Program maskProgram_;
  GLint maskViewProjection_ = -1;
  GLint maskValue_ = -1;
  Program ringProgram_;
  GLint ringRadius_ = -1;
};

}  // namespace myo::render
