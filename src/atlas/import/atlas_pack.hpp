#pragma once
// The binary atlas pack: converted structures (facts and mesh arrays) per source file, with the file's
// size and modification time so a loader can tell which entries are still current. The load cache keeps
// one pack per source folder; `myoscope atlas import DIR -o PACK` writes one for `--atlas PACK`.
//
// Layout (host byte order, checked by a mark): magic "MYOATLAS", u32 byte-order mark, u32 version, u64
// fingerprint (what the entries were converted with), u64 payload size, payload, u64 checksum of the payload. Any
// mismatch (magic, version, size, checksum, counts, indices) makes the whole pack unreadable: never a crash.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "atlas/atlas.hpp"
#include "core/result.hpp"

namespace myo::atlas {

// Bump on any change to the format or to what the loader derives (mesh_analysis.cpp): old packs rebuild.
// 2: mesh facts and levels of detail; 3: welded LODs; 4: LODs simplified over one vertex per position, and
// every level in vertex-cache order.
inline constexpr std::uint32_t kPackVersion = 4;

struct PackEntry {
  std::string path;          // the source file, absolute
  std::uint64_t size = 0;    // bytes, when converted
  std::int64_t mtimeNs = 0;  // modification time, nanoseconds since the file clock's epoch
  std::string error;         // non-empty: the file failed to load with this reason
  std::vector<Structure> structures;
};

struct AtlasPack {
  std::string name;  // the atlas name, or the source folder the cache pack belongs to
  std::uint64_t fingerprint = 0;
  std::vector<PackEntry> entries;
};

// A 64-bit hash of bytes (not cryptographic): pack checksums, fingerprints and cache file names.
std::uint64_t hashBytes(std::string_view bytes, std::uint64_t seed = 0);

// True when the bytes start like a pack (magic).
bool looksLikePack(std::string_view head);

std::string serializePack(const AtlasPack& pack);
// Errors: Error{"readPack(): <path>", reason}; the reason says "no such file" when there is none.
Result<AtlasPack> parsePack(std::string_view bytes, const std::string& path);
Result<AtlasPack> readPack(const std::string& path);
// Writes a temporary file beside `path` and renames it over `path`, so readers never see half a pack.
// Creates the folder when needed.
Status writePack(const std::string& path, const AtlasPack& pack);

// A whole atlas as a pack of one entry, and back (`--atlas PACK`).
Status saveAtlasPack(const Atlas& atlas, const std::string& path);
Result<Atlas> loadAtlasPack(const std::string& path);

}  // namespace myo::atlas
