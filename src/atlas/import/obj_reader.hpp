#pragma once
// A fast reader for the OBJ subset anatomical exports use (v, vn, f; polygons fan-triangulated; l and p
// elements dropped; vt, o, g, s, usemtl, mtllib and other statements ignored). The BodyParts3D profile
// reads its 35 MB of OBJ through it, several times faster than Assimp; every other format (and OBJ
// outside that profile) goes through Assimp (mesh_file.hpp).
#include <string>
#include <string_view>

#include "atlas/mesh.hpp"
#include "core/result.hpp"

namespace myo::atlas {

struct ObjParseInfo {
  size_t droppedElements = 0;  // `l` and `p` statements (stray lines and points) left out
};

// Parses OBJ text into positions, indices and, where every corner has one, normals (not yet welded).
// The error's `where` is empty and its message starts with "line N: "; callers add the path.
Result<Mesh> parseObj(std::string_view text, ObjParseInfo* info = nullptr);

// A reason the bytes cannot be a complete text OBJ (binary data, or a last line cut off mid-statement),
// or an empty string when none is seen. Cheap: looks at the first 64 KiB and the last line only.
std::string objTextProblem(std::string_view head, std::string_view tail);

}  // namespace myo::atlas
