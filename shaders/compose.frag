#version 330 core
// The final picture from the resolved opaque pass: crease darkening (depth unsharp mask), contour lines
// where the structure code changes, then the order-independent translucent layers on top.
// TRANSLUCENT is defined by the program variant that composites skin and x-ray ghosts.
#include "depth.glsl"

uniform sampler2D u_colour;   // resolved opaque colour, alpha = structure code (0 = background)
uniform sampler2D u_blurred;  // blurred reduced-resolution view distance
uniform vec3 u_crease;        // x distance behind the blur for full darkening (m), y crease, z line strength
#ifdef TRANSLUCENT
uniform sampler2D u_accumulation;
uniform sampler2D u_weights;
#endif

out vec4 o_colour;

void main() {
  ivec2 p = ivec2(gl_FragCoord.xy);
  ivec2 last = textureSize(u_colour, 0) - 1;
  vec4 opaque = texelFetch(u_colour, p, 0);
  float distance = viewDistance(texelFetch(u_depth, p, 0).r);
  float blurred = texture(u_blurred, (vec2(p) + 0.5) / vec2(last + 1)).r;
  float crease = smoothstep(0.0, u_crease.x, distance - blurred) * u_crease.y;
  // Forward differences: a one-pixel line on one side of each boundary between structures.
  float right = texelFetch(u_colour, min(p + ivec2(1, 0), last), 0).a;
  float up = texelFetch(u_colour, min(p + ivec2(0, 1), last), 0).a;
  float line = max(step(0.6 / 255.0, abs(right - opaque.a)), step(0.6 / 255.0, abs(up - opaque.a)));
  float foreground = step(0.5 / 255.0, opaque.a);
  vec3 colour = opaque.rgb * (1.0 - foreground * crease) * (1.0 - foreground * line * u_crease.z);
#ifdef TRANSLUCENT
  vec4 accumulation = texelFetch(u_accumulation, p, 0);
  float revealage = accumulation.a;
  vec3 average = accumulation.rgb / max(texelFetch(u_weights, p, 0).r, 1e-5);
  colour = mix(average, colour, revealage);
#endif
  o_colour = vec4(colour, 1.0);
}
