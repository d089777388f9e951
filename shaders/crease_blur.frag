#version 330 core
// One direction of a 9-tap Gaussian (sigma = 2 taps) over the reduced-resolution view distance.
uniform sampler2D u_source;
uniform vec2 u_step;  // uv offset between taps

out vec4 o_colour;

void main() {
  vec2 uv = gl_FragCoord.xy / vec2(textureSize(u_source, 0));
  float sum = texture(u_source, uv).r * 0.2042;
  sum += (texture(u_source, uv + u_step).r + texture(u_source, uv - u_step).r) * 0.1802;
  sum += (texture(u_source, uv + 2.0 * u_step).r + texture(u_source, uv - 2.0 * u_step).r) * 0.1238;
  sum += (texture(u_source, uv + 3.0 * u_step).r + texture(u_source, uv - 3.0 * u_step).r) * 0.0663;
  sum += (texture(u_source, uv + 4.0 * u_step).r + texture(u_source, uv - 4.0 * u_step).r) * 0.0276;
  o_colour = vec4(sum);
}
