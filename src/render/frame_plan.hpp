#pragma once
// Which structures a frame draws, in which pass and with which emphasis, from the view state: hidden
// structures, invisible layers and structures outside the view frustum are left out; opaque ones are sorted front to
// back (early depth rejection) within each shader variant, fibrous first (muscles mostly lie over bone); skin and,
// under x-ray, everything outside the focus go to the translucent pass. Vectors keep their capacity, so planning
// allocates nothing after the first frame.
#include <cstdint>
#include <optional>
#include <vector>

#include "atlas/atlas.hpp"
#include "commands/view_state.hpp"
#include "render/frame_context.hpp"
#include "render/materials.hpp"
#include "render/mesh_buffers.hpp"

namespace myo::render {

struct DrawItem {
  std::uint32_t structure = 0;
  Emphasis emphasis = Emphasis::None;
  bool ghost = false;    // x-ray ghost (GhostLook) rather than the material's own translucency
  int lod = 0;           // level of detail (MeshBuffers) whose error stays under kLodErrorPixels
  bool fibrous = false;  // shaded by the FIBROUS variant (Material::fibrous)
  float depth = 0.0f;    // distance of the structure's centre along the view direction
  bool overlay = false;  // zones are drawn on it: the skin when it is shown, else whatever lies under a zone
};

struct FramePlan {
  std::vector<DrawItem> opaque;
  std::vector<DrawItem> translucent;
  std::optional<DrawItem> outlined;  // the selection, when it is drawn

  void build(const atlas::Atlas& atlas, const ViewState& view, const std::vector<StructureRange>& ranges,
             const FrameContext& frame);
  // Which planned structures show the zones: the skin when it is drawn (the chart is on the skin), otherwise
  // every structure whose box meets a zone (the outermost visible surface covers the rest).
  void markOverlaySurfaces(const atlas::Atlas& atlas, const Overlays& overlays,
                           const std::vector<StructureRange>& ranges);
  // The screen rectangle that the planned structures cover, widened by `margin` pixels (empty: none).
  glm::ivec4 coveredRectangle(const std::vector<StructureRange>& ranges, const FrameContext& frame, int margin) const;
};

// The coarsest level whose surface error projects to at most this many pixels. At one pixel the silhouettes
// hold (shading uses the full mesh's normals), and a whole body at 1280x720 needs 36k of its 494k triangles.
inline constexpr float kLodErrorPixels = 1.0f;
int chooseLod(const StructureRange& range, const FrameContext& frame);

}  // namespace myo::render
