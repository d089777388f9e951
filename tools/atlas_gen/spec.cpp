#include "atlas_gen/spec.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "core/ids.hpp"

namespace myo::atlas_gen {
namespace {

// Thrown inside the parser only, caught at the file boundary and turned into an Error.
struct SpecError {
  int line;
  std::string message;
};

[[noreturn]] void fail(const YAML::Node& node, const std::string& message) {
  throw SpecError{node.Mark().line + 1, message};
}

float number(const YAML::Node& node, const std::string& what) {
  if (!node.IsScalar()) fail(node, what + ": expected a number");
  try {
    return node.as<float>();
  } catch (const YAML::Exception&) {
    fail(node, what + ": expected a number, got '" + node.Scalar() + "'");
  }
}

glm::vec3 vec3(const YAML::Node& node, const std::string& what) {
  if (!node.IsSequence() || node.size() != 3) fail(node, what + ": expected [x, y, z]");
  return {number(node[0], what), number(node[1], what), number(node[2], what)};
}

class Parser {
 public:
  Parser(const landmarks::LandmarkSet& landmarks, bool paired) : landmarks_(landmarks), paired_(paired) {}

  // A point: [x, y, z] in metres, a landmark id, {at: id, offset: [...]} or
  // {between: [a, b], t: 0.5, offset: [...]}. Paired bones read sided landmarks on the right.
  glm::vec3 point(const YAML::Node& node, const std::string& what) const {
    if (node.IsSequence()) return vec3(node, what);
    if (node.IsScalar()) return landmark(node, what);
    if (!node.IsMap()) fail(node, what + ": expected [x, y, z], a landmark id or {at: ..} / {between: ..}");
    glm::vec3 p;
    if (node["at"]) {
      p = point(node["at"], what);
    } else if (node["between"]) {
      const YAML::Node ends = node["between"];
      if (!ends.IsSequence() || ends.size() != 2) fail(ends, what + ": between: expected two points");
      const float t = node["t"] ? number(node["t"], what + ".t") : 0.5f;
      p = glm::mix(point(ends[0], what), point(ends[1], what), t);
    } else {
      fail(node, what + ": expected 'at' or 'between'");
    }
    if (node["offset"]) p += vec3(node["offset"], what + ".offset");
    return p;
  }

  Shape shape(const YAML::Node& node) const {
    if (!node.IsMap()) fail(node, "shape: expected a map like {capsule: {...}}");
    static const std::vector<std::string> kinds{"sphere", "ellipsoid", "capsule", "plate", "box"};
    std::string kind;
    for (const auto& entry : node) {
      const auto key = entry.first.as<std::string>();
      if (std::find(kinds.begin(), kinds.end(), key) != kinds.end()) {
        if (!kind.empty()) fail(entry.first, "shape: one kind per entry, got '" + kind + "' and '" + key + "'");
        kind = key;
      } else if (key != "op" && key != "blend" && key != "mirror" && key != "note") {
        fail(entry.first, "shape: unknown key '" + key +
                              "' (expected one of sphere, ellipsoid, capsule, plate, "
                              "box, and op, blend, mirror, note)");
      }
    }
    if (kind.empty()) fail(node, "shape: expected one of sphere, ellipsoid, capsule, plate, box");
    const YAML::Node body = node[kind];
    if (!body.IsMap()) fail(body, kind + ": expected a map");
    const auto need = [&](const char* key) {
      if (!body[key]) fail(body, kind + ": missing '" + key + "'");
      return body[key];
    };
    Shape s;
    s.blend = node["blend"] ? number(node["blend"], "blend") : -1.0f;
    if (node["op"]) {
      const auto op = node["op"].as<std::string>();
      if (op == "union")
        s.op = ShapeOp::Union;
      else if (op == "subtract")
        s.op = ShapeOp::Subtract;
      else
        fail(node["op"], "op: expected union or subtract, got '" + op + "'");
    }
    if (kind == "sphere") {
      s.kind = ShapeKind::Sphere;
      s.a = point(need("at"), "sphere.at");
      s.r0 = positive(need("r"), "sphere.r");
    } else if (kind == "capsule") {
      s.kind = ShapeKind::Capsule;
      s.a = point(need("from"), "capsule.from");
      s.b = point(need("to"), "capsule.to");
      const YAML::Node r = need("r");
      if (r.IsSequence()) {
        if (r.size() != 2) fail(r, "capsule.r: expected a radius or [r_from, r_to]");
        s.r0 = positive(r[0], "capsule.r");
        s.r1 = positive(r[1], "capsule.r");
      } else {
        s.r0 = s.r1 = positive(r, "capsule.r");
      }
    } else if (kind == "plate") {
      s.kind = ShapeKind::Plate;
      const YAML::Node corners = need("corners");
      if (!corners.IsSequence() || corners.size() != 3) fail(corners, "plate.corners: expected three points");
      s.a = point(corners[0], "plate.corners");
      s.b = point(corners[1], "plate.corners");
      s.c = point(corners[2], "plate.corners");
      s.r0 = positive(need("thickness"), "plate.thickness") * 0.5f;
    } else {
      s.kind = kind == "box" ? ShapeKind::Box : ShapeKind::Ellipsoid;
      s.a = point(need("at"), kind + ".at");
      const glm::vec3 size = vec3(need(kind == "box" ? "size" : "radii"), kind);
      if (glm::any(glm::lessThanEqual(size, glm::vec3(0.0f)))) fail(body, kind + ": sizes must be positive");
      s.radii = kind == "box" ? size * 0.5f : size;
      if (kind == "box") s.r0 = body["round"] ? number(body["round"], "box.round") : 0.0f;
      s.axes = frame(body, kind);
    }
    return s;
  }

