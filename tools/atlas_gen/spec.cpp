#include "atlas_gen/spec.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "atlas_gen/pieces.hpp"
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

using Points = std::map<std::string, glm::vec3>;

// Values given once for a whole shape or once per station: `width: 0.02` or `width: [0.01, 0.03, 0.01]`.
std::vector<float> perStation(const YAML::Node& node, size_t stations, const std::string& what) {
  std::vector<float> values;
  if (node.IsScalar()) {
    values.assign(stations, number(node, what));
  } else if (node.IsSequence() && node.size() == stations) {
    for (const auto& v : node) values.push_back(number(v, what));
  } else {
    fail(node, what + ": expected one number or " + std::to_string(stations) + " (one per point)");
  }
  for (const float v : values)
    if (!(v > 0.0f)) fail(node, what + ": sizes must be positive");
  return values;
}

class Parser {
 public:
  Parser(const landmarks::LandmarkSet& landmarks, bool paired, const Points* points = nullptr)
      : landmarks_(landmarks), paired_(paired), points_(points) {}

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
    static const std::vector<std::string> kinds{"sphere", "ellipsoid", "capsule", "plate", "box", "sweep", "sheet"};
    std::string kind;
    for (const auto& entry : node) {
      const auto key = entry.first.as<std::string>();
      if (std::find(kinds.begin(), kinds.end(), key) != kinds.end()) {
        if (!kind.empty()) fail(entry.first, "shape: one kind per entry, got '" + kind + "' and '" + key + "'");
        kind = key;
      } else if (key != "op" && key != "blend" && key != "mirror" && key != "note") {
        fail(entry.first, "shape: unknown key '" + key +
                              "' (expected one of sphere, ellipsoid, capsule, plate, "
                              "box, sweep, sheet, and op, blend, mirror, note)");
      }
    }
    if (kind.empty()) fail(node, "shape: expected one of sphere, ellipsoid, capsule, plate, box, sweep, sheet");
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
    } else if (kind == "sweep") {
      s.kind = ShapeKind::Sweep;
      s.pieces = sweep(body);
    } else if (kind == "sheet") {
      s.kind = ShapeKind::Sheet;
      s.pieces = sheet(body);
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

  std::vector<glm::vec3> points(const YAML::Node& node, const std::string& what, size_t atLeast) const {
    if (!node.IsSequence() || node.size() < atLeast)
      fail(node, what + ": expected a list of at least " + std::to_string(atLeast) + " points");
    std::vector<glm::vec3> out;
    for (const auto& p : node) out.push_back(point(p, what));
    return out;
  }

 private:
  // sweep: {through: [P, P, ...], width: w | [w...], thickness: t | [t...]} or {through: [...], r: ...};
  // optional `normal: [dx, dy, dz]` (the thickness direction) or `facing: P` (the thickness direction
  // points at P, e.g. the bone under the muscle). Widths and thicknesses are full sizes in metres.
  std::shared_ptr<const Pieces> sweep(const YAML::Node& body) const {
    for (const auto& entry : body) {
      const auto key = entry.first.as<std::string>();
      if (key != "through" && key != "width" && key != "thickness" && key != "r" && key != "normal" && key != "facing")
        fail(entry.first, "sweep: unknown key '" + key + "' (expected through, width, thickness, r, normal, facing)");
    }
    if (!body["through"]) fail(body, "sweep: missing 'through'");
    const std::vector<glm::vec3> through = points(body["through"], "sweep.through", 2);
    std::vector<float> width, thickness;
    if (body["r"]) {
      width = perStation(body["r"], through.size(), "sweep.r");
      for (float& w : width) w *= 2.0f;
      thickness = width;
    } else {
      if (!body["width"] || !body["thickness"]) fail(body, "sweep: expected 'width' and 'thickness' (or 'r')");
      width = perStation(body["width"], through.size(), "sweep.width");
      thickness = perStation(body["thickness"], through.size(), "sweep.thickness");
    }
    std::optional<glm::vec3> normal, facing;
    if (body["normal"]) normal = glm::normalize(vec3(body["normal"], "sweep.normal"));
    if (body["facing"]) facing = point(body["facing"], "sweep.facing");

    constexpr int kPerSpan = 6;
    const std::vector<glm::vec3> curve = smoothCurve(through, kPerSpan);
    const std::vector<float> w = smoothValues(width, kPerSpan), t = smoothValues(thickness, kPerSpan);
    std::vector<SweepSegment> segments;
    for (size_t i = 0; i + 1 < curve.size(); ++i) {
      SweepSegment seg;
      seg.a = curve[i];
      seg.b = curve[i + 1];
      if (glm::length(seg.b - seg.a) < 1e-6f) continue;
      seg.halfA = {w[i] * 0.5f, t[i] * 0.5f};
      seg.halfB = {w[i + 1] * 0.5f, t[i + 1] * 0.5f};
      const glm::vec3 tangent = glm::normalize(seg.b - seg.a);
      glm::vec3 n = normal ? *normal : facing ? *facing - (seg.a + seg.b) * 0.5f : glm::vec3(0, 0, 1);
      n -= tangent * glm::dot(n, tangent);
      if (glm::length(n) < 1e-6f) n = std::abs(tangent.x) < 0.9f ? glm::vec3(1, 0, 0) : glm::vec3(0, 1, 0);
      n -= tangent * glm::dot(n, tangent);
      seg.normal = glm::normalize(n);
      seg.across = glm::cross(tangent, seg.normal);
      segments.push_back(seg);
    }
    if (segments.empty()) fail(body, "sweep: the points coincide");
    return Pieces::sweep(std::move(segments));
  }

  // sheet: {rows: [[P, P, ...], [P, P, ...], ...], thickness: t | [t per row]}: the rows run across the
  // fibres, the first at the origin and the last at the insertion; each row has the same number of points.
  std::shared_ptr<const Pieces> sheet(const YAML::Node& body) const {
    for (const auto& entry : body) {
      const auto key = entry.first.as<std::string>();
      if (key != "rows" && key != "thickness")
        fail(entry.first, "sheet: unknown key '" + key + "' (expected rows, thickness)");
    }
    const YAML::Node rowsNode = body["rows"];
    if (!rowsNode || !rowsNode.IsSequence() || rowsNode.size() < 2)
      fail(body, "sheet: expected 'rows', a list of at least two rows of points");
    std::vector<std::vector<glm::vec3>> rows;
    for (const auto& row : rowsNode) {
      rows.push_back(points(row, "sheet.rows", 2));
      if (rows.back().size() != rows.front().size())
        fail(row,
             "sheet.rows: every row needs the same number of points (" + std::to_string(rows.front().size()) + ")");
    }
    if (!body["thickness"]) fail(body, "sheet: missing 'thickness'");
    const std::vector<float> thickness = perStation(body["thickness"], rows.size(), "sheet.thickness");

    constexpr int kPerSpan = 4;
    // Smooth each row across, then each column of the result from row to row.
    std::vector<std::vector<glm::vec3>> across;
    for (const auto& row : rows) across.push_back(smoothCurve(row, kPerSpan));
    const size_t columns = across.front().size();
    std::vector<std::vector<glm::vec3>> grid(columns);  // grid[column][along]
    for (size_t c = 0; c < columns; ++c) {
      std::vector<glm::vec3> column;
      for (const auto& row : across) column.push_back(row[c]);
      grid[c] = smoothCurve(column, kPerSpan);
    }
    const std::vector<float> half = smoothValues(thickness, kPerSpan);
    const size_t along = grid.front().size();
    const auto fibre = [&](size_t c, size_t i) {
      const glm::vec3 d = grid[c][std::min(i + 1, along - 1)] - grid[c][i > 0 ? i - 1 : 0];
      return glm::length(d) > 1e-9f ? glm::normalize(d) : glm::vec3(0, 1, 0);
    };
    std::vector<SheetTriangle> triangles;
    const auto add = [&](std::array<std::pair<size_t, size_t>, 3> corners) {
      SheetTriangle t;
      for (int k = 0; k < 3; ++k) {
        const auto [c, i] = corners[k];
        t.p[k] = grid[c][i];
        t.half[k] = half[i] * 0.5f;
        t.fibre[k] = fibre(c, i);
      }
      triangles.push_back(t);
    };
    // Cells in column-major order so that neighbouring triangles sit in the same cluster.
    for (size_t c = 0; c + 1 < columns; ++c)
      for (size_t i = 0; i + 1 < along; ++i) {
        add({{{c, i}, {c + 1, i}, {c + 1, i + 1}}});
        add({{{c, i}, {c + 1, i + 1}, {c, i + 1}}});
      }
    return Pieces::sheet(std::move(triangles));
  }

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
    if (points_) {
      if (const auto it = points_->find(id); it != points_->end()) return it->second;
    }
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
  const Points* points_;
};

