#include "commands/view_commands.hpp"

#include <algorithm>

#include "core/strings.hpp"

namespace myo {
namespace {

Result<bool> parseOnOff(const std::string& word, bool current) {
  if (word == "on") return true;
  if (word == "off") return false;
  if (word == "toggle") return !current;
  return Error{"", "expected on, off or toggle, got '" + word + "'"};
}

Result<float> parseNumber(const std::string& word, const char* what) {
  const auto value = parseDouble(word);
  if (!value) return Error{"", std::string("expected a number for ") + what + ", got '" + word + "'"};
  return static_cast<float>(*value);
}

// Every structure selected by any of the query ids, in atlas order, without repeats.
Result<std::vector<size_t>> resolveAll(const Scene& scene, const CommandArgs& ids) {
  std::vector<size_t> all;
  for (const auto& id : ids) {
    auto found = scene.resolve(id);
    if (!found) return found.error();
    all.insert(all.end(), found->begin(), found->end());
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  return all;
}

void frameOn(Scene& scene, const std::vector<size_t>& indices, glm::quat orientation) {
  const atlas::Bounds bounds = scene.boundsOf(indices);
  if (!bounds.valid()) return;
  scene.view.animateTo(frameSphere(bounds.center(), bounds.radius(), orientation, scene.view.camera.fovYDegrees),
                       kCameraTransitionSeconds);
}

// A camera move during a transition starts from where the transition goes, not from wherever it is now: so
// `view right` then `orbit 20 0` in a script or a lesson turns the right view by 20 degrees, and a drag in the
// window during a transition takes over at its end.
void settle(ViewState& view) {
  if (!view.animation) return;
  view.camera = view.animation->to;
  view.animation.reset();
}

void addCameraCommands(CommandRegistry& r, Scene& scene) {
  r.add({"view", "<anterior|posterior|left|right|superior|inferior>", "animate to a standard view of what is visible",
         1, 1, [&scene](const CommandArgs& a) -> Status {
           const auto view = standardViewFromName(a[0]);
           if (!view)
             return Error{"", "expected anterior, posterior, left, right, superior or inferior, got '" + a[0] + "'"};
           frameOn(scene, {}, standardViewOrientation(*view));
           return {};
         }});
  r.add({"orbit", "<yaw-degrees> <pitch-degrees>", "turn the camera about the pivot", 2, 2,
         [&scene](const CommandArgs& a) -> Status {
           const auto yaw = parseNumber(a[0], "yaw");
           if (!yaw) return yaw.error();
           const auto pitch = parseNumber(a[1], "pitch");
           if (!pitch) return pitch.error();
           settle(scene.view);
           scene.view.camera.orbit(*yaw, *pitch);
           return {};
         }});
  r.add({"pan", "<dx> <dy>", "move the pivot by fractions of the view height", 2, 2,
         [&scene](const CommandArgs& a) -> Status {
           const auto dx = parseNumber(a[0], "dx");
           if (!dx) return dx.error();
           const auto dy = parseNumber(a[1], "dy");
           if (!dy) return dy.error();
           settle(scene.view);
           scene.view.camera.pan(*dx, *dy);
           return {};
         }});
  r.add(
      {"zoom", "<factor>", "zoom in (factor > 1) or out (factor < 1)", 1, 1, [&scene](const CommandArgs& a) -> Status {
         const auto factor = parseNumber(a[0], "the zoom factor");
         if (!factor) return factor.error();
         if (*factor <= 0.0f) return Error{"", "expected a zoom factor above 0, got '" + a[0] + "'"};
         settle(scene.view);
         scene.view.camera.zoom(*factor);
         return {};
       }});
  r.add({"focus", "[id...]", "frame the given structures (or the selection)", 0, -1,
         [&scene](const CommandArgs& a) -> Status {
           std::vector<size_t> targets;
           if (a.empty()) {
             if (!scene.view.selected) return Error{"", "nothing is selected (expected an id, or a selection)"};
             targets.push_back(*scene.view.selected);
           } else {
             auto found = resolveAll(scene, a);
             if (!found) return found.error();
             targets = *found;
           }
           // From where the camera is going: a focus right after `view posterior` keeps the posterior view.
           const auto& moving = scene.view.animation;
           frameOn(
               scene, targets,
               moving && !moving->finished(scene.view.now) ? moving->to.orientation : scene.view.camera.orientation);
           return {};
         }});
  r.add({"reset", "", "show everything from the front", 0, 0, [&scene](const CommandArgs&) -> Status {
           std::fill(scene.view.hidden.begin(), scene.view.hidden.end(), false);
           scene.view.layerVisible.fill(true);
           frameOn(scene, {}, standardViewOrientation(StandardView::Anterior));
           return {};
         }});
}

void addVisibilityCommands(CommandRegistry& r, Scene& scene) {
  r.add({"hide", "<id...>", "hide structures", 1, -1, [&scene](const CommandArgs& a) -> Status {
           auto found = resolveAll(scene, a);
           if (!found) return found.error();
           for (const size_t i : *found) scene.view.hidden[i] = true;
           if (scene.view.selected && scene.view.hidden[*scene.view.selected]) scene.view.selected.reset();
           return {};
         }});
  r.add({"show", "<all | id...>", "show structures again", 1, -1, [&scene](const CommandArgs& a) -> Status {
           if (a.size() == 1 && a[0] == "all") {
             std::fill(scene.view.hidden.begin(), scene.view.hidden.end(), false);
             scene.view.layerVisible.fill(true);
             return {};
           }
           auto found = resolveAll(scene, a);
           if (!found) return found.error();
           for (const size_t i : *found) scene.view.hidden[i] = false;
           return {};
         }});
  r.add({"isolate", "[id...]", "show only these structures (or the selection)", 0, -1,
         [&scene](const CommandArgs& a) -> Status {
           std::vector<size_t> keep;
           if (a.empty()) {
             if (!scene.view.selected) return Error{"", "nothing is selected (expected an id, or a selection)"};
             keep.push_back(*scene.view.selected);
           } else {
             auto found = resolveAll(scene, a);
             if (!found) return found.error();
             keep = *found;
           }
           std::fill(scene.view.hidden.begin(), scene.view.hidden.end(), true);
           for (const size_t i : keep) scene.view.hidden[i] = false;
           // Isolating a bone or a deep muscle must show it even when its layer was peeled away.
           for (const size_t i : keep)
             scene.view.layerVisible[static_cast<size_t>(scene.atlas->structures[i].layer)] = true;
           return {};
         }});
  r.add({"xray", "<on|off|toggle>", "ghost everything but the selection and highlights", 1, 1,
         [&scene](const CommandArgs& a) -> Status {
           auto on = parseOnOff(a[0], scene.view.xray);
           if (!on) return on.error();
           scene.view.xray = *on;
           return {};
         }});
  r.add({"layer", "<skin|fascia|superficial|deep|bone> <on|off|toggle>", "show or hide a depth layer", 2, 2,
         [&scene](const CommandArgs& a) -> Status {
           const auto layer = atlas::layerFromName(a[0]);
           if (!layer) return Error{"", "expected a layer (skin, fascia, superficial, deep, bone), got '" + a[0] + "'"};
           auto& flag = scene.view.layerVisible[static_cast<size_t>(*layer)];
           auto on = parseOnOff(a[1], flag);
           if (!on) return on.error();
           flag = *on;
           return {};
         }});
  r.add({"peel", "<0-4>", "hide the outermost N layers (0 shows all, 4 leaves only bone)", 1, 1,
         [&scene](const CommandArgs& a) -> Status {
           const auto depth = parseInt(a[0]);
           if (!depth || *depth < 0 || *depth >= atlas::kLayerCount)
             return Error{"", "expected a whole number from 0 to 4, got '" + a[0] + "'"};
           for (int i = 0; i < atlas::kLayerCount; ++i) scene.view.layerVisible[static_cast<size_t>(i)] = i >= *depth;
           return {};
         }});
}

void addSelectionCommands(CommandRegistry& r, Scene& scene) {
  r.add({"select", "<id | none>", "select a structure (the first that the id matches)", 1, 1,
         [&scene](const CommandArgs& a) -> Status {
           if (a[0] == "none") {
             scene.view.selected.reset();
             return {};
           }
           auto found = scene.resolve(a[0]);
           if (!found) return found.error();
           scene.view.selected = found->front();
           scene.view.hidden[found->front()] = false;
           return {};
         }});
  r.add({"pick", "<x> <y>", "select the structure under a viewport pixel (nothing there clears the selection)", 2, 2,
         [&scene](const CommandArgs& a) -> Status {
           const auto x = parseNumber(a[0], "x");
           if (!x) return x.error();
           const auto y = parseNumber(a[1], "y");
           if (!y) return y.error();
           scene.view.selected = scene.pick(*x, *y);
           return {};
         }});
  r.add({"hover", "<x> <y> | none", "hover highlight at a viewport pixel", 1, 2,
         [&scene](const CommandArgs& a) -> Status {
           if (a.size() == 1) {
             if (a[0] != "none") return Error{"", "expected 'none' or two pixel coordinates, got '" + a[0] + "'"};
             scene.view.hovered.reset();
             return {};
           }
           const auto x = parseNumber(a[0], "x");
           if (!x) return x.error();
           const auto y = parseNumber(a[1], "y");
           if (!y) return y.error();
           scene.view.hovered = scene.pick(*x, *y);
           return {};
         }});
  r.add({"highlight", "<id... | none>", "tint structures", 1, -1, [&scene](const CommandArgs& a) -> Status {
           if (a.size() == 1 && a[0] == "none") {
             scene.view.highlighted.clear();
             return {};
           }
           auto found = resolveAll(scene, a);
           if (!found) return found.error();
           for (const size_t i : *found)
             if (!scene.view.isHighlighted(i)) scene.view.highlighted.push_back(i);
           return {};
         }});
  r.add({"pin", "<id...>", "pin a label to structures", 1, -1, [&scene](const CommandArgs& a) -> Status {
           auto found = resolveAll(scene, a);
           if (!found) return found.error();
           for (const size_t i : *found)
             if (std::find(scene.view.pinned.begin(), scene.view.pinned.end(), i) == scene.view.pinned.end())
               scene.view.pinned.push_back(i);
           return {};
         }});
  r.add({"unpin", "<id... | all>", "remove pinned labels", 1, -1, [&scene](const CommandArgs& a) -> Status {
           if (a.size() == 1 && a[0] == "all") {
             scene.view.pinned.clear();
             return {};
           }
           auto found = resolveAll(scene, a);
           if (!found) return found.error();
           std::erase_if(scene.view.pinned,
                         [&](size_t i) { return std::find(found->begin(), found->end(), i) != found->end(); });
           return {};
         }});
  r.add({"labels", "<on|off|toggle>", "show or hide labels", 1, 1, [&scene](const CommandArgs& a) -> Status {
           auto on = parseOnOff(a[0], scene.view.labels);
           if (!on) return on.error();
           scene.view.labels = *on;
           return {};
         }});
}

}  // namespace

void registerViewCommands(CommandRegistry& registry, Scene& scene) {
  addCameraCommands(registry, scene);
  addVisibilityCommands(registry, scene);
  addSelectionCommands(registry, scene);
}

}  // namespace myo
