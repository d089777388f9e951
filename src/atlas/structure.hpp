#pragma once
// One anatomical structure (a muscle part, a bone, a fascia sheet, the skin) and its facts.
#include <optional>
#include <string>
#include <string_view>

#include "atlas/mesh.hpp"
#include "core/ids.hpp"

namespace myo::atlas {

enum class Tissue { Muscle, Tendon, Fascia, Ligament, Bone, Cartilage, Skin, Other };

// Depth layers, outermost first, so a user can peel from the skin down to the bone.
enum class Layer { Skin, Fascia, Superficial, Deep, Bone };
inline constexpr int kLayerCount = 5;

std::string_view tissueName(Tissue tissue);
std::optional<Tissue> tissueFromName(std::string_view name);
std::string_view layerName(Layer layer);
std::optional<Layer> layerFromName(std::string_view name);
Layer defaultLayerFor(Tissue tissue);

// Facts in our own words, with the source named (DESIGN.md "Facts per muscle").
struct Facts {
  std::string origin;
  std::string insertion;
  std::string action;
  std::string innervation;
  std::string bloodSupply;
  std::string source;
};

struct Structure {
  std::string id;          // `infraspinatus.r`, `scapula.l`
  std::string name;        // "Right infraspinatus"
  std::string fma;         // "FMA32547", or empty
  Side side = Side::None;
  std::string region;      // "shoulder", "back", ... or empty when unknown
  Tissue tissue = Tissue::Other;
  Layer layer = Layer::Superficial;
  Mesh mesh;
  Facts facts;
  std::string sourcePath;  // the file it was loaded from, for error messages and the info panel
};

}  // namespace myo::atlas
