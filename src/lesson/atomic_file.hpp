#pragma once
// Replacing a file so that a crash at any moment leaves either the old file or the new one, whole: the
// bytes go to a temporary file beside it, are flushed to disk, and only then renamed over the target
// (rename is atomic within a file system), and the folder is flushed so the rename itself survives.
#include <filesystem>
#include <string_view>

#include "core/result.hpp"

namespace myo::lesson {

// The temporary files are named `<file>.tmp-XXXXXX`; readers ignore them.
inline constexpr std::string_view kTemporarySuffix = ".tmp-";

// For tests: stop as a killed process would, leaving the temporary file behind.
enum class SimulatedCrash { None, MidWrite, BeforeRename };

Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes,
                           SimulatedCrash crash = SimulatedCrash::None);

}  // namespace myo::lesson
