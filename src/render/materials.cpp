#include "render/materials.hpp"

namespace myo::render {

Material materialFor(atlas::Tissue tissue) {
  using atlas::Tissue;
  switch (tissue) {
    //                                   albedo (sRGB)            spec   shin  sheen striation opacity
    case Tissue::Muscle:
      return Material{{0.62f, 0.22f, 0.18f}, 0.10f, 20.0f, 0.22f, 0.30f, 1.0f};
    case Tissue::Tendon:
      return Material{{0.88f, 0.87f, 0.83f}, 0.20f, 40.0f, 0.55f, 0.08f, 1.0f};
    case Tissue::Fascia:
      return Material{{0.86f, 0.85f, 0.82f}, 0.18f, 36.0f, 0.45f, 0.05f, 1.0f};
    case Tissue::Ligament:
      return Material{{0.84f, 0.83f, 0.76f}, 0.18f, 36.0f, 0.40f, 0.06f, 1.0f};
    case Tissue::Bone:
      return Material{{0.90f, 0.86f, 0.74f}, 0.06f, 14.0f, 0.0f, 0.0f, 1.0f};
    case Tissue::Cartilage:
      return Material{{0.78f, 0.86f, 0.93f}, 0.30f, 48.0f, 0.0f, 0.0f, 1.0f};
    case Tissue::Skin:
      return Material{{0.93f, 0.74f, 0.62f}, 0.12f, 16.0f, 0.0f, 0.0f, 0.18f};
    case Tissue::Other:
      break;
  }
  return Material{{0.70f, 0.70f, 0.70f}, 0.10f, 24.0f, 0.0f, 0.0f, 1.0f};
}

Tint tintFor(Emphasis emphasis) {
  switch (emphasis) {
    case Emphasis::None:
      break;
    case Emphasis::Hovered:
      return {{1.0f, 0.97f, 0.90f}, 0.22f};  // a light warm lift
    case Emphasis::Highlighted:
      return {{1.0f, 0.72f, 0.12f}, 0.62f};  // strong yellow-orange
    case Emphasis::Selected:
      return {{0.86f, 0.95f, 1.0f}, 0.14f};  // a cool lift; the outline does the rest
  }
  return {};
}

}  // namespace myo::render
