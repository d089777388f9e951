#include "render/frame_plan.hpp"

#include <algorithm>

namespace myo::render {
namespace {

// False when the box lies wholly outside one of the six planes of the view frustum (Gribb & Hartmann:
// the planes are sums and differences of the view-projection's rows).
bool intersectsFrustum(const atlas::Bounds& box, const glm::mat4& viewProjection) {
  const glm::mat4 m = glm::transpose(viewProjection);
  const glm::vec4 planes[6] = {m[3] + m[0], m[3] - m[0], m[3] + m[1], m[3] - m[1], m[3] + m[2], m[3] - m[2]};
  for (const glm::vec4& plane : planes) {
    // The box corner furthest along the plane's normal.
    const glm::vec3 corner(plane.x >= 0.0f ? box.max.x : box.min.x, plane.y >= 0.0f ? box.max.y : box.min.y,
                           plane.z >= 0.0f ? box.max.z : box.min.z);
    if (glm::dot(glm::vec3(plane), corner) + plane.w < 0.0f) return false;
  }
  return true;
}

Emphasis emphasisOf(const ViewState& view, size_t index) {
  if (view.selected == index) return Emphasis::Selected;
  if (view.isHighlighted(index)) return Emphasis::Highlighted;
  if (view.hovered == index) return Emphasis::Hovered;
  return Emphasis::None;
}

// A box round every zone volume (loose for a tapered capsule: its larger radius all along).
atlas::Bounds overlayBounds(const Overlays& overlays) {
  atlas::Bounds box;
  for (const OverlayShape& s : overlays.shapes) {
    glm::vec3 lo = s.a - s.radii, hi = s.a + s.radii;
    if (s.kind == 0) {
      lo = s.a - glm::vec3(s.r);
      hi = s.a + glm::vec3(s.r);
    } else if (s.kind == 1) {
      const float r = std::max(s.radii.x, s.radii.y);
      lo = glm::min(s.a, s.b) - glm::vec3(r);
      hi = glm::max(s.a, s.b) + glm::vec3(r);
    }
    box.add(lo);
    box.add(hi);
  }
  return box;
}

bool overlaps(const atlas::Bounds& a, const atlas::Bounds& b) {
  return glm::all(glm::lessThanEqual(a.min, b.max)) && glm::all(glm::lessThanEqual(b.min, a.max));
}

}  // namespace

void FramePlan::markOverlaySurfaces(const atlas::Atlas& atlas, const Overlays& overlays,
                                    const std::vector<StructureRange>& ranges) {
  if (overlays.shapes.empty()) return;
  const atlas::Bounds zones = overlayBounds(overlays);
  const auto isSkin = [&atlas](const DrawItem& item) {
    return atlas.structures[item.structure].tissue == atlas::Tissue::Skin;
  };
  bool skinDrawn = false;
  for (const auto* list : {&opaque, &translucent})
    for (const DrawItem& item : *list) skinDrawn = skinDrawn || isSkin(item);
  for (auto* list : {&opaque, &translucent})
    for (DrawItem& item : *list)
      item.overlay = (!skinDrawn || isSkin(item)) && overlaps(ranges[item.structure].bounds, zones);
}

int chooseLod(const StructureRange& range, const FrameContext& frame) {
  // The nearest point of the bounding box decides: the closer the structure, the finer the level.
  const glm::vec3 nearest = glm::clamp(frame.eye, range.bounds.min, range.bounds.max);
  const float distance = std::max(glm::distance(frame.eye, nearest), frame.nearPlane);
  const float maxError = kLodErrorPixels * distance / frame.pixelsPerMetreAtUnitDistance;
  int lod = 0;
  while (lod + 1 < range.lodCount && range.lods[static_cast<size_t>(lod + 1)].error <= maxError) ++lod;
  return lod;
}

void FramePlan::build(const atlas::Atlas& atlas, const ViewState& view, const std::vector<StructureRange>& ranges,
                      const FrameContext& frame) {
  opaque.clear();
  translucent.clear();
  outlined.reset();
  opaque.reserve(ranges.size());
  translucent.reserve(ranges.size());
  const size_t count = std::min(ranges.size(), atlas.structures.size());
  for (size_t i = 0; i < count; ++i) {
    if (ranges[i].indexCount == 0 || !view.isVisible(atlas, i)) continue;
    if (!intersectsFrustum(ranges[i].bounds, frame.viewProjection)) continue;
    DrawItem item;
    item.structure = static_cast<std::uint32_t>(i);
    item.emphasis = emphasisOf(view, i);
    item.depth = glm::dot(ranges[i].bounds.center() - frame.eye, frame.forward);
    item.lod = chooseLod(ranges[i], frame);
    item.ghost = view.xray && !view.isFocused(i);
    item.fibrous = materialFor(atlas.structures[i].tissue).fibrous();
    const bool skin = atlas.structures[i].tissue == atlas::Tissue::Skin;
    const bool focusedUnderXray = view.xray && view.isFocused(i);
    if (item.ghost || (skin && !focusedUnderXray))
      translucent.push_back(item);
    else
      opaque.push_back(item);
    if (item.emphasis == Emphasis::Selected) outlined = item;
  }
  markOverlaySurfaces(atlas, view.overlays, ranges);
  std::sort(opaque.begin(), opaque.end(), [](const DrawItem& a, const DrawItem& b) {
    if (a.fibrous != b.fibrous) return a.fibrous;
    return a.depth < b.depth || (a.depth == b.depth && a.structure < b.structure);
  });
}

glm::ivec4 FramePlan::coveredRectangle(const std::vector<StructureRange>& ranges, const FrameContext& frame,
                                       int margin) const {
  glm::ivec4 covered(0);
  for (const auto* list : {&opaque, &translucent})
    for (const DrawItem& item : *list)
      covered = unite(covered, screenRectangle(ranges[item.structure].bounds, frame, margin));
  return covered;
}

}  // namespace myo::render
