// Window depth to view distance for glm::perspective: distance = B / (ndc + A) with A = P[2][2], B = P[3][2].
uniform sampler2D u_depth;
uniform vec3 u_projection;  // A, B, far plane distance (the background's distance)

float viewDistance(float depth) {
  return depth >= 1.0 ? u_projection.z : u_projection.y / (depth * 2.0 - 1.0 + u_projection.x);
}
