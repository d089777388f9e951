#include "render/surface_uniforms.hpp"

#include <glm/gtc/type_ptr.hpp>

#include "render/overlay_uniforms.hpp"
#include "render/shader_program.hpp"

namespace myo::render {

void FrameUniforms::locate(const Program& program) {
  viewProjection = uniform(program, "u_viewProjection");
  eye = uniform(program, "u_eye");
  keyLight = uniform(program, "u_keyLight");
  fillLight = uniform(program, "u_fillLight");
  rimLight = uniform(program, "u_rimLight");
}

void FrameUniforms::set(const FrameContext& frame) const {
  glUniformMatrix4fv(viewProjection, 1, GL_FALSE, glm::value_ptr(frame.viewProjection));
  glUniform3fv(eye, 1, glm::value_ptr(frame.eye));
  glUniform3fv(keyLight, 1, glm::value_ptr(frame.keyLight));
  glUniform3fv(fillLight, 1, glm::value_ptr(frame.fillLight));
  glUniform3fv(rimLight, 1, glm::value_ptr(frame.rimLight));
}

void SurfaceUniforms::locate(const Program& program) {
  albedo = uniform(program, "u_albedo");
  surface = uniform(program, "u_surface");
  tint = uniform(program, "u_tint");
  center = uniform(program, "u_center");
  overlay = uniform(program, "u_overlay");
  OverlayUniforms::attach(program);
}

void SurfaceUniforms::set(const Material& material, const Tint& t, glm::vec3 c) const {
  glUniform3fv(albedo, 1, glm::value_ptr(material.albedo));
  glUniform4f(surface, material.specular, material.shininess, material.sheen, material.striation);
  glUniform4f(tint, t.colour.r, t.colour.g, t.colour.b, t.amount);
  glUniform3fv(center, 1, glm::value_ptr(c));
}

}  // namespace myo::render