 private:
  float positive(const YAML::Node& node, const std::string& what) const {
    const float v = number(node, what);
    if (!(v > 0.0f)) fail(node, what + ": must be positive");
    return v;
  }

  // Optional orientation: `toward: P` turns the first axis (x size) from the centre towards P, and
  // `up: P` (optional) turns the second towards P as far as it can. Default: the body axes.
  glm::mat3 frame(const YAML::Node& body, const std::string& kind) const {
    if (!body["toward"]) return glm::mat3(1.0f);
    const glm::vec3 centre = point(body["at"], kind + ".at");
    const glm::vec3 x = glm::normalize(point(body["toward"], kind + ".toward") - centre);
    glm::vec3 upHint = body["up"] ? point(body["up"], kind + ".up") - centre : glm::vec3(0, 0, 1);
    if (std::abs(glm::dot(glm::normalize(upHint), x)) > 0.99f) upHint = glm::vec3(0, 1, 0);
    const glm::vec3 z = glm::normalize(glm::cross(x, upHint));
    const glm::vec3 y = glm::cross(z, x);
    return glm::mat3(x, y, z);
  }

  glm::vec3 landmark(const YAML::Node& node, const std::string& what) const {
    const auto id = node.as<std::string>();
    const landmarks::Landmark* mark = landmarks_.find(id);
    if (!mark) fail(node, what + ": unknown landmark '" + id + "'");
    std::optional<glm::vec3> p;
    if (sideOf(id) != Side::None)
      p = landmarks_.position(id);
    else if (mark->sided)
      p = paired_ ? mark->position(Side::Right) : std::nullopt;
    else
      p = mark->position(Side::None);
    if (!p) fail(node, what + ": landmark '" + id + "' has no single position here (name the side: " + id + ".r)");
    return *p;
  }

