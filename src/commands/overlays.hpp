#pragma once
// What is drawn over the tissue, as plain data (DESIGN.md: the view state is plain data without GL): zone
// volumes in the body frame with the style they are drawn in, and TrP markers. The app fills it from the
// trigger-point catalog and the zone sets when a command shows or hides something; the renderer mirrors it
// to the GPU when `revision` changes and evaluates the volumes per pixel with the formulas of core/sdf.hpp,
// the same ones the CPU answers queries with.
#include <cstdint>
#include <string>
#include <vector>

#include <glm/glm.hpp>

namespace myo {

// How a zone is drawn; the values index the palette (shaders/overlay.glsl).
enum class OverlayStyle : int {
  Essential = 0,       // referral: solid, with a dark edge
  Spillover = 1,       // referral: stippled
  Technique = 2,       // a technique zone: tinted, with strokes moving along or across the fibres
  Caution = 3,         // an endangerment site: hatched
  PregnancyPoint = 4,  // a point to avoid in pregnancy: hatched, another colour
  Painted = 5,         // where a client marked pain
};
inline constexpr int kOverlayStyleCount = 6;

enum class StrokeMotion : int { None = 0, Along = 1, Across = 2, Hold = 3 };

// One volume. `kind` is trigger::ShapeKind (0 sphere: a, r; 1 capsule a-b, radii.x at a, radii.y at b;
// 2 ellipsoid: a, radii; 3 box: a, half sizes radii, rounding r).
struct OverlayShape {
  int kind = 0;
  glm::vec3 a{0.0f};
  glm::vec3 b{0.0f};
  glm::vec3 radii{0.0f};
  float r = 0.0f;
  OverlayStyle style = OverlayStyle::Essential;
  StrokeMotion motion = StrokeMotion::None;
  glm::vec3 stroke{0.0f};  // unit fibre direction in the zone (technique zones)
};

struct OverlayMarker {
  glm::vec3 position{0.0f};  // on the muscle's surface (compose.frag hides it when the body is in front)
  std::string id;            // `trapezius.trp1.r`
  std::string label;         // "Right trapezius TrP1"
  std::string detail;        // the referral pattern in words (hover)
};

struct Overlays {
  std::vector<OverlayShape> shapes;
  std::vector<OverlayMarker> markers;
  bool colourBlind = false;    // the colour-blind-safe palette (Okabe & Ito) instead of the chart reds
  std::uint64_t revision = 0;  // bumped on every change, so the renderer uploads only then

  bool empty() const { return shapes.empty() && markers.empty(); }
  bool hasReferral() const {
    for (const auto& s : shapes)
      if (s.style == OverlayStyle::Essential || s.style == OverlayStyle::Spillover) return true;
    return false;
  }
};

}  // namespace myo
