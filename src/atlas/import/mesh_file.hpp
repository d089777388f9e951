#pragma once
// Mesh files through Assimp: OBJ, STL, PLY, glTF/GLB, FBX, DAE and the other formats it reads. Every
// mesh comes out triangulated, welded and compact, with unit normals, in the file's own units and axes
// (loaders convert into the body frame with frame.hpp).
#include <string>
#include <string_view>
#include <vector>

#include "atlas/mesh.hpp"
#include "core/result.hpp"

namespace myo::atlas {

// One named part of a file (an OBJ object, a glTF node, ...), node transforms applied.
struct MeshPart {
  std::string name;
  Mesh mesh;
};

// The whole file as one mesh: every mesh of the scene, node transforms applied; line and point elements
// dropped. Errors: Error{"loadMeshFile(): <path>", "<reason>"} for a missing, empty, truncated or
// unreadable file, or one with no triangles.
Result<Mesh> loadMeshFile(const std::string& path);

// The same, one part per named node that holds meshes (parts with one name are merged), in file order.
Result<std::vector<MeshPart>> loadMeshFileParts(const std::string& path);

// The parts concatenated into one mesh, in order.
Mesh mergeParts(const std::vector<MeshPart>& parts);

// True for the mesh formats a folder scan picks up (by extension, case-insensitive).
bool isMeshFileName(std::string_view fileName);

// Welds, drops unused vertices and degenerate triangles, and computes normals where there are none.
// Every loader finishes its meshes with it.
void finishImportedMesh(Mesh& mesh);

}  // namespace myo::atlas
