#include "app_support.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>

namespace myo::testing {

RunResult runMyoscope(const std::string& arguments, const std::string& environment, bool withStderr) {
  const std::string command = environment + " " + MYOSCOPE_BINARY + " " + arguments + (withStderr ? " 2>&1" : "");
  RunResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
  const int raw = pclose(pipe);
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  return result;
}

std::filesystem::path testFolder(const std::string& name) {
  const auto folder = std::filesystem::temp_directory_path() / ("myoscope-app-test-" + name);
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

std::string writeScript(const std::filesystem::path& folder, const std::string& name, const std::string& text) {
  const auto path = folder / name;
  std::ofstream(path) << text;
  return path.string();
}

std::string bodyParts3dDir() {
  const std::filesystem::path dir = std::filesystem::path(MYOSCOPE_SHARED_DIR) / "data" / "bodyparts3d";
  return std::filesystem::is_directory(dir) ? dir.string() : std::string();
}

}  // namespace myo::testing
