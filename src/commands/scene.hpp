#pragma once
// What commands act on: the atlas (read-only), its picking BVH, the view state and the viewport size.
// The app owns it; the pointers change when an atlas is (re)loaded.
#include <future>
#include <string_view>
#include <vector>

#include "atlas/atlas.hpp"
#include "atlas/bvh.hpp"
#include "commands/view_state.hpp"
#include "core/result.hpp"

namespace myo {

struct Scene {
  const atlas::Atlas* atlas = nullptr;
  const atlas::Bvh* bvh = nullptr;
  std::shared_future<void> bvhReady;  // the BVH may be unbuilt or building on a thread: wait before using it
  ViewState view;
  int viewportWidth = 1280;
  int viewportHeight = 720;

  // The BVH once it is built (waits for it), or nullptr when there is none.
  const atlas::Bvh* pickingBvh() const;
  // The structures a query id selects; an error that suggests close ids when none match.
  Result<std::vector<size_t>> resolve(std::string_view query) const;
  // The visible structure under pixel (x, y) of the viewport, if any (exact, through the BVH).
  std::optional<size_t> pick(float x, float y) const;
  // The body-frame point of the visible surface under pixel (x, y), if any.
  std::optional<glm::vec3> pickPoint(float x, float y) const;
  // Bounds of the given structures (all visible ones when empty).
  atlas::Bounds boundsOf(const std::vector<size_t>& indices) const;
};

}  // namespace myo
