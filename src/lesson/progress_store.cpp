#include "lesson/progress_store.hpp"

#include <chrono>
#include <ctime>
#include <fstream>
#include <sstream>

#include "lesson/atomic_file.hpp"
#include "lesson/progress_json.hpp"

namespace myo::lesson {
namespace {

constexpr size_t kMaxUserName = 100;
// A temporary file this old belongs to a save that died; younger ones may be another process's save.
constexpr auto kStaleTemporary = std::chrono::minutes(10);

std::string encodeUser(std::string_view user) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : user) {
    const auto byte = static_cast<unsigned char>(c);
    const bool plain =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (plain) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

std::optional<std::string> readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string timestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &utc);
  return text;
}

// A name beside `path` that does not exist yet: <file>.corrupt-<time>[-N].
std::filesystem::path asideName(const std::filesystem::path& path) {
  const std::string base = path.string() + ".corrupt-" + timestamp();
  std::filesystem::path candidate = base;
  for (int n = 2; std::filesystem::exists(candidate) && n < 1000; ++n) candidate = base + "-" + std::to_string(n);
  return candidate;
}

void removeStaleTemporaries(const std::filesystem::path& path) {
  std::error_code error;
  const std::string prefix = path.filename().string() + std::string(kTemporarySuffix);
  const auto now = std::filesystem::file_time_type::clock::now();
  for (const auto& entry : std::filesystem::directory_iterator(path.parent_path(), error)) {
    if (entry.path().filename().string().rfind(prefix, 0) != 0) continue;
    const auto modified = entry.last_write_time(error);
    if (!error && now - modified > kStaleTemporary) std::filesystem::remove(entry.path(), error);
  }
}

}  // namespace

Result<std::filesystem::path> ProgressStore::fileFor(std::string_view user) const {
  if (user.empty() || user.size() > kMaxUserName)
    return Error{"ProgressStore", "expected a user name of 1 to 100 characters, got '" + std::string(user) + "'"};
  return folder_ / (encodeUser(user) + ".json");
}

Result<UserProgress> ProgressStore::load(std::string_view user) const {
  const auto path = fileFor(user);
  if (!path) return path.error();
  std::error_code error;
  if (!std::filesystem::exists(*path, error)) return UserProgress{std::string(user), {}};
  const auto text = readFile(*path);
  if (!text) return Error{"ProgressStore::load(): " + path->string(), "cannot read the file"};

  auto progress = progressFromJson(*text);
  if (progress) {
    progress->user = std::string(user);  // the file name is what identifies the user
    return progress;
  }
  const auto version = progressVersionOf(*text);
  if (version && *version > kProgressVersion)
    return Error{"ProgressStore::load(): " + path->string(), progress.error().message};
  const std::filesystem::path aside = asideName(*path);
  std::filesystem::rename(*path, aside, error);
  return Error{"ProgressStore::load(): " + path->string(),
               "damaged progress (" + progress.error().message + "); " +
                   (error ? "could not move it aside: " + error.message() : "kept as " + aside.string()) +
                   ", starting afresh"};
}

Status ProgressStore::save(const UserProgress& progress) const {
  const auto path = fileFor(progress.user);
  if (!path) return path.error();
  if (const auto existing = readFile(*path)) {
    const auto version = progressVersionOf(*existing);
    if (version && *version > kProgressVersion)
      return Error{"ProgressStore::save(): " + path->string(), "the file was written by a newer Myoscope (version " +
                                                                   std::to_string(*version) + "); not overwriting it"};
    // A damaged file nobody loaded yet is still someone's progress: keep it for a person to look at.
    std::error_code error;
    if (!progressFromJson(*existing)) std::filesystem::rename(*path, asideName(*path), error);
  }
  removeStaleTemporaries(*path);
  return writeFileAtomically(*path, progressToJson(progress));
}

}  // namespace myo::lesson
