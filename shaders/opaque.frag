#version 330 core
// Opaque structures into the multisampled scene: lit colour, and the structure's code in alpha for the
// contour lines of compose.frag (0 stays the background).
#include "lighting.glsl"

uniform float u_code;

out vec4 o_colour;

void main() { o_colour = vec4(toSrgb(shade(facingNormal())), u_code); }
