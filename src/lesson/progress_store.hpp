#pragma once
// Saved progress, one file per user in a folder the app chooses (e.g. ~/.local/share/myoscope/progress).
// Saves are atomic (atomic_file.hpp), so a crash mid-save loses nothing already saved; a damaged file is
// reported and moved aside, never silently overwritten, and never crashes the app.
#include <filesystem>
#include <string_view>

#include "core/result.hpp"
#include "lesson/progress.hpp"

namespace myo::lesson {

class ProgressStore {
 public:
  explicit ProgressStore(std::filesystem::path folder) : folder_(std::move(folder)) {}

  // `<folder>/<user>.json`; characters other than A-Z a-z 0-9 _ - are written as %XX so any name
  // makes one safe file name. Fails on an empty or overlong name.
  Result<std::filesystem::path> fileFor(std::string_view user) const;

  // No file yet: empty progress for the user. A damaged file is renamed to `<file>.corrupt-<time>` (kept
  // for a person to look at) and reported; the next load starts afresh. A file from a newer Myoscope is
  // left in place and reported.
  Result<UserProgress> load(std::string_view user) const;

  // Replaces the user's file atomically. Refuses to overwrite a file from a newer Myoscope.
  Status save(const UserProgress& progress) const;

  const std::filesystem::path& folder() const { return folder_; }

 private:
  std::filesystem::path folder_;
};

}  // namespace myo::lesson