std::string text(const YAML::Node& node, const std::string& what) {
  if (!node.IsScalar()) fail(node, what + ": expected text");
  return node.Scalar();
}

StructureSpec structure(const YAML::Node& node, const std::string& file, const landmarks::LandmarkSet& landmarks,
                        const Points& points, atlas::Tissue tissue) {
  if (!node.IsMap()) fail(node, "expected a map with id, name, shapes, ...");
  static const std::set<std::string> kKeys{"id",    "name",        "side",  "fma",   "region",    "tissue",
                                           "layer", "triangles",   "step",  "blend", "reference", "shapes",
                                           "note",  "attachments", "avoid", "shift"};
  for (const auto& entry : node) {
    const auto key = entry.first.as<std::string>();
    if (!kKeys.count(key)) fail(entry.first, "unknown key '" + key + "'");
  }
  StructureSpec b;
  b.where = file + ":" + std::to_string(node.Mark().line + 1);
  b.tissue = tissue;
  b.avoidBones = tissue != atlas::Tissue::Bone;
  if (tissue != atlas::Tissue::Bone) b.triangles = 1200;
  if (!node["id"]) fail(node, "missing 'id'");
  b.id = text(node["id"], "id");
  if (!isValidId(b.id) || sideOf(b.id) != Side::None)
    fail(node["id"], "id: '" + b.id + "' is not a side-free id like femur, rib_1 or trapezius.upper");
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
      if (!b.paired) fail(fma, "fma: a midline structure has one FMA id");
      b.fmaRight = fma["r"] ? text(fma["r"], "fma.r") : "";
      b.fmaLeft = fma["l"] ? text(fma["l"], "fma.l") : "";
    } else {
      b.fma = text(fma, "fma");
      if (b.paired) fail(fma, "fma: a paired structure needs {r: FMA..., l: FMA...}");
    }
  }
  b.region = node["region"] ? text(node["region"], "region") : "";
  if (node["tissue"]) {
    const auto named = atlas::tissueFromName(text(node["tissue"], "tissue"));
    if (!named) fail(node["tissue"], "tissue: unknown tissue '" + node["tissue"].Scalar() + "'");
    b.tissue = *named;
  }
  if (node["layer"]) {
    const auto layer = atlas::layerFromName(text(node["layer"], "layer"));
    if (!layer) fail(node["layer"], "layer: expected skin, fascia, superficial, deep or bone");
    b.layer = *layer;
  }
  if (node["avoid"]) {
    const auto avoid = text(node["avoid"], "avoid");
    if (avoid != "bones" && avoid != "none") fail(node["avoid"], "avoid: expected bones or none");
    b.avoidBones = avoid == "bones";
  }
  Parser parser(landmarks, b.paired, &points);
  if (node["attachments"]) b.attachments = parser.points(node["attachments"], "attachments", 1);
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
  if (!shapes || !shapes.IsSequence() || shapes.size() == 0) fail(node, "'" + b.id + "': expected a list of shapes");
  for (const auto& s : shapes) {
    Shape shape = parser.shape(s);
    b.field.shapes.push_back(shape);
    if (s["mirror"] && s["mirror"].as<bool>()) b.field.shapes.push_back(mirroredX(shape));
  }
  // `shift: [dx, dy, dz]` moves the whole structure (not its attachments): a compromise where the real
  // left and right differ more than a mirrored pair can follow.
  if (node["shift"]) {
    const glm::vec3 by = vec3(node["shift"], "shift");
    for (Shape& shape : b.field.shapes) shape = translated(shape, by);
  }
  b.field.prepare();
  return b;
}

