#include "atlas/import/atlas_loader.hpp"

#include "atlas/mesh_analysis.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <utility>

#include "atlas/file_io.hpp"
#include "atlas/import/atlas_pack.hpp"
#include "atlas/import/bodyparts3d.hpp"
#include "atlas/import/manifest.hpp"
#include "atlas/import/mesh_file.hpp"
#include "core/ids.hpp"
#include "core/log.hpp"

namespace myo::atlas {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Bump when a conversion changes what a file turns into, so old cache packs are rebuilt.
constexpr std::uint64_t kConverterVersion = 1;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }
std::string where(const std::string& path) { return "loadAtlas(): " + path; }

struct SourceFile {
  std::string path;
  std::uint64_t size = 0;
  std::int64_t mtimeNs = 0;
  std::string statError;  // the file vanished or cannot be read between listing and loading
};

SourceFile statFile(std::string path) {
  SourceFile file{std::move(path), 0, 0, {}};
  std::error_code ec;
  file.size = fs::file_size(file.path, ec);
  if (ec) {
    file.statError = fs::exists(file.path) ? "cannot read: " + ec.message() : "no such file";
    return file;
  }
  const auto time = fs::last_write_time(file.path, ec);
  if (ec)
    file.statError = "cannot read the modification time: " + ec.message();
  else
    file.mtimeNs = std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
  return file;
}

// Every mesh file under `root`, sorted by path so the atlas comes out the same on every machine.
std::vector<std::string> listMeshFiles(const fs::path& root, std::vector<std::string>& warnings) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  for (const fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
    std::error_code typeError;
    if (it->is_regular_file(typeError) && isMeshFileName(it->path().filename().string()))
      files.push_back(it->path().string());
  }
  if (ec) warnings.push_back("cannot list all of " + root.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

Profile detectProfile(const fs::path& root, bool directory, const std::vector<std::string>& files) {
  if (directory && fs::exists(root / kManifestFileName)) return Profile::Manifest;
  for (const auto& file : files)
    if (looksLikeBodyParts3D(fs::path(file).filename().string(), {})) return Profile::BodyParts3D;
  // v4 files (FJ1467.obj) are caught above; a renamed file still has the header.
  for (const auto& file : files)
    if (fs::path(file).extension() == ".obj")
      return looksLikeBodyParts3D({}, readFileHead(file, 2048)) ? Profile::BodyParts3D : Profile::Generic;
  return Profile::Generic;
}

std::string packPathFor(const std::string& cacheDir, const fs::path& source) {
  std::string name;
  for (const char c : source.filename().string())
    name += (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_') ? c : '_';
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(hashBytes(source.generic_string())));
  return (fs::path(cacheDir) / (name.substr(0, 48) + "-" + hash + ".pack")).string();
}

Structure genericStructure(std::string_view name, std::string_view fallbackStem) {
  Structure s;
  s.name = std::string(name.empty() ? fallbackStem : name);
  s.id = idFromName(s.name, &s.side);
  if (s.id.empty()) s.id = idFromName(fallbackStem, &s.side);
  if (s.id.empty()) s.id = "structure";
  s.id = withSide(s.id, s.side);
  s.tissue = Tissue::Other;
  s.layer = defaultLayerFor(s.tissue);
  return s;
}

struct LoadPlan {
  Profile profile = Profile::Generic;
  bool singleFile = false;
  const Manifest* manifest = nullptr;
  std::unordered_map<std::string, std::vector<const ManifestEntry*>> entriesByFile;  // manifest: per file
};

// Converts one file into its structures; failures go into `error` (a reason, the path is beside it).
void parseFile(const LoadPlan& plan, PackEntry& out) {
  const std::string stem = fs::path(out.path).stem().string();
  if (plan.profile == Profile::BodyParts3D) {
    auto s = loadBodyParts3DFile(out.path);
    if (!s)
      out.error = s.error().message;
    else
      out.structures.push_back(std::move(*s));
    return;
  }
  auto parts = loadMeshFileParts(out.path);
  if (!parts) {
    out.error = parts.error().message;
    return;
  }
  if (plan.profile == Profile::Manifest) {
    const auto found = plan.entriesByFile.find(out.path);
    if (found == plan.entriesByFile.end()) return;
    for (const ManifestEntry* entry : found->second) {
      Structure s = manifestStructure(*entry);
      if (entry->mesh.empty()) {
        s.mesh = mergeParts(*parts);
      } else {
        const auto part =
            std::find_if(parts->begin(), parts->end(), [&](const MeshPart& p) { return p.name == entry->mesh; });
        if (part == parts->end()) {
          std::string names;
          for (const auto& p : *parts) names += (names.empty() ? "\"" : ", \"") + p.name + "\"";
          out.error = "no mesh named \"" + entry->mesh + "\" (structure " + entry->id + "); the file has " + names;
          out.structures.clear();
          return;
        }
        s.mesh = part->mesh;
      }
      applyFrame(plan.manifest->frame, s.mesh);
      s.sourcePath = out.path;
      out.structures.push_back(std::move(s));
    }
    return;
  }
  // Generic: one structure per file, or per named mesh when a single file is loaded on its own.
  if (plan.singleFile && parts->size() > 1) {
    for (auto& part : *parts) {
      Structure s = genericStructure(part.name, stem);
      s.mesh = std::move(part.mesh);
      s.sourcePath = out.path;
      out.structures.push_back(std::move(s));
    }
    return;
  }
  Structure s = genericStructure(stem, stem);
  s.mesh = mergeParts(*parts);
  s.sourcePath = out.path;
  out.structures.push_back(std::move(s));
}

void parseAll(const LoadPlan& plan, std::vector<PackEntry>& entries, const std::vector<size_t>& todo,
              unsigned threads) {
  const auto work = [&](size_t i) {
    try {
      parseFile(plan, entries[i]);
      // Facts and levels of detail on the same worker thread, then cached with the mesh.
      for (auto& structure : entries[i].structures) computeDerived(structure.mesh);
    } catch (const std::exception& e) {  // allocation failure on a huge file: that file fails, not the atlas
      entries[i].structures.clear();
      entries[i].error = std::string("cannot load: ") + e.what();
    }
  };
  const size_t count = std::min<size_t>(threads, todo.size());
  if (count <= 1) {
    for (const size_t i : todo) work(i);
    return;
  }
  // Each file's result goes into its own slot, so the order never depends on which thread took it.
  std::atomic<size_t> next{0};
  const auto worker = [&] {
    for (size_t k = next++; k < todo.size(); k = next++) work(todo[k]);
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < count; ++t) pool.emplace_back(worker);
  worker();
  for (auto& thread : pool) thread.join();
}

}  // namespace

