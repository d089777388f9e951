// The window test: a real GLFW window under xvfb-run (ctest label `window`), driven for a few frames.
#include <gtest/gtest.h>

#include <cstdlib>

#include "app_support.hpp"
#include "core/image.hpp"

namespace myo::testing {
namespace {

TEST(Window, OpensRunsCommandsAndDraws) {
  MYO_SKIP_WITHOUT_SHARED();
  if (std::getenv("DISPLAY") == nullptr) GTEST_SKIP() << "no DISPLAY: run under xvfb-run -a (ctest does)";
  const auto folder = testFolder("window");
  const std::string script =
      writeScript(folder, "window.txt", "select infraspinatus.r\npin infraspinatus.r\nxray on\nview posterior\n");
  const auto shot = (folder / "window.png").string();
  const auto run = runMyoscope("--atlas \"" + bodyParts3dDir() + "\" --frames 60 --script " + script +
                               " --screenshot-on-exit " + shot);
  ASSERT_EQ(run.status, 0) << run.output;
  const auto image = loadPng(shot);
  ASSERT_TRUE(image.ok()) << image.error().text();
  EXPECT_GT(image->width, 200);
  EXPECT_GT(foregroundFraction(*image), 0.1);
}

}  // namespace
}  // namespace myo::testing