// skin: {id: skin, name: skin, step: 0.003, closing: 0.012, thickness: 0.004, triangles: 40000}
StructureSpec skinEntry(const YAML::Node& node, const std::string& file) {
  if (!node.IsMap()) fail(node, "skin: expected a map with step, closing, thickness, triangles");
  SkinSpec skin;
  for (const auto& entry : node) {
    const auto key = entry.first.as<std::string>();
    if (key == "id")
      skin.id = text(entry.second, "skin.id");
    else if (key == "name")
      skin.name = text(entry.second, "skin.name");
    else if (key == "step")
      skin.step = number(entry.second, "skin.step");
    else if (key == "closing")
      skin.closing = number(entry.second, "skin.closing");
    else if (key == "thickness")
      skin.thickness = number(entry.second, "skin.thickness");
    else if (key == "triangles")
      skin.triangles = static_cast<int>(number(entry.second, "skin.triangles"));
    else if (key != "note")
      fail(entry.first, "skin: unknown key '" + key + "' (expected id, name, step, closing, thickness, triangles)");
  }
  if (!(skin.step >= 0.001f) || !(skin.closing > skin.thickness) || !(skin.thickness >= 0.0f) || skin.triangles < 100)
    fail(node, "skin: expected step >= 0.001, closing > thickness >= 0 and triangles >= 100");
  StructureSpec s;
  s.id = skin.id;
  s.name = skin.name;
  s.paired = false;
  s.tissue = atlas::Tissue::Skin;
  s.triangles = skin.triangles;
  s.where = skin.where = file + ":" + std::to_string(node.Mark().line + 1);
  s.skin = skin;
  return s;
}

}  // namespace

