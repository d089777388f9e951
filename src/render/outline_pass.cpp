#include "render/outline_pass.hpp"

#include <algorithm>
#include <glm/gtc/type_ptr.hpp>

#include "render/materials.hpp"
#include "render/shader_program.hpp"

namespace myo::render {

Result<OutlinePass> OutlinePass::create() {
  auto mask = buildProgram("surface.vert", "mask.frag");
  if (!mask) return mask.error();
  auto ring = buildProgram("fullscreen.vert", "outline.frag");
  if (!ring) return ring.error();
  OutlinePass pass;
  pass.maskProgram_ = std::move(*mask);
  pass.maskViewProjection_ = uniform(pass.maskProgram_, "u_viewProjection");
  pass.maskValue_ = uniform(pass.maskProgram_, "u_value");
  pass.ringProgram_ = std::move(*ring);
  pass.ringRadius_ = uniform(pass.ringProgram_, "u_radius");
  glUseProgram(pass.ringProgram_.get());
  glUniform1i(uniform(pass.ringProgram_, "u_mask"), 0);
  glUniform3fv(uniform(pass.ringProgram_, "u_outlineColour"), 1, glm::value_ptr(kOutlineColour));
  return pass;
}

void OutlinePass::draw(const FrameContext& frame, const Framebuffers& targets, const MeshBuffers& meshes,
                       const DrawItem& item, const FullscreenTriangle& triangle) const {
  // Two pixels of ring at 720 lines, one on small test images.
  const int radius = std::clamp(targets.height / 360, 1, 4);
  const StructureRange& range = meshes.ranges()[item.structure];
  const glm::ivec4 rect = screenRectangle(range.bounds, frame, radius + 1);
  if (rect.z <= 0 || rect.w <= 0) return;

  glBindFramebuffer(GL_FRAMEBUFFER, targets.maskTarget.get());
  glViewport(0, 0, targets.width, targets.height);
  glEnable(GL_SCISSOR_TEST);
  // The ring reads up to `radius` pixels outside the rectangle; clear that much more.
  glScissor(rect.x - radius, rect.y - radius, rect.z + 2 * radius, rect.w + 2 * radius);
  glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glUseProgram(maskProgram_.get());
  glUniformMatrix4fv(maskViewProjection_, 1, GL_FALSE, glm::value_ptr(frame.viewProjection));
  meshes.bind();
  glDisable(GL_BLEND);
  glDepthMask(GL_FALSE);
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_ALWAYS);
  glUniform1f(maskValue_, 0.5f);
  meshes.draw(item.structure, item.lod);
  // The resolved depth is one sample of four: a small offset lets the structure's own surface pass.
  glDepthFunc(GL_LEQUAL);
  glEnable(GL_POLYGON_OFFSET_FILL);
  glPolygonOffset(-2.0f, -4.0f);
  if (range.cullBackFaces) glEnable(GL_CULL_FACE);
  glUniform1f(maskValue_, 1.0f);
  meshes.draw(item.structure, item.lod);  // the opaque pass's level: same depth
  glDisable(GL_CULL_FACE);
  glDisable(GL_POLYGON_OFFSET_FILL);
  glDepthFunc(GL_LESS);
  glDepthMask(GL_TRUE);
  glDisable(GL_DEPTH_TEST);

  glBindFramebuffer(GL_FRAMEBUFFER, targets.compose.get());
  glScissor(rect.x, rect.y, rect.z, rect.w);
  glUseProgram(ringProgram_.get());
  glUniform1i(ringRadius_, radius);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, targets.mask.get());
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE);
  triangle.draw();
  glDisable(GL_BLEND);
  glDisable(GL_SCISSOR_TEST);
}

}  // namespace myo::render
