#pragma once
// Loads an external atlas: a folder of mesh files (recursively), a single mesh file, or an atlas pack.
// Profiles: a folder with `myoscope-atlas.json` is a manifest atlas (manifest.hpp); BodyParts3D files
// (FJ... names or their header) use the BodyParts3D profile (bodyparts3d.hpp); anything else is generic
// (one structure per file, id from the file stem, tissue other, units metres, +Y up).
//
// Files are parsed in parallel; the result is the same, in the same order, for any thread count. What was
// parsed is cached in a pack per source folder and reused while each file's size and modification time
// are unchanged. A file that fails is reported and the rest still load; the atlas fails only when nothing
// loaded.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "atlas/atlas.hpp"
#include "core/result.hpp"

namespace myo::atlas {

enum class Profile { Auto, Generic, BodyParts3D, Manifest };

std::string_view profileName(Profile profile);  // "auto", "generic", "bodyparts3d", "manifest"
std::optional<Profile> profileFromName(std::string_view name);

struct LoadOptions {
  Profile profile = Profile::Auto;  // Auto: detected as described above
  bool useCache = true;             // false: parse everything, read and write no pack
  std::string cacheDir;             // empty: defaultCacheDir()
  unsigned threads = 0;             // parser threads; 0: std::thread::hardware_concurrency()
};

// $XDG_CACHE_HOME/myoscope, else $HOME/.cache/myoscope, else <temp>/myoscope-cache.
std::string defaultCacheDir();

struct FileError {
  std::string path;
  std::string message;
  std::string text() const { return path + ": " + message; }
};

struct LoadReport {
  Profile profile = Profile::Auto;  // the profile used
  std::string source;               // absolute path that was loaded
  size_t files = 0;                 // mesh files found (or named by the manifest)
  size_t structures = 0;
  size_t triangles = 0;
  size_t cacheHits = 0;                  // files taken from the cache
  size_t parsed = 0;                     // files parsed this time (cache misses)
  std::vector<std::string> parsedFiles;  // their paths, in order
  bool cacheRead = false;                // a valid pack was found and used
  bool cacheWritten = false;             // the pack was (re)written
  std::string cachePath;                 // the pack for this source, empty when the cache is off
  std::vector<FileError> errors;         // files that did not load (in file order)
  std::vector<std::string> warnings;     // duplicate ids of different structures, an unreadable cache pack, ...
  std::vector<std::string> notes;        // handled quietly: the same structure in two files, shown once
  double seconds = 0.0;                  // the whole load
  double parseSeconds = 0.0;             // parsing the files that were not in the cache
  double cacheSeconds = 0.0;             // reading and writing the pack
};

// `path`: a folder, a mesh file, `myoscope-atlas.json` itself, or an atlas pack. Errors:
// Error{"loadAtlas(): <path>", reason} when nothing could be loaded; Error{"<manifest>:<line>:<col>", ...}
// or Error{"<manifest>", "structures[3].tissue: expected one of ..."} for a bad manifest.
Result<Atlas> loadAtlas(const std::string& path, const LoadOptions& options = {}, LoadReport* report = nullptr);

}  // namespace myo::atlas