  const landmarks::LandmarkSet& landmarks_;
  bool paired_;
};

std::string text(const YAML::Node& node, const std::string& what) {
  if (!node.IsScalar()) fail(node, what + ": expected text");
  return node.Scalar();
}

BoneSpec bone(const YAML::Node& node, const std::string& file, const landmarks::LandmarkSet& landmarks) {
  if (!node.IsMap()) fail(node, "bone: expected a map with id, name, shapes, ...");
  static const std::set<std::string> kKeys{"id",        "name", "side",  "fma",       "region", "tissue",
                                           "triangles", "step", "blend", "reference", "shapes", "note"};
  for (const auto& entry : node) {
    const auto key = entry.first.as<std::string>();
    if (!kKeys.count(key)) fail(entry.first, "unknown key '" + key + "'");
  }
  BoneSpec b;
  b.where = file + ":" + std::to_string(node.Mark().line + 1);
  if (!node["id"]) fail(node, "bone: missing 'id'");
  b.id = text(node["id"], "id");
  if (!isValidId(b.id) || sideOf(b.id) != Side::None)
    fail(node["id"], "id: '" + b.id + "' is not a side-free id like femur or rib_1");
  b.name = node["name"] ? text(node["name"], "name") : b.id;
  if (node["side"]) {
    const auto side = text(node["side"], "side");
    if (side == "paired")
      b.paired = true;
    else if (side == "midline")
      b.paired = false;
    else
      fail(node["side"], "side: expected paired or midline, got '" + side + "'");
  }
  if (const YAML::Node fma = node["fma"]) {
    if (fma.IsMap()) {
      if (!b.paired) fail(fma, "fma: a midline bone has one FMA id");
      b.fmaRight = fma["r"] ? text(fma["r"], "fma.r") : "";
      b.fmaLeft = fma["l"] ? text(fma["l"], "fma.l") : "";
    } else {
      b.fma = text(fma, "fma");
      if (b.paired) fail(fma, "fma: a paired bone needs {r: FMA..., l: FMA...}");
    }
  }
  b.region = node["region"] ? text(node["region"], "region") : "";
  if (node["tissue"]) {
    const auto tissue = atlas::tissueFromName(text(node["tissue"], "tissue"));
    if (!tissue) fail(node["tissue"], "tissue: unknown tissue '" + node["tissue"].Scalar() + "'");
    b.tissue = *tissue;
  }
  if (node["triangles"]) {
    const float t = number(node["triangles"], "triangles");
    if (t < 16.0f) fail(node["triangles"], "triangles: expected at least 16");
    b.triangles = static_cast<int>(t);
  }
  if (node["step"]) b.step = number(node["step"], "step");
  if (node["blend"]) b.field.blend = number(node["blend"], "blend");
  if (const YAML::Node ref = node["reference"]) {
    if (ref.IsScalar())
      b.reference.push_back(ref.Scalar());
    else if (ref.IsSequence())
      for (const auto& r : ref) b.reference.push_back(text(r, "reference"));
    else
      fail(ref, "reference: expected a name or a list of names");
  }
  const YAML::Node shapes = node["shapes"];
  if (!shapes || !shapes.IsSequence() || shapes.size() == 0)
    fail(node, "bone '" + b.id + "': expected a list of shapes");
  Parser parser(landmarks, b.paired);
  for (const auto& s : shapes) {
    Shape shape = parser.shape(s);
    b.field.shapes.push_back(shape);
    if (s["mirror"] && s["mirror"].as<bool>()) b.field.shapes.push_back(mirroredX(shape));
  }
  return b;
}

}  // namespace

Result<std::vector<BoneSpec>> parseSpecText(std::string_view yamlText, const std::string& where,
                                            const landmarks::LandmarkSet& landmarks) {
  try {
    const YAML::Node root = YAML::Load(std::string(yamlText));
    if (!root.IsMap() || !root["bones"] || !root["bones"].IsSequence())
      return Error{where + ":1", "expected a map with a 'bones' list"};
    std::vector<BoneSpec> bones;
    for (const auto& node : root["bones"]) bones.push_back(bone(node, where, landmarks));
    return bones;
  } catch (const SpecError& e) {
    return Error{where + ":" + std::to_string(e.line), e.message};
  } catch (const YAML::Exception& e) {
    return Error{where + ":" + std::to_string(e.mark.line + 1), e.msg};
  }
}

Result<Spec> loadSpec(const std::filesystem::path& dir, const landmarks::LandmarkSet& landmarks) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error{"loadSpec(): " + dir.string(), "no such folder"};
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  Spec spec;
  std::set<std::string> ids;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const std::string name = fs::relative(file, dir).generic_string();
    auto bones = parseSpecText(text.str(), name, landmarks);
    if (!bones) return bones.error();
    for (auto& b : *bones) {
      if (!ids.insert(b.id).second) return Error{b.where, "duplicate bone id '" + b.id + "'"};
      spec.bones.push_back(std::move(b));
    }
  }
  if (spec.bones.empty()) return Error{"loadSpec(): " + dir.string(), "no bones in any *.yaml"};
  return spec;
}

}  // namespace myo::atlas_gen
