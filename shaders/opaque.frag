#version 330 core
// Opaque structures into the multisampled scene: lit colour with the zones laid over it (overlay.glsl), and
// the structure's code in alpha for the contour lines of compose.frag (0 stays the background).
#include "lighting.glsl"
#include "overlay.glsl"

uniform float u_code;

out vec4 o_colour;

void main() {
  vec3 n = facingNormal();
  vec3 colour = toSrgb(shade(n));
  const vec3 luma = vec3(0.30, 0.59, 0.11);
  float light = clamp(dot(colour, luma) / max(dot(u_albedo, luma), 0.05), 0.45, 1.2);
  applyOverlays(colour, v_position, n, light);
  o_colour = vec4(colour, u_code);
}
