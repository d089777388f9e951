#pragma once
// Whole-file reads and atomic writes for the loaders, the cache and export.
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace myo::atlas {

// The whole file. Error reasons (`where` left empty for the caller): "no such file", "is a directory, not
// a file", "cannot open: <why>", "cannot read the file".
Result<std::string> readFileBytes(const std::string& path);

// Up to `bytes` from the start of the file; empty when it cannot be read.
std::string readFileHead(const std::string& path, size_t bytes);

// Writes a temporary file beside `path` and renames it over `path`, so a reader sees the old file or the
// new one, never half of one. The folder must exist. Error reasons as above (`where` left empty).
Status writeFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace myo::atlas
