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

#define MAX_MARKERS 32
uniform int u_markerCount;
uniform vec4 u_markers[MAX_MARKERS];  // TrP markers: xy pixel centre, z half size in pixels, w view distance

out vec4 o_colour;

// The chart's X at each TrP: a dark cross in a white halo, readable on any tissue and zone. A TrP lies on its
// muscle's surface. Under the translucent skin or within a muscle's thickness (kMarkerDepth) it shows in full;
// under other muscles (a deep muscle such as quadratus lumborum, up to kMarkerBuried) it shows faded, as a
// hidden line; further behind the surface (a TrP on the back seen from the front) it is hidden.
const float kMarkerDepth = 0.03;
const float kMarkerBuried = 0.10;
vec3 drawMarkers(vec3 colour) {
  ivec2 last = textureSize(u_depth, 0) - 1;
  for (int i = 0; i < u_markerCount; ++i) {
    vec2 q = gl_FragCoord.xy - u_markers[i].xy;
    float size = u_markers[i].z;
    if (max(abs(q.x), abs(q.y)) > size + 3.0) continue;
    ivec2 centre = clamp(ivec2(u_markers[i].xy), ivec2(0), last);
    float behind = u_markers[i].w - viewDistance(texelFetch(u_depth, centre, 0).r);
    if (behind > kMarkerBuried) continue;
    float opacity = behind > kMarkerDepth ? 0.5 : 1.0;
    float arms = min(abs(q.x - q.y), abs(q.x + q.y)) * 0.7071;  // distance to the nearer diagonal
    float reach = max(abs(q.x), abs(q.y)) - size;                 // beyond the arms' ends
    float d = max(arms, reach);
    float halo = 1.0 - smoothstep(2.6, 3.6, d);
    float core = 1.0 - smoothstep(0.9, 1.9, d);
    colour = mix(colour, vec3(1.0), halo * opacity);
    colour = mix(colour, vec3(0.08, 0.02, 0.03), core * opacity);
  }
  return colour;
}

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
  o_colour = vec4(drawMarkers(colour), 1.0);
}
