#version 330 core
// The selection mask: 0.5 where the selected structure lies (drawn without depth test), then 1.0 where
// it is the nearest surface (drawn against the scene depth).
uniform float u_value;

out vec4 o_colour;

void main() { o_colour = vec4(u_value); }
