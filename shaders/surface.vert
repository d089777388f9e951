#version 330 core
// Every mesh pass (opaque, translucent, selection mask): world-space positions, one view-projection.
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec4 a_normal;  // xyz unit normal (10:10:10:2 snorm)
layout(location = 2) in vec4 a_fibre;   // xyz fibre direction; w = 1 from the atlas, 0 for the long axis

uniform mat4 u_viewProjection;

out vec3 v_position;
out vec3 v_normal;
out vec4 v_fibre;

invariant gl_Position;  // the mask pass must land on the opaque pass's depth exactly

void main() {
  v_position = a_position;
  v_normal = a_normal.xyz;
  v_fibre = a_fibre;
  gl_Position = u_viewProjection * vec4(a_position, 1.0);
}
