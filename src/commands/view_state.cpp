#include "commands/view_state.hpp"

#include <algorithm>

namespace myo {

ViewState ViewState::forAtlas(const atlas::Atlas& atlas) {
  ViewState state;
  state.hidden.assign(atlas.structures.size(), false);
  const atlas::Bounds bounds = atlas.bounds();
  if (bounds.valid())
    state.camera = frameSphere(bounds.center(), bounds.radius(), standardViewOrientation(StandardView::Anterior));
  return state;
}

bool ViewState::isVisible(const atlas::Atlas& atlas, size_t index) const {
  if (index >= atlas.structures.size()) return false;
  if (index < hidden.size() && hidden[index]) return false;
  return layerVisible[static_cast<size_t>(atlas.structures[index].layer)];
}

bool ViewState::isHighlighted(size_t index) const {
  return std::find(highlighted.begin(), highlighted.end(), index) != highlighted.end();
}

bool ViewState::isFocused(size_t index) const { return selected == index || isHighlighted(index); }

std::vector<bool> ViewState::visibilityMask(const atlas::Atlas& atlas) const {
  std::vector<bool> mask(atlas.structures.size());
  for (size_t i = 0; i < mask.size(); ++i) mask[i] = isVisible(atlas, i);
  return mask;
}

void ViewState::advanceTo(double seconds) {
  now = seconds;
  if (!animation) return;
  camera = animation->at(now);
  if (animation->finished(now)) animation.reset();
}

void ViewState::animateTo(const Camera& target, double durationSeconds) {
  if (durationSeconds <= 0.0) {
    animation.reset();
    camera = target;
    return;
  }
  animation = CameraAnimation{camera, target, now, durationSeconds};
}

}  // namespace myo
