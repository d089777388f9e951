#include "render/compose_pass.hpp"

#include <algorithm>

#include <glm/gtc/type_ptr.hpp>

#include "render/shader_program.hpp"

namespace myo::render {

// Texture units of compose.frag.
enum Unit : GLint { kColour = 0, kDepth = 1, kBlurred = 2, kAccumulation = 3, kWeights = 4 };

Result<ComposePass::Variant> ComposePass::makeVariant(bool translucent) {
  auto program =
      buildProgram("fullscreen.vert", "compose.frag", {"o_colour"}, translucent ? "#define TRANSLUCENT 1\n" : "");
  if (!program) return program.error();
  Variant v;
  v.program = std::move(*program);
  v.projection = uniform(v.program, "u_projection");
  v.crease = uniform(v.program, "u_crease");
  v.markerCount = uniform(v.program, "u_markerCount");
  v.markers = uniform(v.program, "u_markers");
  glUseProgram(v.program.get());
  glUniform1i(uniform(v.program, "u_colour"), kColour);
  glUniform1i(uniform(v.program, "u_depth"), kDepth);
  glUniform1i(uniform(v.program, "u_blurred"), kBlurred);
  glUniform1i(uniform(v.program, "u_accumulation"), kAccumulation);
  glUniform1i(uniform(v.program, "u_weights"), kWeights);
  return v;
}

Result<ComposePass> ComposePass::create() {
  auto opaqueOnly = makeVariant(false);
  if (!opaqueOnly) return opaqueOnly.error();
  auto withTranslucent = makeVariant(true);
  if (!withTranslucent) return withTranslucent.error();
  ComposePass pass;
  pass.opaqueOnly_ = std::move(*opaqueOnly);
  pass.withTranslucent_ = std::move(*withTranslucent);
  return pass;
}

void ComposePass::draw(const FrameContext& frame, const Framebuffers& targets, bool translucent, glm::vec3 background,
                       const FullscreenTriangle& triangle, const std::vector<glm::vec4>& markers,
                       const ComposeStyle& style) const {
  const Variant& v = translucent ? withTranslucent_ : opaqueOnly_;
  glBindFramebuffer(GL_FRAMEBUFFER, targets.compose.get());
  glViewport(0, 0, targets.width, targets.height);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(background.r, background.g, background.b, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  if (frame.region.z <= 0 || frame.region.w <= 0) return;
  glEnable(GL_SCISSOR_TEST);
  scissorTo(frame.region);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  glUseProgram(v.program.get());
  glUniform3fv(v.projection, 1, glm::value_ptr(frame.depthUnproject));
  glUniform3f(v.crease, style.creaseReachPixels * frame.pixelWorldSize, style.creaseStrength, style.lineStrength);
  const auto markerCount = static_cast<GLsizei>(std::min(markers.size(), kMaxMarkers));
  glUniform1i(v.markerCount, markerCount);
  if (markerCount > 0) glUniform4fv(v.markers, markerCount, glm::value_ptr(markers.front()));
  const auto bind = [](GLint unit, const Texture& texture) {
    glActiveTexture(GL_TEXTURE0 + static_cast<GLenum>(unit));
    glBindTexture(GL_TEXTURE_2D, texture.get());
  };
  bind(kColour, targets.resolvedColour);
  bind(kDepth, targets.depth);
  bind(kBlurred, targets.creaseDepth);
  if (translucent) {
    bind(kAccumulation, targets.accumulation);
    bind(kWeights, targets.weights);
  }
  triangle.draw();
  glDisable(GL_SCISSOR_TEST);
  glActiveTexture(GL_TEXTURE0);
}

}  // namespace myo::render