Result<std::vector<StructureSpec>> parseSpecText(std::string_view yamlText, const std::string& where,
                                                 const landmarks::LandmarkSet& landmarks) {
  try {
    const YAML::Node root = YAML::Load(std::string(yamlText));
    if (!root.IsMap()) return Error{where + ":1", "expected a map with 'bones', 'muscles' or 'fascia' lists"};
    for (const auto& entry : root) {
      const auto key = entry.first.as<std::string>();
      if (key != "points" && key != "bones" && key != "muscles" && key != "fascia" && key != "skin")
        fail(entry.first, "unknown key '" + key + "' (expected points, bones, muscles, fascia, skin)");
    }
    // Named points of this file, authored on the right; each may use the ones before it.
    Points points;
    if (const YAML::Node named = root["points"]) {
      if (!named.IsMap()) fail(named, "points: expected a map of name: point");
      for (const auto& entry : named) {
        const auto name = entry.first.as<std::string>();
        if (!isValidId(name)) fail(entry.first, "points: '" + name + "' is not a valid id");
        if (points.count(name)) fail(entry.first, "points: '" + name + "' given twice");
        points[name] = Parser(landmarks, true, &points).point(entry.second, "points." + name);
      }
    }
    std::vector<StructureSpec> out;
    const std::pair<const char*, atlas::Tissue> lists[] = {
        {"bones", atlas::Tissue::Bone}, {"muscles", atlas::Tissue::Muscle}, {"fascia", atlas::Tissue::Fascia}};
    for (const auto& [key, tissue] : lists) {
      const YAML::Node list = root[key];
      if (!list) continue;
      if (!list.IsSequence()) fail(list, std::string(key) + ": expected a list");
      for (const auto& node : list) out.push_back(structure(node, where, landmarks, points, tissue));
    }
    if (const YAML::Node node = root["skin"]) out.push_back(skinEntry(node, where));
    if (out.empty()) return Error{where + ":1", "expected a map with 'bones', 'muscles' or 'fascia' lists"};
    return out;
  } catch (const SpecError& e) {
    return Error{where + ":" + std::to_string(e.line), e.message};
  } catch (const YAML::Exception& e) {
    return Error{where + ":" + std::to_string(e.mark.line + 1), e.msg};
  }
}

Result<Spec> loadSpec(const std::filesystem::path& dir, const landmarks::LandmarkSet& landmarks,
                      const std::vector<std::string>& only) {
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
    const bool wanted = only.empty() || name.rfind("skeleton/", 0) == 0 ||
                        std::any_of(only.begin(), only.end(),
                                    [&](const std::string& part) { return name.find(part) != std::string::npos; });
    if (!bones && !wanted) {
      std::fprintf(stderr, "skipped (not selected, does not load): %s\n", bones.error().text().c_str());
      continue;
    }
    if (!bones) return bones.error();
    for (auto& b : *bones) {
      if (!ids.insert(b.id).second) return Error{b.where, "duplicate id '" + b.id + "'"};
      spec.structures.push_back(std::move(b));
    }
  }
  if (spec.structures.empty()) return Error{"loadSpec(): " + dir.string(), "no structures in any *.yaml"};
  return spec;
}

}  // namespace myo::atlas_gen
