#pragma once
// The opaque pass: every opaque structure of the plan into the multisampled scene framebuffer, lit with
// its tissue's material and tinted by its emphasis; alpha carries the structure code for contour lines.
#include "atlas/atlas.hpp"
#include "core/result.hpp"
#include "render/frame_plan.hpp"
#include "render/framebuffers.hpp"
#include "render/surface_uniforms.hpp"

namespace myo::render {

// The code a structure writes into alpha: in (0, 1], neighbours by index far apart, 0 is the background.
float structureCode(std::uint32_t structure);

class ScenePass {
 public:
  static Result<ScenePass> create();

  // Clears the scene to `background` (alpha 0) and draws the plan's opaque list.
  void draw(const FrameContext& frame, const Framebuffers& targets, const MeshBuffers& meshes, const FramePlan& plan,
            const atlas::Atlas& atlas, glm::vec3 background) const;

 private:
  struct Variant {
    Program program;
    FrameUniforms frame;
    SurfaceUniforms surface;
    GLint code = -1;
  };
  static Result<Variant> makeVariant(bool fibrous);

  Variant plain_;
  Variant fibrous_;
};

}  // namespace myo::render
