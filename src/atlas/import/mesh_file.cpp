#include "atlas/import/mesh_file.hpp"

#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <algorithm>
#include <array>
#include <assimp/Importer.hpp>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <system_error>
#include <utility>

#include "atlas/import/obj_reader.hpp"
#include "core/strings.hpp"

namespace myo::atlas {
namespace {

std::string where(const std::string& path) { return "loadMeshFile(): " + path; }

// What Assimp would not say clearly (or at all): a missing or empty file, binary bytes in an OBJ, an
// OBJ cut off mid-statement (Assimp keeps what it read and drops the broken face).
std::string precheck(const std::string& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return "no such file";
  if (std::filesystem::is_directory(status)) return "is a directory, not a file";
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return "cannot read the file size: " + ec.message();
  if (size == 0) return "empty file";
  if (toLower(std::filesystem::path(path).extension().string()) != ".obj") return {};
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) return "cannot open the file";
  std::string head(static_cast<size_t>(std::min<std::uintmax_t>(size, 1 << 16)), '\0');
  head.resize(std::fread(head.data(), 1, head.size(), file.get()));
  std::string tail(static_cast<size_t>(std::min<std::uintmax_t>(size, 4096)), '\0');
  std::fseek(file.get(), -static_cast<long>(tail.size()), SEEK_END);
  tail.resize(std::fread(tail.data(), 1, tail.size(), file.get()));
  return objTextProblem(head, tail);
}

glm::vec3 toGlm(const aiVector3D& v) { return {v.x, v.y, v.z}; }

struct PartBuilder {
  std::string name;
  Mesh mesh;
  bool normalsMissing = false;
};

// Appends one Assimp mesh under `transform`; triangles only, corners checked against the vertex count.
void appendMesh(PartBuilder& part, const aiMesh& source, const aiMatrix4x4& transform) {
  const aiMatrix3x3 normalMatrix = aiMatrix3x3(transform).Inverse().Transpose();
  const bool mirrored = transform.Determinant() < 0.0f;  // a reflection reverses the winding
  const auto base = static_cast<std::uint32_t>(part.mesh.positions.size());
  if (!source.HasNormals()) part.normalsMissing = true;
  for (unsigned i = 0; i < source.mNumVertices; ++i) {
    part.mesh.positions.push_back(toGlm(transform * source.mVertices[i]));
    if (source.HasNormals()) {
      const glm::vec3 n = toGlm(normalMatrix * source.mNormals[i]);
      const float length = glm::length(n);
      if (!(length > 1e-12f)) part.normalsMissing = true;
      part.mesh.normals.push_back(length > 1e-12f ? n / length : glm::vec3(0.0f, 1.0f, 0.0f));
    } else {
      part.mesh.normals.emplace_back(0.0f, 1.0f, 0.0f);  // placeholder; recomputed in finishImportedMesh
    }
  }
  for (unsigned f = 0; f < source.mNumFaces; ++f) {
    const aiFace& face = source.mFaces[f];
    if (face.mNumIndices != 3) continue;  // points and lines (and faces of a broken file)
    const auto a = face.mIndices[0], b = face.mIndices[1], c = face.mIndices[2];
    if (a >= source.mNumVertices || b >= source.mNumVertices || c >= source.mNumVertices) continue;
    if (mirrored)
      part.mesh.indices.insert(part.mesh.indices.end(), {base + a, base + c, base + b});
    else
      part.mesh.indices.insert(part.mesh.indices.end(), {base + a, base + b, base + c});
  }
}

Result<std::vector<MeshPart>> readParts(const std::string& path) {
  if (const std::string problem = precheck(path); !problem.empty()) return Error{where(path), problem};
  Assimp::Importer importer;
  // Stray line and point elements are removed by SortByPType; no JoinIdenticalVertices (slow): we weld.
  importer.SetPropertyInteger(AI_CONFIG_PP_SBP_REMOVE, aiPrimitiveType_POINT | aiPrimitiveType_LINE);
  const aiScene* scene = importer.ReadFile(path, aiProcess_Triangulate | aiProcess_SortByPType);
  if (scene == nullptr) {
    std::string reason = importer.GetErrorString();
    if (reason.find("No meshes remaining") != std::string::npos || reason.empty())
      reason = "no triangles (the file holds only points, lines or nothing)";
    return Error{where(path), reason};
  }
  std::vector<PartBuilder> builders;
  std::vector<std::pair<const aiNode*, aiMatrix4x4>> stack;  // explicit: a deep hierarchy cannot overflow
  if (scene->mRootNode != nullptr) stack.emplace_back(scene->mRootNode, scene->mRootNode->mTransformation);
  // Depth-first in file order: push children in reverse so the first child comes out first.
  while (!stack.empty()) {
    const auto [node, transform] = stack.back();
    stack.pop_back();
    for (unsigned m = 0; m < node->mNumMeshes; ++m) {
      if (node->mMeshes[m] >= scene->mNumMeshes) continue;
      const aiMesh* mesh = scene->mMeshes[node->mMeshes[m]];
      if (mesh == nullptr || (mesh->mPrimitiveTypes & aiPrimitiveType_TRIANGLE) == 0) continue;
      std::string name = node->mName.C_Str();
      if (name.empty() || node == scene->mRootNode) name = mesh->mName.C_Str();
      auto it = std::find_if(builders.begin(), builders.end(), [&](const PartBuilder& b) { return b.name == name; });
      if (it == builders.end()) it = builders.insert(builders.end(), PartBuilder{name, {}, false});
      appendMesh(*it, *mesh, transform);
    }
    for (unsigned c = node->mNumChildren; c-- > 0;) {
      const aiNode* child = node->mChildren[c];
      if (child != nullptr) stack.emplace_back(child, transform * child->mTransformation);
    }
  }
  std::vector<MeshPart> parts;
  for (auto& builder : builders) {
    if (builder.normalsMissing) builder.mesh.normals.clear();
    finishImportedMesh(builder.mesh);
    if (!builder.mesh.empty()) parts.push_back({std::move(builder.name), std::move(builder.mesh)});
  }
  if (parts.empty()) return Error{where(path), "no triangles (the file holds only points, lines or nothing)"};
  return parts;
}

}  // namespace

