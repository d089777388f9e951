#include "trigger/region_shapes.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

#include "atlas/landmarks/landmarks.hpp"
#include "core/sdf.hpp"
#include "trigger/yaml_util.hpp"

namespace myo::trigger {

float signedDistance(const RegionShape& s, glm::vec3 p) {
  switch (s.kind) {
    case ShapeKind::Sphere:
      return sdf::sphere(p - s.a, s.r);
    case ShapeKind::Capsule:
      // Not an exact distance off the axis of a strongly tapered one, but the volume is what this
      // function says, on the CPU and in the shader.
      return sdf::taperedCapsule(p, s.a, s.b, s.radii.x, s.radii.y);
    case ShapeKind::Ellipsoid:
      return sdf::ellipsoid(p - s.a, s.radii);
    case ShapeKind::Box:
      return sdf::roundBox(p - s.a, s.radii, s.r);
  }
  return 1.0f;
}

RegionShape mirroredShape(const RegionShape& shape) {
  RegionShape out = shape;
  out.a.x = -shape.a.x;
  out.b.x = -shape.b.x;
  out.side = shape.side == Side::Left ? Side::Right : Side::Left;
  return out;
}

namespace detail {

namespace {

class ShapeParser {
 public:
  ShapeParser(const std::string& file, const landmarks::LandmarkSet* landmarks) : file_(file), landmarks_(landmarks) {}

  // The field `key` of `map`; a missing one fails at the map (a missing node has no position).
  YAML::Node need(const YAML::Node& map, const char* key, const std::string& kind) const {
    const YAML::Node value = map[key];
    if (!value || value.IsNull()) fail(file_, map, kind + ": missing `" + key + "`");
    return value;
  }

  float number(const YAML::Node& node, const std::string& what) const {
    if (!node.IsScalar()) fail(file_, node, what + ": expected a number");
    try {
      return node.as<float>();
    } catch (const YAML::Exception&) {
      fail(file_, node, what + ": expected a number, not '" + node.Scalar() + "'");
    }
  }

  float positive(const YAML::Node& node, const std::string& what) const {
    const float value = number(node, what);
    if (!(value > 0.0f) || value > 1.0f) fail(file_, node, what + ": expected a size in metres, 0 < r <= 1");
    return value;
  }

  glm::vec3 triple(const YAML::Node& node, const std::string& what) const {
    if (!node.IsSequence() || node.size() != 3) fail(file_, node, what + ": expected [x, y, z]");
    return {number(node[0], what), number(node[1], what), number(node[2], what)};
  }

  glm::vec3 point(const YAML::Node& node, const std::string& what) const {
    if (node.IsScalar()) {
      if (landmarks_ == nullptr) fail(file_, node, what + ": landmark '" + node.Scalar() + "' needs the landmark set");
      const auto position = landmarks_->position(node.Scalar(), Side::Right);
      if (!position) fail(file_, node, what + ": unknown landmark '" + node.Scalar() + "'");
      return *position;
    }
    if (node.IsSequence()) return triple(node, what);
    if (node.IsMap()) {
      keysIn(node, {"at", "between", "t", "offset"}, what);
      const glm::vec3 offset = node["offset"] ? triple(node["offset"], what + ".offset") : glm::vec3(0.0f);
      if (node["at"] && !node["between"] && !node["t"]) return point(node["at"], what + ".at") + offset;
      const YAML::Node ends = node["between"];
      if (ends && !node["at"]) {
        if (!ends.IsSequence() || ends.size() != 2) fail(file_, ends, what + ".between: expected [POINT, POINT]");
        const float t = node["t"] ? number(node["t"], what + ".t") : 0.5f;
        const glm::vec3 from = point(ends[0], what + ".between");
        return from + (point(ends[1], what + ".between") - from) * t + offset;
      }
    }
    fail(file_, node,
         what +
             ": expected a point: a landmark id, [x, y, z], {at: POINT, offset: [dx, dy, dz]} or "
             "{between: [POINT, POINT], t: 0.5, offset: [...]}");
  }

