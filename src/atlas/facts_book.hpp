#pragma once
// Facts per muscle (assets/atlas/facts/*.yaml): name, FMA ids, region, layer, origin, insertion, action,
// innervation, blood supply, in our own words with the source named per entry. A muscle with parts
// (`deltoid` with `deltoid.anterior`, ...) passes what a part does not say down to it.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "atlas/atlas.hpp"
#include "atlas/structure.hpp"
#include "core/result.hpp"

namespace myo::atlas {

struct MuscleFacts {
  std::string id;  // side-free: `deltoid.anterior`
  std::string name;
  std::string fmaRight, fmaLeft;
  std::string region;
  std::optional<Layer> layer;
  Facts facts;
  std::string where;  // file:line
};

class FactsBook {
 public:
  // Every *.yaml in `dir`; errors name file:line and what was expected.
  static Result<FactsBook> loadDir(const std::filesystem::path& dir);
  static Result<FactsBook> parse(std::string_view yamlText, const std::string& fileName);

  const MuscleFacts* find(std::string_view sideFreeId) const;
  const std::map<std::string, MuscleFacts>& all() const { return entries_; }

  // Fills in the facts, and the FMA id, region and layer where the structure has none, of every structure
  // whose side-free id the book knows. Returns how many structures got facts.
  size_t applyTo(Atlas& atlas) const;

 private:
  std::map<std::string, MuscleFacts> entries_;
};

}  // namespace myo::atlas