void finishImportedMesh(Mesh& mesh) {
  weldAndCompact(mesh);
  if (!mesh.empty() && mesh.normals.size() != mesh.positions.size()) computeNormals(mesh);
}

Result<std::vector<MeshPart>> loadMeshFileParts(const std::string& path) {
  try {
    return readParts(path);
  } catch (const std::exception& e) {  // Assimp catches its own; this is for allocation failures on huge files
    return Error{where(path), std::string("cannot load: ") + e.what()};
  }
}

Result<Mesh> loadMeshFile(const std::string& path) {
  auto parts = loadMeshFileParts(path);
  if (!parts) return parts.error();
  if (parts->size() == 1) return std::move(parts->front().mesh);
  return mergeParts(*parts);
}

Mesh mergeParts(const std::vector<MeshPart>& parts) {
  Mesh merged;
  for (const auto& part : parts) {
    const auto base = static_cast<std::uint32_t>(merged.positions.size());
    merged.positions.insert(merged.positions.end(), part.mesh.positions.begin(), part.mesh.positions.end());
    merged.normals.insert(merged.normals.end(), part.mesh.normals.begin(), part.mesh.normals.end());
    for (const auto index : part.mesh.indices) merged.indices.push_back(base + index);
  }
  return merged;
}

bool isMeshFileName(std::string_view fileName) {
  static constexpr std::array<std::string_view, 18> kExtensions{".obj", ".stl", ".ply", ".gltf", ".glb",  ".fbx",
                                                                ".dae", ".off", ".3ds", ".3mf",  ".x3d",  ".blend",
                                                                ".x",   ".lwo", ".ac",  ".ase",  ".ms3d", ".zae"};
  const std::string extension = toLower(std::filesystem::path(fileName).extension().string());
  return std::find(kExtensions.begin(), kExtensions.end(), extension) != kExtensions.end();
}

}  // namespace myo::atlas
