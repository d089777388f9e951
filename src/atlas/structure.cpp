#include "atlas/structure.hpp"

#include <array>
#include <utility>

namespace myo::atlas {
namespace {
constexpr std::array<std::pair<std::string_view, Tissue>, 8> kTissues{{
    {"muscle", Tissue::Muscle}, {"tendon", Tissue::Tendon}, {"fascia", Tissue::Fascia},
    {"ligament", Tissue::Ligament}, {"bone", Tissue::Bone}, {"cartilage", Tissue::Cartilage},
    {"skin", Tissue::Skin}, {"other", Tissue::Other},
}};
constexpr std::array<std::pair<std::string_view, Layer>, kLayerCount> kLayers{{
    {"skin", Layer::Skin}, {"fascia", Layer::Fascia}, {"superficial", Layer::Superficial},
    {"deep", Layer::Deep}, {"bone", Layer::Bone},
}};
}  // namespace

std::string_view tissueName(Tissue tissue) {
  for (const auto& [name, t] : kTissues)
    if (t == tissue) return name;
  return "other";
}

std::optional<Tissue> tissueFromName(std::string_view name) {
  for (const auto& [n, t] : kTissues)
    if (n == name) return t;
  return std::nullopt;
}

std::string_view layerName(Layer layer) {
  for (const auto& [name, l] : kLayers)
    if (l == layer) return name;
  return "superficial";
}

std::optional<Layer> layerFromName(std::string_view name) {
  for (const auto& [n, l] : kLayers)
    if (n == name) return l;
  return std::nullopt;
}

Layer defaultLayerFor(Tissue tissue) {
  switch (tissue) {
    case Tissue::Skin: return Layer::Skin;
    case Tissue::Fascia: return Layer::Fascia;
    case Tissue::Bone:
    case Tissue::Cartilage:
    case Tissue::Ligament: return Layer::Bone;
    case Tissue::Muscle:
    case Tissue::Tendon:
    case Tissue::Other: break;
  }
  return Layer::Superficial;
}

}  // namespace myo::atlas
