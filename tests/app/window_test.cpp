// The window test: a real GLFW window under xvfb-run (ctest label `window`). xdotool clicks into it and
// presses keys, so the whole input path is exercised: X server -> GLFW -> ImGui -> commands -> picking.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "app_support.hpp"
#include "core/image.hpp"

namespace myo::testing {
namespace {

bool haveDisplayAndXdotool() {
  return std::getenv("DISPLAY") != nullptr && std::system("command -v xdotool >/dev/null 2>&1") == 0;
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(Window, OpensRunsAScriptAndDraws) {
  MYO_SKIP_WITHOUT_SHARED();
  if (std::getenv("DISPLAY") == nullptr) GTEST_SKIP() << "no DISPLAY: run under xvfb-run -a (ctest does)";
  const auto folder = testFolder("window");
  const std::string script =
      writeScript(folder, "window.txt", "select infraspinatus.r\npin infraspinatus.r\nxray on\nview posterior\n");
  const auto shot = (folder / "window.png").string();
  const auto run = runMyoscope("--atlas \"" + bodyParts3dDir() + "\" --size 900x600 --frames 12 --script " + script +
                               " --screenshot-on-exit " + shot);
  ASSERT_EQ(run.status, 0) << run.output;
  const auto image = loadPng(shot);
  ASSERT_TRUE(image.ok()) << image.error().text();
  EXPECT_EQ(image->width, 900);
  EXPECT_GT(foregroundFraction(*image), 0.1);
}

TEST(Window, ClickPicksAndCtrlQQuits) {
  MYO_SKIP_WITHOUT_SHARED();
  if (!haveDisplayAndXdotool()) GTEST_SKIP() << "needs an X display and xdotool (ctest runs it under xvfb-run)";
  const auto folder = testFolder("window-input");
  const auto log = folder / "log.txt";
  // The window is 1000x700; the panels leave x 350-650 free. The view centre is on the pelvis and spine.
  const std::string command = "timeout 90 sh -c '" + std::string(MYOSCOPE_BINARY) + " --atlas \"" + bodyParts3dDir() +
                              "\" --size 1000x700 > " + log.string() +
                              " 2>&1 & pid=$!; "
                              "xdotool search --sync --onlyvisible --name Myoscope > /dev/null; sleep 3; "
                              "xdotool mousemove 500 350; sleep 1; xdotool click 1; sleep 2; "
                              "xdotool key ctrl+q; wait $pid'";
  const int status = std::system(command.c_str());
  const std::string output = readFile(log);
  EXPECT_EQ(status, 0) << output;
  EXPECT_NE(output.find("selected "), std::string::npos) << "the click selected nothing:\n" << output;
}

// The client screen: a click on the body marks pain there (the regions under the cursor) and ranks the TrPs.
TEST(Window, ClientScreenMarksPainWhereClicked) {
  if (!haveDisplayAndXdotool()) GTEST_SKIP() << "needs an X display and xdotool (ctest runs it under xvfb-run)";
  const auto folder = testFolder("window-client");
  const auto log = folder / "log.txt";
  // 1000x700 with the client panel over x < 430: the body stands in the free part, its chest near (715, 200).
  const std::string command = "timeout 90 sh -c '" + std::string(MYOSCOPE_BINARY) + " --client --size 1000x700 > " +
                              log.string() +
                              " 2>&1 & pid=$!; "
                              "xdotool search --sync --onlyvisible --name Myoscope > /dev/null; sleep 3; "
                              "xdotool mousemove 715 200; sleep 1; xdotool click 1; sleep 2; "
                              "xdotool key ctrl+q; wait $pid'";
  const int status = std::system(command.c_str());
  const std::string output = readFile(log);
  EXPECT_EQ(status, 0) << output;
  EXPECT_NE(output.find("pain marked: "), std::string::npos) << "the click marked nothing:\n" << output;
}

}  // namespace
}  // namespace myo::testing
