#version 330 core
// The selection outline, drawn blended over the output inside the selected structure's screen rectangle:
// a ring outside the mask, solid where the structure is in view and fainter where others hide it, and a
// faint wash over the hidden part so the student sees where it runs.
uniform sampler2D u_mask;
uniform int u_radius;  // ring width in pixels
uniform vec3 u_outlineColour;

out vec4 o_colour;

void main() {
  ivec2 p = ivec2(gl_FragCoord.xy);
  ivec2 last = textureSize(u_mask, 0) - 1;
  float centre = texelFetch(u_mask, p, 0).r;
  float near = 0.0;
  for (int y = -u_radius; y <= u_radius; ++y)
    for (int x = -u_radius; x <= u_radius; ++x)
      if (x * x + y * y <= u_radius * u_radius + 1)
        near = max(near, texelFetch(u_mask, clamp(p + ivec2(x, y), ivec2(0), last), 0).r);
  float ring = centre < 0.25 ? (near > 0.75 ? 1.0 : (near > 0.25 ? 0.55 : 0.0)) : 0.0;
  float hidden = (centre > 0.25 && centre < 0.75) ? 0.14 : 0.0;
  o_colour = vec4(u_outlineColour, max(ring, hidden));
}
