// The atlas look, shared by opaque.frag and translucent.frag (render/materials.hpp documents the
// parameters). Lighting happens in linear RGB; the passes write sRGB-encoded colour. The FIBROUS variant
// (muscle, tendon, fascia, ligament) adds striation and the sheen along the fibres; bone, cartilage, skin
// and ghosts use the plain one, which llvmpipe shades in about half the time.
uniform vec3 u_eye;        // camera position, world
uniform vec3 u_keyLight;   // unit vectors towards the lights, world; they follow the camera
uniform vec3 u_fillLight;
uniform vec3 u_rimLight;
uniform vec3 u_albedo;     // sRGB base colour of the tissue
uniform vec4 u_surface;    // x specular, y shininess, z sheen along fibres, w striation depth
uniform vec4 u_tint;       // rgb colour the structure is pulled towards, a amount
uniform vec3 u_center;     // structure centre: striation is measured from it

in vec3 v_position;
in vec3 v_normal;
in vec4 v_fibre;

vec3 toLinear(vec3 c) { return c * c; }  // gamma 2 is close enough for a palette and cheap on llvmpipe
vec3 toSrgb(vec3 c) { return sqrt(max(c, 0.0)); }

#ifdef FIBROUS
// Bands along the fibres: irregular fascicles (~4 mm) and fine fibres (~1.3 mm). The pattern is a sum of
// sines of the position projected across the fibre direction, so it stays constant along each fibre and
// varies around a fusiform belly. Each octave fades out where it gets finer than about a pixel, so
// distant muscles stay calm instead of shimmering.
float striation(vec3 p, vec3 fibre) {
  vec3 q = p - u_center;
  q -= fibre * dot(q, fibre);
  float footprint = length(fwidth(q));  // metres per pixel across the surface
  float coarse = sin(dot(q, vec3(0.80, 0.36, 0.48)) * 1500.0) + sin(dot(q, vec3(-0.30, 0.85, 0.43)) * 1270.0) +
                 sin(dot(q, vec3(0.42, -0.52, 0.74)) * 1730.0);
  float fine = sin(dot(q, vec3(0.58, 0.58, -0.57)) * 4700.0) + sin(dot(q, vec3(-0.71, 0.10, 0.70)) * 5300.0);
  float coarseFade = 1.0 - smoothstep(1.2, 2.6, footprint * 1730.0);
  float fineFade = 1.0 - smoothstep(1.2, 2.6, footprint * 5300.0);
  return coarse * 0.24 * coarseFade + fine * 0.16 * fineFade;
}
#endif

// Lit colour in linear RGB for a unit normal facing the viewer's side.
vec3 shade(vec3 n) {
  vec3 v = normalize(u_eye - v_position);
  vec3 h = normalize(u_keyLight + v);
  float keyCos = dot(n, u_keyLight);
#ifdef FIBROUS
  vec3 fibre = normalize(v_fibre.xyz);
  float bands = striation(v_position, fibre);
  vec3 across = fibre - n * dot(n, fibre);  // the fibre in the tangent plane
  float th = dot(across, h) * inversesqrt(max(dot(across, across), 1e-8));
  // Kajiya-Kay: a satin highlight that runs across the fibres.
  float sheen = u_surface.z * pow(max(1.0 - th * th, 0.0), u_surface.y) * max(keyCos, 0.0) * (1.0 + 0.6 * bands);
  vec3 albedo = toLinear(u_albedo) * (1.0 + u_surface.w * bands);
#else
  float sheen = 0.0;
  vec3 albedo = toLinear(u_albedo);
#endif
  albedo = mix(albedo, toLinear(u_tint.rgb), u_tint.a);

  float key = max((keyCos + 0.2) / 1.2, 0.0);  // slightly wrapped: a softer terminator reads as tissue
  float fill = max(dot(n, u_fillLight), 0.0);
  vec3 hemisphere = mix(vec3(0.16, 0.13, 0.12), vec3(0.36, 0.38, 0.44), 0.5 + 0.5 * n.y);
  vec3 colour = albedo * (hemisphere + vec3(1.0, 0.95, 0.88) * 1.05 * key + vec3(0.52, 0.60, 0.75) * 0.38 * fill);

  float specular = u_surface.x * pow(max(dot(n, h), 0.0), u_surface.y) * step(0.0, keyCos);
  float grazing = 1.0 - max(dot(n, v), 0.0);
  float rim = grazing * grazing * grazing * (0.22 + 0.45 * max(dot(n, u_rimLight), 0.0));
  colour += vec3(specular + sheen) + rim * vec3(0.60, 0.68, 0.82) * (0.35 + 0.65 * albedo);
  colour += toLinear(u_tint.rgb) * (u_tint.a * 0.10);  // keeps an emphasized structure bright in shadow
  return colour / (1.0 + 0.12 * colour);               // a gentle shoulder instead of a hard clip
}

vec3 facingNormal() {
  vec3 n = normalize(v_normal);
  return gl_FrontFacing ? n : -n;  // open sheets show both sides; closed meshes are back-face culled
}
