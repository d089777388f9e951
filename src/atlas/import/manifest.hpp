#pragma once
// `myoscope-atlas.json`: the small manifest that maps the files (or named meshes) of an external atlas
// folder to our structure ids, with the folder's units and axes:
//
//   {"units": "mm", "up": "+z", "front": "-y",
//    "structures": [{"file": "arm/biceps.stl", "id": "biceps_brachii.r", "name": "Right biceps brachii",
//                    "tissue": "muscle", "layer": "superficial", "fma": "FMA37670", "region": "arm"},
//                   {"file": "body.glb", "mesh": "Scapula_R", "id": "scapula.r", "tissue": "bone"}]}
//
// units: m (default), cm, mm. up / front (the subject's anterior): +x -x +y -y +z -z, defaults +y / +z.
// Per structure: file and id required; mesh picks one named mesh of the file (all of it when absent);
// name defaults to the id, tissue to other, layer to the tissue's default layer.
#include <string>
#include <string_view>
#include <vector>

#include "atlas/import/frame.hpp"
#include "atlas/structure.hpp"
#include "core/result.hpp"

namespace myo::atlas {

inline constexpr std::string_view kManifestFileName = "myoscope-atlas.json";

struct ManifestEntry {
  std::string file;  // relative to the manifest's folder, '/'-separated
  std::string mesh;  // a named mesh in the file, or empty for the whole file
  std::string id;
  std::string name;
  std::string fma;
  std::string region;
  Tissue tissue = Tissue::Other;
  Layer layer = Layer::Superficial;
};

struct Manifest {
  SourceFrame frame;
  std::vector<ManifestEntry> structures;
};

// Parses and checks a manifest. Errors name the file: `<path>:<line>:<column>` for JSON syntax (as
// nlohmann reports it), `<path>` with `structures[3].tissue: expected one of ...` for content.
Result<Manifest> parseManifest(std::string_view json, const std::string& path);

// The structure facts an entry gives (no mesh).
Structure manifestStructure(const ManifestEntry& entry);

}  // namespace myo::atlas
