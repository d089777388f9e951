#pragma once
// Runs the myoscope binary for app tests and gives its exit status and output.
#include <filesystem>
#include <string>

namespace myo::testing {

struct RunResult {
  int status = -1;     // exit status of the program
  std::string output;  // stdout and stderr together
};

// `withStderr` false: only stdout is captured (JSON output), stderr goes to the test's log.
RunResult runMyoscope(const std::string& arguments, const std::string& environment = "", bool withStderr = true);

// A fresh folder for one test's files.
std::filesystem::path testFolder(const std::string& name);

// Writes a script file and returns its path.
std::string writeScript(const std::filesystem::path& folder, const std::string& name, const std::string& text);

// The BodyParts3D reference folder, or empty when ../shared is absent.
std::string bodyParts3dDir();

}  // namespace myo::testing

#define MYO_SKIP_WITHOUT_SHARED()                                                                  \
  if (myo::testing::bodyParts3dDir().empty())                                                      \
  GTEST_SKIP() << "../shared/data/bodyparts3d is absent: the BodyParts3D reference meshes are needed"
