// Zones drawn over the tissue (commands/overlays.hpp): referral zones (essential solid with a dark edge,
// spillover stippled), technique zones (tint with strokes moving along or across the fibres, or pulsing rings
// for a sustained hold), caution zones and pregnancy points (hatched), and the spots a client painted.
// Each zone is a union of volumes evaluated per pixel by the formulas of src/core/sdf.hpp, the ones the CPU
// answers queries with, so what is drawn and what is answered agree. Patterns are laid out in the body frame
// (millimetres on the body), so they stay put on the surface while the camera moves.
// 240 volumes of four vec4 and the rest fill just under the 16 KiB a uniform block is guaranteed in GL 3.3:
// enough for every technique and caution zone on both sides at once (186).
#define MAX_OVERLAY_SHAPES 240
layout(std140) uniform Overlays {
  vec4 u_shapeA[MAX_OVERLAY_SHAPES];       // xyz a, w kind (0 sphere, 1 capsule, 2 ellipsoid, 3 box)
  vec4 u_shapeB[MAX_OVERLAY_SHAPES];       // xyz b, w r
  vec4 u_shapeRadii[MAX_OVERLAY_SHAPES];   // xyz radii, w style
  vec4 u_shapeStroke[MAX_OVERLAY_SHAPES];  // xyz fibre direction, w motion (0 none, 1 along, 2 across, 3 hold)
  vec4 u_palette[6];                       // sRGB colour per style
  vec4 u_overlayParams;                    // x shape count, y time (s), z mute of tissue outside referral zones
  vec4 u_overlayMin;                       // xyz: the box round every volume (a pixel outside it is in none)
  vec4 u_overlayMax;
};
uniform int u_overlay;  // 1: this draw shows the zones (the outermost visible surface), 0: not

float sdEllipsoid(vec3 q, vec3 radii) {
  float k0 = length(q / radii);
  float k1 = length(q / (radii * radii));
  return k1 <= 0.0 ? -min(radii.x, min(radii.y, radii.z)) : k0 * (k0 - 1.0) / k1;
}

float sdRoundBox(vec3 q, vec3 half_, float round_) {
  vec3 d = abs(q) - (half_ - vec3(round_));
  return length(max(d, 0.0)) + min(max(d.x, max(d.y, d.z)), 0.0) - round_;
}

float sdTaperedCapsule(vec3 p, vec3 a, vec3 b, float ra, float rb) {
  vec3 ba = b - a;
  float len2 = dot(ba, ba);
  float h = len2 > 0.0 ? clamp(dot(p - a, ba) / len2, 0.0, 1.0) : 0.0;
  return length(p - a - ba * h) - (ra + (rb - ra) * h);
}

// A sphere holding volume i (xyz centre, w radius), a little larger so the dark outline just outside a zone's
// edge is drawn too: a pixel outside it is not in the volume, and a sphere test is cheaper than the volume's.
vec4 overlayBound(int i) {
  int kind = int(u_shapeA[i].w + 0.5);
  vec3 a = u_shapeA[i].xyz;
  const float margin = 0.002;
  if (kind == 0) return vec4(a, u_shapeB[i].w + margin);
  if (kind == 1) {
    vec3 b = u_shapeB[i].xyz;
    return vec4((a + b) * 0.5, length(b - a) * 0.5 + max(u_shapeRadii[i].x, u_shapeRadii[i].y) + margin);
  }
  return vec4(a, length(u_shapeRadii[i].xyz) + margin);  // ellipsoid semi-axes, box half sizes
}

float overlayDistance(int i, vec3 p) {
  int kind = int(u_shapeA[i].w + 0.5);
  vec3 a = u_shapeA[i].xyz;
  if (kind == 0) return length(p - a) - u_shapeB[i].w;
  if (kind == 1) return sdTaperedCapsule(p, a, u_shapeB[i].xyz, u_shapeRadii[i].x, u_shapeRadii[i].y);
  if (kind == 2) return sdEllipsoid(p - a, u_shapeRadii[i].xyz);
  return sdRoundBox(p - a, u_shapeRadii[i].xyz, u_shapeB[i].w);
}

// 1 on a stripe of `width` (a fraction of the period) every `period` along `coordinate`, antialiased.
float stripes(float coordinate, float period, float width) {
  float f = fract(coordinate / period);
  float d = min(f, 1.0 - f) * period;  // distance to the nearest stripe centre
  float aa = max(fwidth(coordinate), 1e-6);
  return 1.0 - smoothstep(width * period * 0.5 - aa, width * period * 0.5 + aa, d);
}

// Diagonal hatching in `tint` with a dark edge, for a pixel inside a caution zone (distance d <= 0).
float hatch(inout vec3 colour, vec3 p, float d, float edge, vec3 tint) {
  float lines = stripes(p.x + p.y - p.z, 0.007, 0.45);
  colour = mix(colour, tint, 0.25);
  colour = mix(colour, mix(tint, vec3(0.08), 0.25), lines * 0.85);
  colour = mix(colour, vec3(0.1), step(-edge, d) * 0.9);
  return 0.85;
}

