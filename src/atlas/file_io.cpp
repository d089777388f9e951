#include "atlas/file_io.hpp"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <memory>
#include <system_error>
#include <thread>

namespace myo::atlas {
namespace {
using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;
File open(const std::string& path, const char* mode) { return File(std::fopen(path.c_str(), mode), &std::fclose); }
}  // namespace

Result<std::string> readFileBytes(const std::string& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return Error{"", "no such file"};
  if (std::filesystem::is_directory(status)) return Error{"", "is a directory, not a file"};
  const File file = open(path, "rb");
  if (!file) return Error{"", std::string("cannot open: ") + std::strerror(errno)};
  std::string bytes;
  if (std::fseek(file.get(), 0, SEEK_END) == 0) {
    const long size = std::ftell(file.get());
    if (size > 0) bytes.resize(static_cast<size_t>(size));
    std::fseek(file.get(), 0, SEEK_SET);
  }
  bytes.resize(std::fread(bytes.data(), 1, bytes.size(), file.get()));
  char buffer[1 << 14];  // a file that grew while we read it, or one whose size the stream cannot tell
  for (size_t n = 0; (n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0;) bytes.append(buffer, n);
  if (std::ferror(file.get()) != 0) return Error{"", "cannot read the file"};
  return bytes;
}

std::string readFileHead(const std::string& path, size_t bytes) {
  const File file = open(path, "rb");
  if (!file) return {};
  std::string head(bytes, '\0');
  head.resize(std::fread(head.data(), 1, head.size(), file.get()));
  return head;
}

Status writeFileAtomically(const std::string& path, std::string_view bytes) {
  // Unique per process, thread and moment, so concurrent writers never share a temporary file.
  const auto unique = static_cast<unsigned long long>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
                      static_cast<unsigned long long>(std::hash<std::thread::id>{}(std::this_thread::get_id()));
  const std::string temporary = path + ".tmp" + std::to_string(unique);
  std::error_code ignored;
  {
    const File file = open(temporary, "wb");
    if (!file) return Error{"", std::string("cannot write: ") + std::strerror(errno)};
    if (std::fwrite(bytes.data(), 1, bytes.size(), file.get()) != bytes.size() || std::fflush(file.get()) != 0) {
      std::filesystem::remove(temporary, ignored);
      return Error{"", "cannot write (disk full?)"};
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::filesystem::remove(temporary, ignored);
    return Error{"", "cannot replace " + path + ": " + ec.message()};
  }
  return {};
}

}  // namespace myo::atlas
