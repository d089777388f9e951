#include "lesson/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

namespace myo::lesson {
namespace {

Error failure(const std::filesystem::path& path, const std::string& what) {
  return Error{"writeFileAtomically(): " + path.string(), what + ": " + std::strerror(errno)};
}

bool writeAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return true;
}

// Makes the rename durable: without this a power cut can bring back the old directory entry.
void syncFolder(const std::filesystem::path& folder) {
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes, SimulatedCrash crash) {
  const std::filesystem::path folder = path.parent_path();
  std::error_code error;
  if (!folder.empty()) std::filesystem::create_directories(folder, error);
  if (error) return Error{"writeFileAtomically(): " + path.string(), "cannot create the folder: " + error.message()};

  std::string name = path.string() + std::string(kTemporarySuffix) + "XXXXXX";
  std::vector<char> buffer(name.begin(), name.end());
  buffer.push_back('\0');
  const int fd = ::mkstemp(buffer.data());
  if (fd < 0) return failure(path, "cannot create a temporary file");
  const std::string temporary(buffer.data());

  if (crash == SimulatedCrash::MidWrite) {
    writeAll(fd, bytes.substr(0, bytes.size() / 2));
    ::close(fd);
    return Error{"writeFileAtomically(): " + path.string(), "simulated crash while writing"};
  }
  if (!writeAll(fd, bytes) || ::fsync(fd) != 0) {
    const Error e = failure(path, "cannot write " + temporary);
    ::close(fd);
    ::unlink(temporary.c_str());
    return e;
  }
  if (::close(fd) != 0) {
    const Error e = failure(path, "cannot close " + temporary);
    ::unlink(temporary.c_str());
    return e;
  }
  if (crash == SimulatedCrash::BeforeRename)
    return Error{"writeFileAtomically(): " + path.string(), "simulated crash before the rename"};
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const Error e = failure(path, "cannot replace the file");
    ::unlink(temporary.c_str());
    return e;
  }
  syncFolder(folder);
  return {};
}

}  // namespace myo::lesson