// Lays the zones over `colour` (sRGB, lit) at body point p with unit normal n; `light` (about 0.5-1.2) shades
// the zone colours like the tissue so the body keeps its form. Returns how much of the pixel a zone covers
// (the translucent skin turns opaque there).
float applyOverlays(inout vec3 colour, vec3 p, vec3 n, float light) {
  int count = int(u_overlayParams.x + 0.5);
  if (u_overlay == 0 || count == 0) return 0.0;
  vec3 base = colour;
  float coverage = 0.0;
  // The nearest volume of each style (a union's distance is the minimum), in scalars: a local array indexed
  // by a variable is spilled to memory per pixel by a software renderer, which doubled the frame.
  float dEssential = 1e9, dSpillover = 1e9, dTechnique = 1e9, dCaution = 1e9, dPregnancy = 1e9, dPainted = 1e9;
  int strokeShape = -1;
  // Cheap tests first (a software renderer feels every volume evaluated per pixel): a pixel outside the box
  // round all volumes is in none; one outside a volume's bounding sphere is not in that volume.
  bool inBox = all(greaterThanEqual(p, u_overlayMin.xyz)) && all(lessThanEqual(p, u_overlayMax.xyz));
  for (int i = 0; i < (inBox ? count : 0); ++i) {
    vec4 bound = overlayBound(i);
    vec3 toBound = p - bound.xyz;
    if (dot(toBound, toBound) > bound.w * bound.w) continue;
    float d = overlayDistance(i, p);
    int style = int(u_shapeRadii[i].w + 0.5);
    if (style == 0) {
      dEssential = min(dEssential, d);
    } else if (style == 1) {
      dSpillover = min(dSpillover, d);
    } else if (style == 2) {
      if (d < dTechnique) strokeShape = i;
      dTechnique = min(dTechnique, d);
    } else if (style == 3) {
      dCaution = min(dCaution, d);
    } else if (style == 4) {
      dPregnancy = min(dPregnancy, d);
    } else {
      dPainted = min(dPainted, d);
    }
  }
  float pixel = max(length(fwidth(p)), 1e-5);  // metres per pixel on this surface
  float edge = 1.6 * pixel;                     // the width of a zone's outline
  bool inReferral = dEssential <= 0.0 || dSpillover <= 0.0;
  // Outside the referral zones the tissue is muted towards grey, so a red zone reads over red muscle.
  if (!inReferral && u_overlayParams.z > 0.0) {
    float luma = dot(base, vec3(0.30, 0.59, 0.11));
    colour = mix(base, vec3(luma * 0.85 + 0.12), u_overlayParams.z);
  }
  // Painted (client): a translucent blue wash with a firm edge.
  if (dPainted <= 0.0) {
    coverage = 0.8;
    colour = mix(colour, u_palette[5].rgb, 0.45);
    colour = mix(colour, u_palette[5].rgb * 0.55, step(-edge, dPainted));
  }
  // Technique: a tint, and strokes that move through the zone.
  if (dTechnique <= 0.0 && strokeShape >= 0) {
    vec3 tint = u_palette[2].rgb * light;
    coverage = max(coverage, 0.75);
    colour = mix(colour, tint, 0.35);
    int motion = int(u_shapeStroke[strokeShape].w + 0.5);
    vec3 fibre = u_shapeStroke[strokeShape].xyz;
    float time = u_overlayParams.y;
    float mark = 0.0;
    if (motion == 3) {
      // A sustained hold: rings that close in on the point of pressure, like a pulse of compression.
      float r = length(p - u_shapeA[strokeShape].xyz);
      mark = stripes(r + time * 0.006, 0.012, 0.3);
    } else {
      // Strokes are lines in space parallel to the stroke direction, 12 mm apart (a square lattice in the plane
      // across it), cut by the surface; each is a train of dashes gliding along at 2 cm/s. Built from the
      // zone's one direction, not the surface normal, so the lines stay straight over a curved muscle.
      vec3 along = fibre;
      if (motion == 2) along = normalize(cross(fibre, n) + vec3(1e-6));  // across the fibres, in the surface
      vec3 u = normalize(cross(along, abs(along.y) < 0.9 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0)));
      vec3 v = cross(along, u);
      vec2 q = vec2(dot(p, u), dot(p, v)) / 0.012;
      vec2 cell = (fract(q) - 0.5) * 0.012;
      float lane = min(abs(cell.x), abs(cell.y));  // distance to the nearest line of the lattice
      float aa = max(pixel, 1e-5);
      float line = 1.0 - smoothstep(0.0011 - aa, 0.0011 + aa, lane);
      float dash = stripes(dot(p, along) - time * 0.02, 0.03, 0.6);
      mark = line * dash;
    }
    colour = mix(colour, mix(tint, vec3(1.0), 0.55), mark);
    coverage = max(coverage, 0.5 + 0.5 * mark);
    colour = mix(colour, tint * 0.45, step(-edge, dTechnique) * 0.85);
  }
  // Spillover: stipple dots on a 6 mm lattice over a faint wash, dotted at the edge.
  if (dSpillover <= 0.0 && dEssential > 0.0) {
    vec3 cell = fract(p / 0.006) - 0.5;
    float dot_ = 1.0 - smoothstep(0.3 - pixel / 0.006, 0.3 + pixel / 0.006, length(cell));
    colour = mix(colour, mix(u_palette[1].rgb, vec3(1.0), 0.6) * light, 0.3);
    colour = mix(colour, u_palette[1].rgb * light * 0.85, dot_);
    coverage = max(coverage, 0.8 + 0.2 * dot_);
  }
  // Essential: solid, with a dark edge so it reads in greyscale and over any tissue.
  if (dEssential <= 0.0) {
    colour = u_palette[0].rgb * light;
    colour = mix(colour, u_palette[0].rgb * 0.35, step(-edge, dEssential));
    coverage = 1.0;
  }
  // Caution and pregnancy points: diagonal hatching, drawn last so nothing hides a warning.
  if (dCaution <= 0.0) coverage = max(coverage, hatch(colour, p, dCaution, edge, u_palette[3].rgb));
  if (dPregnancy <= 0.0) coverage = max(coverage, hatch(colour, p, dPregnancy, edge, u_palette[4].rgb));
  return coverage;
}
