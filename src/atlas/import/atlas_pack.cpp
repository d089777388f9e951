#include "atlas/import/atlas_pack.hpp"

#include <cstring>
#include <filesystem>
#include <system_error>
#include <type_traits>

#include "atlas/file_io.hpp"

namespace myo::atlas {
namespace {

constexpr std::string_view kMagic = "MYOATLAS";
constexpr std::uint32_t kByteOrderMark = 0x01020304u;
constexpr size_t kHeaderSize = 8 + 4 + 4 + 8 + 8;
static_assert(sizeof(glm::vec3) == 12, "glm::vec3 must be three packed floats");

std::uint64_t rotl(std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
std::uint64_t mix(std::uint64_t h) {  // MurmurHash3's 64-bit finaliser
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 33);
}

class Writer {
 public:
  template <class T>
  void put(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&value), sizeof(T));
  }
  void string(std::string_view text) {
    put(static_cast<std::uint64_t>(text.size()));
    out_.append(text);
  }
  template <class T>
  void array(const std::vector<T>& values) {
    put(static_cast<std::uint64_t>(values.size()));
    if (!values.empty()) out_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// Every read is checked against the bytes left, and counts before anything is allocated.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  template <class T>
  bool get(T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (bytes_.size() - at_ < sizeof(T)) return false;
    std::memcpy(&value, bytes_.data() + at_, sizeof(T));
    at_ += sizeof(T);
    return true;
  }
  bool string(std::string& text) {
    std::uint64_t size = 0;
    if (!get(size) || size > bytes_.size() - at_) return false;
    text.assign(bytes_.data() + at_, static_cast<size_t>(size));
    at_ += static_cast<size_t>(size);
    return true;
  }
  template <class T>
  bool array(std::vector<T>& values) {
    std::uint64_t count = 0;
    if (!get(count) || count > (bytes_.size() - at_) / sizeof(T)) return false;
    values.resize(static_cast<size_t>(count));
    if (count > 0) std::memcpy(values.data(), bytes_.data() + at_, values.size() * sizeof(T));
    at_ += values.size() * sizeof(T);
    return true;
  }
  bool done() const { return at_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  size_t at_ = 0;
};

void writeStructure(Writer& w, const Structure& s) {
  for (const std::string* text : {&s.id, &s.name, &s.fma, &s.region, &s.sourcePath, &s.facts.origin, &s.facts.insertion,
                                  &s.facts.action, &s.facts.innervation, &s.facts.bloodSupply, &s.facts.source})
    w.string(*text);
  w.put(static_cast<std::uint8_t>(s.side));
  w.put(static_cast<std::uint8_t>(s.tissue));
  w.put(static_cast<std::uint8_t>(s.layer));
  w.array(s.mesh.positions);
  w.array(s.mesh.normals);
  w.array(s.mesh.fibers);
  w.array(s.mesh.indices);
  // Derived data, so a cached load leaves the renderer nothing to work out (flag 0: not computed).
  const auto& facts = s.mesh.facts;
  w.put(static_cast<std::uint8_t>(facts ? 1 + (facts->closed ? 2 : 0) + (facts->windingOutward ? 4 : 0) +
                                              (facts->normalsFollowWinding ? 8 : 0)
                                        : 0));
  w.array(std::vector<glm::vec3>{facts ? facts->longAxis : glm::vec3(0.0f)});
  w.put(static_cast<std::uint32_t>(s.mesh.lods.size()));
  for (const auto& lod : s.mesh.lods) {
    w.put(lod.error);
    w.array(lod.indices);
  }
}

// Reads one structure and checks it is safe to use (enums in range, arrays consistent, indices in range).
bool readStructure(Reader& r, Structure& s) {
  for (std::string* text : {&s.id, &s.name, &s.fma, &s.region, &s.sourcePath, &s.facts.origin, &s.facts.insertion,
                            &s.facts.action, &s.facts.innervation, &s.facts.bloodSupply, &s.facts.source})
    if (!r.string(*text)) return false;
  std::uint8_t side = 0, tissue = 0, layer = 0;
  if (!r.get(side) || !r.get(tissue) || !r.get(layer)) return false;
  if (side > static_cast<std::uint8_t>(Side::Right) || tissue > static_cast<std::uint8_t>(Tissue::Other) ||
      layer >= kLayerCount)
    return false;
  s.side = static_cast<Side>(side);
  s.tissue = static_cast<Tissue>(tissue);
  s.layer = static_cast<Layer>(layer);
  Mesh& m = s.mesh;
  if (!r.array(m.positions) || !r.array(m.normals) || !r.array(m.fibers) || !r.array(m.indices)) return false;
  if ((!m.normals.empty() && m.normals.size() != m.positions.size()) ||
      (!m.fibers.empty() && m.fibers.size() != m.positions.size()) || m.indices.size() % 3 != 0)
    return false;
  const size_t count = m.positions.size();
  for (const auto index : m.indices)
    if (index >= count) return false;
  std::uint8_t flags = 0;
  std::vector<glm::vec3> axis;
  std::uint32_t lodCount = 0;
  if (!r.get(flags) || !r.array(axis) || axis.size() != 1 || !r.get(lodCount) || lodCount > 16) return false;
  if ((flags & 1) != 0) m.facts = MeshFacts{(flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0, axis[0]};
  m.lods.resize(lodCount);
  for (auto& lod : m.lods) {
    if (!r.get(lod.error) || !r.array(lod.indices) || lod.indices.size() % 3 != 0) return false;
    for (const auto index : lod.indices)
      if (index >= count) return false;
  }
  return true;
}

}  // namespace

std::uint64_t hashBytes(std::string_view bytes, std::uint64_t seed) {
  constexpr std::uint64_t k1 = 0x87c37b91114253d5ull;
  constexpr std::uint64_t k2 = 0x4cf5ad432745937full;
  std::uint64_t h = seed ^ (bytes.size() * k1);
  const auto step = [&](std::uint64_t word) {
    h ^= rotl(word * k1, 31) * k2;
    h = rotl(h, 27) * 5 + 0x52dce729;
  };
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes.data() + i, 8);
    step(word);
  }
  if (i < bytes.size()) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes.data() + i, bytes.size() - i);
    step(word);
  }
  return mix(h);
}

