#pragma once
// Uniform locations shared by the mesh passes (surface.vert + lighting.glsl), looked up once per program.
#include "render/frame_context.hpp"
#include "render/gl_resources.hpp"
#include "render/materials.hpp"

namespace myo::render {

struct FrameUniforms {
  GLint viewProjection = -1, eye = -1, keyLight = -1, fillLight = -1, rimLight = -1;

  void locate(const Program& program);
  void set(const FrameContext& frame) const;  // the program must be in use
};

struct SurfaceUniforms {
  GLint albedo = -1, surface = -1, tint = -1, center = -1, overlay = -1;

  // Also attaches the program's `Overlays` block (overlay_uniforms.hpp).
  void locate(const Program& program);
  void set(const Material& material, const Tint& tint, glm::vec3 center) const;
  void setOverlay(bool drawn) const { glUniform1i(overlay, drawn ? 1 : 0); }
};

// Enables back-face culling only when it changes between draws.
class CullSwitch {
 public:
  void set(bool cull) {
    if (state_ == static_cast<int>(cull)) return;
    if (cull)
      glEnable(GL_CULL_FACE);
    else
      glDisable(GL_CULL_FACE);
    state_ = static_cast<int>(cull);
  }

 private:
  int state_ = -1;
};

}  // namespace myo::render
