#include "atlas/export.hpp"

#include <charconv>
#include <cstring>
#include <nlohmann/json.hpp>

#include "atlas/file_io.hpp"

namespace myo::atlas {
namespace {

// Normals as exported: the mesh's own when it has one per vertex, else computed.
Mesh withNormals(const Structure& s) {
  Mesh mesh = s.mesh;
  if (mesh.normals.size() != mesh.positions.size()) computeNormals(mesh);
  return mesh;
}

// Shortest text that reads back as the same float (std::to_chars round-trips exactly).
void appendFloat(std::string& out, float value) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, ec == std::errc() ? end : buffer);
}

void appendU32(std::string& out, std::uint32_t value) {
  char bytes[4];
  std::memcpy(bytes, &value, 4);  // glTF is little-endian, as are the machines we run on
  out.append(bytes, 4);
}

template <class T>
void appendArray(std::string& out, const std::vector<T>& values) {
  if (!values.empty()) out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

}  // namespace

std::string objBytes(const Structure& s) {
  const Mesh mesh = withNormals(s);
  std::string out;
  out.reserve(mesh.positions.size() * 64 + mesh.indices.size() * 12);
  out += "# Myoscope export: " + s.id + (s.name.empty() ? "" : " (" + s.name + ")") + "\n";
  if (!s.fma.empty()) out += "# FMA: " + s.fma + "\n";
  out += "# Body frame: metres, +Y up, +Z anterior, +X the subject's left\n";
  out += "o " + s.id + "\n";
  for (const char* kind : {"v ", "vn "}) {
    const auto& values = kind[1] == 'n' ? mesh.normals : mesh.positions;
    for (const auto& v : values) {
      out += kind;
      appendFloat(out, v.x);
      out += ' ';
      appendFloat(out, v.y);
      out += ' ';
      appendFloat(out, v.z);
      out += '\n';
    }
  }
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    out += 'f';
    for (int k = 0; k < 3; ++k) {
      const std::string index = std::to_string(mesh.indices[t + static_cast<size_t>(k)] + 1);
      out += ' ' + index + "//" + index;
    }
    out += '\n';
  }
  return out;
}

std::string glbBytes(const Structure& s) {
  const Mesh mesh = withNormals(s);
  const Bounds box = mesh.bounds();
  const size_t vertexBytes = mesh.positions.size() * sizeof(glm::vec3);
  const size_t indexBytes = mesh.indices.size() * sizeof(std::uint32_t);
  std::string bin;
  bin.reserve(2 * vertexBytes + indexBytes + 4);
  appendArray(bin, mesh.positions);
  appendArray(bin, mesh.normals);
  appendArray(bin, mesh.indices);
  while (bin.size() % 4 != 0) bin += '\0';

  using nlohmann::json;
  const json document = {
      {"asset", {{"version", "2.0"}, {"generator", "Myoscope"}}},
      {"scene", 0},
      {"scenes", json::array({{{"nodes", json::array({0})}}})},
      {"nodes", json::array({{{"mesh", 0}, {"name", s.id}}})},
      {"meshes",
       json::array(
           {{{"name", s.id},
             {"primitives",
              json::array({{{"attributes", {{"POSITION", 0}, {"NORMAL", 1}}}, {"indices", 2}, {"mode", 4}}})}}})},
      {"buffers", json::array({{{"byteLength", bin.size()}}})},
      {"bufferViews",
       json::array({{{"buffer", 0}, {"byteOffset", 0}, {"byteLength", vertexBytes}, {"target", 34962}},
                    {{"buffer", 0}, {"byteOffset", vertexBytes}, {"byteLength", vertexBytes}, {"target", 34962}},
                    {{"buffer", 0}, {"byteOffset", 2 * vertexBytes}, {"byteLength", indexBytes}, {"target", 34963}}})},
      {"accessors",
       json::array({{{"bufferView", 0},
                     {"componentType", 5126},
                     {"count", mesh.positions.size()},
                     {"type", "VEC3"},
                     {"min", {box.min.x, box.min.y, box.min.z}},
                     {"max", {box.max.x, box.max.y, box.max.z}}},
                    {{"bufferView", 1}, {"componentType", 5126}, {"count", mesh.normals.size()}, {"type", "VEC3"}},
                    {{"bufferView", 2}, {"componentType", 5125}, {"count", mesh.indices.size()}, {"type", "SCALAR"}}})},
  };
  std::string text = document.dump();
  while (text.size() % 4 != 0) text += ' ';  // the JSON chunk is padded with spaces

  std::string out;
  out.reserve(12 + 8 + text.size() + 8 + bin.size());
  out += "glTF";
  appendU32(out, 2);
  appendU32(out, static_cast<std::uint32_t>(12 + 8 + text.size() + 8 + bin.size()));
  appendU32(out, static_cast<std::uint32_t>(text.size()));
  appendU32(out, 0x4E4F534Au);  // "JSON"
  out += text;
  appendU32(out, static_cast<std::uint32_t>(bin.size()));
  appendU32(out, 0x004E4942u);  // "BIN\0"
  out += bin;
  return out;
}

Status exportStructure(const Structure& s, std::string_view format, const std::string& path) {
  const std::string where = "exportStructure(): " + path;
  if (format != "obj" && format != "glb")
    return Error{where, "unknown format \"" + std::string(format) + "\" (expected obj or glb)"};
  if (s.mesh.empty()) return Error{where, "structure " + s.id + " has no triangles"};
  const Status written = writeFileAtomically(path, format == "obj" ? objBytes(s) : glbBytes(s));
  if (!written) return Error{where, written.error().message};
  return {};
}

}  // namespace myo::atlas
