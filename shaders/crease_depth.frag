#version 330 core
// Linear view distance at reduced resolution (mean of four texels of each block): the input of the depth blur whose
// difference to the full-resolution distance darkens creases and the surfaces behind an edge
// (unsharp masking of the depth buffer, Luft, Colditz & Deussen 2006).
#include "depth.glsl"

uniform int u_divisor;  // full-resolution pixels per reduced texel, 2 or 4

out vec4 o_colour;

void main() {
  ivec2 p = ivec2(gl_FragCoord.xy) * u_divisor;
  ivec2 last = textureSize(u_depth, 0) - 1;
  int h = u_divisor / 2;
  float sum = viewDistance(texelFetch(u_depth, min(p, last), 0).r) +
              viewDistance(texelFetch(u_depth, min(p + ivec2(h, 0), last), 0).r) +
              viewDistance(texelFetch(u_depth, min(p + ivec2(0, h), last), 0).r) +
              viewDistance(texelFetch(u_depth, min(p + ivec2(h, h), last), 0).r);
  o_colour = vec4(sum * 0.25);
}
