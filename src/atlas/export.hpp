#pragma once
// Writes a structure's mesh to a file in the body frame (metres, +Y up, +Z anterior, +X the subject's
// left) with normals: `myoscope export --structure ID --format obj|glb -o FILE`.
#include <string>
#include <string_view>

#include "atlas/structure.hpp"
#include "core/result.hpp"

namespace myo::atlas {

// format: "obj" (text, `v`/`vn`/`f a//a`) or "glb" (binary glTF 2.0: POSITION, NORMAL, 32-bit indices).
// Written to a temporary file and renamed, so an existing file is replaced whole or not at all. Errors:
// Error{"exportStructure(): <path>", reason} for an unknown format, an empty mesh or a write failure.
Status exportStructure(const Structure& s, std::string_view format, const std::string& path);

// The bytes exportStructure writes (tests, and callers that want them in memory).
std::string objBytes(const Structure& s);
std::string glbBytes(const Structure& s);

}  // namespace myo::atlas