  void keysIn(const YAML::Node& map, std::initializer_list<const char*> allowed, const std::string& what) const {
    for (const auto& entry : map) {
      const std::string key = entry.first.Scalar();
      const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* k) { return key == k; });
      if (!known) {
        std::string list;
        for (const char* k : allowed) list += (list.empty() ? "" : ", ") + std::string(k);
        fail(file_, entry.first, what + ": unknown key `" + key + "`: expected " + list);
      }
    }
  }

  RegionShape primitive(const YAML::Node& item) const {
    if (!item.IsMap() || item.size() != 1)
      fail(file_, item, "each shape is one of {sphere: ...}, {capsule: ...}, {ellipsoid: ...}, {box: ...}");
    const auto entry = *item.begin();
    const std::string kind = entry.first.Scalar();
    const YAML::Node body = entry.second;
    if (!body.IsMap()) fail(file_, body, kind + ": expected a map of its fields");
    RegionShape s;
    if (kind == "sphere") {
      keysIn(body, {"at", "r"}, kind);
      s.kind = ShapeKind::Sphere;
      s.a = point(need(body, "at", kind), "sphere.at");
      s.r = positive(need(body, "r", kind), "sphere.r");
    } else if (kind == "capsule") {
      keysIn(body, {"from", "to", "r"}, kind);
      s.kind = ShapeKind::Capsule;
      s.a = point(need(body, "from", kind), "capsule.from");
      s.b = point(need(body, "to", kind), "capsule.to");
      const YAML::Node r = need(body, "r", kind);
      if (r.IsSequence()) {
        if (r.size() != 2) fail(file_, r, "capsule.r: expected a radius or [r_from, r_to]");
        s.radii = {positive(r[0], "capsule.r"), positive(r[1], "capsule.r"), 0.0f};
      } else {
        s.radii.x = s.radii.y = positive(r, "capsule.r");
      }
      s.r = std::max(s.radii.x, s.radii.y);
    } else if (kind == "ellipsoid") {
      keysIn(body, {"at", "radii"}, kind);
      s.kind = ShapeKind::Ellipsoid;
      s.a = point(need(body, "at", kind), "ellipsoid.at");
      s.radii = triple(need(body, "radii", kind), "ellipsoid.radii");
      for (int i = 0; i < 3; ++i) positive(body["radii"][i], "ellipsoid.radii");
    } else if (kind == "box") {
      keysIn(body, {"at", "size", "round"}, kind);
      s.kind = ShapeKind::Box;
      s.a = point(need(body, "at", kind), "box.at");
      s.radii = triple(need(body, "size", kind), "box.size") * 0.5f;
      for (int i = 0; i < 3; ++i) positive(body["size"][i], "box.size");
      s.r = body["round"] ? number(body["round"], "box.round") : 0.0f;
      if (s.r < 0.0f || s.r > std::min({s.radii.x, s.radii.y, s.radii.z}))
        fail(file_, need(body, "round", kind), "box.round: expected 0 <= round <= half the smallest size");
    } else {
      fail(file_, entry.first, "unknown shape `" + kind + "`: expected sphere, capsule, ellipsoid or box");
    }
    return s;
  }

 private:
  const std::string& file_;
  const landmarks::LandmarkSet* landmarks_;
};

}  // namespace

std::vector<RegionShape> parseShapes(const std::string& file, const YAML::Node& list,
                                     const landmarks::LandmarkSet* landmarks, int regionIndex) {
  if (!list.IsSequence() || list.size() == 0)
    fail(file, list, "`shape` must be a non-empty list such as [{sphere: {at: acromion, r: 0.03}}]");
  const ShapeParser parser(file, landmarks);
  std::vector<RegionShape> out;
  for (const auto& item : list) {
    RegionShape s = parser.primitive(item);
    s.region = regionIndex;
    s.side = Side::Right;
    out.push_back(s);
  }
  return out;
}

}  // namespace detail

}  // namespace myo::trigger
