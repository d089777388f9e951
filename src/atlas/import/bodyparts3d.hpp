#pragma once
// The BodyParts3D profile (DBCLS): OBJ files in millimetres, +Z up, +Y posterior, named
// `FJ441_BP2418_FMA32547_Right infraspinatus.obj` (3.0; also with underscores for spaces) or only
// `FJ1467.obj` (4.0), with a header of `# Concept ID : FMA32547`, `# English name : ...`, `# Bounds(mm)`.
// Files are converted into the body frame and named with our ids (`infraspinatus.r`).
#include <optional>
#include <string>
#include <string_view>

#include "atlas/structure.hpp"
#include "core/result.hpp"

namespace myo::atlas {

// What a file name or header says about a BodyParts3D file; empty fields where it says nothing.
struct BodyParts3DInfo {
  std::string fileId;              // "FJ441"
  std::string partId;              // "BP2418" (representation id)
  std::string fma;                 // "FMA32547"
  std::string englishName;         // "Right infraspinatus"
  std::optional<Bounds> boundsMm;  // header box, BodyParts3D frame, millimetres
  std::optional<double> volumeCm3;
};

// From a file name or stem: "FJ305_BP4010_FMA32540_Right_levator_scapulae.obj" -> FJ305, BP4010,
// FMA32540, "Right levator scapulae".
BodyParts3DInfo parseBodyParts3DFileName(std::string_view fileName);
// From the leading `#` lines of the file.
BodyParts3DInfo parseBodyParts3DHeader(std::string_view text);
// The header's fields where it has them, else the file name's.
BodyParts3DInfo mergeBodyParts3DInfo(const BodyParts3DInfo& header, const BodyParts3DInfo& fileName);

// True for a file name of the FJ... form, or text that starts with a BodyParts3D header.
bool looksLikeBodyParts3D(std::string_view fileName, std::string_view head);

// Bone vs muscle (and tendon, ligament, fascia, cartilage) by the words of the English name; Other when
// none is recognised.
Tissue classifyTissue(std::string_view englishName);
// A coarse body region from the name: head, neck, trunk, shoulder, arm, forearm, hand, pelvis, thigh,
// leg, foot; empty when unknown.
std::string guessRegion(std::string_view englishName);

// The structure facts (id, side, tissue, layer, region, FMA id, name) for a file, no mesh.
Structure bodyParts3DStructure(const BodyParts3DInfo& info, std::string_view fileStem);

// Reads one BodyParts3D OBJ (fast reader), converts it into the body frame and names it. Errors are
// Error{"loadMeshFile(): <path>", reason}. Non-OBJ files go through Assimp with the same conversion.
Result<Structure> loadBodyParts3DFile(const std::string& path);

}  // namespace myo::atlas
