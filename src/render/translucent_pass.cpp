#include "render/translucent_pass.hpp"

#include <algorithm>

#include "render/shader_program.hpp"

namespace myo::render {

Result<TranslucentPass> TranslucentPass::create() {
  auto program = buildProgram("surface.vert", "translucent.frag", {"o_accumulation", "o_weight"});
  if (!program) return program.error();
  TranslucentPass pass;
  pass.program_ = std::move(*program);
  pass.frameUniforms_.locate(pass.program_);
  pass.surfaceUniforms_.locate(pass.program_);
  pass.opacity_ = uniform(pass.program_, "u_opacity");
  pass.depthRange_ = uniform(pass.program_, "u_depthRange");
  return pass;
}

void TranslucentPass::draw(const FrameContext& frame, const Framebuffers& targets, const MeshBuffers& meshes,
                           const FramePlan& plan, const atlas::Atlas& atlas) const {
  glBindFramebuffer(GL_FRAMEBUFFER, targets.translucent.get());
  glViewport(0, 0, targets.width, targets.height);
  glEnable(GL_SCISSOR_TEST);
  scissorTo(frame.region);
  const GLfloat emptyAccumulation[] = {0.0f, 0.0f, 0.0f, 1.0f};  // nothing accumulated, all revealed
  const GLfloat emptyWeight[] = {0.0f, 0.0f, 0.0f, 0.0f};
  glClearBufferfv(GL_COLOR, 0, emptyAccumulation);
  glClearBufferfv(GL_COLOR, 1, emptyWeight);

  glUseProgram(program_.get());
  frameUniforms_.set(frame);
  glUniform2f(depthRange_, frame.nearPlane, frame.farPlane);
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glDepthMask(GL_FALSE);
  glEnable(GL_BLEND);
  // One blend function for both targets (per-target functions need GL 4.0): rgb sums, alpha multiplies.
  glBlendFuncSeparate(GL_ONE, GL_ONE, GL_ZERO, GL_ONE_MINUS_SRC_ALPHA);
  meshes.bind();
  CullSwitch cull;
  const GhostLook ghost;
  for (const DrawItem& item : plan.translucent) {
    const StructureRange& range = meshes.ranges()[item.structure];
    const Material material = materialFor(atlas.structures[item.structure].tissue);
    surfaceUniforms_.set(material, tintFor(item.emphasis), range.bounds.center());
    surfaceUniforms_.setOverlay(item.overlay);
    if (item.ghost)
      glUniform3f(opacity_, ghost.faceOpacity, ghost.rimOpacity, ghost.lift);
    else  // skin: clear where it faces the viewer, denser towards its outline
      glUniform3f(opacity_, material.opacity, std::min(3.0f * material.opacity, 0.6f), 0.0f);
    cull.set(range.cullBackFaces);
    meshes.draw(item.structure, item.lod);
  }
  glDisable(GL_CULL_FACE);
  glDisable(GL_BLEND);
  glDepthMask(GL_TRUE);
}

}  // namespace myo::render
