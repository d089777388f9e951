#version 330 core
// Skin and x-ray ghosts: weighted blended order-independent transparency (McGuire & Bavoil 2013).
// Blending is (ONE, ONE) on rgb and (ZERO, ONE_MINUS_SRC_ALPHA) on alpha for both targets, so
// o_accumulation.rgb sums weighted premultiplied colour, its alpha multiplies the revealage, and
// o_weight.r sums the weighted alpha. Sums and products do not depend on the draw order.
#include "lighting.glsl"
#include "overlay.glsl"

uniform vec3 u_opacity;     // x: opacity facing the viewer, y: extra at grazing angles, z: lift towards white
uniform vec2 u_depthRange;  // near and far plane distances

out vec4 o_accumulation;
out vec4 o_weight;

void main() {
  vec3 n = facingNormal();
  vec3 colour = mix(toSrgb(shade(n)), vec3(1.0), u_opacity.z);
  float facing = abs(dot(n, normalize(u_eye - v_position)));
  float alpha = clamp(u_opacity.x + u_opacity.y * pow(1.0 - facing, 2.0), 0.0, 0.95);
  // Zones drawn on the skin make it opaque where they lie: the chart is on the skin, the muscles show around it.
  const vec3 luma = vec3(0.30, 0.59, 0.11);
  float light = clamp(dot(colour, luma) / max(dot(u_albedo, luma), 0.05), 0.45, 1.2);
  float coverage = applyOverlays(colour, v_position, n, light);
  alpha = max(alpha, 0.92 * coverage);
  float depth = clamp((1.0 / gl_FragCoord.w - u_depthRange.x) / (u_depthRange.y - u_depthRange.x), 0.0, 1.0);
  float weight = alpha * clamp(30.0 * pow(1.0 - 0.9 * depth, 4.0), 0.01, 30.0);  // nearer layers count more
  o_accumulation = vec4(colour * alpha * weight, alpha);
  o_weight = vec4(alpha * weight);
}