std::string_view profileName(Profile profile) {
  switch (profile) {
    case Profile::Auto:
      return "auto";
    case Profile::Generic:
      return "generic";
    case Profile::BodyParts3D:
      return "bodyparts3d";
    case Profile::Manifest:
      return "manifest";
  }
  return "auto";
}

std::optional<Profile> profileFromName(std::string_view name) {
  for (const auto p : {Profile::Auto, Profile::Generic, Profile::BodyParts3D, Profile::Manifest})
    if (profileName(p) == name) return p;
  return std::nullopt;
}

std::string defaultCacheDir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/')
    return (fs::path(xdg) / "myoscope").string();
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
    return (fs::path(home) / ".cache" / "myoscope").string();
  std::error_code ec;
  return (fs::temp_directory_path(ec) / "myoscope-cache").string();
}

Result<Atlas> loadAtlas(const std::string& path, const LoadOptions& options, LoadReport* report) {
  const auto start = Clock::now();
  LoadReport local;
  LoadReport& r = report != nullptr ? *report : local;
  r = LoadReport{};
  std::error_code ec;
  fs::path root = fs::absolute(path, ec).lexically_normal();
  if (ec || path.empty()) return Error{where(path), "not a valid path"};
  r.source = root.string();
  const auto status = fs::status(root, ec);
  if (ec || !fs::exists(status)) return Error{where(r.source), "no such file or folder"};
  bool directory = fs::is_directory(status);

  // A pack made by `myoscope atlas import` loads as it is.
  if (!directory && looksLikePack(readFileHead(r.source, 8))) {
    auto atlas = loadAtlasPack(r.source);
    if (atlas) {
      r.structures = atlas->structures.size();
      r.triangles = atlas->triangleCount();
    }
    r.seconds = secondsSince(start);
    return atlas;
  }
  if (!directory && root.filename() == kManifestFileName) {
    root = root.parent_path();
    directory = true;
  }

  LoadPlan plan;
  plan.singleFile = !directory;
  std::vector<std::string> paths;
  if (directory) {
    paths = listMeshFiles(root, r.warnings);
  } else {
    paths.push_back(root.string());
  }
  plan.profile = options.profile != Profile::Auto ? options.profile : detectProfile(root, directory, paths);
  r.profile = plan.profile;

  // The manifest decides which files load, and how.
  Manifest manifest;
  std::string manifestText;
  if (plan.profile == Profile::Manifest) {
    const std::string manifestPath = (root / kManifestFileName).string();
    if (!directory || !fs::exists(manifestPath))
      return Error{where(r.source), "the manifest profile needs a folder with " + std::string(kManifestFileName)};
    auto text = readFileBytes(manifestPath);
    if (!text) return Error{manifestPath, text.error().message};
    manifestText = std::move(*text);
    auto parsed = parseManifest(manifestText, manifestPath);
    if (!parsed) return parsed.error();
    manifest = std::move(*parsed);
    plan.manifest = &manifest;
    paths.clear();
    for (const auto& entry : manifest.structures) {
      const std::string file = (root / fs::path(entry.file)).lexically_normal().string();
      auto& list = plan.entriesByFile[file];
      if (list.empty()) paths.push_back(file);
      list.push_back(&entry);
    }
    std::sort(paths.begin(), paths.end());
  }
  if (paths.empty())
    return Error{where(r.source), "no mesh files found (looked for .obj, .stl, .ply, .gltf, .glb, .fbx, .dae, ...)"};
  r.files = paths.size();

  std::vector<SourceFile> files;
  files.reserve(paths.size());
  for (auto& p : paths) files.push_back(statFile(std::move(p)));

  // What the entries were converted with: a different profile or manifest makes every entry stale.
  const std::uint64_t fingerprint =
      hashBytes(std::string(profileName(plan.profile)) + (plan.singleFile ? "|file|" : "|folder|") + manifestText,
                kConverterVersion);

  // Cache: take every entry whose file still has the same size and modification time.
  std::vector<PackEntry> entries(files.size());
  std::vector<size_t> todo;
  bool packCurrent = false;
  size_t packEntries = 0;
  if (options.useCache) {
    const auto cacheStart = Clock::now();
    r.cachePath = packPathFor(options.cacheDir.empty() ? defaultCacheDir() : options.cacheDir, root);
    auto pack = readPack(r.cachePath);
    if (!pack) {
      if (fs::exists(r.cachePath)) {
        r.warnings.push_back("ignoring the cache pack: " + pack.error().text() + "; rebuilding it");
        log::warning(r.warnings.back());
      }
    } else if (pack->fingerprint != fingerprint) {
      log::info("cache pack " + r.cachePath + " was made with other settings; rebuilding it");
    } else {
      r.cacheRead = true;
      packCurrent = true;
      packEntries = pack->entries.size();
      std::unordered_map<std::string_view, PackEntry*> byPath;
      for (auto& entry : pack->entries) byPath.emplace(entry.path, &entry);
      for (size_t i = 0; i < files.size(); ++i) {
        const auto found = byPath.find(files[i].path);
        if (found == byPath.end() || !files[i].statError.empty()) continue;
        PackEntry& cached = *found->second;
        if (cached.size != files[i].size || cached.mtimeNs != files[i].mtimeNs) continue;
        entries[i] = std::move(cached);
        ++r.cacheHits;
      }
    }
    r.cacheSeconds += secondsSince(cacheStart);
  }
  for (size_t i = 0; i < files.size(); ++i) {
    if (r.cacheRead && !entries[i].path.empty()) continue;
    entries[i] = PackEntry{files[i].path, files[i].size, files[i].mtimeNs, files[i].statError, {}};
    if (files[i].statError.empty()) {
      todo.push_back(i);
      r.parsedFiles.push_back(files[i].path);
    }
  }
  r.parsed = todo.size();

  const auto parseStart = Clock::now();
  unsigned threads = options.threads != 0 ? options.threads : std::thread::hardware_concurrency();
  parseAll(plan, entries, todo, std::max(1u, threads));
  r.parseSeconds = secondsSince(parseStart);

  if (options.useCache && (!todo.empty() || !packCurrent || packEntries != entries.size())) {
    const auto cacheStart = Clock::now();
    AtlasPack pack;
    pack.name = r.source;
    pack.fingerprint = fingerprint;
    pack.entries = std::move(entries);
    const Status written = writePack(r.cachePath, pack);
    entries = std::move(pack.entries);
    r.cacheWritten = written.ok();
    if (!written) {
      r.warnings.push_back("cannot write the cache: " + written.error().text());
      log::warning(r.warnings.back());
    }
    r.cacheSeconds += secondsSince(cacheStart);
  }

  // Assemble in file order (manifest: in the manifest's order), each file's structures together.
  Atlas atlas;
  for (const auto& entry : entries)
    if (!entry.error.empty()) r.errors.push_back({entry.path, entry.error});
  if (plan.profile == Profile::Manifest) {
    std::unordered_map<std::string, std::pair<PackEntry*, size_t>> cursor;
    for (auto& entry : entries) cursor[entry.path] = {&entry, 0};
    for (const auto& item : manifest.structures) {
      auto& [entry, next] = cursor[(root / fs::path(item.file)).lexically_normal().string()];
      if (entry == nullptr || !entry->error.empty() || next >= entry->structures.size()) continue;
      atlas.structures.push_back(std::move(entry->structures[next++]));
    }
  } else {
    for (auto& entry : entries)
      for (auto& s : entry.structures) atlas.structures.push_back(std::move(s));
  }
  for (const auto& e : r.errors) log::warning(e.text());

  // The same structure from two files (same id and FMA id, e.g. a re-export beside the original) is shown
  // once: drawing both would z-fight. Equal ids of different structures are kept and reported.
  std::unordered_map<std::string, size_t> seen;
  std::vector<Structure> unique;
  unique.reserve(atlas.structures.size());
  for (auto& structure : atlas.structures) {
    const auto it = seen.find(structure.id);
    if (it == seen.end()) {
      seen.emplace(structure.id, unique.size());
      unique.push_back(std::move(structure));
      continue;
    }
    Structure& first = unique[it->second];
    const bool same = !structure.fma.empty() && structure.fma == first.fma;
    (same ? r.notes : r.warnings)
        .push_back("duplicate id \"" + structure.id + "\": " + structure.sourcePath + " and " + first.sourcePath +
                   (same ? " (the same structure: the more detailed mesh is kept)" : " (lookups find the first)"));
    if (!same) unique.push_back(std::move(structure));
    else if (structure.mesh.triangleCount() > first.mesh.triangleCount()) first = std::move(structure);
  }
  atlas.structures = std::move(unique);

  r.structures = atlas.structures.size();
  r.triangles = atlas.triangleCount();
  r.seconds = secondsSince(start);
  if (atlas.structures.empty()) {
    if (r.errors.empty()) return Error{where(r.source), "no structures loaded"};
    return Error{where(r.source), "nothing loaded: " + std::to_string(r.errors.size()) + " of " +
                                      std::to_string(r.files) + " files failed; the first: " + r.errors.front().text()};
  }
  atlas.name = plan.profile == Profile::BodyParts3D
                   ? "BodyParts3D (" + std::to_string(r.files) + (r.files == 1 ? " file)" : " files)")
                   : root.filename().string();
  return atlas;
}

}  // namespace myo::atlas