bool looksLikePack(std::string_view head) { return head.substr(0, kMagic.size()) == kMagic; }

std::string serializePack(const AtlasPack& pack) {
  Writer payload;
  payload.string(pack.name);
  payload.put(static_cast<std::uint64_t>(pack.entries.size()));
  for (const auto& entry : pack.entries) {
    payload.string(entry.path);
    payload.put(entry.size);
    payload.put(entry.mtimeNs);
    payload.string(entry.error);
    payload.put(static_cast<std::uint64_t>(entry.structures.size()));
    for (const auto& s : entry.structures) writeStructure(payload, s);
  }
  Writer out;
  out.bytes().reserve(payload.bytes().size() + kHeaderSize + 8);
  out.bytes().append(kMagic);
  out.put(kByteOrderMark);
  out.put(kPackVersion);
  out.put(pack.fingerprint);
  out.put(static_cast<std::uint64_t>(payload.bytes().size()));
  out.bytes().append(payload.bytes());
  out.put(hashBytes(payload.bytes()));
  return std::move(out.bytes());
}

Result<AtlasPack> parsePack(std::string_view bytes, const std::string& path) {
  const auto fail = [&](std::string why) -> Result<AtlasPack> { return Error{"readPack(): " + path, std::move(why)}; };
  if (bytes.size() < kHeaderSize + 8 || !looksLikePack(bytes)) return fail("not an atlas pack (no MYOATLAS header)");
  Reader header(bytes.substr(kMagic.size(), kHeaderSize - kMagic.size()));
  std::uint32_t mark = 0, version = 0;
  std::uint64_t fingerprint = 0, payloadSize = 0;
  header.get(mark);
  header.get(version);
  header.get(fingerprint);
  header.get(payloadSize);
  if (mark != kByteOrderMark) return fail("written on a machine of another byte order");
  if (version != kPackVersion)
    return fail("pack version " + std::to_string(version) + ", expected " + std::to_string(kPackVersion));
  if (payloadSize != bytes.size() - kHeaderSize - 8)
    return fail("truncated or padded: payload of " + std::to_string(bytes.size() - kHeaderSize - 8) +
                " bytes, header says " + std::to_string(payloadSize));
  const std::string_view payload = bytes.substr(kHeaderSize, static_cast<size_t>(payloadSize));
  std::uint64_t checksum = 0;
  std::memcpy(&checksum, bytes.data() + kHeaderSize + payloadSize, 8);
  if (checksum != hashBytes(payload)) return fail("checksum mismatch: the pack is corrupt");

  AtlasPack pack;
  pack.fingerprint = fingerprint;
  Reader r(payload);
  std::uint64_t count = 0;
  if (!r.string(pack.name) || !r.get(count) || count > payload.size()) return fail("corrupt entry table");
  pack.entries.resize(static_cast<size_t>(count));
  for (auto& entry : pack.entries) {
    std::uint64_t structures = 0;
    if (!r.string(entry.path) || !r.get(entry.size) || !r.get(entry.mtimeNs) || !r.string(entry.error) ||
        !r.get(structures) || structures > payload.size())
      return fail("corrupt entry");
    entry.structures.resize(static_cast<size_t>(structures));
    for (auto& s : entry.structures)
      if (!readStructure(r, s)) return fail("corrupt structure in the entry for " + entry.path);
  }
  if (!r.done()) return fail("trailing bytes after the last entry");
  return pack;
}

Result<AtlasPack> readPack(const std::string& path) {
  auto bytes = readFileBytes(path);
  if (!bytes) return Error{"readPack(): " + path, bytes.error().message};
  return parsePack(*bytes, path);
}

Status writePack(const std::string& path, const AtlasPack& pack) {
  const std::string where = "writePack(): " + path;
  const std::filesystem::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
  if (ec) return Error{where, "cannot create the folder: " + ec.message()};
  const Status written = writeFileAtomically(path, serializePack(pack));
  if (!written) return Error{where, written.error().message};
  return {};
}

Status saveAtlasPack(const Atlas& atlas, const std::string& path) {
  AtlasPack pack;
  pack.name = atlas.name;
  pack.entries.push_back(PackEntry{atlas.name, 0, 0, {}, atlas.structures});
  return writePack(path, pack);
}

Result<Atlas> loadAtlasPack(const std::string& path) {
  auto pack = readPack(path);
  if (!pack) return Error{"loadAtlasPack(): " + path, pack.error().message};
  Atlas atlas;
  atlas.name = pack->name;
  for (auto& entry : pack->entries)
    for (auto& s : entry.structures) atlas.structures.push_back(std::move(s));
  if (atlas.structures.empty()) return Error{"loadAtlasPack(): " + path, "the pack holds no structures"};
  return atlas;
}

}  // namespace myo::atlas
