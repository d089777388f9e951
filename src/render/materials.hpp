#pragma once
// How each tissue looks, as plain data the shaders read per structure: an anatomy-atlas palette (muscle
// red-brown with fibre striation, tendon and fascia pale silvery with a sheen, bone ivory, cartilage
// bluish-white, skin warm and translucent), and the tints of the view state (hover, highlight, selection).
#include <glm/glm.hpp>

#include "atlas/structure.hpp"

namespace myo::render {

struct Material {
  glm::vec3 albedo{0.7f};   // sRGB base colour
  float specular = 0.1f;    // Blinn-Phong strength of the key light's highlight
  float shininess = 24.0f;  // Blinn-Phong exponent
  float sheen = 0.0f;       // anisotropic (Kajiya-Kay) highlight along the fibres: tendon, fascia, muscle
  float striation = 0.0f;   // depth of the fibre striation in the albedo, 0..1
  float opacity = 1.0f;     // below 1: drawn translucent (order independent) after the opaque pass

  // Shaded by the FIBROUS program variant (striation, sheen); the others use the cheaper plain one.
  bool fibrous() const { return striation > 0.0f || sheen > 0.0f; }
};

Material materialFor(atlas::Tissue tissue);

// The colour a structure is pulled towards and by how much (0 = none), pre-lighting.
struct Tint {
  glm::vec3 colour{0.0f};
  float amount = 0.0f;
};

enum class Emphasis { None, Hovered, Highlighted, Selected };
Tint tintFor(Emphasis emphasis);

// Ghosts in x-ray: the fraction of opacity facing the viewer and the extra opacity at grazing angles
// (a Fresnel-like rim keeps each shape readable while what lies behind shows through).
struct GhostLook {
  float faceOpacity = 0.12f;
  float rimOpacity = 0.55f;
  float lift = 0.3f;  // towards white: ghosts read as light glass, not as grey smoke
};

inline constexpr glm::vec3 kOutlineColour{0.35f, 0.88f, 1.0f};  // selection outline: light cyan, apart from
                                                                // the warm tissue colours and the highlight
}  // namespace myo::render
