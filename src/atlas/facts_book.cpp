#include "atlas/facts_book.hpp"

#include <algorithm>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "atlas/file_io.hpp"
#include "core/ids.hpp"

namespace myo::atlas {
namespace {

struct FactsError {
  YAML::Mark mark;
  std::string message;
};

std::string textOf(const YAML::Node& node, const char* key) {
  const YAML::Node v = node[key];
  if (!v) return {};
  if (!v.IsScalar()) throw FactsError{v.Mark(), std::string(key) + ": expected text"};
  return v.Scalar();
}

void readEntry(const YAML::Node& node, const MuscleFacts* parent, const std::string& file,
               std::map<std::string, MuscleFacts>& out) {
  if (!node.IsMap()) throw FactsError{node.Mark(), "expected a muscle entry (a map with id, name, origin, ...)"};
  MuscleFacts m = parent ? *parent : MuscleFacts{};
  m.id = textOf(node, "id");
  if (m.id.empty() || !isValidId(m.id) || sideOf(m.id) != Side::None)
    throw FactsError{node.Mark(), "id: expected a side-free id like deltoid.anterior"};
  m.where = file + ":" + std::to_string(node.Mark().line + 1);
  const auto set = [&](std::string& field, const char* key) {
    if (auto v = textOf(node, key); !v.empty()) field = v;
  };
  set(m.name, "name");
  set(m.region, "region");
  set(m.facts.origin, "origin");
  set(m.facts.insertion, "insertion");
  set(m.facts.action, "action");
  set(m.facts.innervation, "innervation");
  set(m.facts.bloodSupply, "blood_supply");
  set(m.facts.source, "source");
  if (const YAML::Node layer = node["layer"]) {
    const auto named = layerFromName(layer.Scalar());
    if (!named) throw FactsError{layer.Mark(), "layer: expected skin, fascia, superficial, deep or bone"};
    m.layer = *named;
  }
  if (parent) m.fmaRight.clear(), m.fmaLeft.clear();
  if (const YAML::Node fma = node["fma"]) {
    if (!fma.IsMap()) throw FactsError{fma.Mark(), "fma: expected {r: FMA..., l: FMA...}"};
    m.fmaRight = textOf(fma, "r");
    m.fmaLeft = textOf(fma, "l");
  }
  if (m.facts.source.empty()) throw FactsError{node.Mark(), "'" + m.id + "': every entry names its source"};
  if (!out.emplace(m.id, m).second) throw FactsError{node.Mark(), "'" + m.id + "' is listed twice"};
  if (const YAML::Node parts = node["parts"]) {
    if (!parts.IsSequence()) throw FactsError{parts.Mark(), "parts: expected a list"};
    for (const auto& part : parts) readEntry(part, &out.at(m.id), file, out);
  }
}

}  // namespace

Result<FactsBook> FactsBook::parse(std::string_view yamlText, const std::string& fileName) {
  FactsBook book;
  try {
    const YAML::Node root = YAML::Load(std::string(yamlText));
    const YAML::Node muscles = root["muscles"];
    if (!muscles || !muscles.IsSequence()) return Error{fileName + ":1", "expected a 'muscles' list"};
    for (const auto& entry : muscles) readEntry(entry, nullptr, fileName, book.entries_);
  } catch (const FactsError& e) {
    return Error{fileName + ":" + std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1), e.message};
  } catch (const YAML::Exception& e) {
    return Error{fileName + ":" + std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1), e.msg};
  }
  return book;
}

Result<FactsBook> FactsBook::loadDir(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error{dir.string(), "no such folder (expected the facts folder)"};
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  FactsBook book;
  for (const auto& file : files) {
    auto bytes = readFileBytes(file.string());
    if (!bytes) return bytes.error();
    auto part = parse(*bytes, file.filename().string());
    if (!part) return part.error();
    for (auto& [id, m] : part->entries_)
      if (!book.entries_.emplace(id, m).second) return Error{m.where, "'" + id + "' is also listed in another file"};
  }
  return book;
}

const MuscleFacts* FactsBook::find(std::string_view sideFreeId) const {
  const auto it = entries_.find(std::string(sideFreeId));
  return it == entries_.end() ? nullptr : &it->second;
}

size_t FactsBook::applyTo(Atlas& atlas) const {
  size_t count = 0;
  for (Structure& s : atlas.structures) {
    const MuscleFacts* m = find(withoutSide(s.id));  // `deltoid.anterior.r` -> `deltoid.anterior`
    if (!m) continue;
    s.facts = m->facts;
    if (s.fma.empty()) s.fma = s.side == Side::Left ? m->fmaLeft : s.side == Side::Right ? m->fmaRight : "";
    if (s.region.empty()) s.region = m->region;
    ++count;
  }
  return count;
}

}  // namespace myo::atlas
