#include "render/crease_pass.hpp"

#include <algorithm>
#include <glm/gtc/type_ptr.hpp>

#include "render/shader_program.hpp"

namespace myo::render {

float CreasePass::radiusPixels(int height) { return std::max(4.0f, static_cast<float>(height) / 45.0f); }

Result<CreasePass> CreasePass::create() {
  auto depth = buildProgram("fullscreen.vert", "crease_depth.frag");
  if (!depth) return depth.error();
  auto blur = buildProgram("fullscreen.vert", "crease_blur.frag");
  if (!blur) return blur.error();
  CreasePass pass;
  pass.depthProgram_ = std::move(*depth);
  pass.depthProjection_ = uniform(pass.depthProgram_, "u_projection");
  pass.depthDivisor_ = uniform(pass.depthProgram_, "u_divisor");
  glUseProgram(pass.depthProgram_.get());
  glUniform1i(uniform(pass.depthProgram_, "u_depth"), 0);
  pass.blurProgram_ = std::move(*blur);
  pass.blurStep_ = uniform(pass.blurProgram_, "u_step");
  glUseProgram(pass.blurProgram_.get());
  glUniform1i(uniform(pass.blurProgram_, "u_source"), 0);
  return pass;
}

void CreasePass::draw(const FrameContext& frame, const Framebuffers& targets,
                      const FullscreenTriangle& triangle) const {
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  glViewport(0, 0, targets.creaseWidth, targets.creaseHeight);
  glEnable(GL_SCISSOR_TEST);
  scissorTo(frame.region, targets.creaseDivisor);
  glActiveTexture(GL_TEXTURE0);

  glBindFramebuffer(GL_FRAMEBUFFER, targets.creaseDepthTarget.get());
  glUseProgram(depthProgram_.get());
  glUniform3fv(depthProjection_, 1, glm::value_ptr(frame.depthUnproject));
  glUniform1i(depthDivisor_, targets.creaseDivisor);
  glBindTexture(GL_TEXTURE_2D, targets.depth.get());
  triangle.draw();

  // 9 taps each way, spaced so that 4 taps reach radiusPixels.
  const float spacing = radiusPixels(targets.height) / static_cast<float>(4 * targets.creaseDivisor);
  glUseProgram(blurProgram_.get());
  glBindFramebuffer(GL_FRAMEBUFFER, targets.creaseTempTarget.get());
  glUniform2f(blurStep_, spacing / static_cast<float>(targets.creaseWidth), 0.0f);
  glBindTexture(GL_TEXTURE_2D, targets.creaseDepth.get());
  triangle.draw();
  glBindFramebuffer(GL_FRAMEBUFFER, targets.creaseDepthTarget.get());
  glUniform2f(blurStep_, 0.0f, spacing / static_cast<float>(targets.creaseHeight));
  glBindTexture(GL_TEXTURE_2D, targets.creaseTemp.get());
  triangle.draw();
}

}  // namespace myo::render
